"""The transition between two photos only: "no transition between the first two", "a slide
between photo 2 and 3", sent as a typed operation with ``index`` too. The others stay, a reorder
keeps the cut with the photo it leads into, and the rendered video cuts there and blends
elsewhere."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from photo_video_maker.errors import DraftError
from photo_video_maker.media.image import load_image
from photo_video_maker.model.edit_types import Move, SetTransition
from photo_video_maker.model.edits import apply_edits
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.model.meta import Transition
from photo_video_maker.model.plan import make_plan
from photo_video_maker.model.summary import summarize
from photo_video_maker.planner import plan_render
from photo_video_maker.render.compose import fit_rgb
from photo_video_maker.render.engine import render

from support import decode_video, gradient, save_photo, small

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, assert_does, fixture, probe


def _kinds(edits: list[SetTransition | Move]) -> list[str]:
    new, _ = apply_edits(fixture(), edits, MEDIA, DATES)
    video = new.video_track()
    assert video is not None
    return [t.type if isinstance(t, Transition) else t for t in (s.m.transition for s in video.sg)]


def test_a_cut_between_two_photos_leaves_the_other_transitions() -> None:
    new, told = apply_edits(fixture(), [SetTransition(name="none", index=2)], MEDIA, DATES)
    assert _kinds([SetTransition(name="none", index=2)]) == ["none", "none"] + ["crossfade"] * 4
    assert told == [
        "No transition between photo 1 (beach.jpg) and photo 2 (city.jpg) now: a straight cut"
    ]
    assert "crossfade, 1 straight cut" in summarize(new, "en")
    assert "淡入淡出，1 处直接切换" in summarize(new, "zh")


def test_one_transition_takes_a_type_a_length_or_a_step() -> None:
    edits = [SetTransition(name="slideleft", ms=1200, index=-1), SetTransition(factor=2, index=3)]
    new, told = apply_edits(fixture(), edits, MEDIA, DATES)
    video = new.video_track()
    assert video is not None
    into = [s.m.transition for s in video.sg]
    assert into[-1] == Transition(type="slideleft", d=1200)
    assert into[2] == Transition(type="crossfade", d=1500)
    assert into[1] == into[3] == Transition(type="crossfade", d=750)
    assert told[0].startswith("The transition between photo 5 (garden.jpg) and clip 6")


def test_there_is_no_transition_into_the_first_photo() -> None:
    with pytest.raises(DraftError, match="first photo has no transition"):
        apply_edits(fixture(), [SetTransition(name="none", index=1)], MEDIA, DATES)


def test_a_reorder_keeps_a_cut_with_the_photo_it_leads_into() -> None:
    cut = SetTransition(name="none", index=3)  # between city and dog
    kinds = _kinds([cut, Move(index=1, to=4)])  # city, dog, forest, beach, garden, clip
    assert kinds == ["none", "none"] + ["crossfade"] * 4
    kinds = _kinds([cut, Move(index=5, to=1)])  # the first one moves on: it gets a crossfade
    assert kinds == ["none", "crossfade", "crossfade", "none", "crossfade", "crossfade"]


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        ("no transitions between the first two, just cut", [{"name": "none", "index": 2}]),
        ("just cut from photo 1 to photo 2", [{"name": "none", "index": 2}]),
        ("no fade before the last photo", [{"name": "none", "index": 5}]),
        ("use a slide transition between photo 2 and 3", [{"name": "slideleft", "index": 3}]),
        (
            "2 second crossfade between the beach and city pics",
            [{"name": "crossfade", "ms": 2000, "index": 2}],
        ),
        ("make the transition between photo 3 and 4 longer", [{"factor": 1.25, "index": 4}]),
        ("第二张和第三张之间用滑动转场", [{"name": "slideleft", "index": 3}]),
        ("前两张之间直接切", [{"name": "none", "index": 2}]),
    ],
)
def test_a_transition_said_between_two_photos_is_that_one_only(
    said: str, ops: list[dict[str, object]]
) -> None:
    assert_does(said, [{"kind": "transition", **op} for op in ops])


@pytest.mark.parametrize(
    "said",
    [
        "crossfade between photo 2 and 5",  # not neighbours: no one transition
        "move photo 3 after photo 4",  # a place, not a transition
    ],
)
def test_photos_apart_or_a_move_never_change_one_transition(said: str) -> None:
    reading = probe(said)
    assert not any(getattr(e, "index", None) for e in reading.edits if e.kind == "transition")


def test_a_move_then_a_transition_for_all_is_both() -> None:
    for style, name in (("slides", "slideleft"), ("crossfades", "crossfade")):
        said = f"move photo 3 after photo 4 and use {style}"
        assert_does(
            said, [{"kind": "move", "index": 3, "to": 4}, {"kind": "transition", "name": name}]
        )


@pytest.mark.parametrize("said", ["use slides", "use a slide between them", "try slides"])
def test_slides_used_or_tried_are_the_slide_transition(said: str) -> None:
    assert_does(said, [{"kind": "transition", "name": "slideleft"}])


@pytest.mark.slow
def test_the_rendered_video_cuts_where_asked_and_blends_elsewhere(tmp_path: Path) -> None:
    files = {
        f"m{i}": save_photo(tmp_path / f"p{i}.png", gradient(640, 480, seed=i + 20))
        for i in range(3)
    }
    refs = [
        MediaRef(id=k, name=v.name, kind="image", width=640, height=480) for k, v in files.items()
    ]
    opts = SlideshowOptions(resolution="480p", seconds_per_photo=2.0, transition_ms=600,
                            motion=False, fade_out_ms=0, fit="contain")  # fmt: skip
    draft = build_slideshow(refs, opts)
    draft, _ = apply_edits(draft, [SetTransition(name="none", index=2)], {r.id: r for r in refs})
    out = tmp_path / "cut.mp4"
    render(plan_render(draft, files.__getitem__), out, resolve=files.__getitem__)
    frames, _ = decode_video(out)
    plan = make_plan(draft)
    shown = [
        small(fit_rgb(load_image(files[v.src], 854, 480), 854, 480, "contain"))
        for v in plan.visuals
    ]
    _, second, third = plan.visuals
    assert second.transition_frames == 0 and third.transition_frames > 0
    # the frames either side of the cut are each one photo, nothing of the other
    before, after = small(frames[second.start - 1]), small(frames[second.start])
    assert np.abs(before - shown[0]).mean() < 4 and np.abs(after - shown[1]).mean() < 4
    # the middle of the crossfade into the third photo is a blend of the two
    mid = small(frames[third.start + third.transition_frames // 2])
    blend = (shown[1] + shown[2]) / 2
    assert np.abs(mid - blend).mean() < np.abs(mid - shown[1]).mean() / 2
