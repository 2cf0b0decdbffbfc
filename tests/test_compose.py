"""Pure composition: fitting, Ken Burns motion, colour conversion, transitions."""

from __future__ import annotations

import numpy as np
import pytest

from photo_video_maker.errors import InputError
from photo_video_maker.model.catalog import TRANSITIONS
from photo_video_maker.render import transitions
from photo_video_maker.render.compose import fit_rgb, prepare
from photo_video_maker.render.kenburns import Motion
from photo_video_maker.render.yuv import I420, from_rgb, solid, to_rgb

from support import gradient


def test_rgb_to_i420_and_back_keeps_colours_close() -> None:
    img = gradient(64, 48, seed=3)
    back = to_rgb(from_rgb(img))
    assert np.abs(back.astype(int) - img.astype(int)).mean() < 3


def test_black_and_white_frames_use_limited_range() -> None:
    black, white = solid(8, 8, (0, 0, 0)), solid(8, 8, (255, 255, 255))
    assert black.y.max() == 16 and white.y.min() == 235
    assert abs(int(black.u[0, 0]) - 128) <= 1 and abs(int(white.v[0, 0]) - 128) <= 1


@pytest.mark.parametrize("fit", ["contain", "cover", "blur"])
def test_a_portrait_photo_fits_a_landscape_frame_as_asked(fit: str) -> None:
    photo = np.full((400, 200, 3), 200, np.uint8)
    out = fit_rgb(photo, 320, 180, fit)
    assert out.shape == (180, 320, 3)
    centre, side = out[90, 160], out[90, 10]
    assert centre.mean() > 190
    if fit == "contain":
        assert side.max() == 0
    elif fit == "blur":
        assert 40 < side.mean() < 190  # darkened, blurred copy of the photo
    else:
        assert side.mean() > 190


def _edge_positions(zoom: tuple[float, float], frames: int, quantise: bool = False) -> np.ndarray:
    """Sub-pixel x of a bright square's left edge on the middle row, frame by frame."""
    w, h = 320, 180
    img = np.zeros((h, w, 3), np.uint8)
    img[60:120, 40:100] = 255
    motion = Motion(zoom[0], zoom[1])
    prepared = prepare(img, w, h, "cover", motion, "none")
    out = I420(w, h)
    positions = []
    for n in range(frames):
        p = n / (frames - 1)
        if quantise:
            # what a renderer that crops whole pixels would do
            z = motion.at(p)[0]
            p = float(np.log(round(z * 100) / 100 / zoom[0]) / np.log(zoom[1] / zoom[0]))
        prepared.draw(p, out)
        row = out.y[h // 2].astype(float)
        lo, hi = row.min(), row.max()
        half = (lo + hi) / 2
        i = int(np.argmax(row > half))
        # linear interpolation of the 50 % crossing between pixels i-1 and i
        positions.append(i - 1 + (half - row[i - 1]) / (row[i] - row[i - 1]))
    return np.array(positions)


def test_ken_burns_zoom_moves_an_edge_smoothly_with_subpixel_steps() -> None:
    pos = _edge_positions((1.0, 1.1), 90)
    steps = np.diff(pos)
    assert pos[-1] < pos[0] - 5  # the zoom really moves the edge outwards
    assert np.all(steps < 0) and np.abs(steps).max() < 1.0  # sub-pixel steps every frame
    # OpenCV keeps 1/32 px and the measurement rounds to 8 bits: ~0.08 px of noise at most
    assert np.abs(np.diff(pos, 2)).max() < 0.15


def test_the_smoothness_check_catches_whole_pixel_motion() -> None:
    pos = _edge_positions((1.0, 1.1), 90, quantise=True)
    assert np.abs(np.diff(pos, 2)).max() > 0.5


def test_a_still_photo_is_copied_unchanged() -> None:
    img = gradient(64, 36, seed=1)
    prepared = prepare(img, 64, 36, "cover", Motion(), "none")
    out = I420(64, 36)
    prepared.draw(0.5, out)
    assert np.array_equal(out.buf, from_rgb(img).buf)


def test_every_transition_name_in_the_catalogue_has_an_implementation() -> None:
    assert set(TRANSITIONS) <= set(transitions.REGISTRY)
    with pytest.raises(InputError, match="Use one of circle, crossfade"):
        transitions.get("sparkle")


@pytest.mark.parametrize("name", TRANSITIONS)
def test_each_transition_starts_at_the_outgoing_and_ends_at_the_incoming(name: str) -> None:
    a, b, out = from_rgb(gradient(64, 36, 1)), from_rgb(gradient(64, 36, 2)), I420(64, 36)
    fn = transitions.get(name)
    fn(a, b, 0.001, out)
    near_a = np.abs(out.buf.astype(int) - a.buf.astype(int)).mean()
    fn(a, b, 0.999, out)
    near_b = np.abs(out.buf.astype(int) - b.buf.astype(int)).mean()
    assert near_a < 3 and near_b < 3


def test_the_middle_of_a_crossfade_is_an_even_blend() -> None:
    a, b, out = solid(16, 16, (200, 40, 40)), solid(16, 16, (40, 40, 200)), I420(16, 16)
    transitions.crossfade(a, b, 0.5, out)
    expected = (a.buf.astype(int) + b.buf.astype(int)) / 2
    assert np.abs(out.buf - expected).max() <= 1
