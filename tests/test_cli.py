"""The command line as a person uses it: one-line errors, exit codes, nothing half-written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from support import decode_video, gradient, save_photo

EXE = str(Path(sys.executable).with_name("photo-video-maker"))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EXE, *args], capture_output=True, text=True, timeout=300)


def test_a_missing_file_is_one_line_that_says_what_to_do_and_exit_1(tmp_path: Path) -> None:
    out = tmp_path / "out.mp4"
    result = _run("make", str(tmp_path / "nope.jpg"), "-o", str(out))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: no such file")
    assert not out.exists()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"<html><body>hello</body></html>", "error:"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 40, "corrupt"),
    ],
)
def test_unusable_files_are_refused_with_the_reason(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(content)
    result = _run("make", str(bad), "-o", str(tmp_path / "out.mp4"))
    assert result.returncode == 1 and expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.glob("*.mp4")) and not list(tmp_path.glob(".*part*"))


def test_a_folder_without_photos_has_nothing_to_render(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    result = _run("make", str(tmp_path), "-o", str(tmp_path / "out.mp4"))
    assert result.returncode == 1 and "nothing to render" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="the file size limit (ulimit -f) is POSIX")
def test_an_earlier_video_at_the_output_path_survives_a_failed_render(tmp_path: Path) -> None:
    """The render fails mid-way: a real file size limit (as a full disk would) stops the
    encoder after 256 KiB of video were written, well after the first frames."""
    rng = np.random.default_rng(5)
    photos = [
        save_photo(tmp_path / f"{i}.png", rng.integers(0, 255, (480, 640, 3), np.uint8))
        for i in range(2)
    ]
    out = tmp_path / "out.mp4"
    out.write_bytes(earlier := b"an earlier video, byte for byte")
    args = ["make", *map(str, photos), "-o", str(out), "--resolution", "480p", "--music", "none"]

    result = subprocess.run(
        ["bash", "-c", 'ulimit -f 256 && exec "$@"', "bash", EXE, *args],
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "File too large" in result.stderr
    assert out.read_bytes() == earlier
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.png", "1.png", "out.mp4"]


@pytest.mark.slow
def test_make_with_options_writes_the_video_and_a_summary_line(tmp_path: Path) -> None:
    for i in range(2):
        save_photo(tmp_path / f"{i}.png", gradient(300, 200, seed=i))
    out = tmp_path / "square.mp4"
    result = _run(
        "make",
        str(tmp_path),
        "-o",
        str(out),
        "--aspect",
        "1:1",
        "--resolution",
        "480p",
        "--seconds",
        "1",
        "--music",
        "lofi",
        "--look",
        "sepia",
        "--fps",
        "24",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Wrote {out}") and "480x480" in result.stdout
    _, facts = decode_video(out)
    assert (facts["width"], facts["height"], facts["fps"]) == (480, 480, 24)


def test_probe_prints_what_the_engine_sees(tmp_path: Path) -> None:
    photo = save_photo(tmp_path / "wide.png", gradient(320, 200))
    result = _run("probe", str(photo))
    assert result.returncode == 0
    assert "image (png)" in result.stdout and "320x200" in result.stdout
