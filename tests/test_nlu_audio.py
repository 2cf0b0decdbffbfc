"""English ways of naming the music and the clip's own sound, and of asking what can be done
(issue #15, nlu14audio): music by its kind, feeling, instrument or occasion, "no the chill one"
as a correction, "no music, just the video sound", help asked in many words."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import MEDIA, fixture
from harness import assert_does as _does
from harness import probe as _read

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import SetMusic


def _music(source: str) -> list[dict[str, Any]]:
    return [{"kind": "music", "source": source}]


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("music with birthday vibes pls", _music("upbeat")),
        ("put on a wedding song", _music("calm")),
        ("film music pls", _music("cinematic")),
        ("a gym playlist", _music("upbeat")),
        ("can we have dramatic movie music", _music("cinematic")),
        ("chill-hop music", _music("lofi")),
        ("some coffee shop music", _music("lofi")),
        ("banjo music", _music("acoustic")),
    ],
)
def test_music_named_by_its_kind_or_occasion_is_that_track(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize("text", ["love the music", "make a birthday video for my mom"])
def test_an_occasion_not_said_of_a_track_changes_no_music(text: str) -> None:
    assert not any(isinstance(e, SetMusic) for e in _read(text).edits)


def test_no_the_chill_one_after_a_change_of_music_is_that_track_never_no_music() -> None:
    reading = read("no the chill one", fixture(), MEDIA, [SetMusic(source="cinematic")])
    assert [(e.kind, getattr(e, "source", None)) for e in reading.edits] == [("music", "lofi")]


def test_no_music_just_the_video_sound_removes_the_music_and_keeps_the_clip_sound() -> None:
    _does("no music at all please just the video sound", [{"kind": "remove_music"}])


def test_hearing_the_clip_names_it_for_what_follows() -> None:
    _does(
        "i can hear the people talking in the video, get rid of that",
        [{"kind": "mute_clips", "on": True}],
    )


@pytest.mark.parametrize(
    "text",
    [
        "what are the things i can change here",
        "what else could i tweak",
        "what stuff can i change",
        "so what are the options",
        "do you have any suggestions",
        "what do you suggest",
        "what can be changed",
    ],
)
def test_what_can_be_done_asked_in_many_words_is_help(text: str) -> None:
    reading = _read(text)
    assert reading.question == "help" and not reading.edits, (text, reading)


def test_help_asked_with_a_request_is_the_request() -> None:
    _does("any tips? make it vertical", [{"kind": "aspect", "aspect": "9:16"}])


def test_a_kind_of_music_refused_asks_which_music_never_removes_it() -> None:
    reading = _read("no sad piano")
    assert reading.clarify and not reading.edits


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("bring the music down", [{"kind": "music_volume", "factor": 0.8}]),
        ("take the song volume up a bit", [{"kind": "music_volume", "factor": 1.25}]),
        ("the piano is boring, turn it down", [{"kind": "music_volume", "factor": 0.8}]),
        ("remove the piano music", [{"kind": "remove_music"}]),
        ("a song for my daughter's wedding", _music("calm")),
        ("music for a funeral", _music("calm")),
    ],
)
def test_the_music_said_around_its_verb_or_occasion(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "on"),
    [
        ("i don't want to hear the people in the clip", True),
        ("keep the voices in the clip", False),
    ],
)
def test_the_people_heard_in_the_clip_are_its_sound(text: str, on: bool) -> None:
    _does(text, [{"kind": "mute_clips", "on": on}])


@pytest.mark.parametrize(
    "text", ["what else is possible", "help me out here", "can you list what you can do"]
)
def test_more_ways_of_asking_what_can_be_done_are_help(text: str) -> None:
    assert _read(text).question == "help"


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("the music starts way too loud", [{"kind": "music_fade", "fade_in_ms": 1000}]),
        ("the song begins too loud", [{"kind": "music_fade", "fade_in_ms": 1000}]),
        ("the music is drowning out the talking", [{"kind": "music_volume", "factor": 0.8}]),
    ],
)
def test_the_music_too_loud_at_first_fades_in_and_drowning_is_too_loud(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    "text", ["how can i open the finished video", "how do i find my slideshow"]
)
def test_how_to_get_the_made_file_asks_where_it_is(text: str) -> None:
    assert _read(text).question == "output"
