""" "手机全屏看的竖版", "做成抖音那种全屏竖屏": 全屏 said with a vertical shape or a phone is the
video filling the phone's screen, which the shape already does; the photos inside keep their
fit (before, the photos were also cropped to fill: a second, unasked change). Said alone, of
the photos, or with a fill word ("铺满全屏", "竖屏 照片全屏") it still fills the frame."""

from __future__ import annotations

from .entities import Tok

FULL = ("全屏", "全屏播放", "全屏看")
SHAPES = ("aspect", "platform")
BREAKS = ("sep", "then")


def full_screen_shape(toks: list[Tok]) -> list[Tok]:
    """全屏 in a clause that names a shape or a phone: why the shape is wanted, not a fit."""
    out = list(toks)
    for k, tok in enumerate(toks):
        if tok.kind != "fit" or tok.surface not in FULL:
            continue
        clause = _clause(toks, k)
        others = [toks[j] for j in clause if j != k]
        shaped = any(t.kind in SHAPES for t in others)
        # "竖屏 照片全屏": the photos said to fill are their fit
        filled = any(t.kind in ("fit", "pic", "photo", "ord", "each") for t in others)
        if shaped and not filled:
            out[k] = Tok("reason", None, tok.start, tok.end, tok.surface)
    return out


def _clause(toks: list[Tok], k: int) -> range:
    start = k
    while start > 0 and toks[start - 1].kind not in BREAKS:
        start -= 1
    end = k
    while end < len(toks) and toks[end].kind not in BREAKS:
        end += 1
    return range(start, end)
