"""Chinese "照片放大慢一点", "放大的慢一点" (的 typed for 得): a zoom said with how fast it goes is
the photos' camera move, as "放大得慢一点" is; never bigger text or photos filling the frame.
"""

from __future__ import annotations

from .entities import Tok

ZOOMS = ("放大", "缩小", "拉近", "拉远")
PACES = ("faster", "slower")


def zoom_paced(toks: list[Tok], orig: str) -> list[Tok]:
    """A zoom word straight before a pace word ("放大慢", "放大的快") reads as the move."""
    out = list(toks)
    for k, tok in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        between = orig[tok.end : nxt.start]
        if (
            tok.surface in ZOOMS
            and tok.kind in ("bigger", "smaller")
            and nxt.kind in PACES
            and between in ("", "的", "得")
        ):
            out[k] = Tok("motion", None, tok.start, tok.end, tok.surface)
    return out
