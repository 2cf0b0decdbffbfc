"""Two photos said to be the wrong way round, then "换回来" ("第二张和第四张放反了 换回来",
"第二张和第四张 换回来"): the swap is what puts them back. With no change of the turn before to
take back, "换回来" is no undo (before, an undo was read beside the swap)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model.edit_types import Edit
from .entities import Tok

BACK = ("换回", "调回", "对调回", "换过来", "调过来", "换一下回来")
PLACES = ("photo", "ord")
ENDS = ("sep", "then")


def swapped_back(toks: list[Tok], last: Sequence[Edit]) -> list[Tok]:
    if last:
        return toks
    for k, tok in enumerate(toks):
        if tok.kind != "undo" or not tok.surface.startswith(BACK):
            continue
        before = toks[:k]
        while before and before[-1].kind in ENDS:
            before = before[:-1]
        named = [t for t in before if t.kind in PLACES]
        if len(named) != 2 or not (k + 1 == len(toks) or toks[k + 1].kind in ENDS):
            continue
        if any(t.kind in ("dislike", "swap") for t in before):
            return before + toks[k + 1 :]  # the swap is said already: "放反了"
        if all(t.kind in (*PLACES, "and") for t in before):  # "第二张和第四张 换回来"
            return [*before, Tok("swap", None, tok.start, tok.end, tok.surface), *toks[k + 1 :]]
    return toks
