"""What common hardware plays: H.264 level 5.1 at most, and at most 4096 pixels a side.

Phones, TVs, browsers and set-top boxes decode H.264 in hardware up to level 5.1 (ITU-T
H.264 table A-1: 36,864 macroblocks of 16x16 a frame, 983,040 a second), most of them up to
4096 pixels a side. Beyond it they refuse the file or drop to slow software decoding: 21:9
at 2160p (5040x2160) needed level 6.0. So every output is kept within 5.1:

- a frame wider or taller than 4096 pixels, or of more macroblocks, is scaled down whole
  (21:9 at 2160p becomes 4096x1756);
- a frame rate whose macroblocks per second exceed the level is lowered to the next rate
  offered: 2160p (and 21:9 at 1440p) at 60 fps would need level 5.2, so they get 30. The
  size is kept rather than the rate: a slideshow moves slowly, and 4K is what was asked for.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

MAX_SIDE = 4096
# (level, macroblocks a frame, macroblocks a second). 4.0 is left out: its frame and rate
# limits are 4.1's, its bit rate lower, and a constant-quality encode does not bound that.
LEVELS: tuple[tuple[str, int, int], ...] = (
    ("3.0", 1_620, 40_500),
    ("3.1", 3_600, 108_000),
    ("3.2", 5_120, 216_000),
    ("4.1", 8_192, 245_760),
    ("4.2", 8_704, 522_240),
    ("5.0", 22_080, 589_824),
    ("5.1", 36_864, 983_040),
)
MAX_FRAME_MBS, MAX_RATE_MBS = LEVELS[-1][1:]


def macroblocks(w: int, h: int) -> int:
    """16x16 blocks a w x h frame is coded in (the last row and column padded)."""
    return math.ceil(w / 16) * math.ceil(h / 16)


def fits(w: int, h: int, fps: float) -> bool:
    """Whether a w x h video at fps is within level 5.1 and 4096 pixels a side."""
    blocks = macroblocks(w, h)
    return max(w, h) <= MAX_SIDE and blocks <= MAX_FRAME_MBS and blocks * fps <= MAX_RATE_MBS


def fit_size(w: float, h: float) -> tuple[int, int]:
    """The largest even size of this shape within the limits (the size itself, if it is)."""
    scale = min(1.0, MAX_SIDE / w, MAX_SIDE / h, math.sqrt(MAX_FRAME_MBS * 256 / (w * h)))
    while True:
        fw, fh = _even(w * scale), _even(h * scale)
        if max(fw, fh) <= MAX_SIDE and macroblocks(fw, fh) <= MAX_FRAME_MBS:
            return fw, fh
        scale *= 0.998  # partly filled macroblocks at the edges: a step smaller


def fit_fps(w: int, h: int, fps: int, offered: Iterable[int]) -> int:
    """The highest offered rate up to fps at which a w x h video fits (fps if it does)."""
    for rate in sorted({fps, *(r for r in offered if r < fps)}, reverse=True):
        if macroblocks(w, h) * rate <= MAX_RATE_MBS:
            return rate
    return min(offered)


def level_for(w: int, h: int, fps: float) -> str:
    """The lowest level that holds a w x h video at fps ("5.1" for anything larger)."""
    blocks, side = macroblocks(w, h), max(math.ceil(w / 16), math.ceil(h / 16))
    for name, frame, rate in LEVELS:
        # the standard also bounds each side, to the square root of 8 frames' blocks
        if blocks <= frame and blocks * fps <= rate and side * side <= 8 * frame:
            return name
    return LEVELS[-1][0]


def _even(value: float) -> int:
    return max(2, round(value / 2.0) * 2)
