""" "spread the photos over 40 secs", "the photos should fill 30 seconds", "distribute the pics
across half a minute": a length the photos are spread over, or fill, is the whole video's (they
share it). Before, it was read as each photo's time (40 s each), and "fill" as filling the
frame: silent wrong edits."""

from __future__ import annotations

from .entities import Tok

SPREAD = ("spread", "distribute", "spread out")
FILL = ("fill", "fills", "fill up", "fill out")


def spread_over(toks: list[Tok]) -> list[Tok]:
    """ "spread" (unknown to the lexicon) before the photos and a length, or "fill" right
    before a length, becomes the words for a length everything fits in."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        said = tok.surface.lower()
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        spread = tok.kind == "?" and said in SPREAD and _length_later(toks, k)
        fill = tok.kind == "fit" and said in FILL and nxt is not None and nxt.kind == "dur"
        if spread or fill:
            tok = Tok("fit_in", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def _length_later(toks: list[Tok], k: int) -> bool:
    """A length in the same clause after toks[k]."""
    for tok in toks[k + 1 : k + 6]:
        if tok.kind in ("sep", "then"):
            return False
        if tok.kind == "dur":
            return True
    return False
