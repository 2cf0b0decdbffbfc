"""Fitting pictures into the frame and moving them (Ken Burns), on arrays only.

A photo is prepared once: fitted into a canvas slightly larger than the frame (by the
largest zoom its motion reaches), given its look, and converted to I420. Each frame is then
drawn from the canvas with sub-pixel accuracy by a view (kenburns.py).
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from .kenburns import Motion, View, view_for
from .looks import apply_look
from .yuv import U8, even, from_rgb

BLUR_DARKEN = 0.55


def fit_rgb(img: U8, w: int, h: int, fit: str) -> U8:
    """The picture fitted into a w x h RGB canvas: contain, cover or blur (the default).

    A picture with alpha (H, W, 4: colours over black, then alpha, as `load_image` gives it)
    is laid over what is behind it, so its transparent parts show that. For blur, the blurred
    fill; for cover too, so that a cut-out looks the same whether or not its aspect needed
    bars (the automatic fit picks one or the other by aspect alone). For contain, the frame's
    plain background, black like the bars: the one who asked for contain wants no fill, and a
    cut-out should float on the frame rather than sit on a box of another colour.
    """
    ih, iw = img.shape[:2]
    if fit == "cover":
        inner, x, y = _cover(img, w, h), 0, 0
        canvas = blurred_background(img, w, h) if inner.shape[2] == 4 else inner
    else:
        scale = min(w / iw, h / ih)
        cw, ch = max(1, round(iw * scale)), max(1, round(ih * scale))
        inner = _resize(img, cw, ch)
        canvas = (
            np.zeros((h, w, 3), np.uint8) if fit == "contain" else blurred_background(img, w, h)
        )
        x, y = (w - cw) // 2, (h - ch) // 2
    ch, cw = inner.shape[:2]
    if inner.shape[2] == 4 and fit != "contain":
        behind = canvas[y : y + ch, x : x + cw]
        clear = 1 - inner[..., 3:].astype(np.float32) * np.float32(1 / 255)
        # "over" with premultiplied colours: the picture plus what its transparency lets through
        over = inner[..., :3] + behind * clear + 0.5
        canvas[y : y + ch, x : x + cw] = np.minimum(over, 255).astype(np.uint8)
    elif canvas is not inner:
        canvas[y : y + ch, x : x + cw] = inner[..., :3]  # over black: the colours as they are
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
    fraction of the cost. Of a picture with alpha only the visible parts are smeared, over their
    mean colour where the picture is transparent far around: transparency does not darken it.
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
    if small.shape[2] == 4:  # blurred visible parts over the mean of the visible colours
        seen = small[..., 3:].astype(np.float32) * np.float32(1 / 255)
        mean = small[..., :3].sum(axis=(0, 1)) / max(float(seen.sum()), 1e-3)
        small = small[..., :3] + (1 - seen) * np.minimum(mean, 255).astype(np.float32)
    small = cv2.convertScaleAbs(small, alpha=BLUR_DARKEN)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


def canvas_size(w: int, h: int, motion: Motion) -> tuple[int, int]:
    return even(w * motion.max_zoom), even(h * motion.max_zoom)


def prepare(img: U8, w: int, h: int, fit: str, motion: Motion, look: str) -> View:
    """Fit, colour and convert a decoded photo once, at the size its motion needs."""
    cw, ch = canvas_size(w, h, motion)
    # nested so that each step's picture is freed as soon as the next exists
    return view_for(from_rgb(apply_look(fit_rgb(img, cw, ch, fit), look)), motion, w, h)
