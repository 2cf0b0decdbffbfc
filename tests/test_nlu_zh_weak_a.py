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
