"""Yes/no questions about how the video looks and moves are answered, never applied ("are the
transitions crossfades?" used to set crossfades, "是黑白的吗" made it black and white); a question
that asks for a change ("is there a way to make it vertical") makes it; chat shorthand ("w/",
"w/o") reads as the words it stands for."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from photo_video_maker.model.answers import answer
from photo_video_maker.model.edit_types import SetLook, SetMotion, SetTransition
from photo_video_maker.model.edits import apply_edits

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, assert_does, fixture, probe

ABOUT_STYLE = [
    "are the transitions crossfades?",
    "is it black and white?",
    "is the zoom on?",
    "does it use slide transitions?",
    "are the photos moving?",
    "is the look warm?",
    "do the photos fade to black?",
    "is there a fade out?",
    "did you add transitions?",
    "is the zoom too strong?",
    "是黑白的吗",
    "转场是淡入淡出吗",
    "有转场吗",
    "有没有滤镜",
]


@pytest.mark.parametrize("text", ABOUT_STYLE)
def test_a_yes_no_question_about_the_style_is_answered_and_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert reading.edits == []
    assert reading.question == "style"


ASKING_FOR_A_CHANGE = [
    ("is there a way to make it vertical", [{"kind": "aspect", "aspect": "9:16"}]),
    ("is it possible to make it vertical", [{"kind": "aspect", "aspect": "9:16"}]),
    ("is there a way to make it black and white", [{"kind": "look", "look": "bw"}]),
    ("is it too long? make it shorter", [{"kind": "seconds_per_photo", "factor": 0.8}]),
    ("is the music too loud? turn it down a bit", [{"kind": "music_volume", "factor": 0.8}]),
]


@pytest.mark.parametrize(("text", "ops"), ASKING_FOR_A_CHANGE)
def test_a_question_that_asks_for_a_change_makes_it(
    text: str, ops: list[dict[str, object]]
) -> None:
    assert_does(text, ops)


SHORTHAND = [
    (
        "hey can u make a slideshow out of these w/ some chill music",
        [{"kind": "slideshow", "with_music": True, "mood": "lofi"}],
    ),
    ("make it w/o music", [{"kind": "remove_music"}]),
    ("w/o the title", [{"kind": "remove_text", "which": "title"}]),
]


@pytest.mark.parametrize(("text", "ops"), SHORTHAND)
def test_chat_shorthand_reads_as_the_words_it_stands_for(
    text: str, ops: list[dict[str, object]]
) -> None:
    assert_does(text, ops)


def test_the_style_answer_tells_transitions_colours_motion_and_fades() -> None:
    said = answer("style", fixture(), "en")
    assert "crossfade, 0.75 s" in said
    assert "natural" in said
    assert "1.1x" in said
    assert "fades out to black over 1 s" in said


def test_the_style_answer_follows_the_draft_and_the_language() -> None:
    edits = [SetTransition(name="fadeblack"), SetLook(look="bw"), SetMotion(on=False)]
    draft, _ = apply_edits(fixture(), edits, MEDIA, DATES)
    said = answer("style", draft, "zh")
    assert "黑场过渡" in said and "黑白" in said and "静止" in said
    assert "crossfade" not in said
