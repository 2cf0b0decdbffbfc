""" "照片上那个字去掉吧", "remove that text": one text, said as "that", when the video has
texts of several kinds (the title and a caption) could be either: ask which (before, every
text went). With one kind of text, or a text just written, that one goes."""

from __future__ import annotations

from ..model.edit_types import RemoveText, TextTarget
from .context import Ctx
from .intents import Out, Slots, intent, said
from .reading import Option

_ROLES: tuple[tuple[str, TextTarget, str, str], ...] = (
    ("title", "title", "The title", "标题"),
    ("caption", "captions", "The caption", "字幕"),
    ("closing", "closing", "The closing text", "结尾文字"),
)
_WRITTEN = {"title": "title", "caption": "captions", "closing": "closing"}


# "那个字", "这行字", "that text": one text pointed at ("any words on it" is every text)
_ONE = ("那个", "这个", "那行", "这行", "那句", "这句", "那段", "这段", "that", "this")


@intent("remove_that_text")
def remove_that_text(slots: Slots, ctx: Ctx) -> Out:
    that = slots.get("it")
    if that is None or that.surface.lower() not in _ONE:
        return Out([RemoveText(which="all")])
    for edit in reversed(list(ctx.last)):  # "that text" is the one just written
        if edit.kind in _WRITTEN:
            return Out([RemoveText(which=_WRITTEN[edit.kind])])
    track = ctx.draft.text_track()
    segs = list(track.sg) if track is not None else []
    present = [(r, t, en, zh) for r, t, en, zh in _ROLES if any(s.m.role == r for s in segs)]
    if len(present) == 1:
        return Out([RemoveText(which=present[0][1])])
    if not present:
        return Out([RemoveText(which="all")])
    options = []
    for role, target, en, zh in present:
        text = next(str(s.m.text) for s in segs if s.m.role == role)
        options.append(
            Option(said(ctx, f'{en} "{text}"', f"{zh}“{text}”"), [RemoveText(which=target)])
        )
    return Out(clarify=options)
