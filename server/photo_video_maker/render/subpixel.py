"""Sub-pixel shifts whose sharpness does not depend on the phase (pans, at scale 1).

A pan moves the picture by a fraction of a pixel per frame. Any interpolator is exact at
phase 0 (a copy) and blurs most at phase 0.5, where the finest detail cannot be placed
between two samples: with two bilinear taps the high-frequency energy swung by 50-90 % at
the rate the phase goes round (several times a second), a visible pulse in sharpness.

So every phase gets the same response: for each phase, six taps are fitted (least squares
over 0..Nyquist) to one common target, the response of Lanczos-3 at half a pixel, the
softest phase of a good six-tap interpolator, times the phase's delay. Phase 0 is no longer
a copy but is softened as much as phase 0.5 is: flat to half Nyquist, 0.86 at 0.7, 0.65 at
0.8 and zero at Nyquist, where two-tap bilinear at phase 0.5 gives 0.45 and 0.31. Two
constraints keep the geometry exact for smooth content: the taps sum to 1 (no change of
level) and their centroid is the phase (no shift of position).
"""

from __future__ import annotations

import math
from functools import cache

import cv2
import numpy as np
from numpy.typing import NDArray

from .scratch import scratch
from .yuv import U8

TAPS = np.arange(-2, 4)  # source pixels -2..3 around the one at or left of the point
PAD = 3  # pixels each side that the taps reach beyond the view
STEPS = 256  # phases are taken to 1/256 pixel: below what 8 bits can show
_W = np.linspace(0.0, math.pi, 257)
_HEAVY = 1e3  # weight of the two constraint rows against the fitted response


def _lanczos3_at_half() -> NDArray[np.float64]:
    x = TAPS - 0.5
    taps = np.sinc(x) * np.sinc(x / 3)
    taps /= taps.sum()
    response: NDArray[np.float64] = np.abs(np.exp(-1j * np.outer(_W, TAPS)) @ taps)
    return response


_TARGET = _lanczos3_at_half()


@cache
def kernel(step: int) -> NDArray[np.float32]:
    """Taps for TAPS at phase step / STEPS, in the order OpenCV's correlation applies them."""
    phase = step / STEPS
    basis = np.exp(-1j * np.outer(_W, TAPS))
    want = _TARGET * np.exp(-1j * _W * phase)
    rows = np.vstack([basis.real, basis.imag, _HEAVY * np.ones(len(TAPS)), _HEAVY * TAPS])
    rhs = np.concatenate([want.real, want.imag, [_HEAVY, _HEAVY * phase]])
    taps = np.linalg.lstsq(rows, rhs, rcond=None)[0]
    out: NDArray[np.float32] = taps.astype(np.float32)
    return out


def split(position: float) -> tuple[int, int]:
    """Whole pixel and phase step of a position (a phase within 1/512 of the next pixel
    belongs to that pixel)."""
    step = round(position * STEPS)
    return step // STEPS, step % STEPS


def settle(src: U8, x: float | None, y: float | None) -> U8:
    """``src`` (padded by PAD) with the phase of a fixed position already applied on each
    axis given: ``shift`` then takes that axis as whole (pass ``settled=True``).

    Each pixel becomes the taps' sum around itself, so the picture keeps its coordinates and
    a view at the same whole pixel reads the filtered value; the rows or columns at the ends
    that the taps cannot fill are never read (shift checks its window as before).
    """
    for position, axis in ((x, 0), (y, 1)):
        if position is None or split(position)[1] == 0:
            continue
        taps = kernel(split(position)[1])
        shaped = taps[None, :] if axis == 0 else taps[:, None]
        anchor = (-int(TAPS[0]), 0) if axis == 0 else (0, -int(TAPS[0]))
        src = cv2.filter2D(src, -1, shaped, anchor=anchor, borderType=cv2.BORDER_REPLICATE)
    return src


def shift(
    src: U8,
    dst: U8,
    x: float,
    y: float,
    filter_x: bool,
    filter_y: bool,
    settled: bool = False,
) -> None:
    """dst = src seen from (x, y), src padded by PAD on every side.

    An axis the view does not move along keeps one phase, so it cannot pulse: it is filtered
    only when that phase is not whole (a whole one is a plain slice, half the cost). With
    ``settled``, ``src`` comes from ``settle`` and such an axis is already filtered.
    """
    fh, fw = dst.shape
    x0, sx = split(x)
    y0, sy = split(y)
    if settled:  # the fixed axes' phases are in src: a whole-pixel slice along them
        sx, sy = (sx if filter_x else 0), (sy if filter_y else 0)
    filter_x = filter_x or sx != 0
    filter_y = filter_y or sy != 0
    # the window of src (padded coordinates) that the taps read
    left = x0 + PAD + (int(TAPS[0]) if filter_x else 0)
    top = y0 + PAD + (int(TAPS[0]) if filter_y else 0)
    cols = fw + (len(TAPS) - 1 if filter_x else 0)
    rows = fh + (len(TAPS) - 1 if filter_y else 0)
    window = src[top : top + rows, left : left + cols]
    if window.shape != (rows, cols):
        raise ValueError("the view reaches past the prepared canvas")
    if filter_x:
        window = _correlate(window, kernel(sx)[None, :], 0)[:, :fw]
    if filter_y:
        window = _correlate(window, kernel(sy)[:, None], 1)[:fh]
    np.copyto(dst, window)


def _correlate(window: U8, taps: NDArray[np.float32], slot: int) -> U8:
    """Each pixel becomes the taps' weighted sum of the pixels from itself on (right, down).

    The window holds every pixel the taps read, so nothing is made up at its edges; the
    last few rows or columns of the result read past it and are not used.
    """
    out = scratch(window.shape[0], window.shape[1], slot)
    cv2.filter2D(window, -1, taps, dst=out, anchor=(0, 0), borderType=cv2.BORDER_ISOLATED)
    return out
