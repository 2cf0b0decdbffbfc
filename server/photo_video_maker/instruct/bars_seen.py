""" "there are black bars on the sides", "theres black on the sides", "the black bars are
ugly": black bars said to be there, or disliked, are the space around the photos complained of
(how to fill it is asked: ``fit_asked``), never a wish for black bars (before, the blurred
sides became black bars: a silent wrong edit)."""

from __future__ import annotations

import re

from .entities import Tok

SEEN = re.compile(
    r"\b(?:there'?s|there is|there are|theres|i see|i can see|i get|i'm getting|im getting|"
    r"there's still|there are still|still)\s+(?:some\s+)?$",
    re.IGNORECASE,
)


# "theres black bars on the sides, get rid of them": what is to be done with them is said
DONE_WITH = ("remove", "off", "no", "not", "change", "put", "fit", "add", "keep", "undo")


def bars_seen(toks: list[Tok], orig: str) -> list[Tok]:
    said = [t for t in toks if t.kind == "fit" and t.value == "contain"]
    if len(said) != 1 or any(t.kind in DONE_WITH for t in toks if t is not said[0]):
        return toks
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        bars = tok.kind == "fit" and tok.value == "contain" and "black" in tok.surface.lower()
        seen = bars and tok.start > 0 and bool(SEEN.search(orig[: tok.start]))
        disliked = bars and k + 1 < len(toks) and toks[k + 1].kind == "dislike"
        if seen or disliked:
            out.append(Tok("gap", None, tok.start, tok.end, tok.surface))
            if seen:
                out.append(Tok("dislike", None, -1, -1, ""))
            continue
        out.append(tok)
    return out
