"""Fitting pictures into the frame and moving them (Ken Burns), on arrays only.

A photo is prepared once: fitted into a canvas slightly larger than the frame (by the
largest zoom its motion reaches), given its look, and converted to I420. Each frame is then
drawn from the canvas with sub-pixel accuracy by a view (kenburns.py).
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from ..media.subject import Box
from .framing import aim, cover_window, subject_in_canvas
from .kenburns import Motion, View, view_for
from .looks import apply_look
from .yuv import U8, even, from_rgb

BLUR_DARKEN = 0.55
# A zoom drawn from a canvas of exactly its largest view ends on a copy of it (scale 1, every
# pixel at phase 0): twice as sharp as the bilinear frames before it, a visible snap on the
# last frame of a zoom in and the first of a zoom out. With 5 % to spare the scale stays at
# 0.95 or below, where the phase goes round every 20 pixels and evens out across the frame.
ZOOM_SPARE = 1.05


def fit_rgb(img: U8, w: int, h: int, fit: str, subject: Box | None = None) -> U8:
    """The picture fitted into a w x h RGB canvas: contain, cover or blur (the default).

    A cover crop is slid towards ``subject`` (a region of the picture), else centred.

    A picture with alpha (H, W, 4: colours over black, then alpha, as `load_image` gives it)
    is laid over what is behind it, so its transparent parts show that. For blur, the blurred
    fill; for cover too, so that a cut-out looks the same whether or not its aspect needed
    bars (the automatic fit picks one or the other by aspect alone). For contain, the frame's
    plain background, black like the bars: the one who asked for contain wants no fill, and a
    cut-out should float on the frame rather than sit on a box of another colour.
    """
    ih, iw = img.shape[:2]
    if fit == "cover":
        inner, x, y = _cover(img, w, h, subject), 0, 0
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


def _cover(img: U8, w: int, h: int, subject: Box | None = None) -> U8:
    ih, iw = img.shape[:2]
    scale = max(w / iw, h / ih)
    sw, sh = max(w, math.ceil(iw * scale)), max(h, math.ceil(ih * scale))
    big = _resize(img, sw, sh)
    if subject is None:
        x, y = (sw - w) // 2, (sh - h) // 2
    else:
        ox, oy = cover_window(iw, ih, w, h, subject)
        x, y = min(sw - w, round(ox * sw)), min(sh - h, round(oy * sh))
    return np.ascontiguousarray(big[y : y + h, x : x + w])


def blurred_background(img: U8, w: int, h: int) -> U8:
    """A blurred, darkened copy of the picture covering the frame.

    Blurred at a 1/16 scale and enlarged: the same look as a large Gaussian blur at a
    fraction of the cost. Of a picture with alpha only the visible parts are smeared, over their
    mean colour where the picture is transparent far around: transparency does not darken it.
    """
    return cv2.resize(blurred_small(img, w, h), (w, h), interpolation=cv2.INTER_LINEAR)


def blurred_small(img: U8, w: int, h: int) -> U8:
    """The blurred background at its working size, 1/16 of the frame: enlarged bilinearly
    to w x h it is ``blurred_background``."""
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
    return cv2.convertScaleAbs(small, alpha=BLUR_DARKEN)


def detail_size(w: int, h: int, motion: Motion) -> tuple[int, int]:
    """The size whose detail a photo's canvas shows: the frame at the largest zoom.

    A zoom's canvas is 5 % larger for its sampling, not for more detail: decoding the photo
    for those 5 % would often cost a JPEG decoded at twice the size (16 MB more at the peak
    of the standard job), so it is decoded for this size and enlarged by at most 5 %.
    """
    return even(w * motion.max_zoom), even(h * motion.max_zoom)


def canvas_size(w: int, h: int, motion: Motion) -> tuple[int, int]:
    """The prepared photo's size: the frame at the largest zoom (a pan moves at scale 1)."""
    if motion.zoom0 == motion.zoom1:
        return detail_size(w, h, motion)
    cw = even(w * motion.max_zoom * ZOOM_SPARE)
    # the height from the width, rounded up: a zoom's geometry takes one scale for both axes,
    # and the whole photo (zoom 1) must fit in the canvas
    return cw, 2 * math.ceil(h * cw / w / 2)


def prepare(
    img: U8, w: int, h: int, fit: str, motion: Motion, look: str, subject: Box | None = None
) -> View:
    """Fit, colour and convert a decoded photo once, at the size its motion needs.

    With a ``subject`` (a region of the picture) the crop and the motion keep it in view.
    """
    if subject is not None:
        ih, iw = img.shape[:2]
        motion = aim(motion, subject_in_canvas(iw, ih, w, h, fit, subject))
    cw, ch = canvas_size(w, h, motion)
    # nested so that each step's picture is freed as soon as the next exists
    fitted = fit_rgb(img, cw, ch, fit, subject)
    return view_for(from_rgb(apply_look(fitted, look)), motion, w, h)


def sweep(
    img: U8, w: int, h: int, fit: str, canvas: tuple[int, int], backwards: bool, look: str
) -> View:
    """A panorama fitted into a canvas of the frame's height and swept from end to end
    (right to left if ``backwards``); model/panorama.py says why and how large."""
    cw, ch = canvas
    ends = ((1.0, 0.0), (-1.0, 0.0)) if backwards else ((-1.0, 0.0), (1.0, 0.0))
    motion = Motion(1.0, 1.0, *ends)
    return view_for(from_rgb(apply_look(fit_rgb(img, cw, ch, fit), look)), motion, w, h)
