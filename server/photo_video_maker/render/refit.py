"""A finished video encoded again at a chosen size and bitrate: how a video rendered elsewhere
(the cloud API takes no bitrate, only "quality": "high") is brought within a file-size limit.

Decoded with PyAV, scaled by libswscale, written through the engine's own ``Sink`` (the same
x264 settings and AAC as a local render), so a refitted file is like one rendered here.
"""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np

from .audio_mix import RATE
from .encode import EncodeSettings, Sink, get_format


def refit(src: Path, dst: Path, w: int, h: int, video_bitrate: int, audio_bitrate: int) -> int:
    """Encode the video at ``src`` again as MP4 at ``w`` x ``h`` and the given bitrates into
    ``dst`` (replaced only once complete); the new file's size in bytes."""
    with av.open(str(src)) as probe:
        stream = probe.streams.video[0]
        rate = stream.average_rate or stream.guessed_rate or 30
        fps = max(1, round(float(rate)))
        sound = bool(probe.streams.audio)
    settings = EncodeSettings(video_bitrate=video_bitrate, audio_bitrate=audio_bitrate or 128_000)
    resampler = av.AudioResampler(format="flt", layout="stereo", rate=RATE)
    with Sink(dst, get_format("mp4"), w, h, fps, settings, with_audio=sound) as sink:
        with av.open(str(src)) as container:
            streams = [container.streams.video[0], *container.streams.audio[:1]]
            # one pass over both streams: the new file's sound and pictures stay interleaved
            for packet in container.demux(*streams):
                for frame in packet.decode():
                    if isinstance(frame, av.VideoFrame):
                        out = sink.buffer()
                        scaled = frame.reformat(width=w, height=h, format="yuv420p")
                        np.copyto(out.as_2d(), scaled.to_ndarray())
                        sink.write(out)
                    elif isinstance(frame, av.AudioFrame):
                        for piece in resampler.resample(frame):
                            sink.write_audio(piece.to_ndarray().reshape(-1, 2))
        if sound:
            for piece in resampler.resample(None):
                sink.write_audio(piece.to_ndarray().reshape(-1, 2))
        sink.finish()
    return dst.stat().st_size
