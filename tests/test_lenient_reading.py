"""Unknown words inside an understood request, and corrections of a text just written
(``instruct.lenient``, ``instruct.respelled``): read with the real interpreter on the corpus
fixture (tests/nlu/harness.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))

from harness import MEDIA, fixture

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import (
    Edit,
    SetAspect,
    SetLook,
    SetMusicVolume,
    SetResolution,
    SetSecondsPerPhoto,
    SetTitle,
)


@pytest.mark.parametrize(
    ("text", "edits"),
    [
        ("bump the resolution up to 4k", [SetResolution(resolution="2160p")]),
        ("apply a cool tone to everything", [SetLook(look="cool")]),
        ("crank the music up", [SetMusicVolume(factor=1.25)]),
        ("720p is enough", [SetResolution(resolution="720p")]),
        ("把照片的停留时间统统改成3秒", [SetSecondsPerPhoto(seconds=3)]),
        ("my grandma wants it in black and white", [SetLook(look="bw")]),
    ],
)
def test_a_request_is_read_with_the_unknown_words_around_it(text: str, edits: list[Edit]) -> None:
    reading = read(text, fixture(), MEDIA)
    assert reading.edits == edits
    assert not reading.leftover


@pytest.mark.parametrize(
    "text",
    [
        "make the sky bluer",
        "make the beach photo less crowded",
        "remove my ex from the beach photo",
        "make the song shorter by removing the chorus",
        "make the sunset last forever",
        "make the video go viral on tiktok",
        "make the music match the beat drops",
        "让标题弹跳",
        "把背景换成巴黎",
    ],
)
def test_an_unknown_word_that_names_what_to_change_changes_nothing(text: str) -> None:
    reading = read(text, fixture(), MEDIA)
    assert reading.edits == [] or reading.clarify or reading.question


def test_a_word_of_the_text_just_written_is_put_right() -> None:
    last = [SetTitle(text="Summer in Lisbon")]
    reading = read("its spelled Lisboa not Lisbon", fixture(), MEDIA, last)
    assert reading.edits == [SetTitle(text="Summer in Lisboa")]
    zh = read("是里斯本不是里斯班", fixture(), MEDIA, [SetTitle(text="夏日里斯班")])
    assert zh.edits == [SetTitle(text="夏日里斯本")]


def test_a_correction_of_a_word_not_in_the_text_changes_nothing() -> None:
    last = [SetTitle(text="Summer in Lisbon")]
    reading = read("its spelled Porto not Oporto", fixture(), MEDIA, last)
    assert reading.edits == []


def test_a_ratio_said_in_numbers_wins_over_the_platforms_shape() -> None:
    reading = read("4:5 portrait for my insta feed", fixture(), MEDIA)
    assert [(e.kind, e.aspect) for e in reading.edits if isinstance(e, SetAspect)] == [
        ("aspect", "4:5")
    ]


def test_two_opposite_shapes_are_asked_about() -> None:
    reading = read("vertical horizontal", fixture(), MEDIA)
    assert reading.edits == [] and len(reading.clarify) == 2
