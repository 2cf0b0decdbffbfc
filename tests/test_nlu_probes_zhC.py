"""Chinese 口语 about how the cut looks and sounds (round C): the photos' move said
loosely (动来动去, 一丢丢, 往里推, 动画效果), transitions named by how they look (黑屏过渡,
白色闪一下, 往左推, 圆形的) or timed (每个转场一秒, 缩短一半), resolution said as people say
it (2k, 拉满, 超清), dates put on the photos (日期水印, 哪天拍的), a colour look (老照片,
冷色调, 偏黄), the clip's own sound (吵吵的声音, 别出声), how to add photos (传不上去,
弄进来), and the music fading at the ends (慢慢收, 慢慢响起来). Typed as in a chat:
particles (吧/呗/嘛/啦), fillers (那个/就是/帮我), a reason after the request; the request
is done and the rest left alone, and what cannot be told apart (a bare 静音, a bare 滤镜)
changes nothing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, EDITS, MEDIA, assert_does, fixture, outcome, probe

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import Undo
from photo_video_maker.model.edits import apply_edits

Ops = list[dict[str, Any]]

OFF: Ops = [{"kind": "motion", "on": False}]
ON: Ops = [{"kind": "motion", "on": True}]
LESS: Ops = [{"kind": "motion", "on": True, "factor": 0.8}]
MORE: Ops = [{"kind": "motion", "on": True, "factor": 1.25}]

MOTION: list[tuple[str, Ops]] = [
    ("图片一直在放大缩小 好烦 关掉", OFF),
    ("别让照片动来动去的了", OFF),
    ("照片全部静止吧", OFF),
    ("照片不要有缩放", OFF),
    ("能把那个zoom in的效果去了吗", OFF),
    ("动效去掉 谢谢", OFF),
    ("晃来晃去的看着头晕 别动了", OFF),
    ("照片静止 不要ken burns", OFF),
    ("kenburns关了", OFF),
    ("我不想要照片动 就普通的放就行", OFF),
    ("照片别一直往里推了", OFF),
    ("照片的动画效果关一下", OFF),
    ("镜头动感强一点呗", MORE),
    ("缩放再明显点嘛", MORE),
    ("推拉的幅度大一丢丢", MORE),
    ("动效稍微弱一点点就好啦", LESS),
    ("缩放太大了 收一点", LESS),
    ("图片动的幅度小点儿", LESS),
    ("镜头运动幅度大很多", [{"kind": "motion", "on": True, "factor": 1.5}]),
    ("缩放改成1.3倍", [{"kind": "motion", "on": True, "zoom": 1.3}]),
    ("缩放效果加倍", [{"kind": "motion", "on": True, "factor": 2}]),
    ("就是 照片放大的那个效果 能弱一点吗", LESS),
]  # fmt: skip

MOTION_AFTER: list[tuple[Ops, str, Ops]] = [
    (OFF, "还是让照片动起来吧", ON),
    (OFF, "镜头还是动一动吧 不然太呆了", ON),
    (OFF, "恢复缩放效果", ON),
    (LESS, "还是太晃 再弱点", LESS),
    (MORE, "再大点", MORE),
]  # fmt: skip

SLOWER: Ops = [{"kind": "transition", "factor": 1.25}]
QUICKER: Ops = [{"kind": "transition", "factor": 0.8}]
NONE: Ops = [{"kind": "transition", "name": "none"}]
BLACK: Ops = [{"kind": "transition", "name": "fadeblack"}]
CROSSFADE: Ops = [{"kind": "transition", "name": "crossfade"}]
CIRCLE: Ops = [{"kind": "transition", "name": "circle"}]
MUTE: Ops = [{"kind": "mute_clips", "on": True}]
UNMUTE: Ops = [{"kind": "mute_clips", "on": False}]

TRANSITIONS: list[tuple[str, Ops]] = [
    ("照片之间不要过渡 直接切", NONE),
    ("转场全删了吧", NONE),
    ("不需要过渡效果", NONE),
    ("转场切换快一点", QUICKER),
    ("过渡效果慢一丢丢", SLOWER),
    ("过渡太生硬了 柔和点", SLOWER),
    ("转场拖太久了", QUICKER),
    ("叠化时间长一点", SLOWER),
    ("叠化再快一点", QUICKER),
    ("每个转场都改成一秒", [{"kind": "transition", "ms": 1000}]),
    ("转场时间缩短到0.5s", [{"kind": "transition", "ms": 500}]),
    ("转场时长2秒", [{"kind": "transition", "ms": 2000}]),
    ("过渡整体缩短一半", [{"kind": "transition", "factor": 0.5}]),
    ("转场改成黑屏过渡", BLACK),
    ("能不能别用叠化了 换个黑场", BLACK),
    ("用白色闪一下那种转场", [{"kind": "transition", "name": "fadewhite"}]),
    ("转场换成推的 往左推", [{"kind": "transition", "name": "pushleft"}]),
    ("转场改成向右擦除", [{"kind": "transition", "name": "wiperight"}]),
    ("转场要圆形的那种", CIRCLE),
    ("转场用zoom的", [{"kind": "transition", "name": "zoom"}]),
    ("转场随便来 每次不一样", [{"kind": "transition", "name": "random"}]),
    ("第二张和第三张中间的转场去掉", [{"kind": "transition", "name": "none", "index": 3}]),
    ("那个 转场帮我弄成淡入淡出的 慢一点哈", [
        {"kind": "transition", "name": "crossfade", "factor": 1.25}]),
    ("过渡的时候黑一下 这样有仪式感", BLACK),
]  # fmt: skip

TRANSITIONS_AFTER: list[tuple[Ops, str, Ops]] = [
    (CIRCLE, "转场太花哨了 就用普通的", CROSSFADE),
    (BLACK, "换回淡入淡出", CROSSFADE),
    (QUICKER, "再快点", QUICKER),
    (CIRCLE, "这个转场不好看 换成叠化吧", CROSSFADE),
]  # fmt: skip

# what the last turn took away, wanted back: undone, or turned back on (both leave it as before)
BROUGHT_BACK: list[tuple[Ops, str, Ops]] = [
    (OFF, "算了 还是要动效", ON),
    (NONE, "还是加回转场吧", CROSSFADE),
    (MUTE, "视频声音还是要的", UNMUTE),
]  # fmt: skip

RESOLUTION: list[tuple[str, Ops]] = [
    ("导出720的 小一点", [{"kind": "resolution", "resolution": "720p"}]),
    ("画质弄成4k的呗", [{"kind": "resolution", "resolution": "2160p"}]),
    ("要超清的 4k", [{"kind": "resolution", "resolution": "2160p"}]),
    ("分辨率降到480", [{"kind": "resolution", "resolution": "480p"}]),
    ("清晰度改成2k", [{"kind": "resolution", "resolution": "1440p"}]),
    ("1440p", [{"kind": "resolution", "resolution": "1440p"}]),
    ("分辨率拉满", [{"kind": "resolution", "resolution": "2160p"}]),
    ("那个分辨率帮我调低点 720就好", [{"kind": "resolution", "resolution": "720p"}]),
    ("画质要4K 因为要在电视上放", [{"kind": "resolution", "resolution": "2160p"}]),
]  # fmt: skip

RES_720: Ops = [{"kind": "resolution", "resolution": "720p"}]
RES_1080: Ops = [{"kind": "resolution", "resolution": "1080p"}]

RESOLUTION_AFTER: list[tuple[Ops, str, Ops]] = [
    (RES_720, "720太糊了 换成1080", RES_1080),
    (RES_720, "还是高清的吧", RES_1080),
    (RES_720, "改回1080p", RES_1080),
]  # fmt: skip

DATES_ON: Ops = [{"kind": "date_captions"}]
DATES_PLACE: Ops = [{"kind": "date_captions", "place": True}]

DATE_CAPTIONS: list[tuple[str, Ops]] = [
    ("照片上加上日期吧", DATES_ON),
    ("把拍照的日期打在照片上", DATES_ON),
    ("每张图标一下是哪天拍的", DATES_ON),
    ("显示一下拍摄时间呗", DATES_ON),
    ("加个日期水印", DATES_ON),
    ("每张照片都加上拍的时间 方便回忆", DATES_ON),
    ("日期和地点都标上", DATES_PLACE),
    ("照片下面写上拍摄日期和在哪拍的", DATES_PLACE),
]  # fmt: skip

LOOK: list[tuple[str, Ops]] = [
    ("弄成黑白的吧 有感觉一点", [{"kind": "look", "look": "bw"}]),
    ("来个复古风", [{"kind": "look", "look": "sepia"}]),
    ("颜色暖一点", [{"kind": "look", "look": "warm"}]),
    ("调成冷色调", [{"kind": "look", "look": "cool"}]),
    ("色彩鲜艳一点", [{"kind": "look", "look": "vivid"}]),
    ("加个老照片的滤镜", [{"kind": "look", "look": "sepia"}]),
    ("黑白滤镜", [{"kind": "look", "look": "bw"}]),
    ("整体色调偏黄一点 温馨点", [{"kind": "look", "look": "warm"}]),
]  # fmt: skip

LOOK_AFTER: list[tuple[Ops, str, Ops]] = [
    ([{"kind": "look", "look": "bw"}], "滤镜去掉 原图就好", [{"kind": "look", "look": "none"}]),
    ([{"kind": "look", "look": "sepia"}], "还是彩色的好看", [{"kind": "look", "look": "none"}]),
]  # fmt: skip

MUTE_CLIPS: list[tuple[str, Ops]] = [
    ("视频的原声关掉", MUTE),
    ("把party那段视频静音", MUTE),
    ("视频里吵吵的声音不要", MUTE),
    ("只保留背景音乐 视频声音关了", MUTE),
    ("那段小视频别出声", MUTE),
    ("视频自带的声音静音一下", MUTE),
]  # fmt: skip

MUTE_AFTER: list[tuple[Ops, str, Ops]] = [
    (MUTE, "把视频原声打开", UNMUTE),
]  # fmt: skip

UPLOAD: list[str] = [
    "怎么上传照片啊",
    "我要再加几张照片",
    "照片传不上去 怎么办",
    "上传不了啊",
    "我想加点新照片进来",
    "还有几张图在手机里 怎么弄进来",
    "能从电脑传视频吗",
    "添加图片在哪",
]

MUSIC_FADE: list[tuple[str, Ops]] = [
    ("结尾音乐慢慢变小", [{"kind": "music_fade", "fade_out_ms": 2000}]),
    ("音乐最后淡出一下", [{"kind": "music_fade", "fade_out_ms": 2000}]),
    ("bgm结束的时候渐渐小声", [{"kind": "music_fade", "fade_out_ms": 2000}]),
    ("音乐别突然停 慢慢收", [{"kind": "music_fade", "fade_out_ms": 2000}]),
    ("音乐开头慢慢响起来", [{"kind": "music_fade", "fade_in_ms": 1000}]),
    ("音乐淡出3秒吧", [{"kind": "music_fade", "fade_out_ms": 3000}]),
    ("音乐淡出时间加长", [{"kind": "music_fade", "fade_out_ms": 2500}]),
    ("最后几秒音乐慢慢没声", [{"kind": "music_fade", "fade_out_ms": 2000}]),
    ("音乐淡入淡出都要", [{"kind": "music_fade", "fade_in_ms": 1000, "fade_out_ms": 2000}]),
]  # fmt: skip

# further phrasings of the kinds fixed above, written after each fix
VARIANTS: list[tuple[str, Ops]] = [
    ("照片不想让它动", OFF),
    ("不要照片动了", OFF),
    ("别让图片动啦", OFF),
    ("我不希望照片动", OFF),
    ("照片不要往里推了", OFF),
    ("晃来晃去的 去掉吧", OFF),
    ("一直放大缩小 好烦 去掉", OFF),
    ("照片动来动去的 看着难受 关了吧", OFF),
    ("照片放大的那个感觉再明显点", MORE),
    ("第四张和第五张中间用黑场过渡", [{"kind": "transition", "name": "fadeblack", "index": 5}]),
    ("第一张跟第二张当中的转场慢一点", [{"kind": "transition", "factor": 1.25, "index": 2}]),
    ("转场就用普通的", CROSSFADE),
    ("过渡用最简单的吧", CROSSFADE),
    ("转场用普通的 慢一点", [{"kind": "transition", "name": "crossfade", "factor": 1.25}]),
    ("照片下面写上拍摄日期", DATES_ON),
    ("每张底下写上拍摄日期和地点", DATES_PLACE),
    ("照片上显示拍照的时间吧", DATES_ON),
    ("给每张图加个拍照时间 留个纪念", DATES_ON),
    ("按拍照时间排一下", [{"kind": "sort", "by": "date"}]),
    ("视频里嘈杂的声音去掉吧", MUTE),
    ("视频声音关掉", MUTE),
    ("bgm结尾慢慢没有声音吧", [{"kind": "music_fade", "fade_out_ms": 2000}]),
    ("最后音乐渐渐没声音", [{"kind": "music_fade", "fade_out_ms": 2000}]),
    ("结尾的时候背景音乐慢慢小声", [{"kind": "music_fade", "fade_out_ms": 2000}]),
]  # fmt: skip

# a second round, written after the first fixes
SECOND_ROUND: list[Any] = [
    ("照片能不能不要动 看着累", OFF),
    ("图片放大的效果太明显了 减弱点", LESS),
    ("zoom效果调小一点哈", LESS),
    ("镜头的运动太快了 晕", LESS),
    ("照片缓缓放大的那种效果 挺好 再多一点", MORE),
    ("照片就定住吧", OFF),
    ("照片不要ken burns了 太土", OFF),
    ("照片动态效果去掉谢谢", OFF),
    pytest.param("镜头能不能别一直推啊", OFF, marks=pytest.mark.xfail(
        strict=True, reason="a bare 推 is the push transition; 镜头 (the camera) before it is a "
        "filler, so which of the two is meant is asked (safe, but the camera was said)")),
    ("转场能不能干脆点", QUICKER),
    ("转场搞快点 别磨叽", QUICKER),
    ("过渡弄成0.3秒", [{"kind": "transition", "ms": 300}]),
    ("转场统一用淡入淡出", CROSSFADE),
    ("转场太慢了吧", QUICKER),
    ("转场时间长点 慢慢过渡", SLOWER),
    ("照片切换的时候黑一下", BLACK),
    ("两张照片之间不要转场", NONE),
    ("转场换成左右滑动的", [{"kind": "transition", "name": "slideleft"}]),
    ("每张照片之间加个白闪", [{"kind": "transition", "name": "fadewhite"}]),
    ("分辨率调成720p 省点流量", [{"kind": "resolution", "resolution": "720p"}]),
    ("高清一点 1080", [{"kind": "resolution", "resolution": "1080p"}]),
    ("我要4k超清的", [{"kind": "resolution", "resolution": "2160p"}]),
    ("画质不用太高 720够了", [{"kind": "resolution", "resolution": "720p"}]),
    ("滤镜来个黑白的", [{"kind": "look", "look": "bw"}]),
    ("整体暖一点", [{"kind": "look", "look": "warm"}]),
    ("有点怀旧的感觉 复古滤镜", [{"kind": "look", "look": "sepia"}]),
    ("颜色冷一点 高级感", [{"kind": "look", "look": "cool"}]),
    ("照片颜色鲜艳一点", [{"kind": "look", "look": "vivid"}]),
    ("视频原声关掉只留bgm", MUTE),
    ("视频的声音静音", MUTE),
    ("把那段视频的声音关了", MUTE),
    ("音乐最后淡出", [{"kind": "music_fade", "fade_out_ms": 2000}]),
    ("结尾音乐渐弱一下", [{"kind": "music_fade", "fade_out_ms": 2000}]),
    ("音乐开头淡入 结尾淡出", [{"kind": "music_fade", "fade_in_ms": 1000, "fade_out_ms": 2000}]),
    ("音乐淡出时间短一点", [{"kind": "music_fade", "fade_out_ms": 1600}]),
    ("加日期", DATES_ON),
    ("显示照片拍摄日期", DATES_ON),
    ("把日期加到照片上", DATES_ON),
    ("显示一下照片的拍摄时间", DATES_ON),
    ("标一下每张图的拍摄日期", DATES_ON),
    ("照片按拍摄日期显示", [{"kind": "sort", "by": "date"}]),
]  # fmt: skip

UPLOAD_VARIANTS: list[str] = ["视频传不了 咋办", "图片加不进去", "新照片传不进去 咋整"]
UPLOAD_VARIANTS += ["我想加点照片", "怎么添加新的照片", "照片怎么传"]

# what could be two things (all sound or the clip's; which filter; a sharper picture from
# 1080p) or is no edit we make: nothing changes
NOTHING_CHANGED: list[str] = [
    "静音",
    "加个滤镜",
    "视频糊糊的 能清楚点吗",
    "能让照片旋转吗",
    "音乐用普通的",
    "转场有点乱 统一成一种",
]


def _does_after(before: Ops, text: str, ops: Ops) -> None:
    """After the previous turn's edits, the sentence is read at once and leaves the draft as
    ``ops`` would."""
    edits = EDITS.validate_python(before)
    draft, _ = apply_edits(fixture(), edits, MEDIA, DATES)
    reading = read(text, draft, MEDIA, edits)
    assert not reading.clarify and not reading.question and not reading.leftover, (text, reading)
    assert outcome(draft, reading.edits) == outcome(draft, EDITS.validate_python(ops)), (
        text,
        reading.edits,
    )


@pytest.mark.parametrize(("text", "ops"), MOTION)
def test_the_photos_movement_said_loosely_is_turned_off_or_stepped(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), MOTION_AFTER)
def test_a_movement_follow_up_turns_it_back_on_or_steps_it_again(
    before: Ops, text: str, ops: Ops
) -> None:
    _does_after(before, text, ops)


@pytest.mark.parametrize(("text", "ops"), TRANSITIONS)
def test_transitions_named_by_how_they_look_or_timed_are_changed(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), TRANSITIONS_AFTER)
def test_a_transition_follow_up_replaces_or_steps_the_last_one(
    before: Ops, text: str, ops: Ops
) -> None:
    _does_after(before, text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), BROUGHT_BACK)
def test_what_the_last_turn_took_away_wanted_back_is_undone_or_put_back(
    before: Ops, text: str, ops: Ops
) -> None:
    edits = EDITS.validate_python(before)
    draft, _ = apply_edits(fixture(), edits, MEDIA, DATES)
    reading = read(text, draft, MEDIA, edits)
    assert not reading.clarify and not reading.question and not reading.leftover, (text, reading)
    if reading.edits != [Undo()]:
        assert outcome(draft, reading.edits) == outcome(draft, EDITS.validate_python(ops))


@pytest.mark.parametrize(("text", "ops"), RESOLUTION)
def test_a_resolution_said_as_people_say_it_is_set(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), RESOLUTION_AFTER)
def test_a_resolution_put_back_after_a_lower_one_is_set(before: Ops, text: str, ops: Ops) -> None:
    _does_after(before, text, ops)


@pytest.mark.parametrize(("text", "ops"), DATE_CAPTIONS)
def test_the_date_taken_put_on_the_photos_adds_date_captions(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), LOOK)
def test_a_colour_look_said_loosely_is_set(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), LOOK_AFTER)
def test_the_filter_taken_off_brings_the_plain_colours_back(
    before: Ops, text: str, ops: Ops
) -> None:
    _does_after(before, text, ops)


@pytest.mark.parametrize(("text", "ops"), MUTE_CLIPS)
def test_the_clips_own_sound_said_loosely_is_muted(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), MUTE_AFTER)
def test_the_clips_sound_wanted_back_is_unmuted(before: Ops, text: str, ops: Ops) -> None:
    _does_after(before, text, ops)


@pytest.mark.parametrize("text", UPLOAD)
def test_adding_photos_or_trouble_uploading_is_the_upload(text: str) -> None:
    reading = probe(text)
    assert reading.route == "upload" and not reading.edits, (text, reading)


@pytest.mark.parametrize(("text", "ops"), MUSIC_FADE)
def test_the_music_fading_at_the_ends_is_set(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), VARIANTS)
def test_further_phrasings_of_the_same_kinds_are_read_alike(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), SECOND_ROUND)
def test_a_second_round_of_the_same_requests_is_read(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", UPLOAD_VARIANTS)
def test_an_upload_that_fails_said_otherwise_is_the_upload(text: str) -> None:
    reading = probe(text)
    assert reading.route == "upload" and not reading.edits, (text, reading)


def test_an_upload_failing_beside_a_resolution_only_says_why() -> None:
    reading = probe("4k传不动")
    assert reading.route != "upload"


@pytest.mark.parametrize("text", NOTHING_CHANGED)
def test_what_could_be_two_things_or_cannot_be_made_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert not reading.edits and not reading.route, (text, reading)
