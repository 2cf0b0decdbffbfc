"""Chinese said plainly (issue #15, nlu19zhA): asking whether a change is done ("音乐换了吗") is
a question and changes nothing; a photo named by its caption ("city lights那张", "有字幕的那张")
is that photo; the text ON a photo ("第二张上面的字幕") is not a text moved to the top; a remark
after a request ("这样显眼点", "跟视频搭一点", "不然挡住脸了") says why and adds nothing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does as _does
from harness import probe as _read


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("音乐换了吗", "music"),
        ("音乐换成欢快的了吗", "music"),
        ("你把字幕删了吗？", "texts"),
        ("视频导出了吗", "output"),
    ],
)
def test_asking_whether_a_change_is_done_changes_nothing(text: str, question: str) -> None:
    reading = _read(text)
    assert not reading.edits, reading
    assert reading.question == question, reading


def test_asking_for_a_change_nicely_is_still_a_request() -> None:
    reading = _read("能把音乐换了吗")
    assert reading.question is None
    assert reading.clarify, reading  # which music


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("有字幕的那张删了吧", [{"kind": "remove", "index": 2}]),
        ("city lights那张放最后", [{"kind": "move", "index": 2, "to": "end"}]),
        ("字幕那张往后挪一个", [{"kind": "move", "index": 2, "to": 3}]),
    ],
)
def test_a_photo_named_by_its_caption_is_that_photo(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


def test_the_photo_with_the_title_may_be_the_title_itself() -> None:
    _does("有标题的那张删掉", [{"kind": "remove_text", "which": "title"}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("第二张上面的字幕去掉", [{"kind": "remove_text", "which": "captions"}]),
        ("city lights那张上面的字幕去掉", [{"kind": "remove_text", "which": "captions"}]),
        (
            "第二张上面的字幕改成黄色",
            [{"kind": "text_style", "target": "captions", "color": "yellow"}],
        ),
        ("字幕放到照片上面", [{"kind": "text_style", "target": "captions", "pos": "top"}]),
        ("第二张的字幕放上面", [{"kind": "text_style", "target": "captions", "pos": "top"}]),
    ],
)
def test_the_text_on_a_photo_is_not_moved_to_the_top(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("标题改成红色 这样看得清楚", [{"kind": "text_style", "target": "title", "color": "red"}]),
        ("音乐换成轻快的 跟视频搭一点", [{"kind": "music", "source": "upbeat"}]),
        (
            "字幕挪到上面 要不然挡住脸了",
            [{"kind": "text_style", "target": "captions", "pos": "top"}],
        ),
    ],
)
def test_a_remark_after_a_request_says_why_and_adds_nothing(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "字幕改成白色 黄色太土了",
            [{"kind": "text_style", "target": "captions", "color": "white"}],
        ),
        ("标题换成金色 现在的太丑了", [{"kind": "text_style", "target": "title", "color": "gold"}]),
        (
            "字幕改成黑色 白的看不清",
            [{"kind": "text_style", "target": "captions", "color": "black"}],
        ),
    ],
)
def test_a_colour_then_what_was_wrong_with_the_old_one_writes_no_text(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def test_a_title_in_a_colour_then_its_words_is_still_written() -> None:
    _does("标题写红色的 新婚快乐", [{"kind": "title", "text": "新婚快乐", "color": "red"}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("第一张删了 那张是重复的", [{"kind": "remove", "index": 1}]),
        ("把第三张删了 这张重复了", [{"kind": "remove", "index": 3}]),
        ("每张停久一点 太快了", [{"kind": "seconds_per_photo", "factor": 1.25}]),
        ("每张多停一会 太快了看不清", [{"kind": "seconds_per_photo", "factor": 1.25}]),
        ("每张短一点 太慢了", [{"kind": "seconds_per_photo", "factor": 0.8}]),
        ("音乐小声点 吵死了", [{"kind": "music_volume", "factor": 0.8}]),
        ("音乐关小一点 吵得头疼", [{"kind": "music_volume", "factor": 0.8}]),
    ],
)
def test_a_complaint_after_a_request_adds_no_second_edit(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def test_duplicates_asked_for_after_a_removal_are_still_culled() -> None:
    _does(
        "第一张删了 重复的也删了",
        [{"kind": "remove", "index": 1}, {"kind": "cull", "duplicates": True}],
    )


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("标题改大点 看不清", [{"kind": "text_style", "target": "title", "size": 1.25}]),
        ("标题改大一点 我爸说看不清", [{"kind": "text_style", "target": "title", "size": 1.25}]),
        ("字幕改小点 太挡了", [{"kind": "text_style", "target": "captions", "size": 0.8}]),
        ("标题弄大一点 老人家看", [{"kind": "text_style", "target": "title", "size": 1.25}]),
        ("标题改成大海", [{"kind": "title", "text": "大海"}]),
    ],
)
def test_a_text_changed_bigger_then_why_is_a_size_not_new_words(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def test_a_pace_said_to_fit_the_music_asks_for_no_music() -> None:
    _does("每张3秒 这样刚好配音乐", [{"kind": "seconds_per_photo", "seconds": 3}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("有city lights字样的那张删了", [{"kind": "remove", "index": 2}]),
        ("有city lights几个字的那张放最后", [{"kind": "move", "index": 2, "to": "end"}]),
    ],
)
def test_a_photo_named_by_the_words_on_it_is_that_photo(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize("text", ["日期不用动", "日期别动", "标题不用动", "音乐别动"])
def test_a_thing_left_alone_changes_nothing(text: str) -> None:
    assert not _read(text).edits


def test_a_thing_left_alone_beside_a_request_adds_nothing() -> None:
    _does("日期别动 第三张删了", [{"kind": "remove", "index": 3}])


def test_photos_told_not_to_move_are_still_kept_still() -> None:
    _does("照片别动", [{"kind": "motion", "on": False}])


@pytest.mark.parametrize("text", ["不要显示日期", "别显示日期了", "不用显示日期了"])
def test_dates_not_shown_asked_of_a_video_with_none_changes_nothing(text: str) -> None:
    reading = _read(text)
    assert not reading.edits
    assert "没有显示日期" in " ".join(reading.suggestions), reading
