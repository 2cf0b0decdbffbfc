"""Messages that tell rather than ask: praise is thanked, photos said to be uploaded (in English
or Chinese) are answered with what the video has; a request beside either is read as usual."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import probe


@pytest.mark.parametrize(
    "text",
    [
        "this is perfect thanks",
        "love the music!",
        "omg this is so good",
        "wow it turned out great",
        "i really love it",
        "beautiful 😍",
    ],
)
def test_praise_that_asks_for_nothing_is_thanked(text: str) -> None:
    reading = probe(text)
    assert reading.question == "thanks" and not reading.edits and not reading.leftover, reading


@pytest.mark.parametrize(
    "text",
    [
        "love it but make it faster",
        "i'd like the zoom off",
        "perfect, now add calm music",
        "great, 1080p please",
        "closing text: 'Made with ❤️ by Priya'",
    ],
)
def test_praise_beside_a_request_leaves_the_request_to_be_read(text: str) -> None:
    assert probe(text).question != "thanks"


@pytest.mark.parametrize(
    "text",
    ["i uploaded some pics", "hey so i uploaded some pics from our trip", "i added 12 photos"],
)
def test_photos_said_to_be_uploaded_are_answered_with_what_the_video_has(text: str) -> None:
    reading = probe(text)
    assert reading.question == "received" and not reading.edits and reading.topic != "music"


def test_a_song_said_to_be_uploaded_is_no_answer_about_the_photos() -> None:
    assert probe("i uploaded my music").question != "received"


def test_uploaded_photos_and_a_request_make_the_request() -> None:
    reading = probe("i uploaded some pics, make a slideshow")
    assert [e.kind for e in reading.edits] == ["slideshow"] and not reading.leftover


@pytest.mark.parametrize("text", ["我上传好了", "照片都传上去了", "我传了5张照片"])
def test_photos_said_to_be_uploaded_in_chinese_are_answered_with_what_the_video_has(
    text: str,
) -> None:
    reading = probe(text)
    assert reading.question == "received" and reading.lang == "zh" and not reading.edits


def test_uploaded_photos_and_a_chinese_request_make_the_request() -> None:
    reading = probe("我把照片传了 帮我做成视频")
    assert [e.kind for e in reading.edits] == ["slideshow"]
