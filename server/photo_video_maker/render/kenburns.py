"""Drawing a photo's moving view into a frame.

Ken Burns motion is a scale and a translation, never a general warp:

- A zoom, with or without drift, is drawn as a zoom about one fixed point: the centre of the
  similarity that takes the start view to the end view, so every point of the picture moves
  straight away from it, as a camera zooming in on it would show. One affine warp per plane
  draws it: OpenCV 5's warp is SIMD throughout (2.7 ms a 1080p frame here, where four
  anchored resizes of the quarters around the point took 4.7 ms), and keeps positions to
  1/32 pixel, far below what a zoom's motion shows.
- A pan at a constant zoom is a translation at scale 1: a six-tap filter per axis whose
  sharpness is the same at every sub-pixel phase (subpixel.py), then a whole-pixel slice.
  (Bilinear interpolation, which the warp uses, blurs at half a pixel and not at zero: a slow
  pan would pulse; a zoom's phase changes across the frame and evens out.)
- Anything else (a zoom whose fixed point falls outside the frame) is warped along the views.

Coordinates are in pixel edges: pixel i covers [i, i + 1). Anchors are even, so the chroma
planes (half size) have their anchors on whole pixels too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Protocol

import cv2
import numpy as np

from ..model.meta import Motion as DraftMotion
from . import subpixel
from .yuv import I420

# how far past the canvas (in pixels) a view may reach when its anchor is rounded to even
# pixels: that much of the canvas's replicated border is unseen; more would show as a smear
REACH = 4


@dataclass(frozen=True)
class Motion:
    """Zoom and pan over a segment; pan points are -1..1 of the room the zoom leaves."""

    zoom0: float = 1.0
    zoom1: float = 1.0
    pan0: tuple[float, float] = (0.0, 0.0)
    pan1: tuple[float, float] = (0.0, 0.0)

    @staticmethod
    def from_meta(meta: DraftMotion) -> Motion:
        if meta.type == "none":
            return Motion()
        z0, z1 = (max(1.0, z) for z in meta.zoom)
        # the view stays inside the photo: a pan past its edge would smear the border
        p0, p1 = ((_unit(x), _unit(y)) for x, y in meta.pan)
        return Motion(z0, z1, p0, p1)

    @property
    def max_zoom(self) -> float:
        return max(self.zoom0, self.zoom1)

    @property
    def still(self) -> bool:
        return self.zoom0 == self.zoom1 == 1.0

    def at(self, p: float) -> tuple[float, float, float]:
        """Zoom and pan centre at progress p: zoom geometric so its speed looks constant."""
        z = self.zoom0 * (self.zoom1 / self.zoom0) ** p
        px = self.pan0[0] + (self.pan1[0] - self.pan0[0]) * p
        py = self.pan0[1] + (self.pan1[1] - self.pan0[1]) * p
        return z, px, py


def _unit(value: float) -> float:
    return min(1.0, max(-1.0, value))


@dataclass(frozen=True)
class Geometry:
    """A canvas of cw x ch shown in a w x h frame (luma pixels)."""

    cw: int
    ch: int
    w: int
    h: int

    def view(self, z: float, px: float, py: float) -> tuple[float, float, float]:
        """Scale (frame pixels per canvas pixel) and the view's centre in the canvas."""
        k = z * self.w / self.cw
        cx = self.cw / 2 + px * (self.cw - self.w / k) / 2
        cy = self.ch / 2 + py * (self.ch - self.h / k) / 2
        return k, cx, cy

    def fixed_point(self, motion: Motion) -> tuple[int, int, int, int] | None:
        """Canvas point (x, y) and frame point (u, v) that stay together through a zoom.

        None when the zoom does not change or the point is outside the frame.
        """
        k0, cx0, cy0 = self.view(*motion.at(0.0))
        k1, cx1, cy1 = self.view(*motion.at(1.0))
        if abs(k0 - k1) < 1e-9:
            return None
        x = _anchor(self.cw, self.w, (k0, cx0), (k1, cx1))
        y = _anchor(self.ch, self.h, (k0, cy0), (k1, cy1))
        if x is None or y is None:
            return None
        return x[0], y[0], x[1], y[1]


def _anchor(
    canvas: int, frame: int, start: tuple[float, float], end: tuple[float, float]
) -> tuple[int, int] | None:
    """Even canvas and frame coordinates of the fixed point along one axis.

    The exact point is rarely on whole pixels; of the even points near it, take the one that
    keeps both end views inside the canvas, then the one that moves them least.
    """
    (k0, c0), (k1, c1) = start, end
    exact = (k0 * c0 - k1 * c1) / (k0 - k1)
    u_exact = k0 * (exact - c0) + frame / 2
    # a zoom into a corner has its point on the frame's edge, or (the canvas rounded up to
    # even pixels) up to a pixel or two past it: the edge is near enough
    if not -2.0 <= u_exact <= frame + 2.0:
        return None
    lefts = (c0 - frame / (2 * k0), c1 - frame / (2 * k1))  # the views' first canvas edge
    best: tuple[tuple[float, float, float], int, int] | None = None
    centre = 2 * round(u_exact / 2)
    for u in range(max(0, centre - 40), min(frame, centre + 40) + 1, 2):
        reach = (u / k0, u / k1)  # canvas distance from the view's first edge to the point
        ideal = (lefts[0] + reach[0] + lefts[1] + reach[1]) / 2
        for x in (2 * math.floor(ideal / 2), 2 * math.ceil(ideal / 2)):
            if not 0 <= x <= canvas or (x == 0) != (u == 0) or (x == canvas) != (u == frame):
                continue  # a side of the frame with no photo behind it
            starts = [x - r for r in reach]
            ends = [x + (frame - u) / k for k in (k0, k1)]
            over = max(0.0, -min(starts), max(ends) - canvas)
            moved = max(abs(s - left) for s, left in zip(starts, lefts, strict=True))
            # up to a pixel past the canvas is drawn from its replicated border, unseen; a zoom
            # from the whole photo has no pixel to spare, and its point is rarely even
            score = (round(max(0.0, over - 1.0), 2), round(moved, 2), abs(u - u_exact))
            if best is None or score < best[0]:
                best = (score, x, u)
    if best is None or best[0][0] > REACH:
        return None  # the views would reach past the border: warped along the views instead
    return best[1], best[2]


class ZoomView:
    """A zoom about a fixed point: one affine warp per plane that keeps that point in place."""

    def __init__(
        self, canvas: I420, motion: Motion, w: int, anchor: tuple[int, int, int, int]
    ) -> None:
        self.canvas, self.motion, self.w = canvas, motion, w
        self.anchor = anchor  # canvas x, y and frame u, v of the fixed point

    def draw(self, p: float, out: I420) -> None:
        k = self.motion.at(p)[0] * self.w / self.canvas.w
        x, y, u, v = self.anchor
        for src, dst, div in zip(self.canvas.planes(), out.planes(), (1, 2, 2), strict=True):
            # edges: frame = k * (canvas - x) + u; a warp maps pixel centres (edge - 0.5)
            tx = u / div - k * x / div + 0.5 * k - 0.5
            ty = v / div - k * y / div + 0.5 * k - 0.5
            cv2.warpAffine(
                src,
                np.array([[k, 0.0, tx], [0.0, k, ty]]),
                (dst.shape[1], dst.shape[0]),
                dst=dst,
                flags=cv2.INTER_LINEAR,
                borderMode=cv2.BORDER_REPLICATE,
            )


class PanView:
    """A pan at a constant zoom: the canvas is the view at scale 1, shifted sub-pixel."""

    def __init__(self, canvas: I420, motion: Motion, w: int, h: int) -> None:
        self.cw, self.ch, self.motion, self.w, self.h = canvas.w, canvas.h, motion, w, h
        # the taps reach a few pixels past the view, at the canvas's edges too; the padded
        # copy replaces the canvas (one prepared photo is not held twice)
        pad = subpixel.PAD
        self.moves = (motion.pan0[0] != motion.pan1[0], motion.pan0[1] != motion.pan1[1])
        # an axis the view does not move along has one phase for the whole segment: it is
        # filtered here, once, instead of in every frame (a pan across a photo whose height
        # does not land on whole pixels paid a second filter per plane per frame)
        left, top = self._corner(0.0)
        self.padded = [
            subpixel.settle(
                cv2.copyMakeBorder(plane, pad, pad, pad, pad, cv2.BORDER_REPLICATE),
                None if self.moves[0] else left / div,
                None if self.moves[1] else top / div,
            )
            for plane, div in zip(canvas.planes(), (1, 2, 2), strict=True)
        ]

    def _corner(self, p: float) -> tuple[float, float]:
        """The view's top-left corner in the canvas at progress p."""
        _, px, py = self.motion.at(p)
        return (self.cw - self.w) * (1 + px) / 2, (self.ch - self.h) * (1 + py) / 2

    def draw(self, p: float, out: I420) -> None:
        left, top = self._corner(p)
        for src, dst, div in zip(self.padded, out.planes(), (1, 2, 2), strict=True):
            subpixel.shift(src, dst, left / div, top / div, *self.moves, settled=True)


class StillView:
    def __init__(self, canvas: I420) -> None:
        self.canvas = canvas

    def draw(self, p: float, out: I420) -> None:
        np.copyto(out.buf, self.canvas.buf)


class WarpView:
    """Any other motion: one affine warp per plane (OpenCV keeps 1/32 pixel)."""

    def __init__(self, canvas: I420, motion: Motion, w: int, h: int) -> None:
        self.canvas, self.motion, self.w, self.h = canvas, motion, w, h

    def draw(self, p: float, out: I420) -> None:
        z, px, py = self.motion.at(p)
        for src, dst, div in zip(self.canvas.planes(), out.planes(), (1, 2, 2), strict=True):
            dw, dh = self.w // div, self.h // div
            # the canvas is the whole frame at the largest zoom: a view at zoom z covers 1/z
            matrix = view_matrix(src.shape[1], src.shape[0], dw, dh, z * dw / src.shape[1], px, py)
            cv2.warpAffine(
                src,
                matrix,
                (dst.shape[1], dst.shape[0]),
                dst=dst,
                flags=cv2.INTER_LINEAR,
                borderMode=cv2.BORDER_REPLICATE,
            )


class View(Protocol):
    def draw(self, p: float, out: I420) -> None:
        """Write the view at progress p (0..1) into ``out``."""


def view_for(canvas: I420, motion: Motion, w: int, h: int) -> View:
    """The cheapest exact way to draw this motion from this canvas into a w x h frame."""
    if motion.zoom0 == motion.zoom1:
        # a canvas larger than the frame at a constant zoom is panned across (a panorama's
        # canvas is wider than the frame at zoom 1)
        still = (canvas.w, canvas.h) == (w, h)
        return StillView(canvas) if still else PanView(canvas, motion, w, h)
    anchor = Geometry(canvas.w, canvas.h, w, h).fixed_point(motion)
    if anchor is None:
        return WarpView(canvas, motion, w, h)
    return ZoomView(canvas, motion, w, anchor)


def view_matrix(cw: int, ch: int, w: int, h: int, scale: float, px: float, py: float) -> Any:
    """Affine map from canvas pixels to output pixels for a view of relative ``scale``.

    ``scale`` is output/canvas (1 at the largest zoom); the view's centre moves within the
    canvas by the pan, measured in the room left around the view.
    """
    view_w, view_h = w / scale, h / scale
    cx = (cw - 1) / 2 + px * (cw - view_w) / 2
    cy = (ch - 1) / 2 + py * (ch - view_h) / 2
    return np.array(
        [[scale, 0.0, (w - 1) / 2 - scale * cx], [0.0, scale, (h - 1) / 2 - scale * cy]],
        np.float64,
    )
