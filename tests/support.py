"""Helpers the tests share: where the shared test data lives, small synthetic pictures."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

TESTDATA = Path(__file__).resolve().parents[1].parent / "shared" / "testdata"


def shared_data(sub: str) -> Path:
    """A folder of ../shared/testdata, or a skip that says why."""
    folder = TESTDATA / sub
    if not folder.is_dir():
        pytest.skip(f"test data folder {folder} is absent (it lives beside the repository)")
    return folder


def gradient(w: int, h: int, seed: int = 0) -> np.ndarray:
    """A colourful RGB test picture, different for each seed."""
    rng = np.random.default_rng(seed)
    base = rng.integers(40, 215, size=3)
    yy, xx = np.mgrid[0:h, 0:w]
    img = np.empty((h, w, 3), np.uint8)
    img[..., 0] = (base[0] + 40 * np.sin(xx / max(w, 1) * 6.28)).clip(0, 255)
    img[..., 1] = (base[1] + 40 * np.cos(yy / max(h, 1) * 6.28)).clip(0, 255)
    img[..., 2] = base[2]
    return img


def decode_video(path: Path) -> tuple[list[np.ndarray], dict[str, object]]:
    """All frames (RGB) of a video and facts about its streams, decoded with PyAV."""
    import av

    facts: dict[str, object] = {}
    frames: list[np.ndarray] = []
    with av.open(str(path)) as container:
        video = container.streams.video[0]
        facts.update(
            codec=video.codec_context.name,
            width=video.codec_context.width,
            height=video.codec_context.height,
            fps=float(video.average_rate or 0),
            pix_fmt=video.codec_context.pix_fmt,
            profile=video.codec_context.profile,
            container=container.format.name,
        )
        for frame in container.decode(video):
            frames.append(frame.to_ndarray(format="rgb24"))
    facts["frames"] = len(frames)
    return frames, facts


def decode_audio(path: Path) -> tuple[np.ndarray, int, str]:
    """The audio track as float32 (n, channels), its rate and codec name."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        rate, codec = stream.codec_context.sample_rate, stream.codec_context.name
        chunks = [f.to_ndarray() for f in container.decode(stream)]
    data = np.concatenate(chunks, axis=1)  # planar: (channels, n)
    return data.T.astype(np.float32), rate, codec


def small(rgb: np.ndarray, size: tuple[int, int] = (32, 18)) -> np.ndarray:
    """A tiny float copy for comparing pictures loosely."""
    import cv2

    return cv2.resize(rgb, size, interpolation=cv2.INTER_AREA).astype(np.float32)


def save_photo(path: Path, rgb: np.ndarray) -> Path:
    from PIL import Image

    Image.fromarray(rgb).save(path)
    return path


def make_clip(path: Path, seconds: float, tone_hz: float | None, size: tuple[int, int]) -> Path:
    """A small MP4 clip (solid colour, optional sine tone) made with PyAV."""
    import av

    w, h = size
    with av.open(str(path), "w") as out:
        video = out.add_stream("libx264", rate=30)
        video.width, video.height, video.pix_fmt = w, h, "yuv420p"
        audio = out.add_stream("aac", rate=48000) if tone_hz else None
        frames = round(seconds * 30)
        for i in range(frames):
            rgb = np.full((h, w, 3), (40, 120 + i % 60, 200), np.uint8)
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24")
            frame.pts = i
            for packet in video.encode(frame):
                out.mux(packet)
        for packet in video.encode(None):
            out.mux(packet)
        if audio is not None:
            t = np.arange(round(seconds * 48000)) / 48000
            tone = (0.25 * np.sin(2 * np.pi * tone_hz * t)).astype(np.float32)
            for start in range(0, len(tone), 1024):
                part = np.ascontiguousarray(np.vstack([tone[start : start + 1024]] * 2))
                af = av.AudioFrame.from_ndarray(part, format="fltp", layout="stereo")
                af.sample_rate, af.pts = 48000, start
                for packet in audio.encode(af):
                    out.mux(packet)
            for packet in audio.encode(None):
                out.mux(packet)
    return path
