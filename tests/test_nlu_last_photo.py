"""The last photo is a photo: with the clip at the end of the fixture, "the last photo" is photo 5,
while "the last one" is still the last item (the clip)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))

from harness import assert_does


@pytest.mark.parametrize(
    "text", ["remove the last photo", "delete the final pic", "最后一张删了", "把最后一张照片删掉"]
)
def test_the_last_photo_is_never_the_clip_after_it(text: str) -> None:
    assert_does(text, [{"kind": "remove", "index": 5}])


def test_the_last_two_pictures_are_the_two_photos_before_the_clip() -> None:
    assert_does(
        "delete the last two pictures",
        [{"kind": "remove", "index": 5}, {"kind": "remove", "index": 4}],
    )


def test_the_last_one_is_still_the_last_item() -> None:
    assert_does("delete the last one", [{"kind": "remove", "index": -1}])


def test_last_photo_first_and_first_photo_last_explain_a_reverse() -> None:
    assert_does("last photo first, first photo last, reverse it all", [{"kind": "reverse"}])
