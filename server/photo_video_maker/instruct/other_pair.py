"""A swap put right: "二三换一下" then "不对，是第二张和第四张" / "不是，一和二" / "no, 2 and 4":
the swap taken back and made with the two photos said instead (bare numbers are photos here,
not seconds or a volume)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model.edit_types import Edit, Swap, Undo
from .again import SAYING_NO
from .entities import Tok
from .fillers import SOFT


def _number(tok: Tok) -> int | None:
    if tok.kind == "photo" and isinstance(tok.value, int):
        return tok.value
    if tok.kind == "num" and float(tok.value).is_integer() and 1 <= tok.value <= 99:
        return int(tok.value)
    return None


def other_pair(toks: list[Tok], last: Sequence[Edit]) -> list[Edit] | None:
    if len(last) != 1 or not isinstance(last[0], Swap):
        return None
    if not any(t.kind in SAYING_NO for t in toks):
        return None
    said = [t for t in toks if t.kind not in ("sep", "then", "pic", "swap", *SAYING_NO, *SOFT)]
    if len(said) != 3 or said[1].kind != "and":
        return None
    first, second = _number(said[0]), _number(said[2])
    if first is None or second is None or first == second:
        return None
    if {first, second} == {last[0].i, last[0].j}:
        return None  # the same two: nothing to put right
    return [Undo(), Swap(i=first, j=second)]
