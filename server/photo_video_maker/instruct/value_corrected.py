"""A value put right in the same message: "make it 20 seconds long, sorry i meant 30", "each
photo 2 secs, no 2.5, and square", "make it 1 min, no 90 seconds". The new value takes the place
of the last value said before it, in that request and with its unit, so the request is done
once with the value meant. Before, the bare number was read on its own (the music at 30 %) or
left unread."""

from __future__ import annotations

import re

from .entities import Tok
from .numbers import value

AMOUNTS = ("num", "dur", "pct")
VALUES = (*AMOUNTS, "res", "fps")  # "export 720p, no 1080p"
ENDS = ("sep", "then", "and")  # where a request, or the correction, ends
RUN = ("instead", "put", "it")  # "sorry i meant", "no make it", "actually make that"


def corrected_values(toks: list[Tok], orig: str) -> list[Tok]:
    """Each "<request with a value>, sorry/actually/no <value>": the request with the new value."""
    out = list(toks)
    k = len(out) - 1
    while k > 0:  # from the end, so that a shorter list leaves the places before as they were
        fixed = _corrected(out, k, orig)
        if fixed is not None:
            out = fixed
        k = min(k, len(out)) - 1
    return out


def _corrected(toks: list[Tok], k: int, orig: str) -> list[Tok] | None:
    new = toks[k]
    if new.kind not in VALUES or (k + 1 < len(toks) and toks[k + 1].kind not in ENDS):
        return None
    first = k
    while first > 0 and (toks[first - 1].kind in RUN or _no(toks[first - 1])):
        first -= 1
    run = toks[first:k]
    if not any(t.kind == "instead" or _no(t) for t in run):
        return None  # no correcting word ("..., make it 30" is a request of its own)
    if first == 0 or toks[first - 1].kind != "sep":
        return None  # not a clause of its own ("make it no 3")
    old = _last_value(toks, first - 1, new)
    if old is None:
        return None
    meant = _as(toks[old], new, orig)
    if meant is None:
        return None
    return [*toks[:old], meant, *toks[old + 1 : first - 1], *toks[k + 1 :]]


def _no(tok: Tok) -> bool:
    """ "no" typed in English, which before a lone value corrects ("no 2.5"), never removes."""
    return tok.kind == "no" and tok.surface.isascii()


def _last_value(toks: list[Tok], end: int, new: Tok) -> int | None:
    """The one value like ``new`` said before ``end`` (a separator), if there is one only: an
    amount for an amount, a resolution for a resolution ("fade it 2 secs and export 720p")."""
    like = AMOUNTS if new.kind in AMOUNTS else (new.kind,)
    found: list[int] = []
    for j in range(end - 1, -1, -1):  # back to a separator ("swap 1 and 2" has two values)
        if toks[j].kind in ("sep", "then"):
            break
        if toks[j].kind in like:
            found.append(j)
    return found[0] if len(found) == 1 else None


def _as(old: Tok, new: Tok, orig: str) -> Tok | None:
    """The new value in the old one's kind: a bare number takes the old unit ("20 seconds",
    "30" -> 30 seconds); a value with a unit of its own stays as said."""
    if new.kind == old.kind or (new.kind != "num" and {new.kind, old.kind} <= set(AMOUNTS)):
        return Tok(new.kind, new.value, old.start, old.end, new.surface)
    if new.kind != "num":
        return None  # "export 720p, no 60fps": another thing, not the same one put right
    if old.kind == "pct":
        return Tok("pct", float(new.value), old.start, old.end, new.surface)
    said = next(
        (v for w in re.findall(r"[\w.]+", orig[old.start : old.end]) if (v := value(w))), None
    )
    if old.kind != "dur" or not said or not isinstance(old.value, (int, float)):
        return None
    return Tok("dur", float(new.value) * old.value / said, old.start, old.end, new.surface)
