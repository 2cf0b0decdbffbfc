""" "put the dog first" then "hmm actually put it at the end instead": the move is taken back
first, so the photo named by its place after that move ("it", "the dog one") must be numbered
as it was before it (without this, the undo put the dog back at 3 and photo 1, the beach, went
to the end). A photo said by its number keeps that number: "no, move 4 instead" means the
fourth photo the person had before."""

from __future__ import annotations

from ..model.edit_types import Edit, Move, Undo
from .entities import Tok


def _place(to: int | str, count: int) -> int:
    if to == "start":
        return 1
    if to == "end" or not isinstance(to, int):
        return count
    return count + 1 + to if to < 0 else to


def instead_move(new: Move, old: Move, toks: list[Tok], count: int) -> list[Edit]:
    """The move that replaces ``old`` (``count`` items): the photo just moved is moved on from
    where it is (the same order as taking it back first); another is numbered as before."""
    said = {t.value for t in toks if t.kind in ("ord", "photo", "num") and isinstance(t.value, int)}
    if count < 1 or (new.index in said and new.index != new.to):
        if new.index == old.index:
            return [new]  # the same number again: a move of its own, as before
        return [Undo(), new]  # "no, move 4 instead": the number the person saw before
    was, landed = _place(old.index, count), _place(old.to, count)
    now = _place(new.index, count)
    if now == landed:
        return [new]  # the photo just moved ("it"), moved on from where it is now
    if was < landed and was <= now < landed:
        at = now + 1  # it slid up one place when the moved photo went past it
    elif was > landed and landed < now <= was:
        at = now - 1
    else:
        at = now
    return [Undo(), new.model_copy(update={"index": at})]
