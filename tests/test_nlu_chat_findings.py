"""What chats played as real people turned up: a person's age is no length ("I'm 72 and new
to this" asked 72 s or 72 %), bare numbers moved are photos, "the photo with the dog", gentle
piano music changes the music only, "what's changed" is asked, and the numbers of one sentence
are the numbers the person saw ("put the 3rd pic at the start and the 1st pic at the end" sent
photo 3 back to the end)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, probe

READ: list[tuple[str, list[dict[str, Any]]]] = [
    ("Hello! I'm 72 and new to this. Could you please help me make a video of my photos?",
     [{"kind": "slideshow"}]),
    ("my son is turning 5, make a birthday video", [{"kind": "slideshow"}]),
    ("move 2 to the start", [{"kind": "move", "index": 2, "to": "start"}]),
    ("put 5 first", [{"kind": "move", "index": 5, "to": "start"}]),
    ("move 3 after 4", [{"kind": "move", "index": 3, "to": 4}]),
    ("swap 1 and 2, move 3 to the end",
     [{"kind": "swap", "i": 1, "j": 2}, {"kind": "move", "index": 3, "to": "end"}]),
    ("remove the photo with the dog", [{"kind": "remove", "name": "dog.jpg"}]),
    ("make the photo with the dog longer",
     [{"kind": "seconds_per_photo", "index": 3, "factor": 1.25}]),
    ("I would like some gentle piano music", [{"kind": "music", "source": "calm"}]),
    ("put the 3rd pic at the start and the 1st pic at the end",
     [{"kind": "move", "index": 3, "to": "start"}, {"kind": "move", "index": 2, "to": "end"}]),
    ("第三张放最前面，第一张放最后",
     [{"kind": "move", "index": 3, "to": "start"}, {"kind": "move", "index": 2, "to": "end"}]),
    ("move the second picture to the end and the fourth to the start",
     [{"kind": "move", "index": 2, "to": "end"}, {"kind": "move", "index": 3, "to": "start"}]),
    ("第四第五张反了，换过来", [{"kind": "swap", "i": 4, "j": 5}]),
    ("last photo first, first photo last, reverse it all", [{"kind": "reverse"}]),
    ("the piano is nice but a bit sad, something more cheerful maybe",
     [{"kind": "music", "source": "upbeat"}]),
    ("the song is boring, make it livelier", [{"kind": "music", "source": "upbeat"}]),
    ("make it more lively with upbeat music",
     [{"kind": "speed", "factor": 0.8}, {"kind": "music", "source": "upbeat"}]),
    ("music: my upload", [{"kind": "music", "source": "song1"}]),
    ("the song from my phone", [{"kind": "music", "source": "song1"}]),
    ("a slower song", [{"kind": "music", "source": "calm"}]),
    ("play a faster song", [{"kind": "music", "source": "upbeat"}]),
    ("hold every shot for 3", [{"kind": "seconds_per_photo", "seconds": 3}]),
    ("show each pic for 2.5", [{"kind": "seconds_per_photo", "seconds": 2.5}]),
    ("each photo for 3 seconds", [{"kind": "seconds_per_photo", "seconds": 3}]),
    ("photo 3 for 5 seconds", [{"kind": "seconds_per_photo", "index": 3, "seconds": 5}]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), READ)
def test_what_people_said_in_the_chats_does_what_they_meant(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["whats changed", "what's changed?", "whats different now"])
def test_what_has_changed_is_answered(text: str) -> None:
    assert probe(text).question == "last_change"


def test_an_age_is_not_a_length_asked_about() -> None:
    reading = probe("I'm 72 and new to this")
    assert not reading.clarify and not reading.edits


SHOP: list[tuple[str, list[dict[str, Any]]]] = [
    ("我是开店的，想用这几张图做个产品宣传视频", [{"kind": "slideshow"}]),
    ("想用这几张图做个视频", [{"kind": "slideshow"}]),
    ("结尾加上店名：小王水果店", [{"kind": "closing", "text": "小王水果店"}]),
    ("开头写上我的名字：小王", [{"kind": "title", "text": "小王"}]),
    ("每张两秒就行，节奏快点", [{"kind": "seconds_per_photo", "seconds": 2}]),
    ("each photo 2 seconds, faster pace", [{"kind": "seconds_per_photo", "seconds": 2}]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), SHOP)
def test_a_shop_owner_chat_is_read_as_meant(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


TEXTS_WITH_WORDS_OF_THE_LEXICON: list[tuple[str, list[dict[str, Any]]]] = [
    ("add a title saying Back to school", [{"kind": "title", "text": "Back to school"}]),
    ("end with The best is yet to come", [{"kind": "closing", "text": "The best is yet to come"}]),
    ("end with Love you to the moon", [{"kind": "closing", "text": "Love you to the moon"}]),
    ("add the title Summer to the top", [{"kind": "title", "text": "Summer", "pos": "top"}]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), TEXTS_WITH_WORDS_OF_THE_LEXICON)
def test_a_capitalised_text_keeps_the_words_the_lexicon_knows(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


def test_the_portrait_of_a_person_is_no_shape() -> None:
    assert probe("the portrait of my dad").edits == []
    assert_does("make it portrait", [{"kind": "aspect", "aspect": "9:16"}])


def test_then_export_glued_to_a_chinese_text_is_no_part_of_it() -> None:
    reading = probe("标题改成夏天再导出")
    assert [e.model_dump(exclude_none=True) for e in reading.edits] == [
        {"kind": "title", "text": "夏天"}
    ]
    assert reading.route == "export"


def test_an_ordinal_inside_a_capitalised_text_names_no_photo() -> None:
    assert_does("title Our first home", [{"kind": "title", "text": "Our first home"}])
    assert_does(
        "caption the first photo Sunset", [{"kind": "caption", "index": 1, "text": "Sunset"}]
    )


@pytest.mark.parametrize(
    "text", ["put some upbeat music, not too loud tho", "add piano music not too loud pls"]
)
def test_music_asked_for_not_too_loud_comes_a_little_quieter(text: str) -> None:
    reading = probe(text)
    assert [edit.kind for edit in reading.edits] == ["music", "music_volume"], reading
    assert reading.edits[1].factor == 0.8 and not reading.leftover  # type: ignore[union-attr]
