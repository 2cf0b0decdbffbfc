"""Every video the project offers plays on common hardware: H.264 level 5.1, 4096 pixels a side."""

from __future__ import annotations

from pathlib import Path

import av
import pytest

from photo_video_maker.model.catalog import (
    ASPECTS,
    FPS_CHOICES,
    RESOLUTIONS,
    frame_size,
    resolution_of,
)
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.model.levels import macroblocks
from photo_video_maker.model.plan import make_plan
from photo_video_maker.planner import plan_render
from photo_video_maker.render.engine import render

from support import gradient, save_photo

PHOTO = MediaRef(id="p", name="p.png", kind="image", width=640, height=480)


@pytest.mark.parametrize("aspect", ASPECTS)
@pytest.mark.parametrize("resolution", RESOLUTIONS)
@pytest.mark.parametrize("fps", FPS_CHOICES)
def test_every_offered_size_and_frame_rate_is_rendered_within_level_5_1(
    aspect: str, resolution: str, fps: int
) -> None:
    draft = build_slideshow([PHOTO], SlideshowOptions(aspect, resolution, fps))
    plan = make_plan(draft)
    blocks = macroblocks(plan.w, plan.h)
    assert max(plan.w, plan.h) <= 4096
    assert blocks <= 36_864  # level 5.1: macroblocks a frame
    assert blocks * plan.fps <= 983_040  # and a second
    assert plan.w % 2 == 0 and plan.h % 2 == 0
    if (plan.w, plan.h, plan.fps) == (draft.m.w, draft.m.h, draft.m.fps):
        assert not plan.notes
    else:
        assert plan.notes  # the person is told what changed


def test_21_9_at_2160p_is_4096_wide_and_keeps_its_shape() -> None:
    w, h = frame_size("21:9", "2160p")
    assert (w, h) == (4096, 1756)
    assert abs(w / h - 21 / 9) < 0.002


def test_2160p_at_60_fps_is_rendered_at_30_with_a_note_saying_so() -> None:
    draft = build_slideshow([PHOTO], SlideshowOptions("16:9", "2160p", 60))
    plan = make_plan(draft)
    assert (plan.w, plan.h, plan.fps) == (3840, 2160, 30)
    assert any("30 fps" in note for note in plan.notes)


def test_a_larger_frame_from_an_imported_draft_is_made_smaller_whole() -> None:
    draft = build_slideshow([PHOTO], SlideshowOptions("16:9", "1080p"))
    draft.m.w, draft.m.h = 6000, 2000
    plan = make_plan(draft)
    assert (plan.w, plan.h) == (4096, 1366)
    assert any("4096x1366" in note for note in plan.notes)


@pytest.mark.parametrize("aspect", ASPECTS)
@pytest.mark.parametrize("resolution", RESOLUTIONS)
def test_a_frame_size_names_the_resolution_it_was_made_for(aspect: str, resolution: str) -> None:
    """Changing the aspect keeps the resolution, also where the width was capped."""
    assert resolution_of(*frame_size(aspect, resolution)) == resolution


@pytest.mark.slow
def test_a_21_9_4k_video_is_at_most_4096_wide_and_declares_level_5_1_or_lower(
    tmp_path: Path,
) -> None:
    photo = save_photo(tmp_path / "p.png", gradient(640, 480, seed=3))
    options = SlideshowOptions("21:9", "2160p", 24, seconds_per_photo=0.5, motion=False)
    draft = build_slideshow([PHOTO], options)
    out = tmp_path / "wide.mp4"
    result = render(
        plan_render(draft, {"p": photo}.__getitem__), out, resolve={"p": photo}.__getitem__
    )
    with av.open(str(out)) as container:
        ctx = container.streams.video[0].codec_context
        assert (ctx.width, ctx.height) == (4096, 1756) == (result.width, result.height)
        assert 0 < ctx.level <= 51  # level_idc: 51 is level 5.1
