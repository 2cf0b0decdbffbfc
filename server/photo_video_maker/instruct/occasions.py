"""An occasion said with an ordinal: "it's for her 60th", "my grandpa's 90th", "our 25th
anniversary". Whose it is (or the day after it) makes the number an age or a year, a reason,
never a photo number (before, "60th" stayed unplaced, or named a photo 60)."""

from __future__ import annotations

import re

from .entities import Tok

WHOSE = re.compile(r"(?:\b(?:her|his|my|our|their|your|ur)|'s|s')\s*$", re.IGNORECASE)
DAY = re.compile(r"^\s*(?:birthday|bday|b-day|birthday party|anniversary|wedding anniversary)\b",
                 re.IGNORECASE)  # fmt: skip


def occasions(toks: list[Tok], text: str) -> list[Tok]:
    """Ordinals that name an age or an anniversary, turned into reasons."""
    out: list[Tok] = []
    for tok in toks:
        if tok.kind == "ord" and isinstance(tok.value, int) and tok.start >= 0:
            whose = tok.value > 10 and WHOSE.search(text[max(0, tok.start - 12) : tok.start])
            if whose or DAY.match(text[tok.end : tok.end + 30]):
                tok = Tok("reason", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out
