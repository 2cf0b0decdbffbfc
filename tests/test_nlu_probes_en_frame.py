"""English phrasings of where the video goes (the shape a platform wants), the closing card,
motion said as the photos moving, and "nvm" before an undo."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.model.edit_types import Undo

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, probe

SHAPES: list[tuple[str, list[dict[str, Any]]]] = [
    ("for my tv", [{"kind": "aspect", "aspect": "16:9"}]),
    ("for the big screen", [{"kind": "aspect", "aspect": "16:9"}]),
    ("format for whatsapp status", [{"kind": "aspect", "aspect": "9:16"}]),
    ("snapchat please", [{"kind": "aspect", "aspect": "9:16"}]),
    ("pinterest pin size", [{"kind": "aspect", "aspect": "9:16"}]),
    ("i want to put it on linkedin", [{"kind": "aspect", "aspect": "1:1"}]),
    ("rotate it to portrait", [{"kind": "aspect", "aspect": "9:16"}]),
]

CLOSING: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "add an ending card that says see you next summer",
        [{"kind": "closing", "text": "see you next summer"}],
    ),
    (
        "an outro card saying thanks for watching",
        [{"kind": "closing", "text": "thanks for watching"}],
    ),
    ("add an outro that says bye bye", [{"kind": "closing", "text": "bye bye"}]),
]

MOTION: list[tuple[str, list[dict[str, Any]]]] = [
    ("make the photos move a bit", [{"kind": "motion", "on": True}]),
    ("i want the pics to move", [{"kind": "motion", "on": True}]),
    ("the photos move too much", [{"kind": "motion", "factor": 0.8}]),
]


@pytest.mark.parametrize(("text", "ops"), SHAPES)
def test_a_platform_or_screen_named_gives_its_shape(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


def test_the_reply_names_the_platform_the_person_said() -> None:
    edits = probe("format for whatsapp status").edits
    assert [getattr(edit, "platform", None) for edit in edits] == ["WhatsApp Status"]


@pytest.mark.parametrize(("text", "ops"), CLOSING)
def test_an_ending_card_or_outro_that_says_words_is_closing_text(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), MOTION)
def test_photos_moving_is_the_motion(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


def test_moving_a_photo_somewhere_is_still_a_move() -> None:
    assert_does("move photo 2 to the end", [{"kind": "move", "index": 2, "to": "end"}])


def test_nvm_before_an_undo_undoes() -> None:
    assert probe("nvm undo").edits == [Undo()]
