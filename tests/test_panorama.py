"""Panoramas are shown at a useful height and swept from one end to the other."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest

from photo_video_maker.model.catalog import frame_size
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.model.panorama import SWEEP_SPEED, is_panorama, sweep_canvas
from photo_video_maker.planner import plan_render
from photo_video_maker.render.engine import render

from support import decode_video, save_photo

PANORAMA = (6000, 400)  # the shape of a 12000x800 phone panorama, 15:1


def _panorama(path: Path) -> Path:
    """Red rises from the left end to the right; fine stripes tell the photo from its blur."""
    w, h = PANORAMA
    x = np.arange(w)
    img = np.empty((h, w, 3), np.uint8)
    img[..., 0] = (x * 255 // (w - 1))[None, :]
    img[..., 1] = np.where((x // 6) % 2, 230, 30)[None, :]
    img[..., 2] = np.where((np.arange(h) // 6) % 2, 200, 60)[:, None]
    return save_photo(path, img)


def _render(tmp_path: Path, aspect: str) -> list[np.ndarray]:
    photo = _panorama(tmp_path / "pano.png")
    ref = MediaRef(id="p", name="pano.png", kind="image", width=PANORAMA[0], height=PANORAMA[1])
    options = SlideshowOptions(aspect, "480p", 24, fade_out_ms=0)
    draft = build_slideshow([ref], options)
    render(
        plan_render(draft, {"p": photo}.__getitem__),
        tmp_path / "pano.mp4",
        resolve={"p": photo}.__getitem__,
    )
    frames, _facts = decode_video(tmp_path / "pano.mp4")
    return frames


def _photo_rows(frame: np.ndarray) -> np.ndarray:
    """Rows showing the photo itself: its stripes, which the blurred background has not."""
    green = frame[..., 1].astype(int)
    return np.flatnonzero(np.abs(np.diff(green, axis=1)).mean(axis=1) > 10)


def _where(frame: np.ndarray, rows: np.ndarray) -> float:
    """How far along the panorama the view is, 0 (left end) to 255 (right end)."""
    return float(frame[rows, :, 0].mean())


@pytest.mark.slow
def test_a_panorama_fills_most_of_the_frame_height_and_is_swept_end_to_end(
    tmp_path: Path,
) -> None:
    frames = _render(tmp_path, "16:9")
    h = frames[0].shape[0]
    for frame in frames[:: len(frames) // 6]:
        rows = _photo_rows(frame)
        assert len(rows) >= 0.85 * h  # fitted whole it would be 57 rows of 480
    seen = [_where(f, _photo_rows(f)) for f in frames[::8]]
    assert seen[0] < 40 and seen[-1] > 215  # from the left end to the right end
    assert all(b > a for a, b in pairwise(seen))  # steadily


@pytest.mark.slow
def test_in_a_vertical_frame_a_panorama_is_a_band_across_the_middle_swept_end_to_end(
    tmp_path: Path,
) -> None:
    frames = _render(tmp_path, "9:16")
    h = frames[0].shape[0]
    rows = _photo_rows(frames[len(frames) // 2])
    # taller than fitted whole (32 rows), in one piece, in the middle, blurred copy around
    assert 0.25 * h <= len(rows) <= 0.6 * h
    assert rows[-1] - rows[0] == len(rows) - 1
    assert abs((rows[0] + rows[-1]) / 2 - h / 2) < 4
    assert frames[len(frames) // 2][: rows[0] - 4].mean() > 20
    seen = [_where(f, _photo_rows(f)) for f in frames[::8]]
    assert seen[0] < 40 and seen[-1] > 215
    assert all(b > a for a, b in pairwise(seen))


@pytest.mark.parametrize(
    ("size", "aspect", "expected"),
    [
        ((12000, 800), "16:9", True),
        ((6000, 2000), "16:9", True),
        ((5000, 2000), "16:9", False),  # 2.5:1 is within 1.5 of 16:9: fitted as usual
        ((6000, 2000), "9:16", True),
        ((6000, 2000), "1:1", True),
        ((4000, 3000), "9:16", False),  # an ordinary landscape photo
        ((6000, 2000), "21:9", False),
        ((800, 12000), "16:9", False),  # tall: not swept (yet)
    ],
)
def test_a_photo_is_a_panorama_when_far_wider_than_both_two_by_one_and_the_frame(
    size: tuple[int, int], aspect: str, expected: bool
) -> None:
    assert is_panorama(*size, *frame_size(aspect, "1080p")) is expected


@pytest.mark.parametrize("seconds", [1.0, 3.0, 9.0, 30.0])
@pytest.mark.parametrize("aspect", ["16:9", "9:16", "1:1"])
def test_a_sweep_never_crosses_the_screen_faster_than_its_speed(
    seconds: float, aspect: str
) -> None:
    w, h = frame_size(aspect, "1080p")
    cw, ch = sweep_canvas(12000, 800, w, h, seconds)
    assert ch == h and cw % 2 == 0
    assert cw - w <= SWEEP_SPEED * w * seconds + 2
    assert cw / 15 >= min(h, w / 15) - 1  # never smaller than the photo fitted whole


def test_a_panorama_is_given_time_to_be_swept_and_other_photos_are_not() -> None:
    refs = [
        MediaRef(id="a", name="a.jpg", kind="image", width=4000, height=3000),
        MediaRef(id="b", name="b.jpg", kind="image", width=12000, height=800),
    ]
    times = [seg.d for seg in build_slideshow(refs, SlideshowOptions()).video_track().sg]
    assert times == [3000, 9000]  # 7.4 frame widths at 0.75 a second, at most three photos
    still = build_slideshow(refs, SlideshowOptions(motion=False)).video_track()
    cover = build_slideshow(refs, SlideshowOptions(fit="cover")).video_track()
    assert [seg.d for seg in still.sg] == [seg.d for seg in cover.sg] == [3000, 3000]
