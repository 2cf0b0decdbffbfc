""" "动效拉满", "缩放开到最大": the camera's move at the most there is, a zoom of 1.5 (never the
music's volume, which "拉满" alone is)."""

from __future__ import annotations

from .entities import Tok

MOST_ZOOM = 1.5
BETWEEN = ("change", "to", "put", "up", "degree")


def zoom_at_most(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for tok in toks:
        k = len(out)
        while k > 0 and out[k - 1].kind in BETWEEN:
            k -= 1
        after_motion = k > 0 and out[k - 1].kind == "motion"
        if tok.kind == "full" and after_motion and not tok.surface.isascii():
            tok = Tok("mult", MOST_ZOOM, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out
