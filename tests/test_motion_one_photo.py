"""One photo's zoom and pan, changed on its own: the edit, and the words people use for it
("no zoom on the sunset one" keeps a face from being cropped by the zoom)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from photo_video_maker.errors import DraftError
from photo_video_maker.model.edit_types import SetMotion
from photo_video_maker.model.edits import apply_edits

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, assert_does, fixture, probe


def _zooms(edit: SetMotion) -> tuple[list[str], list[float], list[str]]:
    new, changes = apply_edits(fixture(), [edit], MEDIA, DATES)
    track = new.video_track()
    assert track is not None
    photos = [seg for seg in track.sg if seg.m.kind != "video"]
    kinds = [seg.m.motion.type for seg in photos]
    zooms = [max(seg.m.motion.zoom) for seg in photos if seg.m.motion.type == "kenburns"]
    return kinds, zooms, changes


def test_one_photo_stays_still_and_the_others_keep_moving() -> None:
    kinds, zooms, changes = _zooms(SetMotion(on=False, index=3))
    assert kinds == ["kenburns", "kenburns", "none", "kenburns", "kenburns"]
    assert zooms == [1.1] * 4
    assert changes == ["Photo 3 (dog.jpg) now stays still (no zoom or pan)"]


def test_one_photo_moves_more_and_says_the_step() -> None:
    _, zooms, changes = _zooms(SetMotion(factor=2, index=2))
    assert zooms == [1.1, 1.2, 1.1, 1.1, 1.1]
    assert changes == ["Photo 2 (city.jpg) now zooms and pans (zoom 1.2x, was 1.1x)"]


def test_a_still_photo_moves_again_as_much_as_the_others() -> None:
    still, _ = apply_edits(fixture(), [SetMotion(on=False)], MEDIA, DATES)
    new, changes = apply_edits(still, [SetMotion(on=True, index=1)], MEDIA, DATES)
    track = new.video_track()
    assert track is not None
    assert [seg.m.motion.type for seg in track.sg][:2] == ["kenburns", "none"]
    assert changes == ["Photo 1 (beach.jpg) now zooms and pans (zoom 1.1x)"]


def test_a_clips_move_is_refused_with_what_to_do_and_the_draft_is_kept() -> None:
    draft = fixture()
    before = draft.to_json()
    with pytest.raises(DraftError, match="clip") as caught:
        apply_edits(draft, [SetMotion(on=False, index=6)], MEDIA, DATES)
    assert "Name a photo" in (caught.value.hint or "")
    assert draft.to_json() == before


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("no zoom on the dog one pls", [{"kind": "motion", "on": False, "index": 3}]),
        ("no zoom on the first photo", [{"kind": "motion", "on": False, "index": 1}]),
        ("more zoom on photo 3", [{"kind": "motion", "factor": 1.25, "index": 3}]),
        ("the city pic needs less zoom", [{"kind": "motion", "factor": 0.8, "index": 2}]),
        ("add some motion to photo 4", [{"kind": "motion", "on": True, "index": 4}]),
        ("第三张不要缩放", [{"kind": "motion", "on": False, "index": 3}]),
        ("第二张照片别缩放", [{"kind": "motion", "on": False, "index": 2}]),
        # a photo named beside another request is that request's, the move is every photo's
        (
            "remove photo 3 and no zoom",
            [{"kind": "remove", "index": 3}, {"kind": "motion", "on": False}],
        ),
        ("第三张删掉 不要缩放", [{"kind": "remove", "index": 3}, {"kind": "motion", "on": False}]),
        ("no zoom on the photos", [{"kind": "motion", "on": False}]),
    ],
)
def test_a_photo_named_with_its_move_changes_that_photo_only(text: str, ops: list[dict]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["派对视频那段不要缩放", "no zoom on the party clip"])
def test_a_clips_move_is_told_it_has_none_and_nothing_changes(text: str) -> None:
    reading = probe(text)
    assert not reading.edits and reading.topic == "motion"
    assert "clip" in reading.refused or "视频片段" in reading.refused


def test_a_photo_said_not_to_move_is_asked_about_not_guessed() -> None:
    """ "第三张不要动": kept still, or kept where it is? Nothing changes."""
    reading = probe("第三张不要动")
    assert not reading.edits
