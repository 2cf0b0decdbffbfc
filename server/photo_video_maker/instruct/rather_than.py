""" "i'd rather have black bars than cropping", "i prefer slides over fades": of two values of
one kind said around "than" or "over" after "rather" or "prefer", the second is only what the
first is preferred to, so it is no request (before, both fits were set, the second winning)."""

from __future__ import annotations

import re

from .entities import Tok

STYLED = ("trans", "look", "mood", "fit", "builtin", "aspect")
PREFERRED = re.compile(r"\b(rather|prefer|prefers|preferred|preferably|sooner)\b")
THAN = re.compile(r"\b(than|over|to)\b")
CLAUSE = ("sep", "then", "and")


def rather_than(toks: list[Tok], orig: str) -> list[Tok]:
    """The value after "than" / "over" is dropped when the clause prefers one before it."""
    low = orig.lower()
    for k, tok in enumerate(toks):
        if tok.kind not in STYLED or tok.start < 0 or not PREFERRED.search(low[: tok.start]):
            continue
        for n in range(k + 1, len(toks)):
            other = toks[n]
            if other.kind in CLAUSE:
                break
            if other.kind == tok.kind and other.start >= 0:
                if THAN.search(low[tok.end : other.start]) and other.value != tok.value:
                    return [*toks[:n], *toks[n + 1 :]]
                break
    return toks
