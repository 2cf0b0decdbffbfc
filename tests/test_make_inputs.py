"""``make`` refuses damaged inputs: clips and sound are decoded in full before the render, as
an upload is; a photo's pixels are decoded once, by the render, which refuses damage as well."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import av
import numpy as np
import pytest

from support import gradient, save_photo

EXE = str(Path(sys.executable).with_name("photo-video-maker"))


def _make(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [EXE, "make", *args, "--resolution", "480p", "--music", "none"],
        capture_output=True,
        text=True,
        timeout=300,
    )


def noise_clip(path: Path, frames: int = 149, fps: int = 30) -> Path:
    """A clip of random pictures (every frame costs about as many bytes as the next), with its
    index first (faststart) as phones write it, so a copy cut short still opens."""
    rng = np.random.default_rng(0)
    with av.open(str(path), "w", format="mp4", options={"movflags": "faststart"}) as out:
        video = out.add_stream("libx264", rate=fps)
        video.width, video.height, video.pix_fmt = 160, 120, "yuv420p"
        video.options = {"preset": "ultrafast"}
        for _ in range(frames):
            picture = rng.integers(0, 255, (120, 160, 3), dtype=np.uint8)
            for packet in video.encode(av.VideoFrame.from_ndarray(picture, format="rgb24")):
                out.mux(packet)
        for packet in video.encode():
            out.mux(packet)
    return path


def break_png_data(path: Path) -> Path:
    """Zero 64 bytes in the middle of the compressed pixels; the chunk's checksum is made to
    match, so only the data stream itself is broken (the header still reads fine)."""
    data = bytearray(path.read_bytes())
    at = data.index(b"IDAT") - 4
    (length,) = struct.unpack(">I", data[at : at + 4])
    body = at + 8
    data[body + length // 2 : body + length // 2 + 64] = bytes(64)
    data[body + length : body + length + 4] = struct.pack(
        ">I", zlib.crc32(data[at + 4 : body + length])
    )
    path.write_bytes(bytes(data))
    return path


def test_make_refuses_a_png_whose_data_stream_is_broken(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    broken = save_photo(tmp_path / "broken.png", rng.integers(0, 255, (200, 300, 3), np.uint8))
    break_png_data(broken)
    good = save_photo(tmp_path / "good.png", gradient(300, 200))
    out = tmp_path / "out.mp4"

    result = _make(str(good), str(broken), "-o", str(out))

    assert result.returncode == 1, result.stderr
    assert re.search(r"^error: corrupt or truncated.*broken\.png", result.stderr, re.M)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_make_refuses_a_jpeg_cut_short_found_by_the_render(tmp_path: Path) -> None:
    """The check before the render reads a photo's headers only; the render's own decode
    stops on the damage with the same one-line error, and nothing is left behind."""
    rng = np.random.default_rng(2)
    whole = save_photo(tmp_path / "whole.jpg", rng.integers(0, 255, (480, 640, 3), np.uint8))
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    out = tmp_path / "out.mp4"

    result = _make(str(whole), str(cut), "-o", str(out))

    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and re.match(r"error: corrupt or truncated image: cut\.jpg", lines[0])
    assert not out.exists() and not list(tmp_path.glob(".*part*"))


def test_make_refuses_a_clip_cut_short_naming_both_of_its_lengths(tmp_path: Path) -> None:
    whole = noise_clip(tmp_path / "whole.mp4").read_bytes()
    cut = tmp_path / "party.mp4"
    cut.write_bytes(whole[: len(whole) * 4 // 10])
    out = tmp_path / "out.mp4"

    result = _make(str(cut), "-o", str(out))

    assert result.returncode == 1, result.stderr
    assert "party.mp4 decodes to 2.0 s of its declared 4.97 s" in result.stderr
    assert not out.exists()


@pytest.mark.slow
def test_make_accepts_the_same_clip_whole(tmp_path: Path) -> None:
    clip = noise_clip(tmp_path / "party.mp4", frames=30)
    out = tmp_path / "out.mp4"

    result = _make(str(clip), "-o", str(out))

    assert result.returncode == 0, result.stderr
    assert out.is_file()
