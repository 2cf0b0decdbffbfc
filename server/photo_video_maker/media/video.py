"""Open clips and audio with PyAV safely, and read a clip's frames upright and in order."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from types import TracebackType

import av
import numpy as np
from av.container import InputContainer
from av.stream import Disposition, Stream
from av.video.frame import VideoFrame
from av.video.stream import VideoStream

from ..errors import CorruptMedia, UnsupportedMedia
from .failure import corrupt
from .image import cover_size
from .sniff import MediaKind, sniff

__all__ = [
    "ALLOWED_DEMUXERS",
    "ClipReader",
    "display_size",
    "frame_rotation",
    "open_container",
    "require_decoder",
    "video_stream",
]

# sniff() format -> the demuxer forced on FFmpeg, so it never probes its way into playlists,
# concat scripts, image sequences or network protocols.
_DEMUXER = {
    "mp4": "mov",
    "mov": "mov",
    "m4a": "mov",
    "webm": "matroska",
    "mkv": "matroska",
    "avi": "avi",
    "mp3": "mp3",
    "wav": "wav",
    "ogg": "ogg",
    "flac": "flac",
    "aac": "aac",
}
ALLOWED_DEMUXERS = frozenset(
    {"mov", "mp4", "m4a", "3gp", "3g2", "mj2", "matroska", "webm", "avi"}
    | {"mp3", "wav", "ogg", "flac", "aac"}
)
# A frame time equal to the requested time (up to rounding) counts as "at or before" it.
_EPSILON_S = 0.0005


def open_container(
    path: Path, sniffed: tuple[MediaKind, str] | None = None
) -> tuple[InputContainer, MediaKind, str]:
    """Open a clip or audio file for reading: local files only, allowed demuxers only.

    Returns ``(container, kind, format)``; the caller closes the container.

    Raises:
        UnsupportedMedia: a photo, or a container format not on the allow-list.
        CorruptMedia: FFmpeg cannot parse the headers.
    """
    path = Path(path)
    kind, fmt = sniffed if sniffed is not None else sniff(path)
    if kind is MediaKind.IMAGE:
        raise UnsupportedMedia(f"{path.name} is a photo, not a clip or audio file")
    try:
        container = av.open(
            str(path),
            format=_DEMUXER[fmt],
            options={"protocol_whitelist": "file"},
            metadata_errors="replace",  # junk tag bytes must not make a file unreadable
        )
    except av.FFmpegError as exc:
        raise corrupt(path.name, exc, f"{fmt} file") from None
    if not set(container.format.name.split(",")) & ALLOWED_DEMUXERS:
        container.close()
        raise UnsupportedMedia(f"{path.name}: container {container.format.name} not supported")
    return container, kind, fmt


def video_stream(container: InputContainer) -> VideoStream | None:
    """The first real video stream (cover art in MP4/MKV/MP3 is a one-picture 'video')."""
    for stream in container.streams.video:
        if not stream.disposition & Disposition.attached_pic:
            return stream
    return None


def require_decoder(stream: Stream, path: Path) -> None:
    """Refuse streams FFmpeg has no decoder for (PyAV then gives them no codec context)."""
    if stream.codec_context is None:
        raise UnsupportedMedia(f"{path.name}: its {stream.type} codec is not supported")


def frame_rotation(frame: VideoFrame) -> int:
    """Quarter turns counter-clockwise (0-3) that make ``frame`` upright (np.rot90's ``k``).

    PyAV reports the display matrix (phone clips) as a counter-clockwise angle; decoders attach
    the stream's matrix to every frame.
    """
    return round(frame.rotation / 90) % 4


def display_size(
    width: int, height: int, sample_aspect: Fraction | None, quarter_turns: int
) -> tuple[int, int]:
    """Upright display size: non-square pixels stretched out, then the rotation applied."""
    if sample_aspect and sample_aspect > 0 and sample_aspect != 1:
        width = max(1, round(width * sample_aspect))
    return (height, width) if quarter_turns % 2 else (width, height)


class ClipReader:
    """Sequential access to a clip's frames as upright RGB arrays.

    ``frame_at(t_ms)`` returns the last frame whose time is <= ``start_ms + t_ms`` (times are
    relative to the start of the file); calls must come with non-decreasing ``t_ms``. Past the
    end it keeps returning the last frame. ``size=(w, h)`` scales frames (while converting from
    YUV) to the smallest size that covers that box, aspect kept, never upscaled.

    The returned array is shared between calls that hit the same frame and is read-only; copy
    it before drawing on it.
    """

    def __init__(
        self, path: Path, *, start_ms: int = 0, size: tuple[int, int] | None = None
    ) -> None:
        """Open ``path`` and seek once to ``start_ms``.

        Raises:
            UnsupportedMedia: not a clip, or a clip without a video stream.
            CorruptMedia: unreadable headers.
        """
        self._path = Path(path)
        self._size = size
        container, _, _ = open_container(self._path)
        try:
            stream = video_stream(container)
            if stream is None:
                raise UnsupportedMedia(f"no video in {self._path.name}")
            require_decoder(stream, self._path)
            stream.thread_type = "AUTO"
            self._origin = container.start_time / 1e6 if container.start_time else 0.0
            self._start = max(0, start_ms) / 1000
            if start_ms > 0 and stream.time_base:
                # Lands on the key frame at or before the target; frame_at() skips forward.
                target = int((self._origin + self._start) / stream.time_base)
                container.seek(target, stream=stream, backward=True)
            self._frames = container.decode(stream)
        except BaseException:
            container.close()
            raise
        self._container = container
        self._stream = stream
        self._fallback_step = 1 / float(stream.average_rate or 25)
        self._current: VideoFrame | None = None
        self._current_time = -1.0
        self._current_rgb: np.ndarray | None = None
        self._next: VideoFrame | None = None
        self._next_time = 0.0
        self._eof = False

    def frame_at(self, t_ms: int) -> np.ndarray:
        """RGB uint8 (H, W, 3) of the last frame at or before ``start_ms + t_ms``.

        Raises:
            CorruptMedia: the clip has no decodable frame, or decoding fails.
        """
        current = self.decoded_at(t_ms)
        if self._current_rgb is None:
            self._current_rgb = self.to_rgb(current)
        return self._current_rgb

    def decoded_at(self, t_ms: int) -> VideoFrame:
        """The decoded frame ``frame_at`` would show, unconverted: ``to_rgb`` or ``to_i420``
        convert it, on any thread (a decoded frame is never changed).

        Raises:
            CorruptMedia: the clip has no decodable frame, or decoding fails.
        """
        target = self._start + t_ms / 1000 + _EPSILON_S
        while self._peek():
            if self._current is not None and self._next_time > target:
                break
            self._current, self._current_time = self._next, self._next_time
            self._current_rgb = None
            self._next = None
        if self._current is None:
            raise CorruptMedia(f"corrupt or truncated: no video frames in {self._path.name}")
        return self._current

    def _peek(self) -> bool:
        """Decode the next frame into ``self._next`` if needed; False at the end of the clip."""
        if self._next is None and not self._eof:
            try:
                frame = next(self._frames)
            except StopIteration:
                self._eof = True
                return False
            except av.FFmpegError as exc:
                raise corrupt(self._path.name, exc) from None
            if frame.time is not None:
                self._next_time = frame.time - self._origin
            else:  # no timestamp: assume it follows the previous frame
                self._next_time = self._current_time + self._fallback_step
            self._next = frame
        return self._next is not None

    def to_i420(
        self, frame: VideoFrame, w: int, h: int, crop: bool = True
    ) -> tuple[np.ndarray, ...] | None:
        """The middle w x h of the frame scaled to cover it, as I420 planes (Y, U, V), straight
        from the decoder's YUV: no RGB in between, and one array made instead of four. With
        ``crop`` False, only a frame whose shape is the box's (nothing cut off).

        None where that would change the picture, and the frame must go through ``to_rgb``:
        a turned frame, non-square pixels, a clip smaller than the box (RGB enlarges it more
        smoothly), or colours other than BT.709 limited range (what the renderer writes; the
        RGB path converts the others).
        """
        sar = self._stream.sample_aspect_ratio
        if (
            frame_rotation(frame)
            or (sar and sar != 1)
            or frame.colorspace != 1  # BT.709
            or frame.color_range == 2  # full range (JPEG)
            or w % 2
            or h % 2
        ):
            return None
        cw, ch = cover_size((frame.width, frame.height), (w, h))
        cw, ch = cw + cw % 2, ch + ch % 2  # whole chroma pixels; at most one more row
        if cw < w or ch < h or cw > frame.width + 1 or ch > frame.height + 1:
            return None
        # contain and blur must not cut the clip: at most the pixel or two that even sides
        # round off (a portrait clip's contained width is rarely even)
        if not crop and (cw - w > 2 or ch - h > 2):
            return None
        flat = frame.to_ndarray(
            format="yuv420p", width=cw, height=ch, interpolation="AREA", threads=1
        ).reshape(-1)
        x, y = (cw - w) // 4 * 2, (ch - h) // 4 * 2  # even: the chroma crop on whole pixels
        luma = flat[: cw * ch].reshape(ch, cw)[y : y + h, x : x + w]
        quarter = cw * ch // 4
        u = flat[cw * ch : cw * ch + quarter].reshape(ch // 2, cw // 2)
        v = flat[cw * ch + quarter :].reshape(ch // 2, cw // 2)
        rows, cols = slice(y // 2, (y + h) // 2), slice(x // 2, (x + w) // 2)
        return luma, u[rows, cols], v[rows, cols]

    def to_rgb(self, frame: VideoFrame, size: tuple[int, int] | None = None) -> np.ndarray:
        """A decoded frame as upright RGB, scaled as ``size`` asks (the reader's own when not
        given); read-only."""
        turns = frame_rotation(frame)
        upright = display_size(frame.width, frame.height, self._stream.sample_aspect_ratio, turns)
        box = size or self._size
        if box is not None:
            upright = cover_size(upright, box)
        # Scale in the stored orientation (swscale does it while converting from YUV), then turn.
        # One swscale thread: the decoder already uses the cores, and measured 2-3x faster here.
        width, height = (upright[1], upright[0]) if turns % 2 else upright
        rgb: np.ndarray = frame.to_ndarray(
            format="rgb24", width=width, height=height, interpolation="AREA", threads=1
        )
        if turns:
            rgb = np.rot90(rgb, turns)
        rgb = np.ascontiguousarray(rgb)
        rgb.flags.writeable = False
        return rgb

    def close(self) -> None:
        """Release the decoder and the file."""
        self._container.close()

    def __enter__(self) -> ClipReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
