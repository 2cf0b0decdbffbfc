"""English phrasings about music, timing, fit and help (nlu13en): "one more second" is an
extra second (it moved photo 1), a track said before "is too sleepy" is the one disliked, a
photo "cut off at the top" asks for the whole photo (a title cut off there no longer moves the
title), "what can you actually do" asks for help."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, probe


def test_one_more_second_on_each_photo_is_an_extra_second() -> None:
    assert_does("each photo 1 more second", [{"kind": "seconds_per_photo", "seconds": 4}])
    assert_does("add one more second to the dog pic",
                [{"kind": "seconds_per_photo", "seconds": 4, "index": 3}])  # fmt: skip


def test_a_track_said_too_sleepy_is_replaced_by_the_one_named() -> None:
    assert_does("piano is too sleepy, use lofi", [{"kind": "music", "source": "lofi"}])


def test_too_much_alone_before_a_mood_changes_no_volume() -> None:
    reading = probe("too much, something calmer")
    assert [e.kind for e in reading.edits] == ["music"]


def test_a_photo_cut_off_at_the_top_is_shown_whole() -> None:
    assert_does("photos are cut off at the sides", [{"kind": "fit", "fit": "contain"}])


def test_a_title_cut_off_at_the_top_is_not_moved_there() -> None:
    assert not probe("the title is cut off at the top").edits


def test_movie_trailer_music_is_cinematic() -> None:
    assert_does("epic movie trailer music", [{"kind": "music", "source": "cinematic"}])


def test_what_can_you_really_do_asks_for_help() -> None:
    assert probe("what can you really do").question == "help"
