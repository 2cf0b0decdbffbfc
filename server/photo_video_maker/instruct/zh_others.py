"""The other photos, in Chinese: "第一张5秒，其他的2秒", "第一张放久点，其余的快一点". After a
clause naming one photo, 其他的/其余的 are every other photo (the rest), not "another one"."""

from __future__ import annotations

from .entities import Tok

OTHERS = ("其他的", "其他", "其余的", "其余", "其它的", "其它", "别的", "剩下的")
# what the clause about the one photo ends with: a stop, or its step said without one
# ("第一张停久一点 其他的快一点", the space read as a stop only later)
ENDS = ("sep", "longer", "shorter", "faster", "slower", "degree", "dur")


def the_other_photos(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    named = False
    for tok in toks:
        if tok.kind == "photo":
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
