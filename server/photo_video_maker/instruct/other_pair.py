"""Two photos swapped, then "不对，是第二张和第四张", "不对 交换第二张和第四张", "no, 2 and 4":
the swap taken back and those two swapped instead (before, the first was not understood and
the second swapped 2 and 4 on top of the swap that was wrong).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model.edit_types import Edit, Swap, Undo
from .entities import Tok
from .fillers import SOFT

SAYING_NO = ("no", "not", "instead", "wrong")
ABOUT = {"photo", "num", "and", "swap", "change", "sep", "then", "pic", *SAYING_NO}


def other_pair(toks: list[Tok], last: Sequence[Edit]) -> list[Edit] | None:
    """The last swap redone with the two photos said, when the sentence says it was wrong."""
    if len(last) != 1 or not isinstance(last[0], Swap):
        return None
    if not any(t.kind in SAYING_NO for t in toks):
        return None
    if any(t.kind not in ABOUT and t.kind not in SOFT for t in toks):
        return None
    said = [t.value for t in toks if t.kind in ("photo", "num")]
    if len(said) != 2 or not all(isinstance(n, int | float) and n == int(n) for n in said):
        return None
    i, j = (int(n) for n in said)
    if i == j or {i, j} == {last[0].i, last[0].j}:
        return None
    return [Undo(), Swap(i=i, j=j)]
