""" "smoother 60", "make it look smoother, 60 frames": "smoother" right before a frame rate is
why the rate is asked for, not softer transitions (before, "smoother" was left unread or the
whole sentence was)."""

from __future__ import annotations

from .entities import Tok

SMOOTH = ("smoother", "smooth", "more smooth")
RATES = (24, 25, 30, 60)  # the frame rates a video is made at


def smoother_rate(toks: list[Tok]) -> list[Tok]:
    """A "smoother" followed by a frame rate (or a bare 60 ending the clause): the rate."""
    for k, tok in enumerate(toks):
        if tok.kind != "softer" or tok.surface.lower() not in SMOOTH:
            continue
        j = k + 1
        while j < len(toks) and toks[j].kind == "sep":
            j += 1
        if j >= len(toks):
            continue
        rate = toks[j]
        ends = j + 1 >= len(toks) or toks[j + 1].kind in ("sep", "then", "and")
        if rate.kind == "num" and rate.value in RATES and ends and rate.value >= 30:
            rate = Tok("fps", int(rate.value), rate.start, rate.end, rate.surface)
        if rate.kind != "fps":
            continue
        return [*toks[:k], rate, *smoother_rate(toks[j + 1 :])]
    return toks
