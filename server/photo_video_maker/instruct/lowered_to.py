""" "drop each photo to 2 secs", "lower every pic to 2 seconds", "bring each photo down to 2
secs", "raise the dog photo to 5 seconds": a verb of less or more, a photo or every photo, and
"to" a length set that length (before: "drop" asked what to remove, the others were not read).
Only with "to" and a length straight after the photos: "drop the dog photo" still removes."""

from __future__ import annotations

from .entities import Tok

VERBS: tuple[str, ...] = (
    "drop",
    "lower",
    "bring",
    "reduce",
    "raise",
    "increase",
    "knock",
    "take",
    "turn",
)
VERBS += ("cut down", "bring down", "turn down", "take down", "knock down")
PHOTOS = ("pic", "photo", "photos")
WAYS = ("up", "down")


def lowered_to(toks: list[Tok]) -> list[Tok]:
    """The verb said as a change, the way ("down", "up") dropped, when "to" and a length follow
    the photos."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        n = k + 1
        each = n < len(toks) and toks[n].kind == "each"
        n += each
        named = n < len(toks) and toks[n].kind in PHOTOS
        n += named
        # "every pic" is one word of "each", and "drop each to 2 secs" says each photo
        named = named or each
        way = n < len(toks) and toks[n].kind in WAYS
        n += way
        to = n + 1 < len(toks) and toks[n].kind == "to" and toks[n + 1].kind == "dur"
        if tok.surface.lower() in VERBS and named and to:
            out.append(Tok("change", None, tok.start, tok.end, tok.surface))
            out.extend(t for t in toks[k + 1 : n + 2] if t.kind not in WAYS)
            k = n + 2
            continue
        out.append(tok)
        k += 1
    return out


OBJECTS = ("it", "video", "length")


def compressed_to(toks: list[Tok]) -> list[Tok]:
    """ "compress it to 12 seconds", "squeeze the video down to 10 secs": a length the video
    is cut to (a file is never compressed to seconds; before, the file size was asked)."""
    out = list(toks)
    for k, tok in enumerate(toks):
        if tok.kind != "compress":
            continue
        n = k + 1
        while n < len(toks) and toks[n].kind in (*OBJECTS, *WAYS):
            n += 1
        if n + 1 < len(toks) and toks[n].kind == "to" and toks[n + 1].kind == "dur":
            out[k] = Tok("cut", None, tok.start, tok.end, tok.surface)
    return out
