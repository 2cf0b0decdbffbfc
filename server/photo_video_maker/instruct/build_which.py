"""Requests that leave out what they act on, asked back instead of guessed (issue #15):
"put the title at the end" (a closing text, or the title at the bottom?), "swap the dog"
(with which photo?), "remove the photo" (which one?)."""

from __future__ import annotations

from ..model.edit_types import Edit, Move, RemoveText, SetClosing, SetTextStyle, Swap
from .context import Ctx
from .intents import Out, Slots, intent, said
from .reading import Option

MAX_OPTIONS = 6


@intent("title_to_end")
def title_to_end(slots: Slots, ctx: Ctx) -> Out:
    """The title said to go "at the end": the closing text, or the bottom of the frame."""
    track = ctx.draft.text_track()
    titles = [seg for seg in track.sg if seg.m.role == "title"] if track is not None else []
    bottom: list[Edit] = [SetTextStyle(target="title", pos="bottom")]
    if not titles:
        return Out(problem="text")
    text = str(titles[0].m.text)
    closing: list[Edit] = [RemoveText(which="title"), SetClosing(text=text)]
    return Out(
        clarify=[
            Option(said(ctx, f"Show '{text}' at the end instead", f"把“{text}”放到片尾"), closing),
            Option(said(ctx, "Keep the title, at the bottom", "标题放到画面底部"), bottom),
        ]
    )


@intent("swap_which")
def swap_which(slots: Slots, ctx: Ctx) -> Out:
    """One photo to swap: with which? No photo ("just swap them"): which two?"""
    tok = slots.get("photo", "ord")
    names = ctx.names_in_order()
    if tok is None:
        pairs = [(n, n + 1) for n in range(1, len(names))][:MAX_OPTIONS]
        return Out(
            clarify=[
                Option(
                    said(ctx, f"Swap photos {i} and {j}", f"交换第 {i} 张和第 {j} 张"),
                    [Swap(i=i, j=j)],
                )
                for i, j in pairs
            ]
        )
    i = ctx.index_of(tok.value)
    others = [n for n in range(1, len(names) + 1) if n != i][:MAX_OPTIONS]
    return Out(
        clarify=[
            Option(
                said(ctx, f"Swap it with photo {n} ({names[n - 1]})", f"和第 {n} 张交换"),
                [Swap(i=i, j=n)],
            )
            for n in others
        ]
    )


@intent("move_which")
def move_which(slots: Slots, ctx: Ctx) -> Out:
    """A photo to move, but not where: to the start or to the end?"""
    tok = slots.get("photo", "ord")
    if tok is None:
        return Out(problem="order")
    i = ctx.index_of(tok.value)
    return Out(
        clarify=[
            Option(said(ctx, "To the start", "移到开头"), [Move(index=i, to="start")]),
            Option(said(ctx, "To the end", "移到最后"), [Move(index=i, to="end")]),
        ]
    )


@intent("move_step")
def move_step(slots: Slots, ctx: Ctx) -> Out:
    """ "move the dog up one spot", "photo 4 down two places": a step towards the start or end."""
    tok = slots.get("photo", "ord")
    if tok is None:
        return Out(problem="order")
    i = ctx.index_of(tok.value)
    steps = int(slots.value("num", default=1))
    to = i - steps if slots.has("up") else i + steps
    count = len(ctx.names_in_order())
    if not 1 <= to <= count:
        return Out(problem="order")
    return Out([Move(index=i, to="start" if to == 1 else "end" if to == count else to)])
