""" "the beach was so fun", "it was so calm": a mood said of how something was is a memory or
praise, not a request (it made the video livelier, or calmer). "make it fun", "more fun" and
complaints ("it's so slow") are read as before."""

from __future__ import annotations

import re

from .entities import Tok

# the past copula, then only words that say how much, right before the mood word
WAS = re.compile(
    r"\b(?:was|were)\s+((?:(?:so|soo+|really|very|such|super|quite|pretty|much|a|an)\s+)*)$"
)


def told_moods(toks: list[Tok], orig: str) -> list[Tok]:
    """A mood word right after "was"/"were" (and "so", "such a" ...) is told, not asked."""
    out: list[Tok] = []
    for tok in toks:
        found = WAS.search(orig[: tok.start].lower()) if tok.kind == "mood" else None
        if found is None:
            out.append(tok)
            continue
        degree_at = found.start(1)  # "so", "much" before the mood are its, not requests
        while out and out[-1].start >= degree_at:
            out.pop()
        out.append(Tok("reason", None, tok.start, tok.end, tok.surface))
    return out
