"""A clip that does not fill the frame: drawn from YUV over a fill made every few frames at a
sixteenth of the size, it stays within a small difference of the full computation."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from photo_video_maker.media.video import ClipReader
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow, relayout
from photo_video_maker.model.plan import make_plan
from photo_video_maker.render.clip_fill import REFRESH, inner_box
from photo_video_maker.render.compose import fit_rgb
from photo_video_maker.render.frames import FrameSource
from photo_video_maker.render.yuv import I420, from_rgb
from test_clip_yuv import _bt709_clip, rendered_clip

pytestmark = pytest.mark.slow


def _psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a.astype(np.float64) - b) ** 2))
    return math.inf if mse == 0 else 10 * math.log10(255**2 / mse)


# frames whose margins are even: I420 cannot put a picture on an odd column (a 4:3 clip in an
# 854-wide frame sits a pixel to the left of where the RGB path puts it)
@pytest.mark.parametrize(
    ("size", "resolution"), [((1280, 960), "720p"), ((540, 960), "480p")], ids=["4:3", "9:16"]
)
@pytest.mark.parametrize("fit", ["blur", "contain"])
def test_a_contained_clip_matches_the_full_computation_frame_by_frame(
    tmp_path: Path, size: tuple[int, int], resolution: str, fit: str
) -> None:
    clip = _bt709_clip(tmp_path / "c.mp4", size, frames=2 * REFRESH + 2)
    ref = MediaRef(id="c", name="c.mp4", kind="video", width=size[0], height=size[1])
    options = SlideshowOptions(resolution=resolution, fade_out_ms=0, fit=fit)  # type: ignore[arg-type]
    plan = make_plan(relayout(build_slideshow([ref], options)))
    out = I420(plan.w, plan.h)
    source = FrameSource(plan, lambda _: clip, threads=1)
    composed = [frame.buf.copy() for frame in source.frames(lambda: out)][: 2 * REFRESH + 2]
    x, y, cw, ch = inner_box(size[0], size[1], plan.w, plan.h)
    assert cw < plan.w or ch < plan.h  # there is a fill to draw
    with ClipReader(clip, size=(plan.w, plan.h)) as reader:
        for index, buf in enumerate(composed):
            decoded = reader.decoded_at(round(index * 1000 / plan.fps))
            full = from_rgb(fit_rgb(reader.to_rgb(decoded), plan.w, plan.h, fit))
            # the fill of a few frames ago and the YUV path's rounding: nothing one can see
            assert _psnr(buf, full.buf) >= 42.0, index
            frame = I420(plan.w, plan.h, buf)
            bars = np.ones(frame.y.shape, bool)
            bars[y : y + ch, x : x + cw] = False
            assert np.abs(frame.y[bars].astype(int) - full.y[bars]).mean() < 1.5, index
            if fit == "contain":  # black bars: 16 in limited range
                assert frame.y[bars].max() == 16


def test_a_rendered_portrait_clip_over_its_blurred_fill_matches_its_source(
    tmp_path: Path,
) -> None:
    clip, frames = rendered_clip(tmp_path, (540, 960), 30)
    with ClipReader(clip, size=(854, 480)) as reader:
        for index in (0, 10, 20):
            expected = fit_rgb(reader.frame_at(round(index * 1000 / 30)), 854, 480, "blur")
            error = np.abs(frames[index].astype(int) - expected.astype(int))
            assert error.mean() < 4, (index, error.mean())
            # the blurred sides are there, not black: a darkened copy of the clip's colours
            assert frames[index][:, :100].mean() > 20
