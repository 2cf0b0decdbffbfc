"""A zoom said as the way the photos fill the frame, or as what hides part of a photo: "zoom in
on the pics so there arent any borders" (cropped to fill, not a Ken Burns motion of its own),
"dont zoom in on the forest one, i want to see all of it" (that photo shown whole)."""

from __future__ import annotations

import re

from .entities import Tok

ZOOMS = ("zoom", "zoom in", "zoom into", "zoom them in", "zoom it in", "zoomed in", "zooming in")
# words that make the zoom a motion after all ("zoom in slowly", "more zoom")
MOTION_SAID = ("degree", "more", "less", "pct", "num", "dur", "slower", "faster", "still")
# the whole photo said as what the person wants to see (only beside a zoom or crop said)
SEE_ALL = re.compile(
    r"\bsee (?:all of (?:it|them|the (?:photo|pic|picture)s?)|the whole (?:thing|photo|pic|picture"
    r"|image)|every ?thing in (?:it|them)|(?:it|them) all)\b"
)


def _zoom(toks: list[Tok]) -> Tok | None:
    zooms = [t for t in toks if t.kind == "motion" and t.surface.lower() in ZOOMS]
    if len(zooms) != 1 or sum(t.kind == "motion" for t in toks) != 1:
        return None
    return zooms[0]


def zoom_to_fill(toks: list[Tok], orig: str = "") -> list[Tok]:
    """Drop a bare "zoom in" said just before asking the photos to fill the frame; "don't zoom
    in ..., i want to see all of it" is the photo shown whole."""
    zoom = _zoom(toks)
    if zoom is None or any(t.kind in MOTION_SAID for t in toks):
        return toks
    at = toks.index(zoom)
    if at > 0 and toks[at - 1].kind == "not" and orig:
        return _seen_whole(toks, at, orig.lower())
    fill = next((k for k, t in enumerate(toks) if t.kind == "fit" and k > at), None)
    if fill is None:
        return toks  # "zoom to fit" (the whole photo) and "zoom in to fill" alike
    if any(t.kind in ("and", "sep") for t in toks[at:fill]):
        return toks  # "zoom in slowly and fill the screen": two requests
    return [t for t in toks if t is not zoom]


# what may stand between "bigger" and the fill it is for ("make the pictures bigger so they fill")
TO_FILL = ("pic", "photo", "then", "it", "to")


def bigger_to_fill(toks: list[Tok]) -> list[Tok]:
    """ "make the pictures bigger so they fill the screen", "blow up the photos to fill the
    frame": the photos are made bigger by filling the frame (the text is not meant)."""
    for k, tok in enumerate(toks):
        if tok.kind != "bigger":
            continue
        rest = toks[k + 1 :]
        fill = next((n for n, t in enumerate(rest) if t.kind not in TO_FILL), None)
        if fill is None or rest[fill].kind != "fit" or rest[fill].value != "cover":
            continue
        photos = [t for t in (*toks[max(0, k - 1) : k], *rest[:fill]) if t.kind in ("pic", "photo")]
        if photos:
            return [*toks[:k], *toks[k + 1 :]]
    return toks


def _seen_whole(toks: list[Tok], at: int, low: str) -> list[Tok]:
    """ "dont zoom in on the forest one, i want to see all of it": no zoom, the whole photo."""
    see = SEE_ALL.search(low, toks[at].end)
    fit = [t for t in toks if t.kind == "fit"]
    if see is None and not (fit and all(t.value == "contain" for t in fit)):
        return toks
    out = [t for k, t in enumerate(toks) if k not in (at - 1, at)]
    if see is None:
        return out  # "don't zoom in, show the whole photo": the fit says it
    a, b = see.span()
    out = [t for t in out if t.end <= a or t.start >= b]
    whole = Tok("fit", "contain", a, b, see.group(0))
    place = next((k for k, t in enumerate(out) if t.start >= b), len(out))
    return [*out[:place], whole, *out[place:]]
