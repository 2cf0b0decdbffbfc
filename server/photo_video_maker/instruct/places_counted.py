""" "move the dog photo two spots earlier", "the beach pic 2 places to the right": a number
after a photo already named, before the places it moves by, counts those places; it is no
photo's number (before, "photo two" was read as photo 2 and the move was asked about)."""

from __future__ import annotations

import re

from .entities import Tok

STEPPED = ("position", "earlier", "later")
LAST_WORD = re.compile(r"(\S+)\s*$")


def places_counted(toks: list[Tok], orig: str) -> list[Tok]:
    """Split "pic 2" into the noun and a count when a named photo comes just before it and the
    places moved by just after."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        named = k > 0 and toks[k - 1].kind == "photo" and isinstance(toks[k - 1].value, str)
        stepped = k + 1 < len(toks) and toks[k + 1].kind in STEPPED
        numbered = tok.kind == "photo" and isinstance(tok.value, int) and tok.value > 0
        word = LAST_WORD.search(orig[tok.start : tok.end]) if tok.end <= len(orig) else None
        if not (named and stepped and numbered) or word is None or word.start() == 0:
            out.append(tok)
            continue
        at = tok.start + word.start()
        out.append(Tok("pic", None, tok.start, at - 1, orig[tok.start : at].strip()))
        out.append(Tok("num", float(tok.value), at, tok.end, word.group(1)))
    return out
