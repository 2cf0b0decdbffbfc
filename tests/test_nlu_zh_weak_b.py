"""Chinese phrasings of the camera's move, transitions, music fades, the clip's sound, swaps and
the pace (issue #15, nlu16zhB): one request said beside words of another intent as context
("音乐不用动", "别的不动", "照片时间别动") does only that one; a fade "加倍" doubles the fade there
is; "再慢一点" after a transition was given a kind steps the transition."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import MEDIA, fixture
from harness import assert_does as _does

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import MuteClips, SetTransition


def _motion(factor: float) -> list[dict[str, Any]]:
    return [{"kind": "motion", "on": True, "factor": factor}]


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("转场快一点 音乐别动", [{"kind": "transition", "factor": 0.8}]),
        ("转场改成黑场 其他的不动", [{"kind": "transition", "name": "fadeblack"}]),
        ("转场慢点 照片的时间别动", [{"kind": "transition", "factor": 1.25}]),
        ("缩放小一点 别的不用改", _motion(0.8)),
        ("第一张跟第二张换一下 转场保持不变", [{"kind": "swap", "i": 1, "j": 2}]),
        ("节奏慢一点 音乐就用这首", [{"kind": "speed", "factor": 1.25}]),
    ],
)
def test_what_stays_as_it_is_beside_a_request_adds_no_edit(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def test_the_clips_sound_off_then_the_music_kept_does_not_remove_the_music() -> None:
    _does("视频的原声关掉 音乐音量不变", [{"kind": "mute_clips", "on": True}])


@pytest.mark.parametrize(
    ("text", "ms"),
    [("音乐的淡出加倍", 4000), ("音乐淡出时间砍一半", 1000)],
)
def test_a_music_fade_doubled_or_halved_scales_the_fade_there_is(text: str, ms: int) -> None:
    _does(text, [{"kind": "music_fade", "fade_out_ms": ms}])


def test_slower_again_after_a_transition_kind_steps_the_transition() -> None:
    last = [SetTransition(name="fadeblack")]
    reading = read("再慢一点吧", fixture(), MEDIA, last)
    assert [(e.kind, getattr(e, "factor", None)) for e in reading.edits] == [("transition", 1.25)]
    reading = read("视频再慢一点", fixture(), MEDIA, last)
    assert [e.kind for e in reading.edits] == ["speed"]


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("直接硬切", [{"kind": "transition", "name": "none"}]),
        ("转场太花里胡哨了 换成简单的黑场", [{"kind": "transition", "name": "fadeblack"}]),
    ],
)
def test_cuts_and_plain_transitions_typed_in_a_chat(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


def test_the_pace_said_inside_its_step_is_the_pace_not_the_transition_before() -> None:
    _does(
        "转场换成闪白 节奏快一点",
        [{"kind": "transition", "name": "fadewhite"}, {"kind": "speed", "factor": 0.8}],
    )


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("照片之间加个闪白", [{"kind": "transition", "name": "fadewhite"}]),
        ("结尾音乐收得太快了", [{"kind": "music_fade", "fade_out_ms": 2500}]),
        ("视频声音关了 背景音乐照常放", [{"kind": "mute_clips", "on": True}]),
        ("第一张跟第五张对调 其它的别动", [{"kind": "swap", "i": 1, "j": 5}]),
        ("转场长一点 跟着音乐慢慢过渡", [{"kind": "transition", "factor": 1.25}]),
    ],
)
def test_context_words_of_another_intent_add_no_edit(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


def test_the_clips_sound_not_turned_off_turns_it_back_on() -> None:
    last = [MuteClips(on=True)]
    reading = read("视频原声别关掉", fixture(), MEDIA, last)
    assert [(e.kind, getattr(e, "on", None)) for e in reading.edits] == [("mute_clips", False)]


@pytest.mark.parametrize("text", ["转场要不要换呢", "日期加不加", "镜头动不动都可以", "音乐改不改"])
def test_a_choice_left_open_changes_nothing(text: str) -> None:
    reading = read(text, fixture(), MEDIA)
    assert not reading.edits and not reading.route, (text, reading)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "速度快一点 音乐换成快节奏的",
            [{"kind": "speed", "factor": 0.8}, {"kind": "music", "source": "upbeat"}],
        ),
        ("直接切 一张接着一张", [{"kind": "transition", "name": "none"}]),
    ],
)
def test_a_fast_song_and_a_plain_cut_said_in_a_chat(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "factor"), [("缩放效果开大点 音乐不用动", 1.25), ("动效关小一点 看着舒服点", 0.8)]
)
def test_the_move_turned_up_or_down_is_the_move_alone(text: str, factor: float) -> None:
    _does(text, _motion(factor))
