"""The other photos, in Chinese: "第一张5秒，其他的2秒", "第一张放久点，其余的快一点". After a
clause naming one photo, 其他的/其余的 are every other photo (the rest), not "another one"."""

from __future__ import annotations

from ..model.edit_types import Edit, SetFit
from .entities import Tok

OTHERS = ("其他的", "其他", "其余的", "其余", "其它的", "其它", "别的", "剩下的")
# what the clause about the one photo ends with: a stop, or its step said without one
# ("第一张停久一点 其他的快一点", the space read as a stop only later)
# ("第三张不要裁 其他铺满": its fit, then the others)
ENDS = ("sep", "longer", "shorter", "faster", "slower", "degree", "dur", "fit")


def the_other_photos(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    named = False
    for tok in toks:
        if tok.kind in ("photo", "name"):  # "狗那张铺满 其他的…": named by its file too
            named = True
        if (
            named
            and tok.kind == "another"
            and tok.surface in OTHERS
            and out
            and out[-1].kind in ENDS
        ):
            tok = Tok("each", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def others_first(edits: list[Edit], toks: list[Tok]) -> list[Edit]:
    """ "第三张不要裁 其他铺满": the fit of the other photos, said after one photo's, is done
    first, so that the one photo keeps its own (before, the others' fit covered it too)."""
    if not any(t.kind == "each" and t.surface in OTHERS for t in toks):
        return edits  # "第三张铺满，然后全部留黑边": every photo, that one too
    out = list(edits)
    for k, edit in enumerate(edits):
        if not isinstance(edit, SetFit) or edit.index is not None:
            continue
        first = next(
            (j for j, e in enumerate(out[:k]) if isinstance(e, SetFit) and e.index is not None),
            None,
        )
        if first is not None:
            out.remove(edit)
            out.insert(first, edit)
    return out
