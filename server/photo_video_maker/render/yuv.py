"""Frames as I420 (yuv420p) buffers: what libx264 takes without any conversion.

Converting RGB to YUV per frame costs as much as encoding easy content, so each photo is
converted once, when it is prepared, and everything per frame works on the planes.
Colours are BT.709, limited range, and the encoder tags the stream that way.
"""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

# uint8 pictures; OpenCV's stubs carry no dtype, so the alias does not claim one
U8 = NDArray[Any]

# BT.709 limited range: rows give Y, Cb, Cr from R, G, B (0..255), last column the offset.
_Y = np.array([[0.2126, 0.7152, 0.0722]]) * 219 / 255
_C = np.array([[-0.1146, -0.3854, 0.5], [0.5, -0.4542, -0.0458]]) * 224 / 255
RGB_TO_Y = np.hstack([_Y, [[16.0]]]).astype(np.float32)
RGB_TO_UV = np.hstack([_C, [[128.0], [128.0]]]).astype(np.float32)
_FULL = np.vstack([RGB_TO_Y[:, :3], RGB_TO_UV[:, :3]])
YUV_TO_RGB = np.linalg.inv(_FULL).astype(np.float32)


class I420:
    """One frame: a flat buffer with Y, U and V plane views (w and h even)."""

    __slots__ = ("buf", "h", "u", "v", "w", "y")

    def __init__(self, w: int, h: int, buf: U8 | None = None) -> None:
        self.w, self.h = w, h
        size = w * h
        self.buf: U8 = np.empty(size * 3 // 2, np.uint8) if buf is None else buf
        self.y: U8 = self.buf[:size].reshape(h, w)
        self.u: U8 = self.buf[size : size + size // 4].reshape(h // 2, w // 2)
        self.v: U8 = self.buf[size + size // 4 :].reshape(h // 2, w // 2)

    def planes(self) -> tuple[U8, U8, U8]:
        return self.y, self.u, self.v

    def as_2d(self) -> U8:
        """The (h * 3 / 2, w) view PyAV's ``from_ndarray`` takes for yuv420p."""
        return self.buf.reshape(self.h * 3 // 2, self.w)


def solid(w: int, h: int, rgb: tuple[int, int, int]) -> I420:
    """A frame of one colour."""
    frame = I420(w, h)
    pixel = np.array([[rgb]], np.uint8)
    yuv = from_rgb(np.repeat(np.repeat(pixel, 2, 0), 2, 1))
    frame.y[:] = yuv.y[0, 0]
    frame.u[:] = yuv.u[0, 0]
    frame.v[:] = yuv.v[0, 0]
    return frame


def dim(frame: I420, gain: float) -> None:
    """Fade ``frame`` towards black in place: gain 1 leaves it, 0 makes it black."""
    for plane, black in zip(frame.planes(), (16.0, 128.0, 128.0), strict=True):
        cv2.convertScaleAbs(plane, dst=plane, alpha=gain, beta=black * (1.0 - gain))


def from_rgb(rgb: U8) -> I420:
    """RGB (h, w, 3) uint8 with even sides -> I420, chroma averaged over 2x2 blocks."""
    h, w = rgb.shape[:2]
    frame = I420(w, h)
    cv2.transform(rgb, RGB_TO_Y, dst=frame.y)  # one output row: a 2-D result, in place
    half = cv2.resize(rgb, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
    uv = cv2.transform(half, RGB_TO_UV)
    frame.u[:] = uv[..., 0]
    frame.v[:] = uv[..., 1]
    return frame


def to_rgb(frame: I420) -> U8:
    """I420 -> RGB (for tests and previews; not used per frame while rendering)."""
    y = frame.y.astype(np.float32) - 16.0
    u = cv2.resize(frame.u, (frame.w, frame.h), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    v = cv2.resize(frame.v, (frame.w, frame.h), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    yuv = np.dstack([y, u - 128.0, v - 128.0])
    rgb = yuv @ YUV_TO_RGB.T
    return np.clip(rgb + 0.5, 0, 255).astype(np.uint8)


def even(value: float) -> int:
    """Nearest even integer, at least 2."""
    return max(2, round(value / 2.0) * 2)
