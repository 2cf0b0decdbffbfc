""" "and one on photo 2 saying Day 2" after a caption was asked for: "one" is another caption,
as "another" would be, never one second on a photo (before, photo 1 also became 1 s long)."""

from __future__ import annotations

from .entities import Tok

TEXTS = ("caption", "title", "closing")


def one_more_text(toks: list[Tok]) -> list[Tok]:
    out = list(toks)
    for k in range(1, len(toks) - 1):
        tok = toks[k]
        if tok.kind != "num" or tok.surface.lower() != "one":
            continue
        joined = toks[k - 1].kind in ("and", "sep")
        if joined and toks[k + 1].kind == "photo" and any(t.kind in TEXTS for t in toks[:k]):
            out[k] = Tok("another", None, tok.start, tok.end, tok.surface)
    return out
