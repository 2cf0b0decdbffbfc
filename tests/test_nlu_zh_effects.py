"""Chinese ways of asking for the camera's move, the transitions and the music's fades, typed
fast in a chat (issue #15, nlu15zhA): "大大增加", two fades in one breath, "过度" for 过渡,
"不要那么猛", "慢吞吞" as a complaint, the move named and added back, "你看着办"."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import MEDIA, fixture
from harness import assert_does as _does
from harness import probe as _read

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import SetMotion


def _motion(factor: float) -> list[dict[str, Any]]:
    return [{"kind": "motion", "on": True, "factor": factor}]


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("缩放幅度大大增加吧", _motion(1.5)),
        ("推拉效果加强点", _motion(1.25)),
        ("动效不要那么猛", _motion(0.8)),
        ("照片动得慢吞吞的 快一点", _motion(1.25)),
        ("过度效果快点", [{"kind": "transition", "factor": 0.8}]),
        (
            "BGM淡入3秒淡出4秒",
            [{"kind": "music_fade", "fade_in_ms": 3000, "fade_out_ms": 4000}],
        ),
        ("音乐两秒淡入", [{"kind": "music_fade", "fade_in_ms": 2000}]),
        ("转场调成2秒 慢慢的", [{"kind": "transition", "ms": 2000}]),
        ("歌一开始太响了", [{"kind": "music_fade", "fade_in_ms": 1000}]),
    ],
)
def test_effects_said_in_a_chat_are_read(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


def test_the_move_named_and_added_back_turns_it_on() -> None:
    draft = fixture()
    off = [SetMotion(on=False)]
    reading = read("缩放效果加回来吧", draft, MEDIA, off)
    assert [e.kind for e in reading.edits] == ["motion"]
    assert reading.edits[0].on is True


def test_an_effect_left_up_to_us_changes_nothing() -> None:
    reading = _read("动效 你看着办")
    assert not reading.edits
    assert reading.topic == "motion"


def test_still_too_much_after_less_motion_takes_one_more_step_down() -> None:
    draft = fixture()
    reading = read("还是太多了", draft, MEDIA, [SetMotion(factor=0.8)])
    assert [(e.kind, getattr(e, "factor", None)) for e in reading.edits] == [("motion", 0.8)]


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("海滩和城市掉个个", [{"kind": "swap", "i": 1, "j": 2}]),
        ("叠画转场", [{"kind": "transition", "name": "crossfade"}]),
        ("放大的程度小一点", _motion(0.8)),
        ("只保留背景音乐", [{"kind": "mute_clips", "on": True}]),
        ("转场太突然", [{"kind": "transition", "factor": 1.25}]),
    ],
)
def test_homophones_and_complaints_about_effects_are_read(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)
