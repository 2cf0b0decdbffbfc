"""Chinese phrasings of plain requests that read worst held out (issue #15, nlu16zhA): a video
made of "相册里这几张", a resolution with why ("省点空间"), "title改一下 改成 …", a heading said
as "大字", photos sorted "按拍的先后顺序", a size limit "不然发不出去", and WeChat, which names no
size limit (so the size is asked)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does as _does
from harness import probe as _read


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("能把手机里这几张合成视频吗", [{"kind": "slideshow"}]),
        ("清晰度降到720 省点空间", [{"kind": "resolution", "resolution": "720p"}]),
        ("标题改一下 改成 Bali 2024", [{"kind": "title", "text": "Bali 2024"}]),
        ("开头来几个大字：新婚快乐", [{"kind": "title", "text": "新婚快乐"}]),
        ("最后加一行大字 谢谢观看", [{"kind": "closing", "text": "谢谢观看"}]),
        ("照片按拍照的先后顺序排", [{"kind": "sort", "by": "date", "reverse": False}]),
        ("最多15m 不然发不出去", [{"kind": "size_limit", "mb": 15}]),
        ("压缩一下 用邮箱发", [{"kind": "size_limit", "target": "email"}]),
        ("文件大小无所谓了", [{"kind": "size_limit", "off": True}]),
        ("720p 高清", [{"kind": "resolution", "resolution": "720p"}]),
        ("邮件发不出去 压一下", [{"kind": "size_limit", "target": "email"}]),
        ("导出前先把分辨率调到720", [{"kind": "resolution", "resolution": "720p"}]),
        ("标题太长了 改成 海南", [{"kind": "title", "text": "海南"}]),
    ],
)
def test_a_plain_request_said_in_a_chat_is_read_at_once(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def test_big_words_are_still_a_bigger_text_when_said_of_the_text() -> None:
    _does("字大一点", [{"kind": "text_style", "target": "all", "size": 1.25}])


@pytest.mark.parametrize("text", ["压一下 要发微信", "文件小一点 要发微信"])
def test_wechat_names_no_size_limit_so_the_size_is_asked(text: str) -> None:
    reading = _read(text)
    assert reading.clarify and not reading.edits, reading


def test_a_number_with_a_word_for_clear_is_one_resolution() -> None:
    _does("我要4K超清的", [{"kind": "resolution", "resolution": "2160p"}])


@pytest.mark.parametrize(
    "text",
    ["标题要不要改呢", "日期要不要加呢", "要不要压缩一下呢", "需不需要压缩", "标题我还没想好"],
)
def test_wondering_whether_to_change_something_changes_nothing(text: str) -> None:
    reading = _read(text)
    assert not reading.edits and not reading.route, reading


def test_the_size_of_the_text_left_alone_is_no_file_size() -> None:
    reading = _read("缩放的程度小一点")
    assert [edit.kind for edit in reading.edits] == ["motion"], reading


@pytest.mark.parametrize("text", ["按时间排序 别的不动", "标题改成 海边的日落 其他不用改"])
def test_the_rest_left_as_it_is_adds_no_edit(text: str) -> None:
    reading = _read(text)
    assert len(reading.edits) == 1 and not reading.leftover, reading


def test_how_to_upload_said_with_the_upload_is_the_upload() -> None:
    reading = _read("我要加几张新的照片 怎么弄")
    assert reading.route == "upload" and not reading.question, reading


def test_help_asked_plainly_is_still_help() -> None:
    assert _read("你可以帮我做哪些事").question == "help"


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("分辨率别那么高 720够用", [{"kind": "resolution", "resolution": "720p"}]),
        ("新的在前旧的在后", [{"kind": "sort", "by": "date", "reverse": True}]),
        ("做个回忆视频送给爸妈", [{"kind": "slideshow"}]),
    ],
)
def test_round_four_phrasings_are_read_at_once(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


def test_how_many_still_to_upload_is_the_upload() -> None:
    assert _read("我还有几个视频要上传").route == "upload"


def test_either_order_asked_which() -> None:
    reading = _read("新的在前还是旧的在前好")
    assert reading.clarify and not reading.edits, reading
