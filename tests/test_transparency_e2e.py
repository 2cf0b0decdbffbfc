"""Transparent parts of a photo show what its fit puts behind it, not black."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photo_video_maker.media.image import load_image
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.planner import plan_render
from photo_video_maker.render.compose import blurred_background
from photo_video_maker.render.engine import render

from support import decode_video, gradient

pytestmark = pytest.mark.slow

W, H = 854, 480  # 480p; a 4:3 picture is 640 x 480 in it, 107 px bars on each side
HOLE = np.s_[180:300, 340:500]  # in the frame: the picture's transparent window
SIDE = np.s_[100:380, 680:740]  # in the frame: the picture's transparent right edge
BAR = np.s_[100:380, 20:80]


def _cutout(path: Path) -> Path:
    """A 4:3 picture with a transparent window in the middle and a transparent right edge."""
    warm = np.clip(gradient(640, 480, seed=3) + np.array([120, 90, 0]), 0, 255).astype(np.uint8)
    rgba = np.dstack([warm, np.full((480, 640), 255, np.uint8)])
    rgba[180:300, 233:393, 3] = 0
    rgba[:, 560:, 3] = 0
    Image.fromarray(rgba, "RGBA").save(path)
    return path


def _middle_frame(tmp_path: Path, fit: str) -> np.ndarray:
    photo = _cutout(tmp_path / "cutout.png")
    ref = MediaRef(id="p", name=photo.name, kind="image", width=640, height=480)
    opts = SlideshowOptions(
        resolution="480p", seconds_per_photo=1.0, motion=False, fit=fit, fade_out_ms=0
    )
    out = tmp_path / f"{fit}.mp4"
    render(
        plan_render(build_slideshow([ref], opts), {"p": photo}.__getitem__),
        out,
        resolve={"p": photo}.__getitem__,
    )
    frames, _ = decode_video(out)
    Image.fromarray(frames[len(frames) // 2]).save(tmp_path / f"{fit}.png")  # to look at
    return frames[len(frames) // 2].astype(float)


def test_transparent_parts_of_a_blur_fitted_png_show_the_blurred_fill(tmp_path: Path) -> None:
    frame = _middle_frame(tmp_path, "blur")
    fill = blurred_background(load_image(tmp_path / "cutout.png", W, H, alpha=True), W, H)
    for where in (HOLE, SIDE, BAR):
        assert frame[where].mean() > 25, "not black"
        assert np.abs(frame[where].mean((0, 1)) - fill[where].mean((0, 1))).max() < 8


def test_transparent_parts_of_a_contain_fitted_png_show_the_frame_background_like_the_bars(
    tmp_path: Path,
) -> None:
    frame = _middle_frame(tmp_path, "contain")
    for where in (HOLE, SIDE, BAR):
        assert frame[where].max() < 24  # black, as the bars are (H.264 rounds a little)
    assert frame[100:380, 140:300].mean() > 60  # and the picture itself is there


def test_transparent_parts_of_a_cover_fitted_png_show_the_blurred_fill_as_with_blur(
    tmp_path: Path,
) -> None:
    frame = _middle_frame(tmp_path, "cover")  # 4:3 cropped to 16:9: the window stays in view
    fill = blurred_background(load_image(tmp_path / "cutout.png", W, H, alpha=True), W, H)
    window = np.s_[200:280, 360:480]
    assert frame[window].mean() > 25, "not black"
    assert np.abs(frame[window].mean((0, 1)) - fill[window].mean((0, 1))).max() < 8
