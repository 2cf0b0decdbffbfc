"""A clip that does not fill the frame (fit contain or blur), drawn on I420 planes.

Through RGB, each frame of such a clip cost a full-size RGB conversion, a fit, a blurred
background enlarged to the whole frame in RGB and a conversion of the whole frame to I420.
Here the clip goes from the decoder's YUV straight into its place (``ClipReader.to_i420``),
and the fill around it is what cannot show detail anyway:

- the blurred background is made from the clip decoded at a quarter of the frame's size
  (the full computation shrinks it to a quarter first too), blurred at 1/16 as
  ``compose.blurred_small`` does, converted to Y, U and V at that size and enlarged plane
  by plane: the colour conversion is linear, so it commutes with the bilinear enlargement;
- and it is made anew every ``REFRESH`` frames, not every frame: a picture blurred over a
  sixteenth of the frame moves little in a tenth of a second, and it sits behind the clip.
"""

from __future__ import annotations

import threading

import cv2
import numpy as np
from av.video.frame import VideoFrame

from ..media.video import ClipReader
from .compose import blurred_small
from .yuv import I420, RGB_TO_UV, RGB_TO_Y, even, solid

REFRESH = 3  # frames that share one blurred background (10 a second at 30 fps)


def inner_box(iw: int, ih: int, w: int, h: int) -> tuple[int, int, int, int]:
    """Where an iw x ih clip sits contained in a w x h frame: x, y, width, height, all even
    (the chroma planes are half size)."""
    scale = min(w / iw, h / ih)
    cw, ch = min(w, even(iw * scale)), min(h, even(ih * scale))
    return (w - cw) // 4 * 2, (h - ch) // 4 * 2, cw, ch


class Backdrop:
    """The fill behind a few consecutive frames of a clip, made once when first drawn.

    Frames are composed on several threads and in any order, so the first to draw it makes
    it (under a lock) and the others copy it.
    """

    def __init__(self, reader: ClipReader, frame: VideoFrame, w: int, h: int, blur: bool) -> None:
        self.reader, self.w, self.h, self.blur = reader, w, h, blur
        self.frame: VideoFrame | None = frame  # dropped once the fill is made
        self._lock = threading.Lock()
        self._made: I420 | None = None

    def draw(self, out: I420) -> None:
        with self._lock:
            if self._made is None:
                self._made = self._make()
                self.frame = None
        np.copyto(out.buf, self._made.buf)

    def _make(self) -> I420:
        w, h = self.w, self.h
        if not self.blur or self.frame is None:
            return solid(w, h, (0, 0, 0))
        quarter = self.reader.to_rgb(self.frame, (max(1, w // 4), max(1, h // 4)))
        small = blurred_small(np.ascontiguousarray(quarter), w, h)
        fill = I420(w, h)
        y = cv2.transform(small, RGB_TO_Y)
        uv = cv2.transform(small, RGB_TO_UV)
        cv2.resize(y, (w, h), dst=fill.y, interpolation=cv2.INTER_LINEAR)
        half = (w // 2, h // 2)
        for index, dst in ((0, fill.u), (1, fill.v)):
            plane = np.ascontiguousarray(uv[..., index])
            cv2.resize(plane, half, dst=dst, interpolation=cv2.INTER_LINEAR)
        return fill


def paint_contained(reader: ClipReader, frame: VideoFrame, backdrop: Backdrop, out: I420) -> bool:
    """Draw the frame contained over its backdrop into ``out``; False, with nothing drawn,
    where the frame must go through RGB (see ``ClipReader.to_i420``)."""
    x, y, cw, ch = inner_box(frame.width, frame.height, out.w, out.h)
    planes = reader.to_i420(frame, cw, ch, crop=False)
    if planes is None:
        return False
    if (cw, ch) != (out.w, out.h):
        backdrop.draw(out)
    for src, dst, div in zip(planes, out.planes(), (1, 2, 2), strict=True):
        dst[y // div : (y + ch) // div, x // div : (x + cw) // div] = src
    return True
