"""A photo put "in front" or "at the back" with no photo after it: "第三张挪到前面", "狗狗那张放
前面吧", "城市那张挪到后面" put it first or last, as "挪到前面去" and "放最后" already do.
"把花园那张放到狗前面" names the photo it goes before, and stays a place beside that photo."""

from __future__ import annotations

from .entities import Tok

REFS = ("photo", "ord", "it")
VERBS = ("move", "put")
PLACES = {"before": "start", "after": "end"}


def front_or_back(toks: list[Tok]) -> list[Tok]:
    """[photo] 挪到|放 前面|后面, ending the clause: the start or the end."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        verb = toks[k - 1] if k > 0 else None
        ref = toks[k - 2] if k > 1 else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        said = (
            tok.kind in PLACES
            and not tok.surface.isascii()
            and verb is not None
            and verb.kind in VERBS
            and ref is not None
            and ref.kind in REFS
            and (nxt is None or nxt.kind == "sep")
        )
        out.append(Tok(PLACES[tok.kind], None, tok.start, tok.end, tok.surface) if said else tok)
    return out
