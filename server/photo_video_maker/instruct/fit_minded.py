""" "show the whole photo, i dont mind black bars", "fill the screen, i don't mind cropping":
a way of fitting that someone does not mind is a way accepted (as "black bars are fine" is),
never a "don't" left unread (before: the clause was not understood)."""

from __future__ import annotations

import re

from .entities import Tok

MIND = re.compile(
    r"\b(?:i\s+)?(?:don'?t|dont|do\s+not|wouldn'?t|won'?t|never)\s+(?:really\s+)?mind\s+"
    r"(?:the\s+|some\s+|a\s+(?:little|bit)\s+(?:of\s+)?)?$"
)


def fit_minded(toks: list[Tok], orig: str) -> list[Tok]:
    """ "don't mind" and a fit: the words before it go, a ``fine_as_is`` follows it."""
    for k, tok in enumerate(toks):
        if tok.kind != "fit":
            continue
        said = MIND.search(orig[: tok.start].lower())
        if said is None:
            continue
        before = [n for n in range(k) if toks[n].end > said.start()]
        if any(toks[n].start < said.start() for n in before):
            continue  # a word reaching into the phrase: leave it as read
        fine = Tok("fine_as_is", None, tok.end, tok.end, "")
        rest = fit_minded(toks[k + 1 :], orig)
        return [*toks[: len(toks[:k]) - len(before)], tok, fine, *rest]
    return toks
