""" "the top of the photos gets cut off", "the bottom of pic 3 is cut off", "the sides of the
dog photo are cropped": a part of the photos said to be cut off is the frame cropping them, so
they are shown whole (before, "the top" was read as where a text goes and asked about)."""

from __future__ import annotations

import re

from .entities import Tok

CUT = ("cut off", "gets cut off", "is cut off", "are cut off", "get cut off", "cropped")
PHOTOS = ("pic", "photo", "ord", "each")
# the part named, then "of" and the photos: "the top of the", "the sides of pic 3"
OF = re.compile(r"\s+of\s+(?:the\s+|my\s+|our\s+|all\s+(?:the\s+)?)?$", re.IGNORECASE)


def cropped_part(toks: list[Tok], orig: str) -> list[Tok]:
    """A place, "of", the photos and a cut said of them: the photos shown whole."""
    for k, tok in enumerate(toks[:-2]):
        if tok.kind != "pos":
            continue
        photos = k + 1
        while photos < len(toks) and toks[photos].kind in PHOTOS:
            photos += 1
        if photos == k + 1 or photos >= len(toks):
            continue
        if not OF.match(orig[tok.end : toks[k + 1].start] + " "):
            continue
        cut = toks[photos]
        if cut.kind != "dislike" or cut.surface.lower() not in CUT:
            continue
        fit = Tok("fit", "contain", cut.start, cut.end, cut.surface)
        return [*toks[:k], *toks[k + 1 : photos], fit, *toks[photos + 1 :]]
    return toks
