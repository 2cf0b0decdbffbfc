"""Chinese as typed in WeChat about how the photos move (缩放, 推拉, 平移, 动效, 镜头移动, 放大缩小,
"别晃了", "动得慢一点", "画面别动", "动感强一点") and how one photo gives way to the next (转场,
过渡, 切换效果, 淡入淡出, 溶解, 擦除, 滑动, 叠化, 硬切, 转场时间), for every photo or one photo or
one pair. Typed the way people chat: 口语 and particles (吧/呗/哈/嘛/啦), 那个/就是/帮我/给我,
一下/一点, English words inside (zoom, transition, crossfade), homophone slips of the pinyin
keyboard (过度 for 过渡); a 取消/撤/不要 that turns an effect off is no undo, "slower movement"
changes no photo's time, and a "不要动" said of a photo without more (kept still, or left as it
is?) changes nothing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, EDITS, MEDIA, assert_does, fixture, outcome, probe

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edits import apply_edits

Ops = list[dict[str, Any]]

OFF: Ops = [{"kind": "motion", "on": False}]
ON: Ops = [{"kind": "motion", "on": True}]
LESS: Ops = [{"kind": "motion", "on": True, "factor": 0.8}]
MORE: Ops = [{"kind": "motion", "on": True, "factor": 1.25}]


def _off(i: int) -> Ops:
    return [{"kind": "motion", "on": False, "index": i}]


def _step(i: int, factor: float) -> Ops:
    return [{"kind": "motion", "on": True, "factor": factor, "index": i}]


MOTION_ALL: list[Any] = [
    ("照片别晃了行不 眼睛疼", OFF),
    ("动效关一下呗", OFF),
    ("那个zoom效果去掉吧 有点土", OFF),
    ("画面别动 静态的就行", OFF),
    ("帮我把放大缩小的那个效果取消掉", OFF),
    ("不要缩放了 谢谢", OFF),
    ("镜头移动撤掉吧", OFF),
    ("取消缩放", OFF),
    ("把动效撤了吧 太花哨", OFF),
    ("不要zoom了哈", OFF),
    ("zoom in zoom out那个别要了", OFF),
    ("平移的效果关掉", OFF),
    ("画面晃来晃去的 晕死了 别动了", OFF),
    ("动感强一点呗 现在太平了", MORE),
    ("动得慢一点", LESS),
    ("照片动得慢一点吧", LESS),
    ("zoom慢一点 太快了", LESS),
    ("镜头移动的幅度小一丢丢", LESS),
    ("缩放再明显点嘛", MORE),
    ("推拉感强很多", [{"kind": "motion", "on": True, "factor": 1.5}]),
    ("缩放强度调到1.3吧", [{"kind": "motion", "on": True, "zoom": 1.3}]),
    ("放大幅度设成1.5", [{"kind": "motion", "on": True, "zoom": 1.5}]),
    ("照片动得太厉害了", LESS),
    ("动效弱一点点哈", LESS),
    ("镜头推得太猛了 缓一点", LESS),
    ("zoom幅度大一点 要有那种推进的感觉", MORE),
    ("缩放效果减半", [{"kind": "motion", "on": True, "factor": 0.5}]),
    ("动效加倍", [{"kind": "motion", "on": True, "factor": 2}]),
    ("给我把ken burns关了", OFF),
    ("zoom太大了", LESS),
    ("镜头别老是推来推去的 停了吧", OFF),
    ("那个 动效能不能再强点", MORE),
]  # fmt: skip

MOTION_ONE: list[Any] = [
    ("第三张别放大了", _off(3)),
    ("狗那张不要zoom", _off(3)),
    ("最后一张照片别动了 静止就好", _off(5)),
    ("第二张动感强一点", _step(2, 1.25)),
    ("海边那张的缩放小一点", _step(1, 0.8)),
    ("第一张的镜头移动取消", _off(1)),
    ("只有第四张不要缩放", _off(4)),
    ("森林那张zoom大点", _step(4, 1.25)),
    ("花园那张照片静止吧", _off(5)),
    ("第2张晃得厉害 关掉动效", _off(2)),
]  # fmt: skip

MOTION_AFTER: list[tuple[Ops, str, Ops]] = [
    (OFF, "还是动起来吧", ON),
    (OFF, "算了 缩放还是加回来", ON),
    (LESS, "再小一点", LESS),
    (MORE, "再强一点", MORE),
    (_off(3), "第四张也是", _off(4)),
]  # fmt: skip

SLOWER: Ops = [{"kind": "transition", "factor": 1.25}]
QUICKER: Ops = [{"kind": "transition", "factor": 0.8}]
NONE: Ops = [{"kind": "transition", "name": "none"}]
CROSS: Ops = [{"kind": "transition", "name": "crossfade"}]


def _tr(**kw: Any) -> Ops:
    return [{"kind": "transition", **kw}]


TRANSITIONS: list[Any] = [
    ("转场快一点呗", QUICKER),
    ("过渡慢点 太突然了", SLOWER),
    ("切换效果换成淡入淡出", CROSS),
    ("transition改成溶解吧", CROSS),
    ("照片之间用擦除的效果", _tr(name="wiperight")),
    ("转场用叠化就行", CROSS),
    ("直接硬切吧 不要过渡了", NONE),
    ("转场时间设成1秒", _tr(ms=1000)),
    ("转场弄成0.5s", _tr(ms=500)),
    ("transition时间长一点 现在一闪而过", SLOWER),
    ("过渡效果去掉", NONE),
    ("切换的时候淡入淡出一下", CROSS),
    ("转场换成黑屏过渡", _tr(name="fadeblack")),
    ("转场改成白闪", _tr(name="fadewhite")),
    ("每张之间的切换都要滑动的 从右往左", _tr(name="slideleft")),
    ("转场用那种圆形的", _tr(name="circle")),
    ("转场来个随机的吧", _tr(name="random")),
    ("过渡时长减半", _tr(factor=0.5)),
    ("转场快很多 拖死了", _tr(factor=0.67)),
    ("转场再丝滑一点", SLOWER),
    ("切换太生硬了 柔一点", SLOWER),
    ("转场利落点", QUICKER),
    ("转场用zoom的", _tr(name="zoom")),
    ("过渡改成推的 往上推", _tr(name="pushup")),
    ("转场别用黑场了 换回淡入淡出", CROSS),
    ("转场时间快一点 别拖", QUICKER),
    ("转场用滑动 向下", _tr(name="slidedown")),
    ("转场的时间改长点 1.2秒吧", _tr(ms=1200)),
    ("过度效果换成淡入淡出", CROSS),
    ("过度快一点", QUICKER),
    ("转场用迭化", CROSS),
    ("transition换成crossfade", CROSS),
    ("转场用fade to black", _tr(name="fadeblack")),
    ("给我把转场全关了 就一张一张切", NONE),
    ("帮我把转场的时间调短一点哈", QUICKER),
    ("就是那个转场 能不能慢一丢丢", SLOWER),
]  # fmt: skip

TRANSITION_PAIR: list[Any] = [
    ("第二张和第三张中间用黑场", _tr(name="fadeblack", index=3)),
    ("第一张到第二张的转场去掉", _tr(name="none", index=2)),
    ("4和5之间换成叠化", _tr(name="crossfade", index=5)),
    ("第三张跟第四张之间的过渡慢一点", _tr(factor=1.25, index=4)),
    ("狗和森林中间直接硬切", _tr(name="none", index=4)),
    ("第五张进来的时候用白闪", _tr(name="fadewhite", index=5)),
]  # fmt: skip

TRANSITIONS_AFTER: list[tuple[Ops, str, Ops]] = [
    (_tr(name="fadeblack"), "还是换回叠化吧", CROSS),
    (NONE, "还是加上转场吧 淡入淡出", CROSS),
    (QUICKER, "再快点", QUICKER),
    (_tr(name="slideleft"), "换个方向 往右", _tr(name="slideright")),
    (_tr(ms=1000), "再长一点", SLOWER),
    (_tr(name="fadeblack", index=3), "第四和第五之间也一样", _tr(name="fadeblack", index=5)),
]  # fmt: skip

BOTH: list[Any] = [
    ("不要转场 也不要缩放", NONE + OFF),
    ("转场慢一点 照片的动效也小一点", SLOWER + LESS),
    ("动感强一点 转场快一点", MORE + QUICKER),
    ("zoom关了 转场换成叠化", OFF + CROSS),
]  # fmt: skip

# written after the fixes, to check each covers its kind of phrasing
VARIANTS: list[Any] = [
    ("转场撤了吧 直接切", NONE),
    ("把zoom撤了", OFF),
    ("平移也不要了", OFF),
    ("镜头平移幅度小一点", LESS),
    ("城市那张静止", _off(2)),
    ("第四张zoom小一点", _step(4, 0.8)),
    ("最后一张别晃了", _off(5)),
    ("第二张不要动了 保持静止", _off(2)),
    ("转场慢很多 太快了", _tr(factor=1.5)),
    ("照片快很多 慢死了", [{"kind": "speed", "factor": 0.67}]),
    ("过度时间改成1秒", _tr(ms=1000)),
    ("过度去掉吧", NONE),
    ("1和2之间用白闪", _tr(name="fadewhite", index=2)),
    ("3跟4中间硬切", _tr(name="none", index=4)),
    ("最后一张进来的时候用叠化", _tr(name="crossfade", index=5)),
    ("转场改成滑动 往下滑", _tr(name="slidedown")),
    ("转场用推的 往右推", _tr(name="pushright")),
    ("第四张晃得太厉害了 动效关掉吧", _off(4)),
    ("花园那张缩放太猛 弱一点", _step(5, 0.8)),
]  # fmt: skip

# more sentences written while probing after the fixes (each failed before its fix)
FOUND_LATER: list[Any] = [
    ("转场别太长 0.5秒", _tr(ms=500)),
    ("照片别太长 2秒", [{"kind": "seconds_per_photo", "seconds": 2}]),
    ("最后一个转场慢一点", _tr(factor=1.25, index=-1)),
    ("第一个过渡去掉", _tr(name="none", index=2)),
    ("第二个转场用黑场", _tr(name="fadeblack", index=3)),
    ("照片动感再足一点", MORE),
    ("画面一直在动 烦", OFF),
    ("烦请把转场去掉", NONE),
    ("缩放强烈一点", MORE),
    ("转场加个闪光", _tr(name="fadewhite")),
    ("第三张后面的转场换成黑场", _tr(name="fadeblack", index=4)),
    ("狗狗那张之前用黑场", _tr(name="fadeblack", index=3)),
    ("照片和视频之间的转场慢一点", _tr(factor=1.25, index=6)),
    ("最后一张照片和视频之间用黑场", _tr(name="fadeblack", index=6)),
    # variants of those
    ("第一个转场时间改成2秒", _tr(ms=2000, index=2)),
    ("动效太明显了", LESS),
    ("第三张之后的转场慢一点", _tr(factor=1.25, index=4)),
    ("第三张前面的转场去掉", _tr(name="none", index=3)),
    ("照片和视频之间用黑场", _tr(name="fadeblack", index=6)),
    ("镜头从远到近", ON),
    ("镜头由远及近 慢一点", LESS),
    ("能不能别zoom来zoom去", OFF),
    ("别缩放来缩放去的", OFF),
    ("缩小放大的效果去了吧", OFF),
    ("那个放大的特效去掉", OFF),
    ("每张照片停住不动", OFF),
    ("照片跟照片之间的过渡再长点", SLOWER),
    ("图片与图片之间用黑场", _tr(name="fadeblack")),
    ("直接cut就行 不要转场", NONE),
    ("直接cut到20秒", [{"kind": "total_length", "seconds": 20}]),
    ("fade in fade out的转场", CROSS),
    ("转场用fade in fade out", CROSS),
]  # fmt: skip

# the zoom refused beside the transitions is the zoom transition: which one instead is asked
ASKED = ["转场别用缩放", "转场的时候不要缩放"]

QUIETER: Ops = [{"kind": "music_volume", "factor": 0.8}]

VARIANTS_AFTER: list[tuple[Ops, str, Ops]] = [
    (_tr(name="pushleft"), "方向反一下", _tr(name="pushright")),
    (_tr(name="pushleft"), "向右吧", _tr(name="pushright")),
    (_tr(name="slideup", index=3), "往下吧", _tr(name="slidedown", index=3)),
    (_tr(name="crossfade", index=2), "第二和第三之间也一样", _tr(name="crossfade", index=3)),
    (_tr(name="crossfade", index=2), "3和4之间也一样吧", _tr(name="crossfade", index=4)),
    (NONE, "恢复转场", CROSS),
    (NONE, "转场打开吧", CROSS),
    # weaker still after less: a step the same way, never back
    (LESS, "再弱一些", LESS),
    (LESS, "弱一点吧", LESS),
    (MORE, "过了 收一点", LESS),
    (QUIETER, "再弱点", QUIETER),
]  # fmt: skip

# said of a photo without more, or a feeling with nothing asked: nothing is changed
NOTHING = [
    "第三张不要动",
    "转场好丑",
    "第一张别动",
    "第二张别动了",
    # two photos that are not neighbours have no one transition between them
    "1和3之间用黑场",
    "2和4之间用叠化",
    "切换",
]  # fmt: skip

QUESTIONS: list[tuple[str, str]] = [
    ("现在用的啥转场", "style"),
    ("照片有zoom效果吗", "style"),
]  # fmt: skip


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


@pytest.mark.parametrize(("text", "ops"), MOTION_ALL)
def test_movement_turned_off_or_stepped_for_every_photo_is_changed(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), MOTION_ONE)
def test_movement_of_one_named_photo_is_changed_alone(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), MOTION_AFTER)
def test_a_motion_follow_up_turns_it_back_on_or_steps_it_again(
    before: Ops, text: str, ops: Ops
) -> None:
    _does_after(before, text, ops)


@pytest.mark.parametrize(("text", "ops"), TRANSITIONS)
def test_transitions_named_timed_or_felt_are_changed(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), TRANSITION_PAIR)
def test_the_transition_between_one_pair_is_changed_alone(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), TRANSITIONS_AFTER)
def test_a_transition_follow_up_replaces_or_steps_the_last_one(
    before: Ops, text: str, ops: Ops
) -> None:
    _does_after(before, text, ops)


@pytest.mark.parametrize(("text", "ops"), BOTH)
def test_motion_and_transitions_asked_together_are_both_done(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", NOTHING)
def test_a_photo_not_to_be_touched_or_a_bare_feeling_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert reading.edits == [] and not reading.route, (text, reading)


@pytest.mark.parametrize(("text", "answer"), QUESTIONS)
def test_a_question_about_motion_or_transitions_is_answered(text: str, answer: str) -> None:
    reading = probe(text)
    assert reading.question == answer and reading.edits == [], (text, reading)


@pytest.mark.parametrize(("text", "ops"), VARIANTS)
def test_more_ways_of_asking_for_motion_or_transitions_are_read(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), FOUND_LATER)
def test_a_counted_transition_or_a_length_after_a_complaint_is_read(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), VARIANTS_AFTER)
def test_a_way_or_a_place_said_after_a_transition_changes_that_one(
    before: Ops, text: str, ops: Ops
) -> None:
    _does_after(before, text, ops)


@pytest.mark.parametrize("text", ASKED)
def test_a_zoom_transition_refused_asks_which_one_instead(text: str) -> None:
    reading = probe(text)
    assert reading.clarify and not reading.edits, (text, reading)
