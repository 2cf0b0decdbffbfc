"""A look said to be too strong while it is on is taken off (the original colours), never
swapped for the opposite look; a look said to be too strong of the photos themselves still
gets the opposite look."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, fixture

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import SetLook
from photo_video_maker.model.edits import apply_edits


def _after(first: str, then: str) -> list[object]:
    before = read(first, fixture(), MEDIA)
    draft, _ = apply_edits(fixture(), before.edits, MEDIA, DATES)
    reading = read(then, draft, MEDIA, before.edits)
    assert not reading.leftover and not reading.clarify, reading
    return list(reading.edits)


@pytest.mark.parametrize("then", ["hmm too orange, tone it down", "too yellow now", "tone it down"])
def test_a_warm_look_said_to_be_too_much_goes_back_to_the_original_colours(then: str) -> None:
    assert _after("make it warmer", then) == [SetLook(look="none")]


def test_a_cool_look_said_to_be_too_blue_goes_back_to_the_original_colours() -> None:
    assert _after("give it a cool blue tone", "its too blue") == [SetLook(look="none")]


def test_photos_that_look_too_yellow_with_no_look_on_get_the_cool_look() -> None:
    assert read("the photos look too yellow", fixture(), MEDIA).edits == [SetLook(look="cool")]


def test_tone_it_down_after_music_was_added_is_still_about_the_sound() -> None:
    edits = _after("add calm music", "tone it down")
    assert edits and not any(isinstance(e, SetLook) for e in edits)
