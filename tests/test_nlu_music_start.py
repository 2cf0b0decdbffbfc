"""When the music comes in, as people say it: later or earlier by a step or by seconds, with a
photo, after the title, at a time; "too late" and "too early" ask for the other way. "Later"
said of anything but the music stays what it was (a move asked about, a remark)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, assert_does, fixture, probe

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import Move, RemoveText, SetMusicStart
from photo_video_maker.model.edits import apply_edits

SAID: list[tuple[str, list[dict[str, Any]]]] = [
    ("can the music start a little later", [{"kind": "music_start", "shift": 1}]),
    ("start the music later", [{"kind": "music_start", "shift": 2}]),
    ("start the music much later", [{"kind": "music_start", "shift": 4}]),
    ("delay the music by 2 seconds", [{"kind": "music_start", "shift": 2}]),
    ("start the music 3 seconds later", [{"kind": "music_start", "shift": 3}]),
    ("let the music come in a bit earlier", [{"kind": "music_start", "shift": -1}]),
    ("music kicks in too late", [{"kind": "music_start", "shift": -2}]),
    ("the music comes in too early", [{"kind": "music_start", "shift": 2}]),
    ("start the music at the second photo", [{"kind": "music_start", "index": 2}]),
    ("music should start after the title", [{"kind": "music_start", "seconds": 3}]),
    ("the song should come in after the title", [{"kind": "music_start", "seconds": 3}]),
    ("start the music at 3 seconds", [{"kind": "music_start", "seconds": 3}]),
    ("music comes in 3 seconds in", [{"kind": "music_start", "seconds": 3}]),
    ("音乐晚一点进来", [{"kind": "music_start", "shift": 2}]),
    ("让音乐推迟两秒", [{"kind": "music_start", "shift": 2}]),
    ("音乐进来得太晚了", [{"kind": "music_start", "shift": -2}]),
    ("音乐从第二张开始", [{"kind": "music_start", "index": 2}]),
    ("音乐3秒后再开始", [{"kind": "music_start", "seconds": 3}]),
]  # fmt: skip


@pytest.mark.parametrize(("said", "ops"), SAID)
def test_when_the_music_comes_in_is_read_as_said(said: str, ops: list[dict[str, Any]]) -> None:
    assert_does(said, ops)


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        ("remove the soundtrack, i'll add my own later", [{"kind": "remove_music"}]),
        ("move the dog photo earlier", [{"kind": "move", "index": 3, "to": 2}]),
        ("音乐再响一点", [{"kind": "music_volume", "factor": 1.25}]),
    ],
)
def test_later_and_earlier_of_other_things_keep_their_meaning(
    said: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(said, ops)


def test_a_photo_moved_later_without_a_place_is_asked_about() -> None:
    reading = probe("move the dog photo later")
    assert reading.clarify and not reading.edits


def test_music_after_a_title_there_is_not_is_refused_with_a_way_on() -> None:
    untitled, _ = apply_edits(fixture(), [RemoveText(which="title")], MEDIA, DATES)
    reading = read("start the music after the title", untitled, MEDIA)
    assert not reading.edits and reading.topic == "music"


@pytest.mark.parametrize(
    ("said", "edit"),
    [
        ("actually start it with the second photo", SetMusicStart(index=2)),
        ("no, a bit later", SetMusicStart(shift=1)),
        ("2 seconds later", SetMusicStart(shift=2)),
        ("make it come in after the title", SetMusicStart(seconds=3)),
    ],
)
def test_right_after_the_music_was_moved_it_is_the_music(said: str, edit: SetMusicStart) -> None:
    before = [SetMusicStart(shift=1)]
    draft, _ = apply_edits(fixture(), before, MEDIA, DATES)
    assert read(said, draft, MEDIA, before).edits == [edit]


def test_start_with_a_photo_after_the_music_moved_still_moves_the_photo() -> None:
    before = [SetMusicStart(shift=1)]
    draft, _ = apply_edits(fixture(), before, MEDIA, DATES)
    assert read("start with the dog photo", draft, MEDIA, before).edits == [
        Move(index=3, to="start")
    ]
