"""A caption just written, then "删掉" / "不要了" / "算了不要了" / "remove it" said alone: that
caption taken back (an undo), never every caption of the video (the only removal of texts
takes all captions at once)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model.edit_types import Edit, SetCaption, Undo
from .entities import Tok
from .fillers import SOFT

AROUND = ("sep", "then", "instead", "it", *SOFT)


def dropped_caption(toks: list[Tok], last: Sequence[Edit]) -> list[Edit] | None:
    if len(last) != 1 or not isinstance(last[0], SetCaption):
        return None
    said = [t for t in toks if t.kind not in AROUND]
    if len(said) != 1 or said[0].kind not in ("remove", "no"):
        return None
    return [Undo()]
