"""How a photo looks, in two numbers: a perceptual hash and a sharpness.

The hash is the classic DCT pHash (Zauner 2010): the 8x8 lowest frequencies of a 32x32 grey
thumbnail, each bit saying whether a coefficient is above their median. Small crops,
recompression and resizing change few of the 64 bits; different photos differ in about half.
Written here (a dozen lines over OpenCV's DCT) rather than pulling in ImageHash and PyWavelets.

Sharpness is relative to the photo itself: how much of its fine detail (the Laplacian's
variance) a light blur removes. A sharp photo loses most of it (0.95 to 0.99), a blurred one
has little left to lose (0.6 to 0.8); unlike the raw Laplacian variance, a smooth sky or a
macro with soft background is not mistaken for a blurred photo.
"""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

GREY_SIDE = 512  # every photo is measured at the same size, so blur is judged alike


def grey(rgb: npt.NDArray[np.uint8]) -> npt.NDArray[np.float32]:
    """A grey float copy whose long side is ``GREY_SIDE`` pixels."""
    h, w = rgb.shape[:2]
    scale = GREY_SIDE / max(h, w)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    small = cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)
    return cv2.cvtColor(small, cv2.COLOR_RGB2GRAY).astype(np.float32) / 255.0


def phash(g: npt.NDArray[np.float32]) -> int:
    """64-bit DCT perceptual hash of a grey image."""
    thumb = cv2.resize(g, (32, 32), interpolation=cv2.INTER_AREA)
    low = cv2.dct(thumb)[:8, :8].flatten()
    bits = low > np.median(low[1:])  # the DC term (overall brightness) does not set the median
    return int(sum(1 << i for i, bit in enumerate(bits) if bit))


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def detail(g: npt.NDArray[np.float32]) -> float:
    """Variance of the Laplacian: how much fine detail there is (content dependent)."""
    return float(cv2.Laplacian(g, cv2.CV_32F).var())


def sharpness(g: npt.NDArray[np.float32]) -> float:
    """Share of the fine detail that a light blur removes: near 1 sharp, lower when blurred."""
    fine = detail(g)
    if fine <= 1e-9:
        return 0.0  # a flat image has no detail at all
    softened: npt.NDArray[np.float32] = cv2.GaussianBlur(g, (0, 0), 1.5).astype(np.float32)
    return max(0.0, 1.0 - detail(softened) / fine)
