"""How many there are, told after a request: "make each photo 3 seconds, there are 20 of them
on my phone". "20 of them" counts, it asks for nothing (before, every photo became 20 seconds
and the video vertical, for "my phone")."""

from __future__ import annotations

from .entities import Tok

THEM = ("them", "those", "these")
# a clause with one of these asks for something of its own ("..., and make 2 of them longer")
ASKING = ("put", "change", "add", "remove", "move", "swap", "cut", "export", "longer", "shorter")


def count_told(toks: list[Tok]) -> list[Tok]:
    out = list(toks)
    seps = [k for k, tok in enumerate(toks) if tok.kind == "sep"]
    for k in range(1, len(toks) - 1):
        tok, them = toks[k], toks[k + 1]
        if tok.kind != "num" or them.kind != "it" or them.surface.lower() not in THEM:
            continue
        start = max((s for s in seps if s < k), default=-1)
        if start < 0:
            continue  # the first clause: "3 of them longer" asks
        stop = min((s for s in seps if s > k), default=len(toks))
        if any(t.kind in ASKING for t in toks[start + 1 : stop]):
            continue
        for j in range(start + 1, stop):
            t = toks[j]
            out[j] = Tok("reason", None, t.start, t.end, t.surface)
    return out


def some_of_them(toks: list[Tok]) -> list[Tok]:
    """ "remove 2 of them", "keep only 3 of them": a number of the photos, as "two of the
    photos" is (which ones is asked), never photo 2 or photo 3 (before, "keep only 3 of them"
    removed every photo but the third)."""
    out = list(toks)
    for k in range(len(toks) - 1):
        tok, them = toks[k], toks[k + 1]
        if tok.kind == "num" and them.kind == "it" and them.surface.lower() in THEM:
            out[k + 1] = Tok("pic", None, them.start, them.end, them.surface)
    return out
