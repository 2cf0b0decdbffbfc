"""Moving views keep one sharpness: no pulsing as the sub-pixel phase of the motion cycles.

Sharpness is measured as the high-frequency energy of the luma (the mean squared Laplacian)
of each frame of a slow motion over a detailed real photo.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from photo_video_maker.media.image import load_image
from photo_video_maker.render.compose import canvas_size, prepare
from photo_video_maker.render.kenburns import Motion, PanView, View, ZoomView
from photo_video_maker.render.yuv import I420

DETAILED = ("07_picosdeeuropa_by_Aitzol_Berasategi.jpg", "09_Picture_1A_by_freespace.jpg")
W, H = 640, 360


def _energies(view: View, frames: int) -> np.ndarray:
    out = I420(W, H)
    energies = []
    for n in range(frames):
        view.draw(n / (frames - 1), out)
        lap = cv2.Laplacian(out.y.astype(np.float32), cv2.CV_32F)
        energies.append(float(np.mean(lap * lap)))
    return np.array(energies)


def _view(photos_dir: Path, name: str, motion: Motion) -> View:
    img = load_image(photos_dir / name, *canvas_size(W, H, motion))
    return prepare(img, W, H, "cover", motion, "none")


@pytest.mark.parametrize("name", DETAILED)
@pytest.mark.parametrize(
    "pan",
    [((-0.03, 0.0), (0.03, 0.0)), ((-0.03, -0.05), (0.03, 0.05))],
    ids=["across", "diagonal"],
)
def test_a_slow_pan_keeps_its_sharpness_whatever_the_sub_pixel_phase(
    photos_dir: Path, name: str, pan: tuple[tuple[float, float], tuple[float, float]]
) -> None:
    # about two pixels in 48 frames: the picture hardly changes, the phase goes round twice
    view = _view(photos_dir, name, Motion(1.1, 1.1, *pan))
    assert isinstance(view, PanView)
    energy = _energies(view, 48)
    assert np.ptp(energy) / energy.mean() < 0.05


@pytest.mark.parametrize("name", DETAILED)
@pytest.mark.parametrize("motion", [Motion(1.0, 1.1), Motion(1.1, 1.0, (-0.6, 0.0), (0.0, 0.0))])
def test_a_zoom_keeps_its_sharpness_to_its_last_frame(
    photos_dir: Path, name: str, motion: Motion
) -> None:
    """The scale changes slowly, so may the sharpness: no frame stands out from its neighbours.

    A zoom that reaches scale 1 ends on a copy of its canvas, twice as sharp as the frames
    before it (a zoom out starts on one).
    """
    view = _view(photos_dir, name, motion)
    assert isinstance(view, ZoomView)
    energy = _energies(view, 90)
    near = np.convolve(np.pad(energy, 3, mode="edge"), np.ones(7) / 7, "valid")
    assert np.abs(energy / near - 1).max() < 0.05
