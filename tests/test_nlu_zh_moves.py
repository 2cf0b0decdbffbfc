"""Chinese ways of asking about the camera's move, the transitions, the music's fades and the
clip's sound beside something else (issue #15, nlu18zhA): what needs no change stays, a song
that names the clip is no music asked for, "夸张" is more of the move, a worry before "还是X吧"
is why."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.model.edit_types import Edit, SetMotion

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does as _does
from harness import probe as _read

MORE = [{"kind": "motion", "on": True, "factor": 1.25}]
LESS = [{"kind": "motion", "on": True, "factor": 0.8}]
STILL = [{"kind": "motion", "on": False}]
MUTE = [{"kind": "mute_clips", "on": True}]


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("动效再夸张一点", MORE),
        ("缩放夸张点", MORE),
        ("缩放太夸张了", LESS),
        ("把动感去掉", STILL),
        ("不要动感了", STILL),
    ],
)
def test_an_exaggerated_move_is_more_of_it_and_liveliness_taken_away_stills_the_photos(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("照片的动效不用改，转场快一点", [{"kind": "transition", "factor": 0.8}]),
        ("视频的原声不用改 音乐小一点", [{"kind": "music_volume", "factor": 0.8}]),
        ("转场不需要换 动效小一点吧", LESS),
        ("转场改成黑场 音乐先别动", [{"kind": "transition", "name": "fadeblack"}]),
    ],
)
def test_what_needs_no_change_stays_and_is_never_turned_off(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def test_a_song_naming_the_clip_is_no_music_asked_for() -> None:
    _does("生日歌那段视频静音", MUTE)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("转场用黑场淡出", [{"kind": "transition", "name": "fadeblack"}]),
        ("过场动画去掉", [{"kind": "transition", "name": "none"}]),
        ("音乐别一下子就出来", [{"kind": "music_fade", "fade_in_ms": 1000}]),
        ("音乐最后那个淡出再长一些", [{"kind": "music_fade", "fade_out_ms": 2500}]),
        ("把视频的音轨关了", MUTE),
    ],
)
def test_transitions_fades_and_the_clips_track_said_in_other_words(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("婚礼上用的 转场用闪白", [{"kind": "transition", "name": "fadewhite"}]),
        ("弄成黑白的 有那种电影感", [{"kind": "look", "look": "bw"}]),
        ("竖屏会不会太窄 还是横屏吧", [{"kind": "aspect", "aspect": "16:9"}]),
        ("日期加上 放在右下角", [{"kind": "date_captions", "place": False}]),
    ],
)
def test_what_it_is_for_a_feel_a_worry_or_a_place_said_beside_the_request_adds_nothing(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def test_a_choice_between_two_looks_still_asks() -> None:
    assert _read("黑白还是暖色").clarify


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("第三张不要缩放", [SetMotion(on=False, index=3)]),
        ("派对视频那段不要缩放", []),
        ("视频片段别加动效", []),
    ],
)
def test_one_photos_move_is_that_photos_alone_never_a_removal_nor_every_photo_stilled(
    text: str, ops: list[Edit]
) -> None:
    reading = _read(text)
    assert reading.edits == ops and (ops or reading.topic == "motion"), (text, reading)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("照片上显示日期 就像胶片相机那种😊", [{"kind": "date_captions", "place": False}]),
        ("加个黑白滤镜，像老照片一样的", [{"kind": "look", "look": "bw"}]),
        ("暖色调吧 冬天的照片看着冷", [{"kind": "look", "look": "warm"}]),
        ("结尾的音乐收一下", [{"kind": "music_fade", "fade_out_ms": 2000}]),
        ("音乐结尾小一点", [{"kind": "music_fade", "fade_out_ms": 2000}]),
    ],
)
def test_a_likeness_or_a_complaint_after_the_request_is_how_it_should_be(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("叠化不要了", [{"kind": "transition", "name": "none"}]),
        ("转场别那么软", [{"kind": "transition", "factor": 0.8}]),
        ("转场软一点", [{"kind": "transition", "factor": 1.25}]),
    ],
)
def test_a_dissolve_refused_is_no_transitions_and_soft_is_a_softer_transition(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)
