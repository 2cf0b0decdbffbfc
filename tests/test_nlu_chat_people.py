"""Turns from chats played as real people (grandmother, teenager, shop owner ...)."""

import sys
from pathlib import Path

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import Remove, Undo

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import MEDIA, assert_does, fixture


def test_a_photo_first_then_out_removes_it() -> None:
    assert_does("pic 4 out pls", [{"kind": "remove", "index": 4}])


def test_a_name_said_after_my_name_is_the_closing_text() -> None:
    assert_does("put my name at the end, its Margaret", [{"kind": "closing", "text": "Margaret"}])


def test_a_slower_fade_at_the_end_never_slows_the_photos() -> None:
    assert_does("fade out at the end slower", [{"kind": "video_fade", "fade_out_ms": 1250}])


def test_remove_another_instead_takes_the_first_removal_back() -> None:
    reading = read("hmm remove 1 instead", fixture(), MEDIA, [Remove(index=5)])
    assert isinstance(reading.edits[0], Undo) and reading.edits[1] == Remove(index=1)
