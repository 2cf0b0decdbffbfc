""" "move the dog to number 1": a number said as a place after "to", once the photo moved has been
named, is the place it goes to (it was read as a second photo, and not understood). The way may
be said before "to" ("move the dog down to number 4", "bump the garden photo up to number 2":
"up to" is a filler elsewhere, so the "to" is then inside the number's own words), and the verb
may be left out ("garden photo to number 2 pls")."""

from __future__ import annotations

import re

from .entities import Tok

MOVING = ("move", "put", "up")  # "up": "bump the garden photo ... to number 2"
NUMBER_WORDS = ("number", "no.", "no", "#")
WAYS = ("up", "down", "back", "forward")
TO_INSIDE = re.compile(r"\bto\s+(?:number|no\.?|#)\s*\w+$", re.IGNORECASE)
TO_BETWEEN = re.compile(r"\bto\s*$", re.IGNORECASE)  # "photo 5 up to number 2"
CLAUSE = ("sep", "then", "and")


def numbered_place(toks: list[Tok], orig: str) -> list[Tok]:
    """A photo by number right after "to", in a clause that moves another photo, is a slot."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        said = orig[tok.start : tok.end].lower()
        numbered = tok.kind == "photo" and isinstance(tok.value, int) and tok.value > 0
        gap = orig[toks[k - 1].end : tok.start] if k else ""
        inside = bool(TO_INSIDE.search(said)) or bool(TO_BETWEEN.search(gap))
        to = k - 1 if inside else _to_before(toks, k)
        placed = numbered and (inside or said.startswith(NUMBER_WORDS)) and to is not None
        if placed and to is not None and _moved_before(toks, to):
            tok = Tok("slot", tok.value, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def _to_before(toks: list[Tok], k: int) -> int | None:
    """Where the photo moved ends, when "to" (after a way, perhaps) comes right before k."""
    if k < 2 or toks[k - 1].kind != "to":
        return None
    return k - 3 if toks[k - 2].kind in WAYS and k >= 3 else k - 2


def _moved_before(toks: list[Tok], end: int) -> bool:
    """toks[end] is a photo, with a moving verb or nothing before it in its clause."""
    if end < 0 or toks[end].kind != "photo":
        return False
    before = []
    for tok in reversed(toks[:end]):
        if tok.kind in CLAUSE:
            break
        before.append(tok)
    return not before or before[-1].kind in MOVING
