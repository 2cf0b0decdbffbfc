"""Photos listed after a removal, the later one by its place alone: "remove the third photo and
the fourth", "delete the second pic and the fifth". The place after "and" is another photo to
remove (before, it was read as where the first one goes: photo 3 removed, then the new photo 3
moved to the 4th place)."""

from __future__ import annotations

from .entities import Tok

REMOVING = ("remove",)
CLAUSE = ("sep", "then")


def listed_photos(toks: list[Tok]) -> list[Tok]:
    """An "ord" right after "<photo> and", in a clause that removes, becomes a photo."""
    out = list(toks)
    removing = False
    for k, tok in enumerate(toks):
        if tok.kind in CLAUSE:
            removing = False
        removing = removing or tok.kind in REMOVING
        listed = k >= 2 and toks[k - 1].kind == "and" and toks[k - 2].kind == "photo"
        if removing and listed and tok.kind == "ord":
            out[k] = Tok("photo", tok.value, tok.start, tok.end, tok.surface)
    return out
