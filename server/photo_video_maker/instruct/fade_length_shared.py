""" "1.5 sec fade from black at the start and to black at the end", "a 2 second fade in and a
fade out at the end": a length said once, before the first of two fades joined by "and", is
the length of both (before, the second fell back to the default second)."""

from __future__ import annotations

from .entities import Tok

FADES = ("from_black", "fade_in", "fade_out", "fade_inout")
ENDS = ("sep", "then")


def _fade(tok: Tok) -> bool:
    return tok.kind in FADES or (tok.kind == "trans" and tok.value in ("crossfade", "fadeblack"))


def fade_length_shared(toks: list[Tok]) -> list[Tok]:
    durs = [k for k, t in enumerate(toks) if t.kind == "dur"]
    if len(durs) != 1 or not toks[durs[0]].surface.isascii():
        return toks
    d = durs[0]
    if d > 0 and toks[d - 1].kind not in ENDS:
        return toks  # the length opens the request ("1.5 sec fade ..."), not "fade in 2s and"
    if d + 1 >= len(toks) or not _fade(toks[d + 1]):
        return toks
    joined = next((k for k in range(d + 1, len(toks)) if toks[k].kind in ("and", *ENDS)), None)
    if joined is None or toks[joined].kind != "and":
        return toks
    second = toks[joined + 1 :]
    second = second[: next((k for k, t in enumerate(second) if t.kind in ENDS), len(second))]
    if not any(_fade(t) for t in second):
        return toks
    at = toks[joined]
    length = Tok("dur", toks[d].value, at.end, at.end, "")
    return [*toks[: joined + 1], length, *toks[joined + 1 :]]
