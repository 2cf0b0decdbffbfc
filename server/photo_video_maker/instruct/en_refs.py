"""English ways of saying a length, a place or a thing that need two or more words read
together: "make it 1:30" (minutes and seconds, as a clock shows them), "2 or 3 seconds" (two
lengths: asked), "put photo 1 between 3 and 4" (right after the first of two neighbours),
"pics 2-4" (three photos), "its to fast" (a typed "too") and "the slideshow" (the video)."""

from __future__ import annotations

from .en_phrasal import STEPS
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


def _named(a: Tok, b: Tok) -> bool:
    return isinstance(a.value, str) or isinstance(b.value, str)


def _neighbours(a: Tok, b: Tok) -> bool:
    """Two places next to each other, by number."""
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
            if _named(said[0], said[2]):
                out.append(tok)  # where photos named by file lie is known later (named_between)
                k += 1
                continue
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


def _unit(ms: float) -> float:
    return 60000.0 if ms >= 60000 and ms % 60000 == 0 else 1000.0


def ranges(toks: list[Tok]) -> list[Tok]:
    """ "2 or 3 seconds", "2-3 seconds", "2 to 3 seconds": two lengths to choose from (asked),
    not photo 2 and a length, nor a bare number; "from 30 to 20 seconds": the new one."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        after = toks[k + 2] if k + 2 < len(toks) else None
        each = len(out) > 1 and out[-2].kind == "each"  # "each photo 3 to 2 s": no photo 3
        photo_number = bool(out) and out[-1].kind in ("pic", "photo") and not each
        # "photos 2 and 3 4 seconds each": the number after "and" is the second photo
        photo_number = photo_number or (
            len(out) > 2
            and out[-1].kind == "and"
            and out[-2].kind in ("num", "photo")
            and out[-3].kind in ("pic", "photo")
        )
        # "the city one to 2 seconds": that "one" is the photo, no range of lengths
        photo_number = photo_number or (
            bool(out) and out[-1].kind == "name" and tok.surface.lower() == "one"
        )
        if tok.kind != "num" or nxt is None or photo_number:
            out.append(tok)
            continue
        said_or = nxt.kind in ("or", "to") and after is not None and after.kind == "dur"
        # "2-3 seconds" (the dash is not kept: digits one character apart; "one 6 s" is not)
        dashed = nxt.kind == "dur" and nxt.start - tok.end == 1 and tok.surface.isdigit()
        dur = after if said_or else nxt if dashed else None
        if (
            dur is not None
            and said_or
            and nxt.kind == "to"
            and tok.value * _unit(dur.value) > dur.value
            and not _ends_a_range(out)
        ):
            continue  # "cut it from 30 to 20 seconds": the length it had, not photo 30
        if dur is None or not 0 < tok.value * _unit(dur.value) < dur.value:
            out.append(tok)
            continue
        out.append(Tok("dur", tok.value * _unit(dur.value), tok.start, tok.end, tok.surface))
        if dashed:
            out.append(Tok("or", None, tok.end, nxt.start, "-"))
        elif nxt.kind == "to":
            toks[k + 1] = Tok("or", None, nxt.start, nxt.end, nxt.surface)
    return out


def _ends_a_range(before: list[Tok]) -> bool:
    """ "photos 2-4 at 3 seconds", "photos 2 to 4 at 3 s": the 4 ends a range of photos."""
    if before and before[-1].kind == "num":
        return True
    return len(before) > 1 and before[-1].kind == "to" and before[-2].kind == "num"


# words after which a typed "to" before a step is "too": "its to fast", "music is to loud"
BEFORE_TOO = ("is", "its", "it's", "are", "r", "was", "way", "bit", "little", "kinda", "much")


def typed_too(toks: list[Tok], orig: str) -> list[Tok]:
    """ "its to fast" is "it's too fast" (asks for slower), not "to fast" as in "change it to
    faster": told apart by the word typed before it, which the scanner drops."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind == "to" and nxt is not None and nxt.kind in STEPS:
            before = orig[: tok.start].lower().split()
            if before and before[-1] in BEFORE_TOO:
                tok = Tok("too", None, tok.start, tok.end, "too")
        out.append(tok)
    return out


# "the slideshow", "my slideshow": the video being made, not a new slideshow to make
THE = ("the", "this", "my", "our", "whole", "entire", "full")


def the_slideshow(toks: list[Tok], orig: str) -> list[Tok]:
    """ "make the slideshow vertical", "the slideshow is too long": the video as it is (the
    article, dropped by the scanner, tells it from "make a slideshow")."""
    out: list[Tok] = []
    for tok in toks:
        before = orig[: tok.start].lower().split()
        if tok.kind == "slideshow" and orig.isascii() and before and before[-1] in THE:
            tok = Tok("video", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


RANGE_WORDS = ("-", "through", "thru", "until", "till")  # not "to": "move photo 2 to 4"


def _plural_to(out: list[Tok], tok: Tok, orig: str) -> bool:
    """Whether ``tok`` ends "photos 1 to 3" (a plural, a number, "to", a number)."""
    if tok.kind != "num" or len(out) < 2 or out[-1].kind != "to" or out[-2].kind != "photo":
        return False
    return _ranged(orig[out[-2].start : out[-2].end], orig[out[-2].end : tok.start])


def _ranged(photo: str, between: str) -> bool:
    """ "pics 2-4"; "photos 1 to 3" too, as a plural names several ("photo 1 to 3" moves)."""
    between = between.strip().lower()
    plural = photo.split()[0].lower().endswith("s") if photo.split() else False
    return between in RANGE_WORDS or (between == "to" and plural)


def photo_ranges(toks: list[Tok], orig: str) -> list[Tok]:
    """ "delete pics 2-4", "photos 2 through 4": photos 2, 3 and 4, not photo 2 for 4 s."""
    out: list[Tok] = []
    for tok in toks:
        if _plural_to(out, tok, orig):  # "photos 1 to 3": the "to" is a token of its own
            out.pop()
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "photo"
            and tok.kind == "num"
            and isinstance(prev.value, int)
            and float(tok.value).is_integer()
            and 0 < prev.value < tok.value <= 50
            and _ranged(orig[prev.start : prev.end], orig[prev.end : tok.start])
        ):
            span = list(range(prev.value, int(tok.value) + 1))
            out[-1] = Tok("photos", span, prev.start, tok.end, prev.surface)
            continue
        out.append(tok)
    return out
