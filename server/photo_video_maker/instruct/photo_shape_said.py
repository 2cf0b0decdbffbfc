"""Photos named by their own shape: "the vertical photos should fill the screen", "a blurred
background for the portrait ones". "vertical" there says which photos, never the video's shape
(before: the video also turned 9:16, a silent wrong edit)."""

from __future__ import annotations

import re

from .entities import Tok

SHAPES = ("vertical", "portrait", "horizontal", "landscape", "tall", "wide", "upright")
NAMING = re.compile(r"\b(?:the|those|these|my|all the|any)\s+$", re.IGNORECASE)
ONES = re.compile(r"\s*(?:ones?|photos?|pics?|pictures?|images?|shots?)\b", re.IGNORECASE)


def photo_shapes(toks: list[Tok], orig: str) -> list[Tok]:
    """An orientation between "the" and a photo noun ("the vertical ones") names photos."""
    out: list[Tok] = []
    for tok in toks:
        named = (
            tok.kind == "aspect"
            and tok.surface.lower() in SHAPES
            and NAMING.search(orig[: tok.start]) is not None
            and ONES.match(orig, tok.end) is not None
        )
        out.append(Tok("just", None, tok.start, tok.end, tok.surface) if named else tok)
    return out
