""" "w" typed for "with" before what a video has: "make a slideshow w music", "slideshow w
transitions", "the pic w the dog". Only before such a word: "make the title W" writes a W."""

from __future__ import annotations

from .entities import Tok

HAD = (
    "music", "transition", "trans", "mood", "motion", "title", "caption", "closing", "textnoun",
    "photo", "pic", "photos", "look", "song", "fade_out", "fade_in",
)  # fmt: skip


def w_with(toks: list[Tok], orig: str) -> list[Tok]:
    out = list(toks)
    for k, tok in enumerate(toks[1:-1], 1):
        said = orig[tok.start : tok.end] if tok.start >= 0 else ""
        if tok.kind == "?" and said == "w" and toks[k + 1].kind in HAD:
            out[k] = Tok("with", None, tok.start, tok.end, tok.surface)
    return out
