"""Chinese as it is really typed (fourth round): numbered lists ("1.竖屏 2.每张3秒 3.加欢快的音乐",
whose 1 is no length), requests joined by 顺便 (the title is not "夏天顺便把音乐换成lofi"),
"字体改成红色" (the text's colour, not asked back), "两边模糊的去掉" (the blurred sides, never
the blurry photos culled), "怎么有黑边" (a complaint: the picture filled, not bars added),
"视频总时长控制在一分钟以内" (at most a minute: never lengthened to 60 s), "存到相册" (an
export, not a slideshow), "开头加个黑场淡入" (the video fades in), "小红书封面比例" (3:4), and
pinyin slips ("换灯片", "背景音了")."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.instruct.list_marks import unmarked
from photo_video_maker.model.edit_types import SetFit

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, probe

VERTICAL = {"kind": "aspect", "aspect": "9:16"}
EACH_3 = {"kind": "seconds_per_photo", "seconds": 3}
UPBEAT = {"kind": "music", "source": "upbeat"}
LOFI = {"kind": "music", "source": "lofi"}
SUMMER = {"kind": "title", "text": "夏天"}
SECOND_LAST = [{"kind": "remove", "index": 2}, {"kind": "move", "index": 3, "to": "end"}]
ONE_3_5 = [{"kind": "remove", "index": k} for k in (5, 3, 1)]

NUMBERED_LISTS: list[tuple[str, list[dict[str, Any]]]] = [
    ("1.竖屏 2.每张3秒 3.加欢快的音乐", [VERTICAL, EACH_3, UPBEAT]),
    ("1、竖屏 2、每张3秒 3、加欢快的音乐", [VERTICAL, EACH_3, UPBEAT]),
    ("一、竖屏 二、每张3秒", [VERTICAL, EACH_3]),
    ("1. 删掉第二张\n2. 第三张放最后", SECOND_LAST),
    ("1. vertical 2. 3 secs each 3. upbeat music", [VERTICAL, EACH_3, UPBEAT]),
    ("1) vertical 2) 3 secs each", [VERTICAL, EACH_3]),
]

# numbers that are not list marks keep their value
NOT_MARKS: list[tuple[str, list[dict[str, Any]]]] = [
    ("每张1.5秒", [{"kind": "seconds_per_photo", "seconds": 1.5}]),
    ("音量调到 50", [{"kind": "music_volume", "percent": 50}]),
    ("删掉1、3、5", ONE_3_5),
]

RUN_ONS: list[tuple[str, list[dict[str, Any]]]] = [
    ("标题改成夏天顺便把音乐换成lofi", [SUMMER, LOFI]),
    ("标题改成夏天顺便竖屏", [SUMMER, VERTICAL]),
    ("每张3秒 顺便把转场去掉", [EACH_3, {"kind": "transition", "name": "none"}]),
    ("竖屏，，，每张3秒！！", [VERTICAL, EACH_3]),
    ("竖屏 并且 每张3秒", [VERTICAL, EACH_3]),
]

WORDS: list[tuple[str, list[dict[str, Any]]]] = [
    ("字体改成红色", [{"kind": "text_style", "color": "red"}]),
    ("字体颜色改成红色", [{"kind": "text_style", "color": "red"}]),
    ("字体颜色改成白色 ", [{"kind": "text_style", "color": "white"}]),
    ("怎么有黑边", [{"kind": "fit", "fit": "cover"}]),
    ("黑边好丑", [{"kind": "fit", "fit": "cover"}]),
    ("照片完整显示，有黑边也没事", [{"kind": "fit", "fit": "contain"}]),
    ("开头加个黑场淡入", [{"kind": "video_fade", "fade_in_ms": 1000}]),
    ("结尾加个黑场淡出3秒", [{"kind": "video_fade", "fade_out_ms": 3000}]),
    ("小红书封面比例", [{"kind": "aspect", "aspect": "3:4"}]),
    ("做成小红书封面那种比例", [{"kind": "aspect", "aspect": "3:4"}]),
    ("每张换灯片停两秒半", [{"kind": "seconds_per_photo", "seconds": 2.5}]),
    ("背景音了换成轻松的", [{"kind": "music", "source": "calm"}]),
    ("视频总时长控制在10秒以内", [{"kind": "total_length", "seconds": 10}]),
]


@pytest.mark.parametrize(("text", "ops"), NUMBERED_LISTS)
def test_a_numbered_list_is_its_requests_and_its_numbers_are_no_values(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), NOT_MARKS)
def test_decimals_and_lists_of_photos_keep_their_numbers(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


def test_list_marks_become_commas_of_the_same_length() -> None:
    assert unmarked("1.竖屏 2.每张3秒") == ", 竖屏 , 每张3秒"
    assert len(unmarked("1、竖屏 2、每张3秒")) == len("1、竖屏 2、每张3秒")
    assert unmarked("竖屏 2.每张3秒") == "竖屏 2.每张3秒"  # one mark in mid-line counts nothing


@pytest.mark.parametrize(("text", "ops"), RUN_ONS)
def test_requests_joined_by_shunbian_or_bare_punctuation_are_each_done(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), WORDS)
def test_font_colour_black_bars_fade_from_black_and_pinyin_slips(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["两边模糊的去掉", "两边的模糊不要了"])
def test_the_blurred_sides_taken_away_asks_fill_or_bars_and_never_culls_photos(text: str) -> None:
    reading = probe(text)
    assert reading.edits == []
    assert [o.edits for o in reading.clarify] == [[SetFit(fit="cover")], [SetFit(fit="contain")]]


@pytest.mark.parametrize("text", ["视频总时长控制在一分钟以内", "视频不要超过一分钟"])
def test_a_cap_said_with_the_video_length_named_never_lengthens_the_video(text: str) -> None:
    reading = probe(text)
    assert reading.edits == [] and reading.question == "length"


@pytest.mark.parametrize("text", ["存到相册", "保存到相册", "帮我存到手机"])
def test_saved_to_the_album_is_an_export_and_no_slideshow(text: str) -> None:
    reading = probe(text)
    assert reading.route == "export" and reading.edits == []
