""" "slide the title to the top", "push the caption down": a text moved, said with a verb that
also names a transition (before, slide transitions were put in as well)."""

from __future__ import annotations

from .entities import Tok

VERBS = ("slide", "push", "shift", "nudge")
TEXTS = ("title", "caption", "closing", "textnoun")


def text_slid(toks: list[Tok]) -> list[Tok]:
    out = list(toks)
    for k in range(len(toks) - 1):
        tok = toks[k]
        if tok.kind == "trans" and tok.surface.lower() in VERBS and toks[k + 1].kind in TEXTS:
            out[k] = Tok("move", None, tok.start, tok.end, tok.surface)
    return out
