"""Ken Burns views: the fast ways of drawing a motion agree with a plain affine warp."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from photo_video_maker.model.catalog import TRANSITIONS
from photo_video_maker.model.layout import default_motion
from photo_video_maker.render import transitions
from photo_video_maker.render.compose import canvas_size, fit_rgb, prepare
from photo_video_maker.render.kenburns import (
    Geometry,
    Motion,
    PanView,
    WarpView,
    ZoomView,
    view_for,
)
from photo_video_maker.render.yuv import I420, from_rgb

from support import gradient

SIZES = [(320, 180), (180, 320), (200, 200), (1920, 1080)]


def _detailed(w: int, h: int) -> np.ndarray:
    """A picture with sharp edges everywhere, so that a misplaced pixel shows."""
    img = gradient(w, h, seed=7)
    img[::7] = 255 - img[::7]
    img[:, ::5] //= 3
    return img


def _canvas(motion: Motion, w: int, h: int) -> I420:
    cw, ch = canvas_size(w, h, motion)
    return from_rgb(fit_rgb(_detailed(cw, ch), cw, ch, "cover"))


def _max_diff(a: I420, b: I420) -> int:
    return int(np.abs(a.buf.astype(int) - b.buf.astype(int)).max())


def _axis(n_out: int, n_src: int, k: float, src_at: float, out_at: float) -> tuple:
    """Source taps and weights along one axis of a zoom by k that keeps src_at on out_at."""
    pos = np.clip((np.arange(n_out) + 0.5 - out_at) / k + src_at - 0.5, 0, n_src - 1)
    lo = np.floor(pos).astype(int)
    return lo, np.minimum(lo + 1, n_src - 1), pos - lo


def _exact(canvas: I420, out: I420, k: float, x: float, y: float, u: float, v: float) -> None:
    """Canvas point (x, y) scaled by k onto frame point (u, v), in float64 bilinear arithmetic:
    the reference (OpenCV's own warp keeps positions to 1/32 pixel only, and 4.x and 5.x round
    differently)."""
    for src, dst, div in zip(canvas.planes(), out.planes(), (1, 2, 2), strict=True):
        c0, c1, fx = _axis(dst.shape[1], src.shape[1], k, x / div, u / div)
        r0, r1, fy = _axis(dst.shape[0], src.shape[0], k, y / div, v / div)
        rows = src[:, c0] * (1 - fx) + src[:, c1] * fx
        full = rows[r0] * (1 - fy)[:, None] + rows[r1] * fy[:, None]
        np.copyto(dst, np.rint(full).astype(np.uint8))


def _exact_zoom(canvas: I420, view: ZoomView, p: float, out: I420) -> None:
    """The same zoom about the same fixed point, exactly."""
    k = view.motion.at(p)[0] * view.w / canvas.w
    _exact(canvas, out, k, *view.anchor)


@pytest.mark.parametrize(("w", "h"), SIZES)
@pytest.mark.parametrize(
    "motion",
    [
        Motion(1.0, 1.1),
        Motion(1.1, 1.0),
        Motion(1.0, 1.3),
        Motion(1.05, 1.2),
        Motion(1.0, 1.1, (0.0, 0.0), (0.5, -0.5)),
        Motion(1.1, 1.0, (-0.6, 0.0), (0.0, 0.0)),
        Motion(1.0, 1.2, (0.0, 0.0), (1.0, 1.0)),  # towards a corner: one quarter only
    ],
)
def test_a_zoom_puts_the_picture_where_an_exact_zoom_about_its_fixed_point_does(
    w: int, h: int, motion: Motion
) -> None:
    canvas = _canvas(motion, w, h)
    fast = view_for(canvas, motion, w, h)
    assert isinstance(fast, ZoomView)
    a, b = I420(w, h), I420(w, h)
    for p in np.linspace(0.0, 1.0, 13):
        fast.draw(float(p), a)
        _exact_zoom(canvas, fast, float(p), b)
        diff = np.abs(a.buf.astype(int) - b.buf.astype(int))
        # the warp keeps positions to 1/32 pixel and weighs its taps in fixed point (a level
        # or two off on edges of 255 levels); a tenth of a pixel misplaced would be far more
        assert diff.max() <= 2 and diff.mean() < 0.15, p


@pytest.mark.parametrize(("w", "h"), SIZES)
@pytest.mark.parametrize("pan", [((-1.0, 0.0), (1.0, 0.0)), ((0.3, -1.0), (-0.2, 1.0))])
def test_a_pan_puts_the_picture_where_an_exact_shift_does(
    w: int, h: int, pan: tuple[tuple[float, float], tuple[float, float]]
) -> None:
    """On a smooth picture every good interpolator agrees, so any misplacement shows.

    The pan's filter keeps one sharpness at every phase (tests/test_sharpness.py); a tenth of
    a pixel off would be 3 levels here.
    """
    motion = Motion(1.1, 1.1, *pan)
    cw, ch = canvas_size(w, h, motion)
    smooth = cv2.GaussianBlur(_detailed(cw, ch), (0, 0), 3)
    canvas = from_rgb(fit_rgb(smooth, cw, ch, "cover"))
    fast = view_for(canvas, motion, w, h)
    assert isinstance(fast, PanView)
    a, b = I420(w, h), I420(w, h)
    for p in np.linspace(0.0, 1.0, 13):
        fast.draw(float(p), a)
        _, px, py = motion.at(float(p))
        left, top = (canvas.w - w) * (1 + px) / 2, (canvas.h - h) * (1 + py) / 2
        _exact(canvas, b, 1.0, left, top, 0.0, 0.0)
        assert _max_diff(a, b) <= 2, p


def test_a_pan_moves_a_sharp_edge_exactly_as_planned() -> None:
    """The edge's position (the area on its dark side) follows the view to 1/50 pixel."""
    w, h = 320, 180
    motion = Motion(1.1, 1.1, (-1.0, 0.0), (1.0, 0.0))
    cw, ch = canvas_size(w, h, motion)
    img = np.full((ch, cw, 3), 40, np.uint8)
    img[:, 180:] = 220
    view = view_for(from_rgb(img), motion, w, h)
    assert isinstance(view, PanView)
    out = I420(w, h)
    for p in np.linspace(0.0, 1.0, 23):
        view.draw(float(p), out)
        row = out.y[h // 2, 100:260].astype(float)
        low, high = row[:10].mean(), row[-10:].mean()
        edge = 100 + np.sum((high - row) / (high - low))
        left = (cw - w) * (1 + motion.at(float(p))[1]) / 2
        assert abs(edge - (180 - left)) < 0.02, p


@pytest.mark.parametrize("index", range(6))
def test_a_drifting_zoom_starts_and_ends_on_the_views_asked_for(index: int) -> None:
    """Between the ends the path is a zoom about a fixed point; the ends are the draft's."""
    w, h = 640, 360
    motion = Motion.from_meta(default_motion(index, 1.1))
    cw, ch = canvas_size(w, h, motion)
    geometry = Geometry(cw, ch, w, h)
    anchor = geometry.fixed_point(motion)
    if motion.zoom0 == motion.zoom1:
        assert anchor is None  # a pan has no fixed point; it is drawn as a shift
        return
    assert anchor is not None
    x, y, u, v = anchor
    assert all(c % 2 == 0 for c in anchor)  # whole pixels in the half-size chroma planes too
    for p in (0.0, 1.0):
        k, cx, cy = geometry.view(*motion.at(p))
        # where the view's corner lands when drawn about the fixed point, against the draft
        assert abs((x - u / k) - (cx - w / (2 * k))) <= 1.0
        assert abs((y - v / k) - (cy - h / (2 * k))) <= 1.0


@pytest.mark.parametrize("index", range(6))
@pytest.mark.parametrize(("w", "h"), [(1920, 1080), (1080, 1920), (1080, 1080), (1080, 1350)])
def test_every_default_motion_is_drawn_without_a_general_warp(index: int, w: int, h: int) -> None:
    motion = Motion.from_meta(default_motion(index, 1.1))
    cw, ch = canvas_size(w, h, motion)
    view = view_for(I420(cw, ch), motion, w, h)
    assert isinstance(view, ZoomView | PanView)


def test_a_zoom_whose_fixed_point_is_outside_the_frame_is_still_drawn_right() -> None:
    w, h = 320, 180
    motion = Motion(1.05, 1.1, (-1.0, 0.0), (1.0, 0.0))  # the views do not nest
    canvas = _canvas(motion, w, h)
    view = view_for(canvas, motion, w, h)
    assert isinstance(view, WarpView)
    out = I420(w, h)
    view.draw(0.5, out)
    assert out.y.std() > 10


def test_a_drifting_zoom_moves_an_edge_smoothly() -> None:
    """Sub-pixel steps with no jumps, also where the edge passes the fixed point."""
    w, h = 320, 180
    img = np.zeros((h, w, 3), np.uint8)
    img[:, 150:] = 255  # a vertical edge near the fixed point's column
    motion = Motion(1.0, 1.15, (0.0, 0.0), (0.4, -0.3))
    view = prepare(img, w, h, "cover", motion, "none")
    assert isinstance(view, ZoomView)
    out = I420(w, h)
    positions = []
    for n in range(90):
        view.draw(n / 89, out)
        row = out.y[h // 3].astype(float)
        half = (row.min() + row.max()) / 2
        i = int(np.argmax(row > half))
        positions.append(i - 1 + (half - row[i - 1]) / (row[i] - row[i - 1]))
    steps = np.diff(positions)
    assert np.ptp(positions) > 5 and np.abs(steps).max() < 1.0
    assert np.abs(np.diff(positions, 2)).max() < 0.15


def test_a_zoom_within_a_hair_of_its_end_still_scales() -> None:
    """The last frames of a zoom move by a hair: they must not stick at one scale."""
    w, h = 320, 180
    motion = Motion(1.0, 1.1)
    canvas = _canvas(motion, w, h)
    fast = view_for(canvas, motion, w, h)
    assert isinstance(fast, ZoomView)
    a, b = I420(w, h), I420(w, h)
    for p in (0.995, 0.999, 0.9999):
        fast.draw(p, a)
        _exact_zoom(canvas, fast, p, b)
        assert _max_diff(a, b) <= 4  # to 1/32 pixel; stuck at one scale: ~100


@pytest.mark.parametrize("name", TRANSITIONS)
def test_each_transition_may_write_over_its_outgoing_frame(name: str) -> None:
    a, b = from_rgb(gradient(64, 36, 1)), from_rgb(gradient(64, 36, 2))
    fn = transitions.get(name)
    for q in (0.3, 0.7):
        apart = I420(64, 36)
        fn(a, b, q, apart)
        same = I420(64, 36, a.buf.copy())
        fn(same, b, q, same)
        assert np.array_equal(apart.buf, same.buf)


@pytest.mark.parametrize(
    "motion",
    [
        Motion(1.0, 1.2, (0.0, 0.0), (-1.0, -1.0)),
        Motion(1.0, 1.2, (0.0, 0.0), (1.0, 1.0)),
        Motion(1.2, 1.0, (-1.0, 1.0), (0.0, 0.0)),
        Motion(1.0, 1.5, (0.0, 0.0), (1.0, 0.0)),
    ],
)
def test_a_zoom_into_a_corner_or_an_edge_fills_the_whole_frame(motion: Motion) -> None:
    w, h = 320, 180
    canvas = _canvas(motion, w, h)
    view = view_for(canvas, motion, w, h)
    out = I420(w, h)
    for p in (0.0, 0.5, 1.0):
        out.buf[:] = 0
        view.draw(p, out)
        assert out.y.min() > 0 and out.u.min() > 0  # every pixel drawn from the photo
