"""Requests that name what to do but not all it is done to, asked back rather than guessed:
"放到最后" (which photo?), "两张换一下" / "换一下" (which two?), "把狗狗那张挪一下" (where to?),
"标题放到最后" (a closing text, or the title lower on the screen?). And a step in the order:
"狗狗往前挪一位", "森林那张往后挪一个" (one place earlier or later)."""

from __future__ import annotations

from ..model.edit_types import (
    Edit,
    Move,
    RemoveText,
    SetCaption,
    SetClosing,
    SetTextStyle,
    SetTitle,
    Swap,
)
from .context import Ctx
from .entities import phrases
from .intents import Out, Slots, intent, said
from .lexicon import ENTITIES
from .reading import Option

PLACES = ("photo", "ord")
MAX_OPTIONS = 6


@intent("move_which")
def move_which(slots: Slots, ctx: Ctx) -> Out:
    """ "放到最后", "put it first" with nothing named: which photo?"""
    to = "start" if slots.has("start") else "end"
    where = said(ctx, "first" if to == "start" else "last", "最前" if to == "start" else "最后")
    return Out(
        clarify=[
            Option(said(ctx, f"Photo {n} ({name}) {where}", f"第 {n} 张（{name}）放到{where}"),
                   [Move(index=n, to=to)])
            for n, name in enumerate(ctx.names_in_order()[:MAX_OPTIONS], 1)
        ]
    )  # fmt: skip


@intent("move_where")
def move_where(slots: Slots, ctx: Ctx) -> Out:
    """ "把狗狗那张挪一下": to the start or to the end?"""
    tok = slots.get(*PLACES)
    assert tok is not None
    index = ctx.index_of(tok.value)
    return Out(
        clarify=[
            Option(said(ctx, "To the start", "移到最前"), [Move(index=index, to="start")]),
            Option(said(ctx, "To the end", "移到最后"), [Move(index=index, to="end")]),
        ]
    )


@intent("swap_which")
def swap_which(slots: Slots, ctx: Ctx) -> Out:
    """ "两张换一下", "换一下": which two? Neighbours, as a start."""
    count = len(ctx.names_in_order())
    return Out(
        clarify=[
            Option(said(ctx, f"Swap photos {n} and {n + 1}", f"交换第 {n} 张和第 {n + 1} 张"),
                   [Swap(i=n, j=n + 1)])
            for n in range(1, min(count, MAX_OPTIONS))
        ]
    )  # fmt: skip


@intent("title_end")
def title_end(slots: Slots, ctx: Ctx) -> Out:
    """ "标题放到最后", "put the title at the end": its words as the closing text, or the
    title at the bottom of the screen?"""
    track = ctx.draft.text_track()
    titles = [seg.m.text for seg in track.sg if seg.m.role == "title"] if track else []
    options = [
        Option(said(ctx, "The title at the bottom of the screen", "标题放到画面下方"),
               [SetTextStyle(target="title", pos="bottom")]),
    ]  # fmt: skip
    if titles:
        options.insert(
            0,
            Option(
                said(ctx, "Its words at the end of the video", "标题改到视频结尾显示"),
                [SetClosing(text=titles[0]), RemoveText(which="title")],
            ),
        )
    return Out(clarify=options)


@intent("move_step")
def move_step(slots: Slots, ctx: Ctx) -> Out:
    """ "狗狗往前挪一位" (one place earlier), "森林那张往后挪两个" (two places later)."""
    tok = slots.get(*PLACES)
    assert tok is not None
    index = ctx.index_of(tok.value)
    count = len(ctx.names_in_order())
    step = int(slots.value("num", default=1))
    to = index - step if slots.has("earlier") else index + step
    to = max(1, min(count, to))
    return Out([Move(index=index, to="start" if to == 1 else "end" if to == count else to)])


TEXT_EDITS = (SetTitle, SetCaption, SetClosing, SetTextStyle)


def _zh(color: str) -> str:
    """A colour's Chinese name, as the lexicon says it first."""
    spec = ENTITIES.get("color", {}).get(color, "")
    return next((p for p in phrases(spec) if not p.isascii()), color)


def bare_colour(outs: list[Out], edits: list[Edit], ctx: Ctx) -> list[Option]:
    """ "弄成紫色的", "make it purple" with no text named, written or just changed: the text in
    that colour, or something else? Asked, not guessed."""
    if any(isinstance(e, TEXT_EDITS) for e in ctx.last):
        return []
    for out in outs:
        style = out.edits[0] if out.untargeted and out.edits else None
        if not isinstance(style, SetTextStyle) or style.pos or style.size or not style.color:
            continue
        if any(e is style for e in edits) and len(edits) == 1:
            return [
                Option(
                    said(ctx, f"The text in {style.color}", f"文字改成{_zh(style.color)}"), [style]
                ),
                Option(said(ctx, "Keep it as it is", "保持不变"), []),
            ]
    return []
