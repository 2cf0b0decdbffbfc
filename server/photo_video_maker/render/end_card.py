"""The end card: while the closing text shows, the picture under it is blurred and darkened.

A closing text laid straight over the last photo read like a caption across whatever was
there, often a face. On an end card the photo is still there as a soft, dark backdrop (the
way phone apps end their memories) and the centred text reads on it. The card comes in with
the text's own fade, so the photo softens as the text appears.

Drawn on I420 planes in place: each plane shrunk by 16, blurred, enlarged (the look of a
large Gaussian blur for a fraction of its cost, as compose.blurred_background), then mixed
with the sharp frame by the card's strength. Luma is darkened; chroma is pulled towards grey
by the same factor, so a darker picture is not also a more colourful one.
"""

from __future__ import annotations

import cv2
import numpy as np

from .compose import BLUR_DARKEN
from .yuv import I420, U8

SHRINK = 16


def end_card(frame: I420, strength: float) -> None:
    """Blur and darken ``frame`` in place; ``strength`` 0 leaves it, 1 is the whole card."""
    if strength <= 0.0:
        return
    strength = min(1.0, strength)
    for index, plane in enumerate(frame.planes()):
        card = _soft(plane)
        if index == 0:
            card *= BLUR_DARKEN
        else:
            card = 128.0 + (card - 128.0) * BLUR_DARKEN
        mixed = plane * np.float32(1.0 - strength) + card * np.float32(strength)
        np.copyto(plane, np.clip(np.rint(mixed), 0, 255), casting="unsafe")


def _soft(plane: U8) -> np.ndarray:
    h, w = plane.shape
    small = cv2.resize(
        plane, (max(2, w // SHRINK), max(2, h // SHRINK)), interpolation=cv2.INTER_AREA
    )
    small = cv2.GaussianBlur(small, (0, 0), sigmaX=max(small.shape) / 40 + 1.5)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR).astype(np.float32)
