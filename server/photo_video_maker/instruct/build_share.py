"""Builders for a file-size limit: "small enough to send on WhatsApp", "under 10 MB",
"压缩到10兆以内", "no size limit". The limit is the typed edit ``size_limit``, the same one the
CLI's --for and --max-size set (model/share_size.py)."""

from __future__ import annotations

from ..model.edit_types import SetSizeLimit
from ..model.share_size import MAX_BYTES, MB, MIN_BYTES
from .context import Ctx
from .intents import Out, Slots, intent, said


@intent("size_for")
def size_for(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetSizeLimit(target=slots.value("share"))])


@intent("size_mb")
def size_mb(slots: Slots, ctx: Ctx) -> Out:
    mb = float(slots.value("num") or 0)
    low, high = MIN_BYTES // MB, MAX_BYTES // MB
    if not low <= mb <= high:
        hint = said(
            ctx,
            f"A size limit can be {low} MB to {high} MB.",
            f"大小限制可以是 {low} 到 {high} MB。",
        )
        return Out(problem="export", hint=hint)
    return Out([SetSizeLimit(mb=mb)])


@intent("size_off")
def size_off(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetSizeLimit(off=True)])
