"""Decode music and clip sound to float32 stereo at the mixing rate, whole or as a stream."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import av
import numpy as np

from ..errors import UnsupportedMedia
from .failure import corrupt
from .video import open_container, require_decoder

__all__ = ["load_audio", "stream_audio"]

# Seek this far before the start: decoders (MP3's bit reservoir, AAC's overlap) and the resampler
# need a few frames to settle, and those samples are dropped.
_PREROLL_S = 0.2


def stream_audio(
    path: Path, *, rate: int = 48000, start_ms: int = 0
) -> Generator[np.ndarray, None, None]:
    """The first audio stream of ``path`` from ``start_ms`` on, as float32 (n, 2) chunks.

    Chunks are a decoder frame or so long (a few thousand samples) and clipped to [-1, 1]; mono
    is copied to both channels at full level, other layouts are downmixed by FFmpeg. The file
    stays open until the iterator is exhausted or closed. A sound that starts after
    ``start_ms`` is preceded by silence, so the timing holds.

    Raises (at once, not when iterated):
        UnsupportedMedia: a photo, or a file without audio (check ``MediaInfo.has_audio`` first).
    Raises while iterated:
        CorruptMedia: undecodable data.
    """
    path = Path(path)
    container, _, _ = open_container(path)
    try:
        if not container.streams.audio:
            raise UnsupportedMedia(f"no audio in {path.name}")
        stream = container.streams.audio[0]
        require_decoder(stream, path)
    except BaseException:
        container.close()
        raise
    return _chunks(container, stream, path, rate, max(0, start_ms) / 1000)


def _chunks(
    container: Any, stream: Any, path: Path, rate: int, start: float
) -> Generator[np.ndarray, None, None]:
    # FFmpeg upmixes mono at -3 dB; resample it as mono and copy the channel instead.
    channels = 1 if stream.layout.nb_channels == 1 else 2
    resampler = av.AudioResampler(
        format="flt", layout="mono" if channels == 1 else "stereo", rate=rate
    )
    origin = container.start_time / 1e6 if container.start_time else 0.0
    skip: int | None = None  # samples before `start` still to drop (negative: a gap to fill)

    def trimmed(frames: list[Any]) -> Iterator[np.ndarray]:
        nonlocal skip
        for out in frames:
            samples = out.to_ndarray().reshape(-1, channels)
            if skip is not None and skip < 0:  # the sound starts after `start`
                yield _stereo(np.zeros((-skip, channels), np.float32))
                skip = 0
            if skip:
                dropped = min(skip, len(samples))
                samples, skip = samples[dropped:], skip - dropped
            if len(samples):
                yield _stereo(samples)

    with container:
        seek_to = start - _PREROLL_S
        if seek_to > 0 and stream.time_base:
            container.seek(int((origin + seek_to) / stream.time_base), stream=stream, backward=True)
        try:
            for frame in container.decode(stream):
                if skip is None:
                    first = frame.time - origin if frame.time is not None else start
                    skip = round((start - first) * rate)
                yield from trimmed(resampler.resample(frame))
            yield from trimmed(resampler.resample(None))  # what the resampler still holds
        except av.FFmpegError as exc:
            raise corrupt(path.name, exc) from None


def _stereo(samples: np.ndarray) -> np.ndarray:
    if samples.shape[1] == 1:
        samples = np.repeat(samples, 2, axis=1)
    return np.clip(samples, -1.0, 1.0, dtype=np.float32)


def load_audio(
    path: Path, *, rate: int = 48000, start_ms: int = 0, duration_ms: int | None = None
) -> np.ndarray:
    """Decode the first audio stream of ``path`` to float32 (n, 2) stereo at ``rate``.

    Works for MP3, WAV, M4A, AAC, OGG, FLAC files and for the sound of a clip. Samples cover
    ``start_ms`` .. ``start_ms + duration_ms`` of the file (to the end when ``duration_ms`` is
    None; fewer samples when the file ends sooner). See `stream_audio` for channels and errors.
    """
    want = None if duration_ms is None else max(0, round(duration_ms * rate / 1000))
    chunks: list[np.ndarray] = []
    have = 0
    stream = stream_audio(path, rate=rate, start_ms=start_ms)
    try:
        for chunk in stream:
            chunks.append(chunk)
            have += len(chunk)
            if want is not None and have >= want:
                break
    finally:
        stream.close()  # the file is shut now, not when the generator is collected
    samples = np.concatenate(chunks) if chunks else np.zeros((0, 2), np.float32)
    return np.ascontiguousarray(samples[:want])
