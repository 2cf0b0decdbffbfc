"""English ways of saying a length or a place that need two or more words read together:
"make it 1:30" (minutes and seconds, as a clock shows them) and "put photo 1 between 3 and 4"
(the place right after the first of two neighbours)."""

from __future__ import annotations

from .entities import Tok

PLACES = ("photo", "ord", "num")
SWAPS = ("swap", "change")


def _clock(toks: list[Tok], i: int) -> float | None:
    """Milliseconds of "M:SS" at ``i``: two digits after the colon, written together ("16:9"
    is a shape, read before this; "3:4" has one digit and stays one)."""
    if i + 2 >= len(toks):
        return None
    mins, colon, secs = toks[i], toks[i + 1], toks[i + 2]
    if (mins.kind, colon.kind, secs.kind) != ("num", "colon", "num"):
        return None
    together = mins.end == colon.start and colon.end == secs.start
    two_digits = len(secs.surface) == 2 and secs.surface.isdigit() and secs.value < 60
    if not (together and two_digits and float(mins.value).is_integer()):
        return None
    return (float(mins.value) * 60 + float(secs.value)) * 1000


def clock_lengths(toks: list[Tok]) -> list[Tok]:
    """ "make it 1:30", "a 2:00 video": a length in minutes and seconds."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        ms = _clock(toks, i)
        if ms is None:
            out.append(toks[i])
            i += 1
            continue
        out.append(Tok("dur", ms, toks[i].start, toks[i + 2].end, "clock"))
        i += 3
    return out


def _neighbours(a: Tok, b: Tok) -> bool:
    """Two places next to each other; photos named by file are taken as said."""
    if isinstance(a.value, str) or isinstance(b.value, str):
        return True
    return abs(float(a.value) - float(b.value)) == 1 and min(a.value, b.value) > 0


def _place(tok: Tok) -> Tok:
    if tok.kind == "num":  # "between 3 and 4": photo 3
        return Tok("ord", int(tok.value), tok.start, tok.end, tok.surface)
    return tok


def between(toks: list[Tok]) -> list[Tok]:
    """ "between 3 and 4", "between the city and dog photos": right after the first of two
    neighbours. Between two photos apart is not one place: left unread. With no two places
    after it, "between" is the filler it always was ("a crossfade between every photo")."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        if tok.kind != "between":
            out.append(tok)
            k += 1
            continue
        said = toks[k + 1 : k + 4]
        kinds = [t.kind for t in said]
        swapping = any(t.kind in SWAPS for t in out)  # "trade places between pic 2 and pic 5"
        two = len(said) == 3 and kinds[0] in PLACES and kinds[1] == "and" and kinds[2] in PLACES
        if two and not swapping:
            if _neighbours(said[0], said[2]):
                out += [Tok("after", None, tok.start, tok.end, tok.surface), _place(said[0])]
                k += 4
                continue
            # two places apart: no one place to put it; the words stay unread together
            out.append(Tok("?", "between", tok.start, said[2].end, tok.surface))
            k += 4
            continue
        k += 1
    return out
