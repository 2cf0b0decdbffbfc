"""Still more Chinese phrasings of our own (beside tests/test_nlu_probes_zh.py): plain requests
as people type them, each family read alike and judged exactly as corpus lines are
(tests/nlu/, bench/nlu.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.instruct.interpret import read

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "nlu"))
from harness import EDITS, MEDIA, Line, judge, start  # noqa: E402


def _ops(*ops: dict[str, Any]) -> dict[str, Any]:
    return {"ops": list(ops)}


ASK = {"clarify": True}
MOVING = _ops({"kind": "motion", "on": True})
STILL = _ops({"kind": "motion", "on": False})
LESS_MOTION = _ops({"kind": "motion", "on": True, "factor": 0.8})
UPLOAD = {"route": "upload"}
COUNT = {"answer": "count"}
DATES = _ops({"kind": "date_captions", "place": False})
TO_SONG = _ops({"kind": "length_to_song"})
UNDO = _ops({"kind": "undo"})


def _fps(rate: int) -> dict[str, Any]:
    return _ops({"kind": "fps", "fps": rate})


def _trans(name: str) -> dict[str, Any]:
    return _ops({"kind": "transition", "name": name})


PROBES: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "a_frame_rate_one_step_up_or_down": [
        ("帧率改高点", _fps(60)),
        ("帧数调高", _fps(60)),
        ("帧率提到最高", _fps(60)),
        ("帧率最低", _fps(24)),
        ("帧率改低点", ASK),  # 24 or 25?
        ("帧率降低一点", ASK),
        ("帧率低一些", ASK),
    ],
    "a_place_said_after_a_new_caption_is_that_caption_s": [
        ("第五张加字幕“周日截止”，放顶部",
         _ops({"kind": "caption", "index": 5, "text": "周日截止", "pos": "top"})),
        ("第四张加红色字幕“森林”，放顶部",
         _ops({"kind": "caption", "index": 4, "text": "森林", "color": "red", "pos": "top"})),
        ("给字幕换个颜色，红色", _ops({"kind": "text_style", "target": "captions",
                                    "color": "red"})),
    ],
    "photos_that_look_too_still_should_move": [
        ("照片都是静止的，动一下", MOVING),
        ("照片动一下", MOVING),
        ("画面太静了", MOVING),
        ("照片太静态了", MOVING),
        ("晃得我头晕", STILL),
        ("照片放大的太多了", LESS_MOTION),
        ("缩放得太厉害了", LESS_MOTION),
    ],
    "photos_still_to_add": [
        ("我要加照片", UPLOAD),
        ("加点照片", UPLOAD),
        ("还想再加些照片", UPLOAD),
    ],
    "the_count_asked_with_duoshao": [
        ("一共多少张", COUNT),
        ("照片数量", COUNT),
        ("总共有多少张照片", COUNT),
    ],
    "dates_shown_on_the_photos": [
        ("照片上显示拍摄日期", DATES),
        ("把日期标出来", DATES),
        ("照片下面显示日期", DATES),
    ],
    "as_long_as_the_song_said_with_align": [
        ("视频时长对齐音乐", TO_SONG),
        ("配合歌曲长度", TO_SONG),
        ("音乐多长视频多长", TO_SONG),
    ],
    "a_file_size_said_with_less_than": [
        ("文件小于50兆", _ops({"kind": "size_limit", "mb": 50})),
        ("大小控制在16M以内", _ops({"kind": "size_limit", "mb": 16})),
    ],
    "a_transition_named_by_how_it_looks": [
        ("中间黑一下", _trans("fadeblack")),
        ("转场多样一点", _trans("random")),
        ("转场随便来", _trans("random")),
    ],
    "a_space_between_two_requests_ends_the_first": [
        ("不要转场 直接切", _trans("none")),
        ("太短了 改三秒半", ASK),  # each photo or the whole video, as with a comma
        ("去掉缩放效果 看着头晕", STILL),
        ("第一张加字幕 海边", _ops({"kind": "caption", "index": 1, "text": "海边"})),
        ("嗯 是竖屏还是横屏", {"answer": "format"}),
    ],
    "le_closes_a_complaint_typed_without_commas": [
        ("不要转场了每张1秒", _ops({"kind": "transition", "name": "none"},
                                 {"kind": "seconds_per_photo", "seconds": 1})),
        ("第二张被裁了完整显示加黑边", _ops({"kind": "fit", "fit": "contain", "index": 2})),
        ("转场太慢了快很多", _ops({"kind": "transition", "factor": 0.67})),
        ("太短了改三秒半", ASK),
        ("删了第三张", _ops({"kind": "remove", "index": 3})),
        ("第一张糊了不要", _ops({"kind": "remove", "index": 1})),
        ("音乐小了一点", _ops({"kind": "music_volume", "factor": 0.8})),
    ],
    "a_number_glued_to_bgm": [
        ("BGM20%", _ops({"kind": "music_volume", "percent": 20})),
        ("bgm50", _ops({"kind": "music_volume", "percent": 50})),
    ],
    "played_that_many_times_as_fast": [
        ("1.5倍速", _ops({"kind": "speed", "factor": 0.67})),
        ("0.5倍速播放", _ops({"kind": "speed", "factor": 2.0})),
    ],
    "too_high_asks_for_lower": [
        ("音量太低了", _ops({"kind": "music_volume", "factor": 1.25})),
        ("音乐有点高", _ops({"kind": "music_volume", "factor": 0.8})),
        ("帧率太高了", ASK),
    ],
    "a_text_s_words_are_the_text": [
        ("标题内容改成 夏天", _ops({"kind": "title", "text": "夏天"})),
        ("字幕的内容改成“城市之夜”", _ops({"kind": "caption", "index": 2, "text": "城市之夜"})),
    ],
    "plain_words_of_other_families": [
        ("把视频声音打开", _ops({"kind": "mute_clips", "on": False})),
        ("音乐慢慢结束", _ops({"kind": "music_fade", "fade_out_ms": 2000})),
        ("背景音乐调到一半", _ops({"kind": "music_volume", "factor": 0.5})),
        ("色彩正常就行", _ops({"kind": "look", "look": "none"})),
        ("快进一点", _ops({"kind": "speed", "factor": 0.8})),
        ("每张再多停会儿", _ops({"kind": "seconds_per_photo", "factor": 1.25})),
        ("帮我把转场改成往左滑", _trans("slideleft")),
        ("能再添加个视频吗", UPLOAD),
        ("我想再添加几张照片", UPLOAD),
        ("还是让照片动吧", MOVING),
        ("别让照片动", STILL),
    ],
    "a_dislike_alone_is_about_nothing_yet": [
        ("太丑了", {"none": "general"}),
        ("不好看", {"none": "general"}),
    ],
    "a_list_of_photos_said_with_spaces_stays_one_list": [
        ("第二张 第三张 删掉", _ops({"kind": "remove", "index": 3},
                                  {"kind": "remove", "index": 2})),
        ("第一张 加字幕 出发", _ops({"kind": "caption", "index": 1, "text": "出发"})),
        ("标题改成 我们的夏天 放上面", _ops({"kind": "title", "text": "我们的夏天", "pos": "top"})),
        ("第三张拍到我手指了删掉", _ops({"kind": "remove", "index": 3})),
        ("照片太多了删掉最后一张", _ops({"kind": "remove", "index": 5})),
    ],
    "the_count_of_characters_is_no_text": [
        ("第3张写上“旺财”两个字", _ops({"kind": "caption", "index": 3, "text": "旺财"})),
        ("第四张图片上加上“森林徒步”四个字",
         _ops({"kind": "caption", "index": 4, "text": "森林徒步"})),
        ("第三张写“豆豆”，黄色的字",
         _ops({"kind": "caption", "index": 3, "text": "豆豆", "color": "yellow"})),
        ("第一张加字幕“出发”，字大一点",
         _ops({"kind": "caption", "index": 1, "text": "出发", "size": 1.25})),
    ],
    "where_two_photos_meet": [
        ("衔接柔和一点", _ops({"kind": "transition", "factor": 1.25})),
        ("转场硬一点", _ops({"kind": "transition", "factor": 0.8})),
        ("淡出淡入的转场", _trans("crossfade")),
        ("转场用圆形展开", _trans("circle")),
        ("翻页效果", {"none": "transition"}),
    ],
    "a_look_asked_for_or_complained_of": [
        ("偏蓝一点", _ops({"kind": "look", "look": "cool"})),
        ("偏黄一点", _ops({"kind": "look", "look": "warm"})),
        ("胶片风格", _ops({"kind": "look", "look": "sepia"})),
        ("饱和度拉高", _ops({"kind": "look", "look": "vivid"})),
        ("照片一直在动看着好累", STILL),
    ],
    "the_song_called_bgm_or_peiyue": [
        ("照片跟着BGM节拍切换", _ops({"kind": "cut_to_beat"})),
        ("视频长度跟配乐一样", TO_SONG),
        ("暖色调，音乐小一点声", _ops({"kind": "look", "look": "warm"},
                                   {"kind": "music_volume", "factor": 0.8})),
        ("那个现在是横屏还是竖屏", {"answer": "format"}),
    ],
}  # fmt: skip

AFTER_A_CHANGE = [
    ("换回原来的", {"kind": "transition", "name": "slideleft"}),
    ("还是原来的好", {"kind": "look", "look": "bw"}),
]


@pytest.mark.parametrize(("text", "before"), AFTER_A_CHANGE)
def test_back_to_how_it_was_undoes_the_last_change(text: str, before: dict[str, Any]) -> None:
    line = Line(
        id="probe", lang="zh", text=text, expect=UNDO, after=EDITS.validate_python([before])
    )
    reading = read(text, start(line), MEDIA, line.after)
    assert judge(line, reading) is None, (text, reading)


CASES = [(family, text, expect) for family, items in PROBES.items() for text, expect in items]


@pytest.mark.parametrize(("family", "text", "expect"), CASES, ids=[f"{f}-{t}" for f, t, _ in CASES])
def test_more_chinese_phrasings_of_a_family_are_read_alike(
    family: str, text: str, expect: dict[str, Any]
) -> None:
    line = Line(id=f"probe:{family}", lang="zh", text=text, expect=expect, after=[])
    reading = read(text, start(line), MEDIA)
    assert judge(line, reading) is None, (text, reading)


def test_a_frame_rate_step_down_asks_in_chinese_words() -> None:
    """ "帧率改低点" offers the rates below 30 in plain Chinese, changing nothing yet."""
    line = Line(id="probe", lang="zh", text="帧率改低点", expect=ASK, after=[])
    reading = read(line.text, start(line), MEDIA)
    assert not reading.edits
    assert [option.label for option in reading.clarify] == ["每秒 24 帧", "每秒 25 帧"]
