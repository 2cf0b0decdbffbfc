"""English stretches of the video's time: "fade the music in over the first 2 seconds", "in
the last 3 seconds". "first" or "last" right before a length says where that length lies, not
which photo: the length alone is read (as the words were when "over the first" was a filler,
which lost the photo of "write Happy birthday over the first photo")."""

from __future__ import annotations

from .entities import Tok

ENDS = ("first", "last", "final", "opening", "closing")


def time_spans(toks: list[Tok]) -> list[Tok]:
    """ "the first 2 seconds": the length; "first" names no photo here."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        span = tok.kind == "ord" and tok.surface in ENDS and abs(tok.value) == 1
        if span and nxt is not None and nxt.kind == "dur" and nxt.start - tok.end <= 1:
            continue
        out.append(tok)
    return out
