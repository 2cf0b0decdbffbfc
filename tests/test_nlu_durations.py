"""How long photos stay and how fast the video goes, as people say it in English chat:
"give it 5 seconds" sets 5 (not 5 more), "linger for 6
seconds" is 6, "3 times as long" a multiple, "trim it to 15" fifteen seconds (it crashed),
"knock it down to 2 secs each" a length (never the music), a photo that "flashes by" wants
more time, and both ways at once ("long or short idk", "shorter. no longer") is asked."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, probe

SPP = "seconds_per_photo"
READ: list[tuple[str, list[dict[str, Any]]]] = [
    ("the forest one is too quick, give it 6 seconds", [{"kind": SPP, "seconds": 6, "index": 4}]),
    ("let the dog pic linger for 5 seconds", [{"kind": SPP, "seconds": 5, "index": 3}]),
    ("photo 2 three times longer", [{"kind": SPP, "factor": 3, "index": 2}]),
    ("make the first picture 3x longer", [{"kind": SPP, "factor": 3, "index": 1}]),
    ("cut the video down to 12", [{"kind": "total_length", "seconds": 12}]),
    ("the garden one flashes by", [{"kind": SPP, "factor": 1.25, "index": 5}]),
    ("dont rush the dog photo", [{"kind": SPP, "factor": 1.25, "index": 3}]),
    # a complaint said with "so": more time, never quicker
    ("the third one goes by so quick i cant see it", [{"kind": SPP, "factor": 1.25, "index": 3}]),
    ("the photos are on for ages", [{"kind": SPP, "factor": 0.8}]),
    # the length it has now, said before the step: why, not the length wanted
    ("the slideshow is over in like 10 seconds, make it longer", [{"kind": SPP, "factor": 1.25}]),
    ("the video is 19 seconds, make it shorter", [{"kind": SPP, "factor": 0.8}]),
    (
        "the ending is rushed, give the last photo more time",
        [{"kind": SPP, "factor": 1.25, "index": 5}],
    ),
]


@pytest.mark.parametrize(("text", "ops"), READ)
def test_a_duration_said_in_chat_is_read_as_meant(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


def test_a_step_measured_against_the_last_change_steps_from_it() -> None:
    from harness import MEDIA, fixture

    from photo_video_maker.instruct.interpret import read
    from photo_video_maker.model.edit_types import SetSecondsPerPhoto

    last = [SetSecondsPerPhoto(seconds=4)]
    reading = read("a little shorter than that", fixture(), MEDIA, last)
    assert reading.edits == [SetSecondsPerPhoto(factor=0.8)]


@pytest.mark.parametrize(
    "text", ["the forest pic is kinda long or short idk", "faster. no slower. idk"]
)
def test_both_ways_at_once_asks_and_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert reading.clarify and not reading.edits


def test_a_part_of_the_video_said_alone_changes_nothing() -> None:
    reading = probe("dont rush the ending")
    assert not reading.edits and not reading.clarify


def test_a_bare_number_trimmed_to_is_no_crash() -> None:
    reading = probe("the video is too long, trim it down to 16")
    assert [e.kind for e in reading.edits][-1] == "total_length"
