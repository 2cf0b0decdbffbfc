"""The photo in the middle: "remove the middle photo", "中间那张去掉". With an odd number of items
it is the one in the middle; with an even number there are two, so none is named (the sentence
is then not understood and says so, never a text moved to the middle)."""

from __future__ import annotations

from .entities import Tok

MIDDLE = ("middle", "the middle", "中间", "中间的")
ONE = ("pic", "it", "photo")


def middle_photo(toks: list[Tok], count: int) -> list[Tok]:
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        middle = tok.kind == "pos" and tok.value == "center" and tok.surface.lower() in MIDDLE
        if middle and nxt is not None and nxt.kind in ONE and not isinstance(nxt.value, int):
            end = nxt.end
            if count % 2:
                out.append(Tok("photo", (count + 1) // 2, tok.start, end, tok.surface))
            else:
                out.append(Tok("?", "middle", tok.start, end, tok.surface))
            k += 2
            continue
        out.append(tok)
        k += 1
    return out
