""" "no i meant the other one, the forest one", "nah not that one i meant the dog pic": the
photo meant, said by its name. ``again.other_photo`` takes the last change back and makes it
to that photo, so the name is read as the photo's number in the video as it was before the last
change (a move or removal shifts the others). Before, the name was left unread."""

from __future__ import annotations

from collections.abc import Sequence

from ..model.edit_types import Edit, Move, Remove
from .context import Ctx
from .entities import Tok


def numbered(toks: list[Tok], ctx: Ctx, last: Sequence[Edit]) -> list[Tok]:
    """Photo names turned into their numbers before the last change (when that is one)."""
    if len(last) != 1:
        return toks
    order = [str(seg.m.name or "").lower() for seg in ctx.segments()]
    before = _before(order, last[0])
    out = []
    for tok in toks:
        if tok.kind == "photo" and isinstance(tok.value, str) and tok.value.lower() in before:
            number = before.index(tok.value.lower()) + 1
            tok = Tok("photo", number, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def _before(order: list[str], edit: Edit) -> list[str]:
    if isinstance(edit, Move) and isinstance(edit.index, int) and 1 <= edit.index <= len(order):
        at = {"start": 1, "end": len(order)}.get(str(edit.to), edit.to)
        if not isinstance(at, int) or not 1 <= at <= len(order):
            return order
        moved = order[:]
        name = moved.pop(at - 1)
        moved.insert(edit.index - 1, name)
        return moved
    if isinstance(edit, Remove) and isinstance(edit.index, int) and edit.index >= 1:
        return [*order[: edit.index - 1], "", *order[edit.index - 1 :]]
    return order
