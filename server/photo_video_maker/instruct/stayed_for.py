"""A bare number said as how long a photo stays: "make the dog pic stay for 5", "the beach one
should stay up for 4" (seconds, not photo 5)."""

from __future__ import annotations

import re

from .entities import Tok

STAY = re.compile(
    r"^(?:should |to |can |could )?(?:stay|stays|staying|be|be shown|show|shows|hold|holds|"
    r"linger|lingers|last|lasts)(?: up| on| on screen| onscreen| there)? for(?: like| about)?$"
)
PHOTO = ("photo", "pic", "ord", "name")
UNITS = ("unit", "pct", "times", "and_half", "num")


def stayed_for(toks: list[Tok], orig: str) -> list[Tok]:
    """A bare whole number after "<photo> stay for" is its seconds."""
    out: list[Tok] = []
    low = orig.lower()
    for k, tok in enumerate(toks):
        prev = toks[k - 1] if k else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        bare = tok.kind == "num" and isinstance(tok.value, (int, float)) and 0 < tok.value <= 60
        if (
            bare
            and prev is not None
            and prev.kind in PHOTO
            and (nxt is None or nxt.kind not in UNITS)
        ):
            between = " ".join(low[prev.end : tok.start].split())
            if STAY.match(between):
                tok = Tok("dur", float(tok.value) * 1000, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out
