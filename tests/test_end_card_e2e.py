"""An ending that looks finished: the closing text on an end card (the last photo blurred and
darkened, the text centred), made by the CLI and by the typed edit, decoded back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from photo_video_maker.model.edits import SetClosing, apply_edits
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.planner import plan_render
from photo_video_maker.render.engine import render

from support import decode_video

pytestmark = pytest.mark.slow

EXE = str(Path(sys.executable).with_name("photo-video-maker"))
FPS = 30


def _sharpness(grey: np.ndarray) -> float:
    return float(cv2.Laplacian(grey, cv2.CV_32F).var())


def _check_card(frames: list[np.ndarray], photo_at: int, card_at: int) -> None:
    """The card frame is the photo's frame blurred and darker, with bright text at the centre."""
    sharp = cv2.cvtColor(frames[photo_at], cv2.COLOR_RGB2GRAY)
    card = cv2.cvtColor(frames[card_at], cv2.COLOR_RGB2GRAY)
    h, w = card.shape
    text = card > 200  # white text; the darkened backdrop stays far below
    ys, xs = np.nonzero(text)
    assert len(xs) > 200, "the closing text is on the card"
    cx, cy = (xs.min() + xs.max()) / 2, (ys.min() + ys.max()) / 2
    assert abs(cx - w / 2) < 0.05 * w and abs(cy - h / 2) < 0.06 * h, (cx, cy)
    assert ys.min() > 0.3 * h and ys.max() < 0.7 * h, "one centred line, not a bottom caption"
    band = slice(int(0.3 * h), int(0.7 * h))
    outside = np.ones_like(card, bool)
    outside[band] = False
    assert _sharpness(np.where(outside, card, 0)) < 0.1 * _sharpness(np.where(outside, sharp, 0))
    assert card[outside].mean() < 0.7 * sharp[outside].mean()


def test_a_closing_text_from_the_cli_is_centred_on_the_last_photo_blurred_and_darkened(
    tmp_path: Path, photos_dir: Path
) -> None:
    out = tmp_path / "ending.mp4"
    photos = [photos_dir / "06_friends_by_Aitzol_Berasategi.jpg"]
    photos.append(photos_dir / "10_astronaut_Eileen_Collins_NASA.png")
    args = [EXE, "make", *map(str, photos), "-o", str(out), "--resolution", "480p"]
    args += ["--seconds", "4", "--transition", "none", "--fade-out", "0", "--music", "none"]
    args += ["--closing", "Thanks for watching", "--quiet", "--no-motion"]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    frames, _ = decode_video(out)
    # the card has time of its own after the photos: 4 + 4 s, then the closing text's 3 s
    assert len(frames) == 11 * FPS
    # the astronaut alone and sharp to the end of her 4 s; the card (faded in) at 10 s
    _check_card(frames, photo_at=8 * FPS - 1, card_at=10 * FPS)


def test_the_typed_closing_edit_makes_the_same_end_card(tmp_path: Path, photos_dir: Path) -> None:
    photo = photos_dir / "10_astronaut_Eileen_Collins_NASA.png"
    ref = MediaRef(id="m1", name=photo.name, kind="image", width=512, height=512)
    options = SlideshowOptions(resolution="480p", seconds_per_photo=5, motion=False)
    options.fade_out_ms = 0
    draft = build_slideshow([ref], options)
    draft, said = apply_edits(draft, [SetClosing(text="Bye")], {"m1": ref})
    assert said
    out = tmp_path / "bye.mp4"
    render(plan_render(draft, {"m1": photo}.__getitem__), out, resolve={"m1": photo}.__getitem__)
    frames, _ = decode_video(out)
    assert len(frames) == 8 * FPS  # the photo's 5 s, then the card's 3 s
    _check_card(frames, photo_at=5 * FPS - 1, card_at=7 * FPS + 15)
