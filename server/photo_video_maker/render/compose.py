"""Fitting pictures into the frame and moving them (Ken Burns), on arrays only.

A photo is prepared once: fitted into a canvas slightly larger than the frame (by the
largest zoom its motion reaches), given its look, and converted to I420. Each frame is then
one affine warp per plane with sub-pixel offsets (OpenCV keeps 1/32 pixel), so motion has no
whole-pixel steps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from .looks import apply_look
from .yuv import I420, U8, even, from_rgb

BLUR_DARKEN = 0.55


def fit_rgb(img: U8, w: int, h: int, fit: str) -> U8:
    """The picture fitted into a w x h RGB canvas: contain, cover or blur (the default)."""
    ih, iw = img.shape[:2]
    if fit == "cover":
        return _cover(img, w, h)
    scale = min(w / iw, h / ih)
    cw, ch = max(1, round(iw * scale)), max(1, round(ih * scale))
    inner = _resize(img, cw, ch)
    canvas = np.zeros((h, w, 3), np.uint8) if fit == "contain" else blurred_background(img, w, h)
    x, y = (w - cw) // 2, (h - ch) // 2
    canvas[y : y + ch, x : x + cw] = inner
    return canvas


def _resize(img: U8, w: int, h: int) -> U8:
    ih, iw = img.shape[:2]
    if (iw, ih) == (w, h):
        return img
    shrinking = w < iw and h < ih
    interpolation = cv2.INTER_AREA if shrinking else cv2.INTER_CUBIC
    return cv2.resize(img, (w, h), interpolation=interpolation)


def _cover(img: U8, w: int, h: int) -> U8:
    ih, iw = img.shape[:2]
    scale = max(w / iw, h / ih)
    sw, sh = max(w, math.ceil(iw * scale)), max(h, math.ceil(ih * scale))
    big = _resize(img, sw, sh)
    x, y = (sw - w) // 2, (sh - h) // 2
    return np.ascontiguousarray(big[y : y + h, x : x + w])


def blurred_background(img: U8, w: int, h: int) -> U8:
    """A blurred, darkened copy of the picture covering the frame.

    Blurred at a 1/16 scale and enlarged: the same look as a large Gaussian blur at a
    fraction of the cost.
    """
    small_w, small_h = max(4, w // 16), max(4, h // 16)
    small = _cover(
        cv2.resize(img, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
        if min(img.shape[:2]) > 64
        else img,
        small_w,
        small_h,
    )
    small = cv2.GaussianBlur(small, (0, 0), sigmaX=max(small_w, small_h) / 40 + 1.5)
    small = cv2.convertScaleAbs(small, alpha=BLUR_DARKEN)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


@dataclass(frozen=True)
class Motion:
    """Zoom and pan over a segment; pan points are -1..1 of the room the zoom leaves."""

    zoom0: float = 1.0
    zoom1: float = 1.0
    pan0: tuple[float, float] = (0.0, 0.0)
    pan1: tuple[float, float] = (0.0, 0.0)

    @staticmethod
    def from_meta(meta: dict[str, Any]) -> Motion:
        if meta.get("type", "none") == "none":
            return Motion()
        zoom = meta.get("zoom", [1.0, 1.1])
        pan = meta.get("pan", [[0.0, 0.0], [0.0, 0.0]])
        z0, z1 = (max(1.0, float(z)) for z in zoom[:2])
        p0 = (float(pan[0][0]), float(pan[0][1]))
        p1 = (float(pan[1][0]), float(pan[1][1]))
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


@dataclass
class Prepared:
    """A photo ready to be shown: its canvas in I420 and its motion."""

    canvas: I420
    motion: Motion
    out_w: int
    out_h: int

    def draw(self, p: float, out: I420) -> None:
        """Write the view at progress p (0..1) into ``out``."""
        if self.motion.still:
            np.copyto(out.buf, self.canvas.buf)
            return
        z, px, py = self.motion.at(p)
        for src, dst, div in zip(self.canvas.planes(), out.planes(), (1, 2, 2), strict=True):
            dw, dh = self.out_w // div, self.out_h // div
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


def canvas_size(w: int, h: int, motion: Motion) -> tuple[int, int]:
    return even(w * motion.max_zoom), even(h * motion.max_zoom)


def prepare(img: U8, w: int, h: int, fit: str, motion: Motion, look: str) -> Prepared:
    """Fit, colour and convert a decoded photo once, at the size its motion needs."""
    cw, ch = canvas_size(w, h, motion)
    rgb = apply_look(fit_rgb(img, cw, ch, fit), look)
    return Prepared(from_rgb(rgb), motion, w, h)
