"""A mood said of the music playing ("change the music, this one is sad", "the song is so
cheesy"): how it sounds now, a complaint, never a wish for more of that mood."""

from __future__ import annotations

import re

from .entities import Tok

# "is", "'s", "sounds", "feels": the music described as it is
IS = re.compile(
    r"\s*(?:is|'s|’s|sounds|feels|seems)\s+(?:so\s+|very\s+|really\s+|pretty\s+|quite\s+)?",
    re.IGNORECASE,
)
ABOUT = ("music", "it")  # "the music is sad", "this one is sad"
# "the music is upbeat, thats nice": described and liked, nothing to change
LIKED = re.compile(
    r"\b(?:nice|good|great|love|like|perfect|fine|lovely|beautiful|cool|awesome|keep)\b",
    re.IGNORECASE,
)


def mood_described(toks: list[Tok], orig: str) -> list[Tok]:
    if LIKED.search(orig):
        return toks
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        prev = toks[k - 1] if k else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        described = tok.kind == "mood" and prev is not None and prev.kind in ABOUT
        if described and prev is not None and (nxt is None or nxt.kind in ("sep", "then")):
            gap = orig[prev.end : tok.start]
            if prev.start >= 0 and tok.start >= 0 and IS.fullmatch(gap):
                out.append(Tok("dislike", None, prev.end, tok.start, gap.strip()))
        out.append(tok)
    return out
