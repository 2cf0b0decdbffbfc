"""Turns of whole chats played as a person (issue #15): a grandparent's birthday video, a shop's
reel, a teenager's TikTok. Each is judged by what its edits do to the fixture, after the turn
before when there is one."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, EDITS, MEDIA, assert_does, fixture, outcome, probe

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import Undo
from photo_video_maker.model.edits import apply_edits


def _after(first: str, then: str) -> Any:
    """``then`` read right after ``first`` was done."""
    done = read(first, fixture(), MEDIA)
    draft, _ = apply_edits(fixture(), done.edits, MEDIA, DATES)
    return read(then, draft, MEDIA, done.edits)


def test_a_title_put_with_a_mood_word_in_its_words_is_the_title() -> None:
    assert_does(
        "put the title happy birthday tommy", [{"kind": "title", "text": "happy birthday tommy"}]
    )


def test_words_added_at_the_end_are_the_closing_text() -> None:
    assert_does(
        "add at the end love from grandma and grandpa",
        [{"kind": "closing", "text": "love from grandma and grandpa"}],
    )


def test_what_a_photo_is_told_before_the_request_moves_that_photo() -> None:
    assert_does(
        "the city pic is my store front, put it first",
        [{"kind": "move", "index": 2, "to": "start"}],
    )


def test_the_reason_for_a_removal_asks_for_nothing_more() -> None:
    assert_does("remove the party clip, its too noisy", [{"kind": "remove", "index": 6}])
    assert_does("mute the clip, its way too noisy", [{"kind": "mute_clips", "on": True}])


def test_the_photo_meant_said_by_its_name_takes_the_last_move_back() -> None:
    reading = _after("move the city one to the start", "no i meant the other one, the forest one")
    assert isinstance(reading.edits[0], Undo)
    assert reading.edits[1:] == EDITS.validate_python([{"kind": "move", "index": 4, "to": "start"}])


def test_a_photo_said_by_number_and_name_at_once_is_one_photo() -> None:
    assert_does("第三张狗狗的放最前面", [{"kind": "move", "index": 3, "to": "start"}])
    assert not probe("第二张狗狗的放最前面").edits  # two different photos: never one guessed


def test_the_same_mood_again_after_not_that_one_asks_which_other_track() -> None:
    reading = _after("something more cheerful please", "no not that one, the other happy one")
    assert reading.clarify and not reading.edits


def test_going_back_to_the_earlier_value_of_what_just_changed_is_an_undo() -> None:
    reading = _after("make the captions pink", "go back to the previous color")
    assert [type(e) for e in reading.edits] == [Undo]
    reading = _after("make the captions pink", "还是刚才那个颜色吧")
    assert [type(e) for e in reading.edits] == [Undo]
    assert not _after("make the captions pink", "还是刚才那个长度吧").edits  # not what changed


def test_a_place_to_post_with_no_shape_of_its_own_asks_which_shape() -> None:
    reading = probe("做成适合发朋友圈的")
    assert len(reading.clarify) == 3 and not reading.edits


def test_a_letter_signed_at_the_end_is_read_without_its_name() -> None:
    assert_does(
        "Dear assistant, please set all photographs to five seconds each. Regards, Harold",
        [{"kind": "seconds_per_photo", "seconds": 5}],
    )
    reading = probe("add a closing that says Thanks. Love, Grandma")  # a text keeps its name
    assert reading.edits and getattr(reading.edits[0], "text", "") == "Thanks. Love, Grandma"


def test_more_time_after_a_complaint_is_added_to_the_photo_as_it_is() -> None:
    draft = fixture()
    reading = read("the city pic goes by too quick, give it 2 more seconds", draft, MEDIA)
    wanted = EDITS.validate_python([{"kind": "seconds_per_photo", "seconds": 5, "index": 2}])
    assert outcome(draft, reading.edits) == outcome(draft, wanted)
