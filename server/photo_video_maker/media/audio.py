"""Decode music and clip sound to float32 stereo at the mixing rate."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np

from ..errors import CorruptMedia, UnsupportedMedia
from .video import open_container, require_decoder

__all__ = ["load_audio"]

# Seek this far before the start: decoders (MP3's bit reservoir, AAC's overlap) and the resampler
# need a few frames to settle, and those samples are dropped.
_PREROLL_S = 0.2


def load_audio(
    path: Path, *, rate: int = 48000, start_ms: int = 0, duration_ms: int | None = None
) -> np.ndarray:
    """Decode the first audio stream of ``path`` to float32 (n, 2) stereo at ``rate``.

    Works for MP3, WAV, M4A, AAC, OGG, FLAC files and for the sound of a clip. Samples cover
    ``start_ms`` .. ``start_ms + duration_ms`` of the file (to the end when ``duration_ms`` is
    None; fewer samples when the file ends sooner). Mono is copied to both channels at full level,
    other layouts are downmixed by FFmpeg. Values are clipped to [-1, 1].

    Raises:
        UnsupportedMedia: a photo, or a file without audio (check ``MediaInfo.has_audio`` first).
        CorruptMedia: undecodable data.
    """
    path = Path(path)
    container, _, _ = open_container(path)
    with container:
        if not container.streams.audio:
            raise UnsupportedMedia(f"no audio in {path.name}")
        stream = container.streams.audio[0]
        require_decoder(stream, path)
        # FFmpeg upmixes mono at -3 dB; resample it as mono and copy the channel instead.
        channels = 1 if stream.layout.nb_channels == 1 else 2
        resampler = av.AudioResampler(
            format="flt", layout="mono" if channels == 1 else "stereo", rate=rate
        )
        origin = container.start_time / 1e6 if container.start_time else 0.0
        start = max(0, start_ms) / 1000
        seek_to = start - _PREROLL_S
        if seek_to > 0 and stream.time_base:
            container.seek(int((origin + seek_to) / stream.time_base), stream=stream, backward=True)
        want = None if duration_ms is None else max(0, round(duration_ms * rate / 1000))
        chunks: list[np.ndarray] = []
        have = 0
        skip: int | None = None  # samples before `start` in what was decoded (negative: a gap)
        try:
            for frame in container.decode(stream):
                if skip is None:
                    first = frame.time - origin if frame.time is not None else start
                    skip = round((start - first) * rate)
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray().reshape(-1, channels))
                    have += out.samples
                if want is not None and have >= skip + want:
                    break
            else:  # reached the end: drain the resampler
                chunks.extend(
                    o.to_ndarray().reshape(-1, channels) for o in resampler.resample(None)
                )
        except av.FFmpegError as exc:
            raise CorruptMedia(f"corrupt or truncated: {path.name}: {exc}") from None
    samples = np.concatenate(chunks) if chunks else np.zeros((0, channels), np.float32)
    skip = skip or 0
    if skip < 0:  # the sound starts after the requested point: keep the timing with silence
        samples = np.concatenate([np.zeros((-skip, channels), np.float32), samples])
        skip = 0
    end = None if want is None else skip + want
    samples = samples[skip:end]
    if channels == 1:
        samples = np.repeat(samples, 2, axis=1)
    return np.ascontiguousarray(np.clip(samples, -1.0, 1.0, dtype=np.float32))
