"""Chinese as typed in WeChat about how the photos move and look: the Ken Burns movement said
in other words (镜头推近拉远, 缓缓放大, 别一直缩放, 静态一点, 动起来), the pace (节奏快点, 播放速度,
慢放, 1.5倍速), the colour looks (黑白, 复古, 暖色, 滤镜, 鲜艳一点, 去掉滤镜), the clips' own sound
(原声, 视频的声音关掉), captions with the date each photo was taken (加上拍摄日期) and asking to
upload more (我再传几张, 怎么上传).

And the silent wrong edits found before: a feeling said beside a concrete request (舒服点, 比较温柔,
节奏跟音乐一样舒缓, 加点动感) describes that request and adds no mood of its own; a question about
the movement (照片有没有动效) changes nothing; a request softened with 吗 (转场慢一点吗) is still
done; 结尾淡出 said right after the music fades the music; 有点放大效果 states what is wanted,
not "a bit less"; a transition between two photos that are not neighbours is not put somewhere
else; typed laughter (233) is no number."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import EDITS, MEDIA, Line, judge, start

from photo_video_maker.instruct.interpret import read

Ops = list[dict[str, Any]]

OFF: Ops = [{"kind": "motion", "on": False}]
ON: Ops = [{"kind": "motion", "on": True}]
LESS_MOTION: Ops = [{"kind": "motion", "on": True, "factor": 0.8}]
MORE_MOTION: Ops = [{"kind": "motion", "on": True, "factor": 1.25}]
FASTER: Ops = [{"kind": "speed", "factor": 0.8}]
SLOWER: Ops = [{"kind": "speed", "factor": 1.25}]
SOFTER_CUTS: Ops = [{"kind": "transition", "factor": 1.25}]
MUTE: Ops = [{"kind": "mute_clips", "on": True}]
DATES_ON: Ops = [{"kind": "date_captions"}]


def _look(name: str) -> Ops:
    return [{"kind": "look", "look": name}]


def _reads(text: str, expect: dict[str, Any], after: Ops | None = None) -> None:
    line = Line("probe", "zh", text, expect, EDITS.validate_python(after or []))
    reading = read(text, start(line), MEDIA, line.after)
    assert judge(line, reading) is None, (text, judge(line, reading), reading)


def _changes_nothing(text: str, after: Ops | None = None) -> None:
    before = EDITS.validate_python(after or [])
    line = Line("probe", "zh", text, {}, before)
    reading = read(text, start(line), MEDIA, before)
    assert reading.edits == [], (text, reading)


# --- the silent wrong edits found before -------------------------------------------------

FEELING_DESCRIBES_THE_REQUEST: list[tuple[str, Ops]] = [
    ("转场慢一点 舒服点", SOFTER_CUTS),
    ("1080p 舒服点", [{"kind": "resolution", "resolution": "1080p"}]),
    ("转场我想要那种淡入淡出的 比较温柔", [{"kind": "transition", "name": "crossfade"}]),
    ("推拉镜头慢一点 节奏跟音乐一样舒缓", LESS_MOTION),
    # variants
    ("转场柔和一点 看着舒服", SOFTER_CUTS),
    ("竖屏吧 舒服点", [{"kind": "aspect", "aspect": "9:16"}]),
    ("镜头推拉慢一点 温柔一点", LESS_MOTION),
    ("照片太静了 加点动感", ON),
    ("竖屏吧 轻松点", [{"kind": "aspect", "aspect": "9:16"}]),
    ("转场慢点 轻松一点的感觉", SOFTER_CUTS),
]  # fmt: skip

MOTION_ASKED: list[str] = ["照片有没有动效", "现在照片是动的吗", "照片有缩放效果吗"]

SOFT_REQUEST_WITH_MA: list[tuple[str, Ops]] = [
    ("转场慢一点吗", SOFTER_CUTS),
    ("镜头别晃吗", OFF),
    ("音乐小声点吗", [{"kind": "music_volume", "factor": 0.8}]),
    ("照片别动吗", OFF),
]  # fmt: skip

MUSIC_THEN_ITS_END: list[tuple[str, Ops]] = [
    ("音乐换成欢快的 结尾淡出", [
        {"kind": "music", "source": "upbeat"}, {"kind": "music_fade", "fade_out_ms": 2000}]),
    ("换个轻快的音乐 最后渐弱", [
        {"kind": "music", "source": "upbeat"}, {"kind": "music_fade", "fade_out_ms": 2000}]),
    ("音乐用安静一点的 结尾慢慢淡出", [
        {"kind": "music", "source": "calm"}, {"kind": "music_fade", "fade_out_ms": 2000}]),
    ("音乐换成安静的 开头淡入", [
        {"kind": "music", "source": "calm"}, {"kind": "music_fade", "fade_in_ms": 1000}]),
    ("音乐换成欢快的 最后淡出", [
        {"kind": "music", "source": "upbeat"}, {"kind": "music_fade", "fade_out_ms": 2000}]),
]  # fmt: skip
# a feeling said of what it names, or joined as a further wish, is still asked for
FEELING_OF_ITS_OWN: list[tuple[str, Ops]] = [
    ("竖屏 节奏欢快一点", [{"kind": "aspect", "aspect": "9:16"}, *FASTER,
                          {"kind": "music", "source": "upbeat"}]),
    ("竖屏 然后欢快一点", [{"kind": "aspect", "aspect": "9:16"}, *FASTER,
                          {"kind": "music", "source": "upbeat"}]),
    ("欢快一点", [*FASTER, {"kind": "music", "source": "upbeat"}]),
]  # fmt: skip
STILL_ASKED = ["照片会动吗", "音乐太大声了吗", "转场是不是慢了点吗", "转场有没有淡入淡出"]

HAS_A_BIT_OF: list[tuple[str, Ops]] = [
    ("每张照片都有点放大效果", ON),
    ("每张图都要有点缩放的效果", ON),
    ("照片有点推近的感觉就行", ON),
    ("照片要有一点动效", ON),
    ("有点缩放效果就好", ON),
]  # fmt: skip

NOT_NEIGHBOURS = [
    "第三张和第五张之间用黑场", "第一张和第四张之间用叠化", "第二张跟第五张中间加个白场",
    "第一张和第四张之间的转场慢一点",
]  # fmt: skip
NEIGHBOURS: list[tuple[str, Ops]] = [
    ("第三张和第四张之间用黑场", [{"kind": "transition", "name": "fadeblack", "index": 4}]),
    ("第四张和第三张之间用黑场", [{"kind": "transition", "name": "fadeblack", "index": 4}]),
    ("第一张和第四张换一下", [{"kind": "swap", "i": 1, "j": 4}]),
]  # fmt: skip

LAUGHTER: list[tuple[str, Ops]] = [
    ("转场慢一点 233", SOFTER_CUTS),
    ("2333 音乐小声点", [{"kind": "music_volume", "factor": 0.8}]),
    ("哈哈哈 竖屏 233333", [{"kind": "aspect", "aspect": "9:16"}]),
    ("视频 233秒", [{"kind": "total_length", "seconds": 233}]),
]  # fmt: skip

# --- fresh sentences: the movement -------------------------------------------------------

MOTION: list[tuple[str, Ops]] = [
    ("镜头推近拉远的那个效果不要了", OFF),
    ("照片缓缓放大就好 别太猛", LESS_MOTION),
    ("别一直缩放了 看着累", OFF),
    ("静态一点吧", LESS_MOTION),
    ("画面能不能再推近一点", MORE_MOTION),
    ("镜头再推近点", MORE_MOTION),
    ("照片忽大忽小的 看着晕", OFF),
    ("黑白那个效果不要了", _look("none")),
    ("推拉的那个效果不要了", OFF),
    ("放大效果再明显点", MORE_MOTION),
    ("照片不要动 静止就行", OFF),
    ("镜头动得太厉害了", LESS_MOTION),
    ("ken burns效果关了", OFF),
    ("画面别动来动去的", OFF),
    ("缩放再慢点 晕", LESS_MOTION),
    ("照片动感强一点", MORE_MOTION),
    pytest.param("就是那个照片一直在放大缩小的 能关掉吗", OFF, marks=pytest.mark.xfail(
        strict=True, reason="the 关掉 of a clause after a stopped move has no subject to take")),
    ("图片全部静态展示", OFF),
]  # fmt: skip

MOTION_AFTER: list[tuple[Ops, str, Ops]] = [
    (OFF, "让照片动起来", ON),
    (OFF, "还是加点镜头推拉吧", ON),
    (OFF, "每张图都慢慢推进去", ON),
    (LESS_MOTION, "再小一点", LESS_MOTION),
]  # fmt: skip

# --- the pace ----------------------------------------------------------------------------

SPEED: list[tuple[str, Ops]] = [
    ("节奏快点", FASTER),
    ("节奏再快一点点 跟不上音乐", FASTER),
    ("播放速度调快一点", FASTER),
    ("播放速度慢一点吧 老人家看不清", SLOWER),
    ("2倍速播放", [{"kind": "speed", "factor": 0.5}]),
    ("整体慢放一点", SLOWER),
    ("太快了 眼睛跟不上", SLOWER),
    ("节奏太拖沓了 紧凑点", FASTER),
    ("有点拖沓 快一点", FASTER),
    ("太拖了 快点", FASTER),
    ("每张切快一点", FASTER),
    ("速度快很多", [{"kind": "speed", "factor": 0.67}]),
    ("加速一下", FASTER),
    ("放慢一倍", [{"kind": "speed", "factor": 2}]),
    ("速度能不能再慢点呀", SLOWER),
]  # fmt: skip

# --- colour looks ------------------------------------------------------------------------

LOOK: list[tuple[str, Ops]] = [
    ("弄成黑白的", _look("bw")),
    ("整体调成黑白 有那种怀旧感", _look("bw")),
    ("复古一点的滤镜", _look("sepia")),
    ("色调暖一点", _look("warm")),
    ("加个暖色滤镜", _look("warm")),
    ("冷色调吧", _look("cool")),
    ("颜色鲜艳一点", _look("vivid")),
    ("饱和度高一点", _look("vivid")),
    ("去掉滤镜", _look("none")),
    ("滤镜不要了 原图就好", _look("none")),
    ("恢复原来的颜色", _look("none")),
    ("要老照片那种感觉", _look("sepia")),
    ("颜色有点灰 鲜艳点", _look("vivid")),
    ("来个怀旧风的色调", _look("sepia")),
]  # fmt: skip

LOOK_AFTER: list[tuple[Ops, str, Ops]] = [
    (_look("bw"), "还是彩色的好看", _look("none")),
    (_look("warm"), "太黄了 去掉吧", _look("none")),
]  # fmt: skip

# --- the clips' own sound ----------------------------------------------------------------

MUTE_CLIPS: list[tuple[str, Ops]] = [
    ("视频的声音关掉", MUTE),
    ("把视频原声去掉 只要音乐", MUTE),
    ("原声不要", MUTE),
    ("关掉视频原声", MUTE),
    ("party那段视频静音", MUTE),
    ("视频里的杂音太吵了 静音吧", MUTE),
    ("只听背景音乐就行 视频别出声", MUTE),
]  # fmt: skip

MUTE_AFTER: list[tuple[Ops, str, Ops]] = [
    (MUTE, "还是保留视频原声吧", [{"kind": "mute_clips", "on": False}]),
    (MUTE, "原声开回来", [{"kind": "mute_clips", "on": False}]),
]  # fmt: skip

# --- date captions -----------------------------------------------------------------------

DATES: list[tuple[str, Ops]] = [
    ("加上拍摄日期", DATES_ON),
    ("每张照片下面写上日期", DATES_ON),
    ("把拍照的时间标上", DATES_ON),
    ("照片上显示日期吧 方便回忆", DATES_ON),
    ("加上日期和地点", [{"kind": "date_captions", "place": True}]),
    ("标一下每张是哪天拍的", DATES_ON),
]  # fmt: skip

# --- uploads -----------------------------------------------------------------------------

UPLOAD = [
    "我再传几张",
    "怎么上传",
    "我还要加几张照片",
    "照片怎么传上来",
    "等下我再发几张图给你",
    "传错了 我重新传一下",
    "我想用自己的歌 怎么传",
]

# written after the fixes, as further variants of the same areas
LATER: list[tuple[str, Ops]] = [
    ("1.5倍速", [{"kind": "speed", "factor": 0.67}]),
    ("0.5倍速播放", [{"kind": "speed", "factor": 2}]),
    ("能不能慢放", SLOWER),
    ("照片切换太快了 慢点", SLOWER),
    ("整个视频加速", FASTER),
    ("调成黑白吧 有年代感", _look("bw")),
    ("不要滤镜了", _look("none")),
    ("滤镜去掉吧 太假了", _look("none")),
    ("原声关了 只留bgm", MUTE),
    ("把日期加上去", DATES_ON),
    ("每张照片显示拍摄时间和地点", [{"kind": "date_captions", "place": True}]),
    ("镜头稳一点 舒服点", LESS_MOTION),
    ("每张都加点缩放 温馨一点", ON),
]  # fmt: skip

# --- asked or not understood -------------------------------------------------------------

NOTHING = [
    "画面好看一点", "调个色", "快一点还是慢一点好呢", "视频的声音", "颜色怎么样", "颜色淡一点",
    "照片是动的还是静的",
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), FEELING_DESCRIBES_THE_REQUEST)
def test_a_feeling_beside_a_request_describes_it_and_adds_no_mood(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize(("text", "ops"), FEELING_OF_ITS_OWN)
def test_a_feeling_said_of_the_pace_or_joined_on_is_still_asked(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize("text", STILL_ASKED)
def test_a_question_about_how_it_is_stays_a_question(text: str) -> None:
    _changes_nothing(text)


@pytest.mark.parametrize("text", MOTION_ASKED)
def test_a_question_about_the_movement_is_answered(text: str) -> None:
    _reads(text, {"answer": "style"})


@pytest.mark.parametrize(("text", "ops"), SOFT_REQUEST_WITH_MA)
def test_a_request_softened_with_ma_is_done(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize(("text", "ops"), MUSIC_THEN_ITS_END)
def test_a_fade_said_right_after_the_music_fades_the_music(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize(("text", "ops"), MUSIC_THEN_ITS_END)
def test_the_fade_after_the_music_leaves_the_video_fades_alone(text: str, ops: Ops) -> None:
    edits = read(text, start(Line("probe", "zh", text, {}, [])), MEDIA).edits
    assert not any(e.kind == "video_fade" for e in edits), (text, edits)


@pytest.mark.parametrize(("text", "ops"), NEIGHBOURS)
def test_a_transition_between_neighbours_or_a_swap_is_still_read(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize(("text", "ops"), HAS_A_BIT_OF)
def test_having_a_bit_of_zoom_asks_for_the_zoom_not_less(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize("text", NOT_NEIGHBOURS)
def test_a_transition_between_photos_that_are_not_neighbours_changes_nothing(text: str) -> None:
    _changes_nothing(text)


@pytest.mark.parametrize(("text", "ops"), LAUGHTER)
def test_typed_laughter_is_no_number(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize(("text", "ops"), MOTION)
def test_the_movement_said_in_other_words_is_changed(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize(("before", "text", "ops"), MOTION_AFTER)
def test_the_movement_turned_back_on_or_stepped_again(before: Ops, text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops}, before)


@pytest.mark.parametrize(("text", "ops"), SPEED)
def test_the_pace_said_in_chat_is_changed(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize(("text", "ops"), LOOK)
def test_a_colour_look_or_no_filter_is_set(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize(("before", "text", "ops"), LOOK_AFTER)
def test_a_look_taken_back_is_the_original_colours(before: Ops, text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops}, before)


@pytest.mark.parametrize(("text", "ops"), MUTE_CLIPS)
def test_the_clips_own_sound_turned_off_mutes_them(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize(("before", "text", "ops"), MUTE_AFTER)
def test_the_clips_own_sound_kept_after_all_unmutes(before: Ops, text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops}, before)


@pytest.mark.parametrize(("text", "ops"), DATES)
def test_the_date_taken_asked_on_the_photos_adds_date_captions(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize("text", UPLOAD)
def test_sending_more_photos_or_asking_how_routes_to_upload(text: str) -> None:
    _reads(text, {"route": "upload"})


@pytest.mark.parametrize(("text", "ops"), LATER)
def test_further_ways_of_asking_for_the_pace_look_sound_and_dates(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


def test_photos_still_to_send_route_to_upload() -> None:
    _reads("还有几张照片没传", {"route": "upload"})


@pytest.mark.parametrize("text", NOTHING)
def test_a_vague_wish_or_a_bare_topic_changes_nothing(text: str) -> None:
    _changes_nothing(text)


# === round 21: training lines said again by someone else, and fresh ones ================
# (paraphrases of the corpus's training lines about motion, transitions, pace, time per photo
# and looks: other verbs, other order, the reason first, numbers spelt otherwise)


def _secs(seconds: float, index: int | None = None) -> Ops:
    op: dict[str, Any] = {"kind": "seconds_per_photo", "seconds": seconds}
    return [op | {"index": index}] if index is not None else [op]


def _longer(factor: float, index: int | None = None) -> Ops:
    op: dict[str, Any] = {"kind": "seconds_per_photo", "factor": factor}
    return [op | {"index": index}] if index is not None else [op]


def _cut(name: str | None = None, ms: int | None = None, factor: float | None = None) -> Ops:
    op: dict[str, Any] = {"kind": "transition"}
    for key, value in (("name", name), ("ms", ms), ("factor", factor)):
        if value is not None:
            op[key] = value
    return [op]


def _motion(factor: float) -> Ops:
    return [{"kind": "motion", "on": True, "factor": factor}]


def _speed(factor: float) -> Ops:
    return [{"kind": "speed", "factor": factor}]


PARA_SECONDS: list[tuple[str, Ops]] = [
    ("照片每张都多停一会儿吧", _longer(1.25)),
    ("每张图片就停四秒好了", _secs(4)),
    ("每一张都再加一秒钟", _secs(4)),
    ("每张减掉0.5秒", _secs(2.5)),
    ("每张图的时长要短很多", _longer(0.67)),
    ("每张照片停留的时间加倍吧", _longer(2)),
    ("第3张停久一点点", _longer(1.25, 3)),
    ("有狗的那张放5秒", _secs(5, 3)),
    pytest.param("当开头用的，第一张6秒", _secs(6, 1), marks=pytest.mark.xfail(strict=True, reason=(
        "当开头用 said alone is a move to the start ('狗那张当开头用'): read as a reason it "
        "would stop that move"))),
    ("森林那张太久了 缩短一点", _longer(0.8, 4)),
    ("全部照片统一改3.5秒", _secs(3.5)),
    ("字都看不完，照片要多停很多", _longer(1.5)),
    ("花园的那张再久一点嘛", _longer(1.25, 5)),
    ("每张图两秒半", _secs(2.5)),
    ("每张照片能不能显示6秒呀", _secs(6)),
    ("第五张给两秒就够了", _secs(2, 5)),
    ("沙滩那张改4秒", _secs(4, 1)),
    ("每张都减一秒", _secs(2)),
    ("森林那张再加两秒", _secs(5, 4)),
    ("每张照片稍微多停一下", _longer(1.25)),
    ("每张图的时间砍一半", _longer(0.5)),
    ("第二张图短一点点", _longer(0.8, 2)),
    ("每张五秒钟 麻烦了", _secs(5)),
    ("每张1秒就行了", _secs(1)),
    ("每张停太久了 缩短很多", _longer(0.67)),
    ("城市的那张只放两秒", _secs(2, 2)),
    ("第三张的时长减一半", _longer(0.5, 3)),
    ("每隔三秒换一张", _secs(3)),
]  # fmt: skip

PARA_SPEED: list[tuple[str, Ops]] = [
    ("感觉节奏快了点", SLOWER),
    ("看不清楚啊 太快了", SLOWER),
    ("播放速度降一半", _speed(2)),
    ("感觉有点赶 放慢点", SLOWER),
    ("太拖沓了 快很多", _speed(0.67)),
    ("可以稍微快一丢丢不", FASTER),
    ("就是 可以慢一些吗", SLOWER),
    ("哎 速度太快了 慢点儿吧", SLOWER),
    ("速度快一倍", _speed(0.5)),
    ("别那么着急 慢慢来", SLOWER),
    ("节奏紧凑点 有点拖", FASTER),
    ("我爸说画面太快了跟不上", SLOWER),
    ("整个用2倍速", _speed(0.5)),
    ("眼睛跟不上 照片切换太快了", SLOWER),
]  # fmt: skip

PARA_TRANSITION: list[tuple[str, Ops]] = [
    ("转场换成黑场的", _cut("fadeblack")),
    ("转场要闪白那种", _cut("fadewhite")),
    ("转场往左滑", _cut("slideleft")),
    ("往上推的转场效果", _cut("pushup")),
    ("转场用圆形的", _cut("circle")),
    ("转场随机吧 别都一样", _cut("random")),
    ("直接切就好 别要转场", _cut("none")),
    ("转场调到0.5秒", _cut(ms=500)),
    ("过渡柔一点", _cut(factor=1.25)),
    ("转场再干脆些", _cut(factor=0.8)),
    ("用叠化，转场两秒", _cut("crossfade", 2000)),
    ("转场一秒半", _cut(ms=1500)),
    ("转场好生硬 柔和一些", _cut(factor=1.25)),
    ("转场用放大的效果", _cut("zoom")),
    ("照片和照片之间别加过渡", _cut("none")),
    ("转场往下推", _cut("pushdown")),
    ("转场拖拖拉拉的 快点", _cut(factor=0.8)),
    ("转场从左边推到右边", _cut("pushright")),
    ("转场时长翻倍", _cut(factor=2)),
    ("把转场减到半秒", _cut(ms=500)),
    ("用擦除的转场效果", _cut("wiperight")),
    ("过渡慢慢来 转场长很多", _cut(factor=1.5)),
]  # fmt: skip

PARA_MOTION: list[tuple[str, Ops]] = [
    ("图片不要动", OFF),
    ("缩放效果不要了", OFF),
    ("动效减少一点", LESS_MOTION),
    ("缩放再明显些", MORE_MOTION),
    pytest.param("放大到1.3倍", [{"kind": "motion", "on": True, "zoom": 1.3}],
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "放大 with no subject may be the photos' size or the text's as well as the "
                     "move's zoom: left unread rather than guessed"))),
    ("看得头晕 图片别动来动去", OFF),
    ("推拉要强很多", _motion(1.5)),
    ("缩放关了吧 奶奶看了头晕", OFF),
    ("别再推镜头了", OFF),
    ("放大效果有点夸张", LESS_MOTION),
    ("晃得眼都花了", OFF),
    ("别老是放大缩小的", OFF),
    ("能把推拉去掉吗", OFF),
    ("现在好死板 动感再强点", MORE_MOTION),
    ("去掉照片放大的动画", OFF),
    ("运镜要大很多", _motion(1.5)),
    ("动效幅度加倍", _motion(2)),
    ("所有照片都静止吧 不要动效", OFF),
    ("别晃那么厉害", LESS_MOTION),
    ("照片太静了，让它们动起来", ON),
]  # fmt: skip

PARA_LOOK: list[tuple[str, Ops]] = [
    ("搞成黑白吧", _look("bw")),
    ("复古点嘛", _look("sepia")),
    ("颜色暖一些", _look("warm")),
    ("色彩鲜艳些", _look("vivid")),
    ("要怀旧的风格", _look("sepia")),
    ("泛黄的老照片色调", _look("sepia")),
    ("整体偏蓝调一点", _look("cool")),
    ("加个冷色滤镜", _look("cool")),
    ("灰度滤镜", _look("bw")),
    ("颜色偏蓝些", _look("cool")),
]  # fmt: skip

PARA_AFTER: list[tuple[Ops, str, Ops]] = [
    (_secs(5), "算了 还是三秒吧", _secs(3)),
    (_secs(5), "有点久 改成4秒", _secs(4)),
    (SLOWER, "再放慢一点", SLOWER),
    (_cut("fadeblack"), "还是用回淡入淡出吧", _cut("crossfade")),
    (_cut("fadeblack"), "转场就这个，时间改3秒", _cut(ms=3000)),
    (_cut("slideleft"), "不要这个 换擦除", _cut("wiperight")),
    (OFF, "动效还是开着吧", ON),
    (OFF, "打开kenburns", ON),
    (LESS_MOTION, "还是有点晃", LESS_MOTION),
    (_look("bw"), "滤镜不要了", _look("none")),
    (_look("bw"), "改复古吧", _look("sepia")),
    (_look("bw"), "恢复原来的颜色吧 不要黑白", _look("none")),
    (_look("vivid"), "太鲜艳了 换暖色", _look("warm")),
]  # fmt: skip

# --- fresh sentences of my own -----------------------------------------------------------

OWN: list[tuple[str, Ops]] = [
    ("第二张不要缩放", [{"kind": "motion", "on": False, "index": 2}]),
    ("第一张的动效关掉", [{"kind": "motion", "on": False, "index": 1}]),
    ("缩放调到1.2倍", [{"kind": "motion", "on": True, "zoom": 1.2}]),
    ("镜头动起来呗 现在太静态了", ON),
    ("推拉弱一点 看着有点晕乎", LESS_MOTION),
    ("动效太猛了", LESS_MOTION),
    ("缩放效果太小了 看不出来", MORE_MOTION),
    ("动效弱很多", _motion(0.67)),
    ("缩放效果去掉吧 老人家看着晕", OFF),
    ("画面不要晃来晃去了", OFF),
    ("不要动态效果", OFF),
    ("转场换成fade to black", _cut("fadeblack")),
    ("转场用slide 向左", _cut("slideleft")),
    ("转场0.8秒", _cut(ms=800)),
    ("转场缩短一半", _cut(factor=0.5)),
    ("转场长一倍", _cut(factor=2)),
    ("转场太突然了", _cut(factor=1.25)),
    ("每张之间加个黑场", _cut("fadeblack")),
    ("转场都去掉 硬切就好", _cut("none")),
    ("过渡时间一秒钟", _cut(ms=1000)),
    ("转场换成白闪 1秒", _cut("fadewhite", 1000)),
    ("第三张和第四张之间用擦除", [{"kind": "transition", "name": "wiperight", "index": 4}]),
    ("换成从右往左滑的转场", _cut("slideleft")),
    ("整体快一点点 有点无聊", FASTER),
    ("放慢很多 葬礼用的", _speed(1.5)),
    ("节奏放缓", SLOWER),
    ("每张照片3秒钟左右", _secs(3)),
    ("图片每张停2s", _secs(2)),
    ("第四张多停会儿", _longer(1.25, 4)),
    ("狗狗那张再久点 好可爱", _longer(1.25, 3)),
    ("来个暖暖的色调", _look("warm")),
    ("加个黑白滤镜 怀念爷爷", _look("bw")),
    ("颜色太灰了 鲜艳点", _look("vivid")),
    ("冷色系", _look("cool")),
    ("sepia那种", _look("sepia")),
    ("用vintage滤镜", _look("sepia")),
]  # fmt: skip

OWN_AFTER: list[tuple[Ops, str, Ops]] = [
    (_cut("fadeblack"), "转场别用黑场了 换回叠化", _cut("crossfade")),
    (FASTER, "速度再快点", FASTER),
    (_look("sepia"), "原图颜色就好 不要滤镜", _look("none")),
]  # fmt: skip

# written after the fixes, as further variants of what was fixed
LATER_21: list[tuple[str, Ops]] = [
    ("每张都减半秒", _secs(2.5)),
    ("第二张减掉一秒", _secs(2, 2)),
    ("转场减到0.3秒", _cut(ms=300)),
    ("转场感觉长了点", _cut(factor=0.8)),
    pytest.param("音乐好像大了点", [{"kind": "music_volume", "factor": 0.8}],
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "大了点/小了一点 of the volume is read as turned up / down a bit (the 了 "
                     "closes it: tests/test_nlu_probes_zh_more.py '音乐小了一点'); only the pace "
                     "and lengths read 'X了点' as a bit too X"))),
    ("感觉有点拖", FASTER),
    ("好像有点慢", FASTER),
    ("转场从右边滑到左边", _cut("slideleft")),
    ("转场从下面推到上面", _cut("pushup")),
    ("别动得那么厉害", LESS_MOTION),
    ("晃得眼睛都花了", OFF),
    ("偏冷调一点", _look("cool")),
    ("速度降一半吧", _speed(2)),
    ("用闪白好了", _cut("fadewhite")),
    ("每张两秒好了 音乐换成欢快的", [*_secs(2), {"kind": "music", "source": "upbeat"}]),
    ("字幕都看不完 慢一点", SLOWER),
    ("照片放大慢一点", LESS_MOTION),
    ("放大的快一点", MORE_MOTION),
    ("转场用那种往左擦的", _cut("wipeleft")),
    ("转场搞成圈圈那种", _cut("circle")),
    ("色彩鲜明点", _look("vivid")),
    ("画面饱和度拉满", _look("vivid")),
    ("转场减少到半秒", _cut(ms=500)),
    ("第三张减到两秒", _secs(2, 3)),
    ("镜头不要推那么近", LESS_MOTION),
    ("别推太近", LESS_MOTION),
    ("照片在画面里慢慢移动", ON),
    ("镜头左右移动", ON),
    ("每张加个放大", ON),
    ("把第二张慢慢移动到后面", [{"kind": "move", "index": 2, "to": "end"}]),  # still a move
    ("节奏再紧一点", FASTER),
    ("节奏松一点", SLOWER),
    ("切换时间1秒", _secs(1)),
    ("照片切换时间2秒", _secs(2)),
    ("两张照片中间过渡慢一点", SOFTER_CUTS),
    ("两张中间用白场", _cut("fadewhite")),
    ("镜头往前推", ON),
    ("从远到近慢慢推", ON),
    ("画面往外拉", ON),
    ("镜头往左平移", ON),
    ("照片动的慢一点", LESS_MOTION),
    ("照片动的快一点", MORE_MOTION),
    ("缩放的时间长一点", LESS_MOTION),
    ("照片放大的时间长一点", LESS_MOTION),
    ("动效时间短一点", MORE_MOTION),
    ("放大的时候慢一点", LESS_MOTION),
    ("每张照片时间长一点", _longer(1.25)),
    ("照片从远到近排", [{"kind": "sort", "by": "date"}]),
    # a photo pushed earlier is moved, never the push transition beside it
    ("把第三张往前推", [{"kind": "move", "index": 3, "to": 2}]),
    ("把狗那张往前推一下", [{"kind": "move", "index": 3, "to": 2}]),
    ("动效温柔点", LESS_MOTION),
    ("放大少一点", LESS_MOTION),
    ("放大多一点", MORE_MOTION),
    ("推得再深一点", MORE_MOTION),
    ("推得浅一点", LESS_MOTION),
    ("字幕放大多一点", [{"kind": "text_style", "target": "captions", "size": 1.25}]),
]  # fmt: skip

# the camera's move named right after it was stilled: turned back on, never an undo beside it
MOVE_WANTED_AFTER_ALL: list[tuple[Ops, str, Ops]] = [
    (OFF, "动效还是要的", ON),
    (OFF, "缩放还是要吧", ON),
    (OFF, "算了 动效还是留着", ON),
    (OFF, "动效还是要的 弱一点", LESS_MOTION),
    (OFF, "还是要的", [{"kind": "undo"}]),
]  # fmt: skip

# one photo's move taken off: the photo stays (before, it was deleted and every photo stilled)
ONE_PHOTO_MOVE_OFF: list[tuple[str, Ops]] = [
    ("第三张的推拉去掉", [{"kind": "motion", "on": False, "index": 3}]),
    ("把第三张的缩放效果去掉", [{"kind": "motion", "on": False, "index": 3}]),
    ("狗那张的缩放去掉", [{"kind": "motion", "on": False, "index": 3}]),
    ("第三张去掉缩放", [{"kind": "motion", "on": False, "index": 3}]),
    ("第二张的动效删了吧", [{"kind": "motion", "on": False, "index": 2}]),
    ("第三张删掉", [{"kind": "remove", "index": 3}]),
    ("删掉第三张 缩放去掉", [{"kind": "remove", "index": 3}, *OFF]),
]  # fmt: skip

# "狗那张别动": kept still, or kept in its place? neither is guessed
OWN_NOTHING = [
    "转场",
    "滤镜怎么样",
    "这个转场好看吗",
    "动效还行",
    "颜色调一下",
    "狗那张别动",
    "转场还可以",
    "主题鲜明一点",
    "照片从左边滑到右边",
]


@pytest.mark.parametrize(
    ("text", "ops"), PARA_SECONDS + PARA_SPEED + PARA_TRANSITION + PARA_MOTION + PARA_LOOK
)
def test_a_training_request_said_by_someone_else_is_done_the_same(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize(("before", "text", "ops"), PARA_AFTER)
def test_a_follow_up_said_by_someone_else_is_done_the_same(
    before: Ops, text: str, ops: Ops
) -> None:
    _reads(text, {"ops": ops}, before)


@pytest.mark.parametrize(("text", "ops"), LATER_21)
def test_a_bit_too_much_a_length_taken_off_or_a_way_said_around_the_verb(
    text: str, ops: Ops
) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize(("before", "text", "ops"), MOVE_WANTED_AFTER_ALL)
def test_the_move_wanted_after_all_is_turned_back_on(before: Ops, text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops}, before)


@pytest.mark.parametrize(("text", "ops"), ONE_PHOTO_MOVE_OFF)
def test_one_photos_move_taken_off_keeps_the_photo(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize(("text", "ops"), OWN)
def test_motion_cuts_pace_and_colour_said_in_chat_are_done(text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops})


@pytest.mark.parametrize(("before", "text", "ops"), OWN_AFTER)
def test_a_follow_up_on_the_cut_pace_or_colour_is_done(before: Ops, text: str, ops: Ops) -> None:
    _reads(text, {"ops": ops}, before)


@pytest.mark.parametrize("text", OWN_NOTHING)
def test_a_bare_topic_or_a_remark_on_the_style_changes_nothing(text: str) -> None:
    _changes_nothing(text)
