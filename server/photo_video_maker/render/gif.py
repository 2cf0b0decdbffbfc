"""GIF output, written frame by frame: memory stays flat however long the video.

Each kept frame is reduced to 256 colours of its own (median cut, Floyd-Steinberg dither, by
Pillow) and handed to FFmpeg's GIF encoder as a palette frame; the muxer writes it at once.
Collecting the frames for one Pillow save held them all: 788 MiB for a 100 s GIF.

GIF keeps delays in hundredths of a second; each frame's delay is the difference of its
neighbours' start times rounded there, so the delays add up to the video's length exactly.
A frame's delay is known when the next frame comes (the last one's at the end), so one frame
waits, already reduced.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np
from PIL import Image

from .yuv import I420, to_rgb

MAX_WIDTH = 640
MAX_FPS = 15
_TICKS = Fraction(1, 100)


def picture(w: int, h: int, fps: int) -> tuple[int, int, int]:
    """Width, height and the step between kept frames of a GIF of a w x h video at fps."""
    width = min(w, MAX_WIDTH)
    height = max(2, round(h * width / w)) if width < w else h
    return width, height, max(1, round(fps / MAX_FPS))


class GifWriter:
    """Takes every frame of the video, keeps every ``step``-th, writes it as soon as it can."""

    def __init__(self, path: Path, w: int, h: int, fps: int) -> None:
        self.fps = fps
        self.width, self.height, self.step = picture(w, h, fps)
        self.kept = 0
        self._waiting: tuple[int, Any] | None = None  # (video frame index, palette frame)
        self._container: Any = av.open(str(path), "w", format="gif")
        stream = self._container.add_stream("gif", rate=max(1, round(fps / self.step)))
        stream.width, stream.height, stream.pix_fmt = self.width, self.height, "pal8"
        stream.time_base = _TICKS
        stream.codec_context.time_base = _TICKS
        self._stream = stream

    def add(self, index: int, frame: I420) -> None:
        """Frame ``index`` of the video; only every ``step``-th is kept."""
        if index % self.step:
            return
        self._write_waiting(upto=index)
        self._waiting = (index, self._palette_frame(frame))
        self.kept += 1

    def close(self, frames: int) -> None:
        """End a video of ``frames`` frames: the last kept frame lasts until its end."""
        self._write_waiting(upto=frames)
        for packet in self._stream.encode(None):
            self._container.mux(packet)
        self._container.close()

    def abort(self) -> None:
        self._container.close()

    def _tick(self, frame: int) -> int:
        return round(frame * 100 / self.fps)

    def _write_waiting(self, upto: int) -> None:
        if self._waiting is None:
            return
        index, picture = self._waiting
        self._waiting = None
        picture.pts = self._tick(index)
        picture.time_base = _TICKS
        picture.duration = self._tick(upto) - picture.pts
        for packet in self._stream.encode(picture):
            packet.duration = picture.duration  # the muxer takes the last frame's delay here
            self._container.mux(packet)

    def _palette_frame(self, frame: I420) -> Any:
        image = Image.fromarray(to_rgb(frame))
        if image.width != self.width:
            image = image.resize((self.width, self.height), Image.Resampling.LANCZOS)
        reduced = image.quantize(
            colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.FLOYDSTEINBERG
        )
        rgb = np.zeros((256, 3), np.uint8)
        used = np.frombuffer(bytes(reduced.getpalette() or []), np.uint8).reshape(-1, 3)[:256]
        rgb[: len(used)] = used
        argb = np.hstack([np.full((256, 1), 255, np.uint8), rgb])
        pair: Any = (np.asarray(reduced), argb)  # PyAV's stubs know pal8 only as one array
        return av.VideoFrame.from_ndarray(pair, format="pal8")
