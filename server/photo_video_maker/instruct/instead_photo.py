""" "remove 5" then "hmm remove 1 instead": the same change made to another photo, the one
just made taken back first (without it both photos went, and the person saw only the second
removal told)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model.edit_types import Edit, Move, Remove, SetCaption, SetFit, SetSecondsPerPhoto, Undo
from .entities import Tok
from .moved_instead import instead_move

# changes of one photo, said again for another
ONE_PHOTO = (Remove, SetSecondsPerPhoto, SetCaption, SetFit, Move)
# the words that say "not that one, this one" (not "wait" or "actually" alone: "wait, remove
# 3 as well" keeps both)
SAYING = ("instead", "rather", "meant", "i said", "i mean")


def _photo(edit: Edit) -> int | str | None:
    return getattr(edit, "index", None) or getattr(edit, "name", None)


def instead_of_last(
    edits: list[Edit], toks: list[Tok], last: Sequence[Edit], count: int = 0
) -> list[Edit]:
    """An undo first when one change of one photo replaces the same change of another."""
    if len(last) != 1 or len(edits) != 1 or not isinstance(last[0], ONE_PHOTO):
        return edits
    new, old = edits[0], last[0]
    if type(new) is not type(old) or _photo(new) is None or _photo(old) is None:
        return edits
    moved = isinstance(new, Move) and isinstance(old, Move)  # numbered after the last move
    if (_photo(new) == _photo(old) and not moved) or any(isinstance(e, Undo) for e in edits):
        return edits
    said = [t.surface.lower() for t in toks if t.kind == "instead"]
    if not any(word in surface for surface in said for word in SAYING):
        return edits
    if isinstance(new, Move) and isinstance(old, Move):  # "put it at the end instead"
        return instead_move(new, old, toks, count)
    return [Undo(), new]
