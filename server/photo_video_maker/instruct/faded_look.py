""" "a faded vintage look", "faded retro colours": "faded" said of a look describes that look;
it asks for no crossfade between the photos (before, both were set)."""

from __future__ import annotations

from .entities import Tok

FADED = ("faded", "fading")


def faded_look(toks: list[Tok], orig: str) -> list[Tok]:
    """A fade said as "faded" right before a look (or the word "look") is dropped."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        said = orig[tok.start : tok.end].lower() if tok.start >= 0 else ""
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind == "trans" and said in FADED and nxt is not None and nxt.kind == "look":
            continue
        out.append(tok)
    return out
