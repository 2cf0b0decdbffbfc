"""A photo named by a word no photo is called (the fixture has beach, city, dog, forest and
garden): which photo is meant is not known, so nothing changes. Before, the rest of the
sentence was read and every photo got longer or shorter: a silent wrong edit."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, probe


@pytest.mark.parametrize(
    "text",
    [
        "the cat photo is too short",
        "make the cat pic longer",
        "the pic of the cat is too short",
        "the cat one goes by too fast",
        "the cat's photo is too short",
        "猫那张太快了",
    ],
)
def test_a_photo_named_by_a_word_no_photo_has_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert reading.edits == [] and reading.route is None, reading


def test_a_photo_named_by_its_name_is_still_that_photo() -> None:
    assert_does("the dog pic goes by way too fast", [
        {"kind": "seconds_per_photo", "factor": 1.5, "index": 3}
    ])  # fmt: skip


def test_the_photos_of_a_trip_are_all_the_photos() -> None:
    assert_does("the pics of our trip are too short", [
        {"kind": "seconds_per_photo", "factor": 1.25}
    ])  # fmt: skip


def test_unknown_words_around_a_clear_request_are_still_let_go() -> None:
    assert_does("bump the resolution up to 4k", [{"kind": "resolution", "resolution": "2160p"}])
