""" "Cut" said of a length or of the video's end: "cut 3 seconds" takes 3 seconds off (it made a
3-second video), and "the picture can just cut" beside the music's fade ends the video without
a fade (it took the crossfades away)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, fixture, probe


def test_cut_three_seconds_takes_three_seconds_off_the_video() -> None:
    total = fixture().d / 1000
    for text in ("cut 3 seconds", "trim 3 seconds"):
        assert_does(text, [{"kind": "total_length", "seconds": total - 3}])


def test_cut_it_to_five_seconds_is_still_a_video_of_five_seconds() -> None:
    assert_does("cut it to 5 seconds", [{"kind": "total_length", "seconds": 5}])


def test_cutting_more_than_the_video_has_changes_nothing_and_says_why() -> None:
    reading = probe("cut 30 seconds")
    assert not reading.edits and "nothing of the video" in reading.suggestions[0]


def test_a_picture_that_can_just_cut_after_the_music_fades_ends_without_a_fade() -> None:
    for text in (
        "let the music fade out, the picture can just cut",
        "the music fades out and the video just cuts",
    ):
        assert_does(
            text,
            [
                {"kind": "music_fade", "fade_out_ms": 2000},
                {"kind": "video_fade", "fade_out_ms": 0},
            ],
        )


def test_the_video_cut_at_the_end_is_its_end_not_the_transitions() -> None:
    assert_does("the video can just cut at the end", [{"kind": "video_fade", "fade_out_ms": 0}])


def test_a_cut_between_the_photos_beside_a_music_fade_is_still_no_transitions() -> None:
    assert_does(
        "fade the music out and just cut between the pics",
        [{"kind": "music_fade", "fade_out_ms": 2000}, {"kind": "transition", "name": "none"}],
    )


def test_instant_transitions_are_cuts() -> None:
    for text in ("make transitions instant", "i want instant changes between the pics"):
        assert_does(text, [{"kind": "transition", "name": "none"}])
