""" "go straight from each pic to the next with no effect", "switch from photo to photo
instantly": the way from one photo to the next said to have nothing in it is no transition
(before, these words were left unplaced and nothing changed)."""

from __future__ import annotations

import re

from .entities import Tok

# said of the going from photo to photo: nothing in between
STRAIGHT = ("straight", "instantly", "instant", "directly", "immediately", "jump", "jumps")
NO_EFFECT = re.compile(r"^\W*(with\W+)?(no|without)\W+(any\W+)?(effects?|fx)\b")


def straight_on(toks: list[Tok], orig: str) -> list[Tok]:
    """In a sentence about the going from photo to photo (and naming no kind of transition),
    "straight", "instantly" or "with no effect" is the plain cut."""
    if not any(t.kind == "transition" for t in toks) or any(t.kind == "trans" for t in toks):
        return toks
    low = orig.lower()
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        said = NO_EFFECT.match(low[tok.start :]) if tok.start >= 0 else None
        if said is not None and tok.kind in ("with", "no", "not"):
            stop = tok.start + said.end()
            skipped = [t for t in toks[k:] if t.start < stop]
            out.append(Tok("trans", "none", tok.start, stop, orig[tok.start : stop]))
            k += len(skipped)
            continue
        if tok.kind == "?" and tok.surface.lower() in STRAIGHT:
            tok = Tok("trans", "none", tok.start, tok.end, tok.surface)
        out.append(tok)
        k += 1
    return _once(out)


def _once(toks: list[Tok]) -> list[Tok]:
    """ "straight ... with no effect": one cut, said twice."""
    seen = False
    out: list[Tok] = []
    for tok in toks:
        cut = tok.kind == "trans" and tok.value == "none"
        if not (cut and seen):
            out.append(tok)
        seen = seen or cut
    return out
