"""Chinese phrasings of our own, beside the corpus: each family a request is said in (colloquial
verbs, measure words, Chinese numerals, a story before "所以", two photos named at once) is read
the same way, judged exactly as corpus lines are (tests/nlu/, bench/nlu.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import (
    Edit,
    SetCaption,
    SetMusic,
    SetMusicVolume,
    SetSecondsPerPhoto,
    SetTitle,
    SetTransition,
)

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "nlu"))
from harness import MEDIA, Line, judge, start  # noqa: E402
from probes_zh_more import MORE_PROBES  # noqa: E402


def _ops(*ops: dict[str, Any]) -> dict[str, Any]:
    return {"ops": list(ops)}


SWAP_2_5 = _ops({"kind": "swap", "i": 2, "j": 5})
REMOVE_2_5 = _ops({"kind": "remove", "index": 5}, {"kind": "remove", "index": 2})
SHUFFLE = _ops({"kind": "shuffle"})
UNDO = _ops({"kind": "undo"})
STATE = {"route": "state"}
LOUDER = _ops({"kind": "music_volume", "factor": 1.25})

PROBES: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "two_photos_named_at_once": [
        ("把第二张和第五张换一下", SWAP_2_5),
        ("二、五两张对调", SWAP_2_5),
        ("把二号和五号照片换个位置", SWAP_2_5),
        ("二五互换", SWAP_2_5),
        ("2和5换一下", SWAP_2_5),
        ("删掉二、五两张", REMOVE_2_5),
        ("第二和第五张删掉", REMOVE_2_5),
        (
            "删掉狗和城市这两张",
            _ops({"kind": "remove", "name": "dog.jpg"}, {"kind": "remove", "name": "city.jpg"}),
        ),
    ],
    "a_story_around_one_request": [
        ("这是给我爸六十大寿做的，他眼神不太好，字幕大一点",
         _ops({"kind": "text_style", "target": "captions", "size": 1.25})),
        ("我儿子第一次去海边，特别开心，标题写“第一次看海”",
         _ops({"kind": "title", "text": "第一次看海"})),
        ("周末带狗狗去公园拍的，想要温馨一点的音乐", _ops({"kind": "music", "source": "calm"})),
        ("刚拍的照片，顺序有点乱，按时间排一下", _ops({"kind": "sort", "by": "date"})),
        ("这些都是手机拍的，有点暗，调亮一点", {"none": "look"}),
    ],
    "story_then_so": [
        ("派对很吵，所以把音乐调大声点", LOUDER),
        ("昨天大家玩得很开心，所以音乐换欢快一点", _ops({"kind": "music", "source": "upbeat"})),
        (
            "照片有点多，所以每张短一点",
            _ops({"kind": "seconds_per_photo", "factor": 0.8}),
        ),
        ("因为奶奶眼睛不好所以字幕大一点", _ops({"kind": "text_style", "target": "captions",
                                            "size": 1.25})),
    ],
    "replaced_value_after_cong": [
        ("把帧率从30改到60", _ops({"kind": "fps", "fps": 60})),
        ("每张从三秒改成五秒", _ops({"kind": "seconds_per_photo", "seconds": 5})),
        ("帧率降到25", _ops({"kind": "fps", "fps": 25})),
        ("用高帧率", _ops({"kind": "fps", "fps": 60})),
        ("画面更顺滑一点，帧率高点", _ops({"kind": "fps", "fps": 60})),
        ("每秒60格", _ops({"kind": "fps", "fps": 60})),
        ("做成长方形的", _ops({"kind": "aspect", "aspect": "16:9"})),
    ],
    "shuffle_said_loosely": [
        ("随机一下顺序", SHUFFLE),
        ("把顺序弄乱", SHUFFLE),
        ("顺序乱一乱", SHUFFLE),
        ("照片洗个牌", SHUFFLE),
    ],
    "sorting_with_a_place": [
        ("最新的放最后", _ops({"kind": "sort", "by": "date"})),
        ("最早的放最后", _ops({"kind": "sort", "by": "date", "reverse": True})),
        ("最近拍的排在前头", _ops({"kind": "sort", "by": "date", "reverse": True})),
        ("反着排", _ops({"kind": "reverse"})),
    ],
    "undo_said_loosely": [
        ("不要刚才那个改动", UNDO),
        ("回到刚才那样", UNDO),
        ("刚才那一步不要了", UNDO),
        ("撤回一下", UNDO),
        ("我后悔了，改回去", UNDO),
        ("不要这个效果了，恢复", UNDO),
    ],
    "state_said_loosely": [
        ("现在都有哪些东西", STATE),
        ("列出所有照片", STATE),
        ("让我看看现在啥样", STATE),
        ("当前的设置是什么", STATE),
        ("现在视频里有什么", STATE),
        ("现在的效果怎么样", STATE),
    ],
    "music_fades_said_loosely": [
        ("音乐结尾渐出", _ops({"kind": "music_fade", "fade_out_ms": 2000})),
        ("音乐开头渐入", _ops({"kind": "music_fade", "fade_in_ms": 1000})),
        ("音乐最后慢慢消失", _ops({"kind": "music_fade", "fade_out_ms": 2000})),
        ("视频结尾别黑屏", _ops({"kind": "video_fade", "fade_out_ms": 0})),
    ],
    "motion_said_loosely": [
        ("放大的幅度小一点", _ops({"kind": "motion", "on": True, "factor": 0.8})),
        ("别让照片动", _ops({"kind": "motion", "on": False})),
        ("照片保持静止", _ops({"kind": "motion", "on": False})),
    ],
    "motion_and_look_said_loosely": [
        ("给照片加点动感", _ops({"kind": "motion", "on": True})),
        ("照片加个缩放的效果吧", _ops({"kind": "motion", "on": True})),
        ("画面别一直晃", _ops({"kind": "motion", "on": False})),
        ("给视频加个滤镜，复古一点", _ops({"kind": "look", "look": "sepia"})),
        ("不要黑白了，恢复彩色", _ops({"kind": "look", "look": "none"})),
        ("颜色太艳了", _ops({"kind": "look", "look": "none"})),
        ("去掉颜色", _ops({"kind": "look", "look": "bw"})),
        ("黑白老照片风格", _ops({"kind": "look", "look": "bw"})),
        ("做成老电影的样子", _ops({"kind": "look", "look": "sepia"})),
        ("原图就好", _ops({"kind": "look", "look": "none"})),
    ],
    "colloquial_verbs": [
        ("弄个淡入淡出的转场", _ops({"kind": "transition", "name": "crossfade"})),
        ("搞成竖屏", _ops({"kind": "aspect", "aspect": "9:16"})),
        ("整成黑白的", _ops({"kind": "look", "look": "bw"})),
        ("直接硬切吧", _ops({"kind": "transition", "name": "none"})),
        ("来个竖屏的吧", _ops({"kind": "aspect", "aspect": "9:16"})),
        ("弄个方的", _ops({"kind": "aspect", "aspect": "1:1"})),
        ("来段钢琴", _ops({"kind": "music", "source": "calm"})),
    ],
    "asked_back_when_what_or_where_is_missing": [
        ("换一下", {"clarify": True}),
        ("两张换一下", {"clarify": True}),
        ("放到最后", {"clarify": True}),
        ("把狗狗那张挪一下", {"clarify": True}),
        ("标题放到最后", {"clarify": True}),
        ("删掉那张照片", {"clarify": True}),
        ("弄成紫色的", {"clarify": True}),
        ("标题和字幕用粉色或者紫色", {"clarify": True}),
    ],
    "one_place_earlier_or_later": [
        ("狗狗往前挪一位", _ops({"kind": "move", "index": 3, "to": 2})),
        ("森林那张往后挪一个", _ops({"kind": "move", "index": 4, "to": 5})),
        ("把第一张往后挪两位", _ops({"kind": "move", "index": 1, "to": 3})),
        ("头尾两个换一下", _ops({"kind": "swap", "i": 1, "j": -1})),
        ("删掉第一、三、五张", _ops({"kind": "remove", "index": 5}, {"kind": "remove", "index": 3},
                                  {"kind": "remove", "index": 1})),
    ],
    "a_value_not_meant_is_dropped": [
        ("标题放上面，别在中间", _ops({"kind": "text_style", "target": "title", "pos": "top"})),
        ("60帧太大了，改回30帧", _ops({"kind": "fps", "fps": 30})),
        ("不，45秒", _ops({"kind": "total_length", "seconds": 45})),
        ("播放速度减半，太赶了", _ops({"kind": "speed", "factor": 2.0})),
    ],
    "who_and_why_around_a_request": [
        ("我是开奶茶店的，每张两秒", _ops({"kind": "seconds_per_photo", "seconds": 2})),
        ("480p就行，我妈手机老", _ops({"kind": "resolution", "resolution": "480p"})),
        ("字幕字号小一点，挡脸了", _ops({"kind": "text_style", "target": "captions",
                                       "size": 0.8})),
        ("改成24帧，有电影感", _ops({"kind": "fps", "fps": 24})),
    ],
    "captions_said_loosely": [
        ("把第二张的字幕改一下，改成“城市之光”", _ops({"kind": "caption", "index": 2,
                                                  "text": "城市之光"})),
        ("给狗狗那张写个字幕：乖乖", _ops({"kind": "caption", "index": 3, "text": "乖乖"})),
        ("字幕放到照片上方", _ops({"kind": "text_style", "target": "captions", "pos": "top"})),
        ("字幕颜色改白", _ops({"kind": "text_style", "target": "captions", "color": "white"})),
        ("第三张的字幕放上面", _ops({"kind": "text_style", "target": "captions", "pos": "top"})),
        ("把第二张的字挪到下面", _ops({"kind": "text_style", "target": "captions",
                                     "pos": "bottom"})),
    ],
    "requests_it_cannot_do_change_nothing": [
        ("把我最喜欢的放前面", {"none": "order"}),
        ("标题用毛笔字", {"none": "text"}),
        ("把视频剪成两段", {"none": "timing"}),
        ("每张时长随机", {"none": "timing"}),
        ("画面镜像翻转", {"none": "frame"}),
        ("让照片跳舞", {"none": "motion"}),
        ("把天空调蓝一点", {"none": "look"}),
    ],
    "traditional_characters": [
        ("刪除第二張", _ops({"kind": "remove", "index": 2})),
        ("轉場用淡入淡出", _ops({"kind": "transition", "name": "crossfade"})),
        ("背景音樂小聲一點", _ops({"kind": "music_volume", "factor": 0.8})),
        ("標題改成「我們的旅行」", _ops({"kind": "title", "text": "我們的旅行"})),
        ("第二張和第五張交換", SWAP_2_5),
        ("撤銷", UNDO),
    ],
    "texts_said_after_a_space_or_named": [
        ("帮我加个标题 小区运动会", _ops({"kind": "title", "text": "小区运动会"})),
        ("片尾加个 关注我们，了解更多", _ops({"kind": "closing", "text": "关注我们，了解更多"})),
        ("加个标题 夏日派对，每张两秒", _ops({"kind": "title", "text": "夏日派对"},
                                           {"kind": "seconds_per_photo", "seconds": 2})),
        ("把标题Our trip改成“我们的旅行”", _ops({"kind": "title", "text": "我们的旅行"})),
    ],
    "the_way_a_wipe_goes": [
        ("转场用擦除，向右", _ops({"kind": "transition", "name": "wiperight"})),
        ("转场用滑动，往左", _ops({"kind": "transition", "name": "slideleft"})),
        ("转场向右滑", _ops({"kind": "transition", "name": "slideright"})),
    ],
    "a_group_of_photos": [
        ("只保留前三张", _ops({"kind": "remove", "index": 6}, {"kind": "remove", "index": 5},
                             {"kind": "remove", "index": 4})),
        ("前两张每张一秒", _ops({"kind": "seconds_per_photo", "index": 1, "seconds": 1},
                               {"kind": "seconds_per_photo", "index": 2, "seconds": 1})),
        ("删掉前面两张", _ops({"kind": "remove", "index": 2}, {"kind": "remove", "index": 1})),
    ],
    "keeping_is_no_removal": [
        ("保留第一张", {"none": "order"}),
        ("留下前三张，其他删掉", {"none": "order"}),
    ],
    "questions_by_their_form": [
        ("视频是不是有点短", {"answer": "length"}),
        ("是不是太长了", {"answer": "length"}),
        ("我的视频呢", {"answer": "output"}),
        ("我能让你干啥", {"answer": "help"}),
        ("有没有音乐", {"answer": "music"}),
    ],
    "polite_requests_are_no_questions": [
        ("是不是可以把音乐调小", _ops({"kind": "music_volume", "factor": 0.8})),
        ("有没有办法把音乐调小", _ops({"kind": "music_volume", "factor": 0.8})),
    ],
    "chinese_numerals_everywhere": [
        ("帮我调成四比三", _ops({"kind": "aspect", "aspect": "4:3"})),
        ("改成九比十六", _ops({"kind": "aspect", "aspect": "9:16"})),
        ("照片每张停个两三秒", _ops({"kind": "seconds_per_photo", "seconds": 2.5})),
        ("照片一张两秒就行", _ops({"kind": "seconds_per_photo", "seconds": 2})),
        ("总共一分钟二十秒", _ops({"kind": "total_length", "seconds": 80})),
        ("音量调成七成", _ops({"kind": "music_volume", "percent": 70})),
    ],
    "style_words_are_no_text": [
        ("给字幕换个颜色，红色", _ops({"kind": "text_style", "target": "captions",
                                    "color": "red"})),
    ],
}  # fmt: skip
PROBES.update(MORE_PROBES)  # our newer phrasings, kept in their own module

CORRECTIONS = [
    ("写错了，应该是逗逗", "逗逗", SetCaption(index=3, text="豆豆")),
    ("错了，应该叫 旺财", "旺财", SetCaption(index=3, text="汪财")),
    ("是老妈不是妈妈，改成老妈生日快乐", "老妈生日快乐", SetTitle(text="妈妈生日快乐")),
]


@pytest.mark.parametrize(("text", "words", "before"), CORRECTIONS)
def test_a_text_said_wrong_is_written_again_in_full(
    text: str, words: str, before: SetCaption | SetTitle
) -> None:
    line = Line(id="probe", lang="zh", text=text, expect={}, after=[before])
    reading = read(text, start(line), MEDIA, [before])
    assert reading.edits == [before.model_copy(update={"text": words})]


def test_a_correction_with_no_words_writes_nothing() -> None:
    before = SetTitle(text="Happy birthday Mom")
    line = Line(id="probe", lang="en", text="", expect={}, after=[before])
    reading = read("oh it's Mum not Mom, fix it pls", start(line), MEDIA, [before])
    assert all(getattr(e, "text", "") != "it pls" for e in reading.edits)


AFTER_A_STEP = [
    ("还不够", SetSecondsPerPhoto(factor=0.8), [SetSecondsPerPhoto(factor=0.8)]),
    ("还是不够，再来一点", SetMusicVolume(factor=0.8), [SetMusicVolume(factor=0.8)]),
    ("还不够", SetMusic(source="calm"), []),
]


@pytest.mark.parametrize(("text", "before", "edits"), AFTER_A_STEP)
def test_not_enough_yet_takes_the_same_step_again(
    text: str, before: Edit, edits: list[Edit]
) -> None:
    line = Line(id="probe", lang="zh", text=text, expect={}, after=[before])
    assert read(text, start(line), MEDIA, [before]).edits == edits


AFTER_A_CHOICE = [
    ("换一首", SetMusic(source="upbeat")),
    ("不要这个，换一个", SetTransition(name="slideleft")),
    ("换一个", SetTransition(name="slideleft")),
]


@pytest.mark.parametrize(("text", "before"), AFTER_A_CHOICE)
def test_another_one_after_a_choice_asks_which(text: str, before: Edit) -> None:
    line = Line(id="probe", lang="zh", text=text, expect={}, after=[before])
    reading = read(text, start(line), MEDIA, [before])
    assert reading.clarify and not reading.edits


CASES = [(family, text, expect) for family, items in PROBES.items() for text, expect in items]


@pytest.mark.parametrize(("family", "text", "expect"), CASES, ids=[f"{f}-{t}" for f, t, _ in CASES])
def test_chinese_phrasings_of_a_family_are_read_alike(
    family: str, text: str, expect: dict[str, Any]
) -> None:
    line = Line(id=f"probe:{family}", lang="zh", text=text, expect=expect, after=[])
    reading = read(text, start(line), MEDIA)
    assert judge(line, reading) is None, (text, reading)


def test_a_count_after_two_digits_is_no_number_of_its_own() -> None:
    """ "五两张" is photo 5 and "两张", never 52."""
    line = Line(id="probe", lang="zh", text="二、五两张对调", expect=SWAP_2_5, after=[])
    reading = read(line.text, start(line), MEDIA)
    assert reading.edits and not reading.clarify
