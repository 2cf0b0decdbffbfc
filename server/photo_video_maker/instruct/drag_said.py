""" "the crossfades drag, make them shorter", "the photos drag", "the transitions drag a bit":
"drag" said of what plays is the complaint "too slow" ("it drags" already was); before, the
words were left unread. "drag photo 2 to the start" still moves it (``en_order``): there the
photo follows the verb, here the subject comes before it."""

from __future__ import annotations

from .entities import Tok

DRAG = ("drag",)  # "drags", "dragging" are in the lexicon already
# what may drag: the transitions, the photos, the video, its pace
SUBJECTS = ("trans", "transition", "pic", "video", "slideshow", "pace", "it")


def drag_complained(toks: list[Tok]) -> list[Tok]:
    """An unread "drag" right after what plays becomes "faster" (it is too slow)."""
    out: list[Tok] = []
    for tok in toks:
        said = tok.kind == "?" and tok.surface.lower() in DRAG
        if said and out and out[-1].kind in SUBJECTS:
            tok = Tok("faster", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out
