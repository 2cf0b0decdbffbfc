""" "remove the ending" right after a closing text was written: the ending is that text (with no
text just written it could be the fade, the last photo or the clip's end, so it asks for
nothing)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model.edit_types import Edit, RemoveText, SetClosing
from .entities import Tok
from .fillers import SOFT

ALONE = ("remove", "end", "no", "sep", *SOFT)


def ending_removed(toks: list[Tok], last: Sequence[Edit]) -> Edit | None:
    """The closing text just written, taken away again, when that is all the sentence asks."""
    if not any(isinstance(e, SetClosing) for e in last):
        return None
    if not any(t.kind == "remove" for t in toks) or not any(t.kind == "end" for t in toks):
        return None
    if any(t.kind not in ALONE for t in toks):
        return None
    return RemoveText(which="closing")
