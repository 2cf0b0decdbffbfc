"""Chinese videos made from the photos, files made small enough to send, and the questions and
uploads around them (issue #15, nlu15zhB): the kind of video said before it ("旅行", "毕业"),
a size and where it goes in two clauses, a sharper picture, titles after "要 " or "弄成 "."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, probe

SLIDESHOW: list[dict[str, Any]] = [{"kind": "slideshow"}]


@pytest.mark.parametrize(
    "text",
    ["把这些旅行照片做成视频吧", "帮我剪一个毕业的小视频呗", "给我生成一个旅行vlog",
     "做个毕业相册", "这些照片帮我合成一下", "帮我剪个旅行vlog", "做一个旅行回忆录",
     "整一个视频出来", "帮我做视频"],
)  # fmt: skip
def test_a_video_named_by_what_it_is_of_is_made(text: str) -> None:
    assert_does(text, SLIDESHOW)


def test_music_said_in_the_next_clause_goes_with_the_video_made() -> None:
    reading = probe("把照片生成视频，欢快一点的")
    assert [(e.kind, getattr(e, "mood", None)) for e in reading.edits] == [("slideshow", "upbeat")]


def test_generating_the_video_alone_is_still_the_export() -> None:
    assert probe("生成视频").route == "export"


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("文件太大了 邮件发不出去", [{"kind": "size_limit", "target": "email"}]),
        ("视频做小一点 我要发邮件", [{"kind": "size_limit", "target": "email"}]),
        ("视频压缩到10兆以下 要发邮箱", [{"kind": "size_limit", "mb": 10}]),
        ("大小不限了", [{"kind": "size_limit", "off": True}]),
    ],
)
def test_a_size_and_where_it_is_sent_make_one_limit(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["清晰一点", "再清晰些", "体积小一点"])
def test_a_sharper_picture_or_a_smaller_file_without_a_size_asks_which(text: str) -> None:
    reading = probe(text)
    assert reading.clarify and not reading.edits


def test_a_resolution_read_digit_by_digit() -> None:
    assert_does("分辨率改成七二零", [{"kind": "resolution", "resolution": "720p"}])


@pytest.mark.parametrize(
    ("text", "words"),
    [("标题要 小王子的一岁", "小王子的一岁"), ("标题弄成 一家人", "一家人"),
     ("大标题用 成都三日游", "成都三日游"), ("标题名叫 周末", "周末")],
)  # fmt: skip
def test_the_spaced_words_after_the_title_are_its_text(text: str, words: str) -> None:
    assert_does(text, [{"kind": "title", "text": words}])


def test_the_title_wanted_smaller_is_still_its_size() -> None:
    assert_does("标题要小一点", [{"kind": "text_style", "target": "title", "size": 0.8}])


@pytest.mark.parametrize("text", ["显示拍摄时间", "加个时间水印"])
def test_the_date_taken_shown_is_a_caption_not_the_order(text: str) -> None:
    assert_does(text, [{"kind": "date_captions", "place": False}])


@pytest.mark.parametrize(("text", "newest"), [("按日期从近到远", True), ("先拍的放前面", False)])
def test_the_order_of_the_dates_said_plainly(text: str, newest: bool) -> None:
    assert_does(text, [{"kind": "sort", "by": "date", "reverse": newest}])


@pytest.mark.parametrize(
    ("text", "asked"),
    [("几张", "count"), ("视频里面几张", "count"), ("还能改点啥呀", "help"), ("都支持啥", "help")],
)
def test_short_questions_are_answered(text: str, asked: str) -> None:
    reading = probe(text)
    assert reading.question == asked and not reading.edits


def test_a_few_removed_is_not_a_count() -> None:
    assert probe("删掉几张").question is None


@pytest.mark.parametrize("text", ["还有几张照片没发给你", "补两张图进去", "再上传一个视频片段"])
def test_more_photos_to_come_is_an_upload(text: str) -> None:
    assert probe(text).route == "upload"


def test_a_lone_send_verb_changes_nothing() -> None:
    reading = probe("传")
    assert not reading.route and not reading.edits
