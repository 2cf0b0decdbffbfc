"""English verbs of the order that are also names of transitions: "push the beach pic back one
spot", "slide the dog photo to the end". A transition's name said right before a photo, with no
word for transitions in the clause, is the verb that moves the photo."""

from __future__ import annotations

from .entities import Tok

CLAUSE_ENDS = ("sep", "then", "and")
PLACES = ("photo", "ord")  # what is moved
TRANSITION_WORDS = ("transition", "transitions", "trans_rel")


def moving_verbs(toks: list[Tok]) -> list[Tok]:
    """A one-word transition name ("push", "slide") before a photo moves that photo."""
    out = list(toks)
    for k, tok in enumerate(toks[:-1]):
        if tok.kind != "trans" or " " in tok.surface or toks[k + 1].kind not in PLACES:
            continue
        if not any(t.kind in TRANSITION_WORDS for t in _clause(toks, k)):
            out[k] = Tok("move", None, tok.start, tok.end, tok.surface)
    return out


def _clause(toks: list[Tok], k: int) -> list[Tok]:
    start = max((n + 1 for n in range(k) if toks[n].kind in CLAUSE_ENDS), default=0)
    stop = next((n for n in range(k, len(toks)) if toks[n].kind in CLAUSE_ENDS), len(toks))
    return toks[start:stop]
