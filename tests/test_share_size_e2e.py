"""Share by size: a 60 s video made to fit 10 MB (Discord) and 25 MB, by the CLI, decoded back.

The file must be at most the limit and not more than 15 % under it, and the reply says so.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from photo_video_maker.errors import InputError
from photo_video_maker.model.share_size import MB, parse_size, preset_size

from support import decode_audio, decode_video

EXE = str(Path(sys.executable).with_name("photo-video-maker"))


def _make(photos_dir: Path, audio_file: Path, out: Path, *extra: str) -> str:
    photos = sorted(str(p) for p in photos_dir.iterdir() if p.suffix in (".jpg", ".png"))
    args = [EXE, "make", *photos, "-o", str(out), "--length", "60", "--fps", "24"]
    args += ["--music", str(audio_file), "--quiet", *extra]
    done = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _check(out: Path, limit: int, size: tuple[int, int]) -> None:
    made = out.stat().st_size
    assert 0.85 * limit <= made <= limit, f"{made / MB:.2f} MB for a {limit / MB:g} MB limit"
    frames, facts = decode_video(out)
    assert facts["frames"] == 60 * 24
    assert (facts["width"], facts["height"]) == size
    assert frames[-1].mean() > 0 or frames[len(frames) // 2].mean() > 20  # pictures, not black
    audio, rate, _ = decode_audio(out)
    assert abs(len(audio) / rate - 60) < 0.1


@pytest.mark.slow
def test_for_discord_a_60s_video_fits_10mb_at_a_smaller_frame_and_says_its_size(
    tmp_path: Path, photos_dir: Path, audio_file: Path
) -> None:
    out = tmp_path / "discord.mp4"
    said = _make(photos_dir, audio_file, out, "--for", "discord")
    # 1.2 Mb/s of video is too few for 1080p to look good: the same bits at 720p
    _check(out, 10 * MB, (1280, 720))
    mb = f"{out.stat().st_size / MB:.1f} MB"
    assert f"{mb}, within 10 MB, Discord's limit" in said


@pytest.mark.slow
def test_a_60s_video_made_under_25mb_keeps_its_frame(
    tmp_path: Path, photos_dir: Path, audio_file: Path
) -> None:
    out = tmp_path / "email.mp4"
    said = _make(photos_dir, audio_file, out, "--max-size", "25MB", "--resolution", "720p")
    _check(out, 25 * MB, (1280, 720))
    assert "within 25 MB)" in said


def test_a_video_too_long_for_its_limit_is_refused_before_rendering(
    tmp_path: Path, photos_dir: Path
) -> None:
    out = tmp_path / "long.mp4"
    photo = str(next(photos_dir.glob("*.jpg")))
    args = [EXE, "make", photo, "-o", str(out), "--length", "3000", "--max-size", "1MB"]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "cannot look good within 1 MB" in done.stderr and "or shorter" in done.stderr
    assert not out.exists()


def test_sizes_and_presets_are_read_as_people_write_them() -> None:
    assert parse_size("16MB") == parse_size("16 mb") == parse_size("16") == 16 * MB
    assert parse_size("1.5GB") == 1500 * MB and parse_size("2500kb") == 2_500_000
    assert preset_size("WhatsApp") == ("WhatsApp", 16 * MB)
    assert preset_size("email")[1] == 25 * MB and preset_size("discord")[1] == 10 * MB
    with pytest.raises(InputError, match="cannot read the size"):
        parse_size("big")
    with pytest.raises(InputError, match="out of range"):
        parse_size("10KB")


@pytest.mark.slow
def test_a_webm_is_made_to_its_size_too(tmp_path: Path, photos_dir: Path) -> None:
    out = tmp_path / "small.webm"
    photos = [str(p) for p in sorted(photos_dir.glob("0[1-3]_*.jpg"))]
    args = [EXE, "make", *photos, "-o", str(out), "--max-size", "1MB", "--resolution", "480p"]
    done = subprocess.run([*args, "--quiet"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    size = out.stat().st_size
    assert 0.85 * MB <= size <= MB, size
    frames, facts = decode_video(out)
    assert facts["codec"] == "vp9" and len(frames) == facts["frames"] > 0
