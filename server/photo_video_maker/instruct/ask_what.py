"""Requests that name what to do but not all it is done to, asked back rather than guessed
(issue #15): "放到最后" (which photo?), "swap the dog" (with which?), "两张换一下" (which two?),
"move the dog photo" / "把狗狗那张挪一下" (where to?), "put the title at the end" (a closing
text, or the title lower on the screen?). And a step in the order: "move the dog up one spot",
"狗狗往前挪一位" (one place earlier or later)."""

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
    """ "move the dog photo", "把狗狗那张挪一下": to the start or to the end?"""
    tok = slots.get(*PLACES)
    if tok is None:
        return Out(problem="order")
    index = ctx.index_of(tok.value)
    return Out(
        clarify=[
            Option(said(ctx, "To the start", "移到最前"), [Move(index=index, to="start")]),
            Option(said(ctx, "To the end", "移到最后"), [Move(index=index, to="end")]),
        ]
    )


@intent("swap_which")
def swap_which(slots: Slots, ctx: Ctx) -> Out:
    """ "swap the dog": with which photo? "swap them", "两张换一下": which two (neighbours, as
    a start)?"""
    tok = slots.get(*PLACES)
    names = ctx.names_in_order()
    if tok is None:
        return Out(
            clarify=[
                Option(said(ctx, f"Swap photos {n} and {n + 1}", f"交换第 {n} 张和第 {n + 1} 张"),
                       [Swap(i=n, j=n + 1)])
                for n in range(1, min(len(names), MAX_OPTIONS))
            ]
        )  # fmt: skip
    i = ctx.index_of(tok.value)
    others = [n for n in range(1, len(names) + 1) if n != i][:MAX_OPTIONS]
    return Out(
        clarify=[
            Option(said(ctx, f"Swap it with photo {n} ({names[n - 1]})", f"和第 {n} 张交换"),
                   [Swap(i=i, j=n)])
            for n in others
        ]
    )  # fmt: skip


@intent("title_end")
def title_end(slots: Slots, ctx: Ctx) -> Out:
    """ "put the title at the end", "标题放到最后": its words as the closing text, or the
    title at the bottom of the screen?"""
    track = ctx.draft.text_track()
    titles = [seg.m.text for seg in track.sg if seg.m.role == "title"] if track else []
    if not titles:
        return Out(problem="text")
    text = str(titles[0])
    return Out(
        clarify=[
            Option(said(ctx, f"Show '{text}' at the end instead", f"把“{text}”放到片尾"),
                   [RemoveText(which="title"), SetClosing(text=text)]),
            Option(said(ctx, "Keep the title, at the bottom", "标题放到画面底部"),
                   [SetTextStyle(target="title", pos="bottom")]),
        ]
    )  # fmt: skip


@intent("move_step")
def move_step(slots: Slots, ctx: Ctx) -> Out:
    """ "move the dog up one spot", "狗狗往前挪一位" (one place earlier), "photo 4 down two
    places", "森林那张往后挪两个" (later)."""
    tok = slots.get(*PLACES)
    if tok is None:
        return Out(problem="order")
    index = ctx.index_of(tok.value)
    count = len(ctx.names_in_order())
    if index < 0:  # "the last photo one to the left": counted from the end
        index = count + 1 + index
    step = int(slots.value("num", default=1))
    to = max(1, min(count, index - step if slots.has("up", "earlier") else index + step))
    if to == index:
        return Out(problem="order")  # already first (or last): nowhere to go
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
