"""Builders for a file-size limit: "small enough to send on WhatsApp", "under 10 MB",
"压缩到10兆以内", "no size limit". The limit is the typed edit ``size_limit``, the same one the
CLI's --for and --max-size set (model/share_size.py)."""

from __future__ import annotations

from ..model.edit_types import SetSizeLimit
from ..model.share_size import MAX_BYTES, MB, MIN_BYTES, PRESETS
from .context import Ctx
from .intents import Out, Slots, intent, refuse, said
from .reading import Option


@intent("size_for")
def size_for(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetSizeLimit(target=slots.value("share"))])


@intent("size_mb")
def size_mb(slots: Slots, ctx: Ctx) -> Out:
    mb = float(slots.value("num") or 0)
    low, high = MIN_BYTES // MB, MAX_BYTES // MB
    if not low <= mb <= high:
        return refuse(
            "export",
            ctx,
            f"A size limit can be {low} MB to {high} MB.",
            f"大小限制可以是 {low} 到 {high} MB。",
        )
    return Out([SetSizeLimit(mb=mb)])


@intent("size_off")
def size_off(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetSizeLimit(off=True)])


@intent("size_ask")
def size_ask(slots: Slots, ctx: Ctx) -> Out:
    """ "compress it", "make the file smaller" with nowhere to send it: ask which limit."""
    if ctx.lang == "zh":  # "压小一点发朋友圈": sizes, not apps little used in Chinese
        return Out(clarify=zh_sizes(), unless=SMALLER)
    options = []
    for target, (label, size) in PRESETS.items():
        mb = size // MB
        name = ZH_NAMES.get(target, f" {label}")
        text = said(ctx, f"Small enough for {label} ({mb} MB)", f"小到能发{name}（{mb} MB）")
        options.append(Option(text, [SetSizeLimit.model_validate({"target": target})]))
    # "compress it to 10 mb", "the file is too big, make it shorter": what else was asked says how
    return Out(clarify=options, unless=SMALLER)


def zh_sizes() -> list[Option]:
    """A size to ask a Chinese speaker about: WeChat (微信, 朋友圈) takes far larger files, so
    the choice is how small, in MB (email's limit among them)."""
    return [
        Option("压到 10 MB 以内（最小，发得最快）", [SetSizeLimit(mb=10)]),
        Option("小到能发邮件（25 MB）", [SetSizeLimit(target="email")]),
        Option("压到 50 MB 以内（画质更好）", [SetSizeLimit(mb=50)]),
    ]


# a preset's name in a Chinese option where it is a plain word ("email" is 邮件)
ZH_NAMES = {"email": "邮件"}

# edits that make the file smaller themselves: asked with them, the limit is not asked about
SMALLER = "size_limit|resolution|fps|total_length|seconds_per_photo|speed|remove|cull"
