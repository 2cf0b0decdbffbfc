"""What a media file is and how big, from its headers (probe), and whether it is whole (verify)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import av
from av.audio.frame import AudioFrame
from av.audio.stream import AudioStream
from av.container import InputContainer
from av.stream import Stream
from av.video.frame import VideoFrame
from av.video.stream import VideoStream

from ..errors import CorruptMedia, MediaTooLarge, UnsupportedMedia, megabytes
from .failure import corrupt
from .image import (
    DEFAULT_MAX_PIXELS,
    exif_captured_at,
    exif_orientation,
    open_image,
    verify_image,
    verify_image_container,
)
from .sniff import MediaKind, iso_bmff_truncated, sniff
from .video import display_size, frame_rotation, open_container, require_decoder, video_stream

__all__ = ["DEFAULT_MAX_BYTES", "MediaInfo", "probe", "verify"]

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
# Decoders can stop quietly on damaged data; a result this much shorter than declared is corrupt.
_SHORT_FRACTION = 0.9
# Clip metadata keys with the capture time, best first (Apple's carries the local UTC offset).
_CREATION_KEYS = ("com.apple.quicktime.creationdate", "creation_time")


@dataclass(frozen=True)
class MediaInfo:
    """Facts about one media file; sizes are upright (after EXIF orientation / rotation)."""

    path: Path
    kind: MediaKind
    format: str
    width: int | None
    height: int | None
    orientation: int  # EXIF orientation load_image applies (1 = none or already applied)
    duration_ms: int | None  # clips and audio
    fps: float | None
    has_audio: bool  # clips: has an audio stream; audio files: True; photos: False
    captured_at: datetime | None  # timezone-aware; None when absent or unreadable
    file_time: datetime  # file mtime, UTC
    size_bytes: int

    @property
    def megapixels(self) -> float | None:
        """Width x height in millions, or None for audio."""
        if self.width is None or self.height is None:
            return None
        return self.width * self.height / 1e6


def probe(
    path: Path, *, max_pixels: int = DEFAULT_MAX_PIXELS, max_bytes: int = DEFAULT_MAX_BYTES
) -> MediaInfo:
    """Identify a media file by content and read its headers (no full decode).

    Clips decode their first frame, which is where the rotation metadata is delivered.

    Raises:
        MediaNotFound: no such file.
        UnsupportedMedia: not a photo, clip or audio file we read.
        MediaTooLarge: file over ``max_bytes`` or picture over ``max_pixels``.
        CorruptMedia: unreadable headers.
    """
    path = Path(path)
    kind, fmt = sniff(path)
    st = path.stat()
    if st.st_size > max_bytes:
        raise MediaTooLarge(
            f"{path.name} is {megabytes(st.st_size)}, over the {megabytes(max_bytes)} limit"
        )
    file_time = datetime.fromtimestamp(st.st_mtime, tz=UTC)
    if kind is MediaKind.IMAGE:
        with open_image(path, fmt, max_pixels=max_pixels) as im:
            orientation = exif_orientation(im)
            width, height = im.size
            captured_at = exif_captured_at(im)
        if orientation >= 5:
            width, height = height, width
        return MediaInfo(
            path=path,
            kind=kind,
            format=fmt,
            width=width,
            height=height,
            orientation=orientation,
            duration_ms=None,
            fps=None,
            has_audio=False,
            captured_at=captured_at,
            file_time=file_time,
            size_bytes=st.st_size,
        )
    container, kind, fmt = open_container(path, (kind, fmt))
    with container:
        return _probe_av(path, container, kind, fmt, max_pixels, file_time, st.st_size)


def _probe_av(
    path: Path,
    container: InputContainer,
    kind: MediaKind,
    fmt: str,
    max_pixels: int,
    file_time: datetime,
    size_bytes: int,
) -> MediaInfo:
    audio = container.streams.audio[0] if container.streams.audio else None
    video = video_stream(container) if kind is MediaKind.VIDEO else None
    if kind is MediaKind.VIDEO and video is None:
        if audio is None or fmt not in ("mp4", "mov"):
            raise UnsupportedMedia(f"no video stream in {path.name}")
        kind, fmt = MediaKind.AUDIO, "m4a"  # an MP4 holding only sound is an M4A
    if kind is MediaKind.AUDIO and audio is None:
        raise UnsupportedMedia(f"no audio in {path.name}")
    main = video or audio
    assert main is not None
    for stream in (video, audio):
        if stream is not None:
            require_decoder(stream, path)
    width = height = None
    fps = None
    if video is not None:
        coded = video.codec_context.width * video.codec_context.height
        if coded > max_pixels:
            raise MediaTooLarge(
                f"{path.name} has frames of {coded / 1e6:.0f} megapixels, over the "
                f"{max_pixels / 1e6:.0f} megapixel limit"
            )
        video.thread_type = "AUTO"
        try:
            first = next(container.decode(video))
        except (av.FFmpegError, StopIteration) as exc:
            raise corrupt(path.name, exc, "clip") from None
        width, height = display_size(
            first.width, first.height, video.sample_aspect_ratio, frame_rotation(first)
        )
        rate = video.average_rate or video.guessed_rate
        fps = float(rate) if rate else None
    return MediaInfo(
        path=path,
        kind=kind,
        format=fmt,
        width=width,
        height=height,
        orientation=1,  # clips carry a display matrix instead; ClipReader applies it
        duration_ms=_duration_ms(container, main),
        fps=fps,
        has_audio=audio is not None,
        captured_at=_creation_time(container, main),
        file_time=file_time,
        size_bytes=size_bytes,
    )


def _duration_ms(container: InputContainer, stream: Stream) -> int | None:
    if stream.duration and stream.time_base:
        return round(stream.duration * stream.time_base * 1000)
    if container.duration:
        return round(container.duration / 1000)  # AV_TIME_BASE is microseconds
    return None


def _creation_time(container: InputContainer, stream: Stream) -> datetime | None:
    for tags in (container.metadata, stream.metadata):
        for key in _CREATION_KEYS:
            raw = tags.get(key)
            if not raw:
                continue
            try:
                when = datetime.fromisoformat(raw.strip())
            except ValueError:
                continue
            if when.year < 1971:  # 1904/1970 epochs: the camera never set its clock
                continue
            return when if when.tzinfo else when.replace(tzinfo=UTC)  # creation_time is UTC
    return None


def verify(path: Path, info: MediaInfo, *, decode_photos: bool = True) -> None:
    """Decode the whole file once; raise CorruptMedia("corrupt or truncated: ...") if it is not.

    Photos decode within the pixel limit (JPEG at 1/8 scale: all data is still read). Clips and
    audio decode every packet of their video and audio streams, and the decoded length must
    reach 90% of the declared one, because decoders often stop silently on damaged data.

    ``decode_photos=False`` is for a caller that decodes the photo soon anyway, as the render
    does: its decoder refuses damaged data with the same error, so decoding it here too would
    only cost time. Only what that decoder cannot see is checked: a HEIF file cut short (libheif
    fills the missing tiles with grey).
    """
    path = Path(path)
    if info.kind is MediaKind.IMAGE and not decode_photos:
        verify_image_container(path, info.format)
        return
    if info.kind is MediaKind.IMAGE:
        pixels = (info.width or 0) * (info.height or 0)
        verify_image(path, info.format, max_pixels=max(DEFAULT_MAX_PIXELS, pixels))
        return
    container, kind, _ = open_container(path)
    with container:
        video = video_stream(container) if kind is MediaKind.VIDEO else None
        audio = container.streams.audio[0] if container.streams.audio else None
        streams = [s for s in (video, audio) if s is not None]
        for stream in streams:
            require_decoder(stream, path)
        ends = _decode_all(path, container, streams)
        for stream in streams:
            _check_length(path, container, stream, ends.get(stream.index), info.duration_ms)
    # after decoding, so that a clip cut short is told with both of its lengths; this catches
    # a cut that still decodes to almost all of the declared length
    if info.format in ("mp4", "mov", "m4a") and iso_bmff_truncated(path):
        raise CorruptMedia(f"corrupt or truncated: {path.name} ends before its data does")


def _decode_all(
    path: Path, container: InputContainer, streams: Sequence[VideoStream | AudioStream]
) -> dict[int, float]:
    """Decode every packet of ``streams``; return each stream's end time in seconds."""
    ends: dict[int, float] = {}
    for stream in streams:
        if isinstance(stream, VideoStream):
            stream.thread_type = "AUTO"
    try:
        for packet in container.demux(list(streams)):
            for frame in packet.decode():
                if isinstance(frame, AudioFrame) and frame.time is not None:
                    end = frame.time + frame.samples / (frame.sample_rate or 1)
                elif isinstance(frame, VideoFrame) and frame.time is not None:
                    end = frame.time + float(frame.duration * (frame.time_base or 0))
                else:
                    continue
                ends[packet.stream.index] = max(end, ends.get(packet.stream.index, end))
    except av.FFmpegError as exc:
        raise corrupt(path.name, exc) from None
    return ends


def _check_length(
    path: Path,
    container: InputContainer,
    stream: Stream,
    end: float | None,
    fallback_ms: int | None,
) -> None:
    if end is None:
        raise CorruptMedia(
            f"corrupt or truncated: no {stream.type} could be decoded in {path.name}"
        )
    tb = stream.time_base
    if stream.duration and tb:
        declared = float(stream.duration * tb)
        start = float(stream.start_time * tb) if stream.start_time is not None else 0.0
    else:
        declared = (fallback_ms or 0) / 1000
        start = container.start_time / 1e6 if container.start_time else 0.0
    decoded = end - start
    if declared > 0 and decoded < _SHORT_FRACTION * declared:
        raise CorruptMedia(
            f"corrupt or truncated: {path.name} decodes to {decoded:.1f} s "
            f"of its declared {declared:.2f} s ({stream.type})"
        )
