"""Chinese typed in a chat about time, sound, motion and format (third round): a song that
"突然就断了" gets a longer fade (not a quieter song), the music "慢慢收", the clip that
should "别出声", transitions "干脆利落点" (not also a faster slideshow) or "过渡自然点", a
picture "太晃了" (less movement, not "on" again), "画面流畅点" (60 fps), photos "一闪而过"
(slower), a photo "剪短一点" (shorter, never removed), "恢复原样" (the last change undone,
not the colours), "再来张照片" (an upload), "文件小一点" (where to send it is asked), and
follow-ups that step what was just set: "再短一点" after the whole video got a length shortens
the whole video again, "再长点" after a music fade lengthens that fade."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import (
    Edit,
    MuteClips,
    SetMotion,
    SetMusicFade,
    SetSizeLimit,
    SetTotalLength,
    SetTransition,
    Speed,
    Undo,
)
from photo_video_maker.model.edits import apply_edits

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, assert_does, fixture, probe

SONG_ENDS: list[tuple[str, list[dict[str, Any]]]] = [
    ("音乐突然就断了", [{"kind": "music_fade", "fade_out_ms": 2500}]),
    ("音乐结尾突然停了", [{"kind": "music_fade", "fade_out_ms": 2500}]),
    ("歌突然就没了", [{"kind": "music_fade", "fade_out_ms": 2500}]),
    ("音乐一下就停了好突兀", [{"kind": "music_fade", "fade_out_ms": 2500}]),
    ("音乐慢慢收", [{"kind": "music_fade", "fade_out_ms": 2000}]),
    ("音乐结尾慢慢小下去", [{"kind": "music_fade", "fade_out_ms": 2000}]),
    ("音乐慢慢的变小", [{"kind": "music_fade", "fade_out_ms": 2000}]),
    ("音乐结尾淡出3秒", [{"kind": "music_fade", "fade_out_ms": 3000}]),
    ("bgm结尾淡出", [{"kind": "music_fade", "fade_out_ms": 2000}]),
    ("背景音乐淡入淡出", [{"kind": "music_fade", "fade_in_ms": 1000, "fade_out_ms": 2000}]),
    ("音乐渐入渐出", [{"kind": "music_fade", "fade_in_ms": 1000, "fade_out_ms": 2000}]),
    ("bgm开头慢慢进", [{"kind": "music_fade", "fade_in_ms": 1000}]),
    ("音乐声音太大了", [{"kind": "music_volume", "factor": 0.8}]),
    ("音乐声音太小了", [{"kind": "music_volume", "factor": 1.25}]),
]

CLIP_SOUND: list[tuple[str, list[dict[str, Any]]]] = [
    ("派对视频别出声", [{"kind": "mute_clips", "on": True}]),
    ("录像的声音关了", [{"kind": "mute_clips", "on": True}]),
    ("小视频的声音去掉", [{"kind": "mute_clips", "on": True}]),
    ("视频自带的声音关掉", [{"kind": "mute_clips", "on": True}]),
    ("那段视频的原声关掉", [{"kind": "mute_clips", "on": True}]),
    ("派对那段静音吧", [{"kind": "mute_clips", "on": True}]),
    ("恢复视频原声", [{"kind": "mute_clips", "on": False}]),
]

TRANSITIONS: list[tuple[str, list[dict[str, Any]]]] = [
    ("转场干脆利落点", [{"kind": "transition", "factor": 0.8}]),
    ("过渡自然点", [{"kind": "transition", "factor": 1.25}]),
    ("转场慢慢的", [{"kind": "transition", "factor": 1.25}]),
    ("照片直接切换不要转场", [{"kind": "transition", "name": "none"}]),
    ("转场用slide", [{"kind": "transition", "name": "slideleft"}]),
    ("转场用淡入淡出", [{"kind": "transition", "name": "crossfade"}]),
    ("转场拖太久了", [{"kind": "transition", "factor": 0.8}]),
    ("转场改成半秒", [{"kind": "transition", "ms": 500}]),
    ("照片之间用黑屏过渡", [{"kind": "transition", "name": "fadeblack"}]),
]

MOTION: list[tuple[str, list[dict[str, Any]]]] = [
    ("画面太晃了", [{"kind": "motion", "factor": 0.8}]),
    ("照片太晃了", [{"kind": "motion", "factor": 0.8}]),
    ("慢慢的放大", [{"kind": "motion", "on": True}]),
    ("画面别动来动去的", [{"kind": "motion", "on": False}]),
    ("去掉放大效果", [{"kind": "motion", "on": False}]),
    ("缩放幅度小一点", [{"kind": "motion", "factor": 0.8}]),
    ("动效强一点", [{"kind": "motion", "factor": 1.25}]),
]

PACE: list[tuple[str, list[dict[str, Any]]]] = [
    ("每张照片一闪而过", [{"kind": "speed", "factor": 1.25}]),
    ("看不过来", [{"kind": "speed", "factor": 1.25}]),
    ("照片慢慢的放", [{"kind": "speed", "factor": 1.25}]),
    ("每张多待一会儿", [{"kind": "seconds_per_photo", "factor": 1.25}]),
    ("每张少待一会", [{"kind": "seconds_per_photo", "factor": 0.8}]),
    ("剪短一点", [{"kind": "seconds_per_photo", "factor": 0.8}]),
    ("第三张剪短一点", [{"kind": "seconds_per_photo", "index": 3, "factor": 0.8}]),
    ("dog那张剪短一点", [{"kind": "seconds_per_photo", "index": 3, "factor": 0.8}]),
    ("文件太大了，剪短一点", [{"kind": "seconds_per_photo", "factor": 0.8}]),
    ("整个视频控制在半分钟", [{"kind": "total_length", "seconds": 30}]),
    ("节奏快点哈", [{"kind": "speed", "factor": 0.8}]),
]

FORMAT: list[tuple[str, list[dict[str, Any]]]] = [
    ("画面流畅点", [{"kind": "fps", "fps": 60}]),
    ("视频流畅一点", [{"kind": "fps", "fps": 60}]),
    ("要丝滑的60帧", [{"kind": "fps", "fps": 60}]),
    ("换个有电影感的配乐", [{"kind": "music", "source": "cinematic"}]),
    ("音乐用我自己传的", [{"kind": "music", "source": "song1"}]),
    ("做个照片轮播", [{"kind": "slideshow"}]),
    ("照片做成ppt那种播放", [{"kind": "slideshow"}]),
]

UPLOADS = ["再来张照片", "再来一张", "还有几张照片要加", "我要加点照片进去", "再放几张图片进去"]

# a complaint that the video has no sound: never a mute (it was muted)
NOT_A_MUTE = ["视频没有声音", "派对视频没有声音", "视频没声音"]

# "leave the rest alone" is not "keep the photos still"
NOT_STILL = ["其他都不要动", "照片顺序别动", "别动我的照片"]

# said of a video shorter than the cap: it is already short enough (a question answered)
UNDER_A_CAP = ["整个视频控制在一分钟内", "控制在30秒内"]

# where to send it is not said: asked (three sizes), nothing changed
SMALLER_FILE = ["文件小一点", "文件太大了发不出去", "画质好一点"]


@pytest.mark.parametrize(("text", "ops"), SONG_ENDS)
def test_a_song_that_stops_at_once_fades_longer_and_is_not_made_quieter(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), CLIP_SOUND)
def test_the_clips_own_sound_said_as_recording_or_no_sound_is_muted(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), TRANSITIONS)
def test_crisper_or_more_natural_transitions_change_only_the_transitions(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), MOTION)
def test_too_shaky_is_less_movement(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), PACE)
def test_photos_gone_in_a_flash_are_slower_and_a_photo_cut_shorter_stays(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), FORMAT)
def test_smoother_picture_cinematic_music_and_a_carousel(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", UPLOADS)
def test_one_more_photo_is_an_upload(text: str) -> None:
    reading = probe(text)
    assert reading.route == "upload" and reading.edits == []


@pytest.mark.parametrize("text", UNDER_A_CAP)
def test_within_a_length_longer_than_the_video_is_not_a_longer_video(text: str) -> None:
    reading = probe(text)
    assert reading.edits == [] and reading.question == "length"


@pytest.mark.parametrize("text", SMALLER_FILE)
def test_a_smaller_file_or_better_quality_with_no_size_named_is_asked(text: str) -> None:
    reading = probe(text)
    assert reading.edits == [] and reading.clarify


@pytest.mark.parametrize("text", ["那段视频声音太大了", "派对视频声音有点大"])
def test_the_clip_too_loud_asks_mute_or_quieter_music_never_the_photos_size(text: str) -> None:
    reading = probe(text)
    assert reading.edits == [] and next(o.edits for o in reading.clarify) == [MuteClips(on=True)]


@pytest.mark.parametrize("text", NOT_A_MUTE)
def test_no_sound_said_as_a_complaint_mutes_nothing(text: str) -> None:
    assert probe(text).edits == []


@pytest.mark.parametrize("text", NOT_STILL)
def test_leaving_the_rest_alone_never_stops_the_photos_moving(text: str) -> None:
    assert probe(text).edits == []


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("第三张删掉，其他都不要动", [{"kind": "remove", "index": 3}]),
        ("每张3秒，别的别动", [{"kind": "seconds_per_photo", "seconds": 3}]),
        ("照片别动", [{"kind": "motion", "on": False}]),
    ],
)
def test_an_edit_and_the_rest_left_alone_is_only_that_edit(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


def test_no_sound_asked_for_mutes_the_clip() -> None:
    assert_does("派对视频要没有声音", [{"kind": "mute_clips", "on": True}])


def test_restoring_how_it_was_undoes_and_never_changes_the_colours() -> None:
    assert probe("恢复原样").edits == [Undo()]


def test_the_last_two_changes_undone() -> None:
    assert probe("撤销最后两次修改").edits == [Undo(steps=2)]


def test_a_file_too_big_asks_how_small() -> None:
    options = probe("文件小一点").clarify  # in MB to a Chinese speaker (nlu17zhA: not WhatsApp)
    assert next(o.edits for o in options) == [SetSizeLimit(mb=10)]


def _after(first: str, then: str) -> list[Edit]:
    """The edits of ``then`` said right after ``first`` was done."""
    before = probe(first).edits
    draft, _ = apply_edits(fixture(), before, MEDIA, DATES)
    return read(then, draft, MEDIA, before).edits


FOLLOW_UPS: list[tuple[str, str, list[Edit]]] = [
    ("视频总长30秒", "再短一点", [SetTotalLength(seconds=24)]),
    ("视频总长30秒", "短一点", [SetTotalLength(seconds=24)]),
    ("视频总长30秒", "再长一点", [SetTotalLength(seconds=37.5)]),
    ("整个视频控制在半分钟", "再短点吧", [SetTotalLength(seconds=24)]),
    ("视频缩短到15秒", "再短点", [SetTotalLength(seconds=12)]),
    ("音乐结尾淡出3秒", "再长点", [SetMusicFade(fade_out_ms=3750)]),
    ("音乐结尾淡出3秒", "不对，5秒", [SetMusicFade(fade_out_ms=5000)]),
    ("视频原声关掉", "算了，打开吧", [MuteClips(on=False)]),
    ("照片别动了", "算了还是动吧", [SetMotion(on=True)]),
    ("节奏快点", "再快点", [Speed(factor=0.8)]),
    ("节奏快点", "快过头了", [Speed(factor=1.25)]),
    ("转场快一点", "快过头了", [SetTransition(factor=1.25)]),
    ("转场快一点", "再短点", [SetTransition(factor=0.8)]),
]  # fmt: skip


@pytest.mark.parametrize(("first", "then", "edits"), FOLLOW_UPS)
def test_a_step_after_a_length_or_a_fade_steps_that_same_thing(
    first: str, then: str, edits: list[Edit]
) -> None:
    assert _after(first, then) == edits


def test_never_mind_alone_after_a_change_changes_nothing() -> None:
    """ "算了" alone could be "leave it" as well as "take it back": nothing is guessed."""
    assert _after("视频总长30秒", "算了") == []
