"""Help asked with the request itself: "can you help me make a video", "i need help, make it
vertical". The request is what is meant; help alone ("can you help?") lists what can be said."""

from __future__ import annotations

from .entities import Tok
from .fillers import SOFT

QUIET = ("sep", "then", "reason", "?", *SOFT)


def help_with(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        asked = tok.kind == "help" and "help" in tok.surface.lower().split()
        if asked and any(t.kind not in QUIET and t.kind != "help" for t in toks[k + 1 :]):
            continue
        out.append(tok)
    return out
