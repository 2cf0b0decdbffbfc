"""The CLI checks its inputs on several threads, and still reports them in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from photo_video_maker.cli import main

from support import gradient, save_photo


def test_inputs_checked_at_once_still_name_the_first_damaged_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI checks its inputs on several threads; the error is the first bad file's."""
    photos = tmp_path / "photos"
    photos.mkdir()
    for i in range(4):
        save_photo(photos / f"{i + 1:02d}.jpg", gradient(640, 480, seed=i))
    whole = (photos / "01.jpg").read_bytes()
    for name in ("02.jpg", "03.jpg"):
        (photos / name).write_bytes(whole[: len(whole) // 2])  # cut: half the photo
    assert main(["make", str(photos), "-o", str(tmp_path / "x.mp4"), "--music", "none"]) == 1
    error = capsys.readouterr().err
    assert "02.jpg" in error and "03.jpg" not in error
