"""route(): the origin's routing table, parameters of an export, and false-alarm guards; read()
routes the same way."""

from __future__ import annotations

import pytest

from photo_video_maker.instruct.interpret import read
from photo_video_maker.instruct.router import route
from photo_video_maker.model.draft import Draft

ROWS: list[tuple[str, str]] = [
    # the origin's table
    ("export", "export"),
    ("导出", "export"),
    ("download", "export"),
    ("下载", "export"),
    ("send me the video", "export"),
    ("credits", "credits"),
    ("积分", "credits"),
    ("balance", "credits"),
    ("余额", "credits"),
    ("status", "state"),
    ("状态", "state"),
    ("show tracks", "state"),
    ("upload", "upload"),
    ("上传", "upload"),
    ("turn my photos into a slideshow", "edit"),
    ("add BGM", "edit"),
    # more ways to say them
    ("Export please!", "export"),
    ("render", "export"),
    ("render it now", "export"),
    ("save the video", "export"),
    ("save it as a GIF", "export"),
    ("give me the final video", "export"),
    ("导出视频", "export"),
    ("渲染一下", "export"),
    ("how many credits do I have left", "credits"),
    ("what's my balance?", "credits"),
    ("还有多少积分", "credits"),
    ("show me the timeline", "state"),
    ("what do I have", "state"),
    ("what's on the timeline?", "state"),
    ("whats in it right now?", "state"),
    ("what do we have so far", "state"),
    ("查看时间线", "state"),
    ("I want to upload more photos", "upload"),
    ("上传照片", "upload"),
    # case and full-width punctuation
    ("EXPORT", "export"),
    ("ＥＸＰＯＲＴ！", "export"),
    ("导出！", "export"),
    # look-alikes that are edits
    ("fade out at the end", "edit"),
    ("don't export yet, make it vertical", "edit"),
    ("先别导出，加音乐", "edit"),
    ("add the title 'Export Day'", "edit"),
    ("add end credits 'Directed by me'", "edit"),
    ("fix the white balance", "edit"),
    ("use the song I uploaded", "edit"),
    ("用我上传的音乐", "edit"),
    ("render the title in yellow", "edit"),
    ("the exported colours look dull, make it vivid", "edit"),
    ("add a status caption 'Hi'", "edit"),
    ("move the last photo to the start", "edit"),
]


@pytest.mark.parametrize(("text", "action"), ROWS)
def test_messages_go_to_the_action_they_ask_for(text: str, action: str) -> None:
    assert route(text).action == action
    assert (read(text, Draft(), {}).route or "edit") == action


PARAMS: list[tuple[str, dict[str, str | int]]] = [
    ("export 1080p MP4", {"format": "mp4", "resolution": "1080p"}),
    ("export in 4k", {"resolution": "2160p"}),
    ("export as 4K mov", {"format": "mov", "resolution": "2160p"}),
    ("render 720p webm", {"format": "webm", "resolution": "720p"}),
    ("export a gif", {"format": "gif"}),
    ("download it as mkv at 60 fps", {"format": "mkv", "fps": 60}),
    ("导出1080p的MP4", {"format": "mp4", "resolution": "1080p"}),
    ("导出高清视频", {"resolution": "1080p"}),
    ("export", {}),
]


@pytest.mark.parametrize(("text", "params"), PARAMS)
def test_an_export_keeps_the_format_and_resolution_that_were_said(
    text: str, params: dict[str, str | int]
) -> None:
    result = route(text)
    assert result.action == "export"
    assert result.params == params
    assert result.rest == ""


REST: list[tuple[str, str, str]] = [
    ("make it vertical and export", "export", "make it vertical"),
    ("make it vertical, then export in 4k", "export", "make it vertical"),
    ("export it as vertical", "export", "vertical"),
    ("add calm music and send me the video", "export", "add calm music"),
    ("竖屏然后导出", "export", "竖屏"),
    ("加标题“夏天”，然后导出", "export", "加标题“夏天”"),
    ("upload these and make them square", "upload", "make them square"),
    ("show me the timeline please", "state", ""),
    ("make it vertical", "edit", "make it vertical"),
]


@pytest.mark.parametrize(("text", "action", "rest"), REST)
def test_an_edit_said_with_an_action_is_kept_for_the_caller(
    text: str, action: str, rest: str
) -> None:
    result = route(text)
    assert (result.action, result.rest) == (action, rest)


def test_export_wins_when_a_message_asks_for_two_actions() -> None:
    assert route("show the timeline and export").action == "export"


def test_actions_are_words_of_the_lexicon_that_can_grow() -> None:
    from photo_video_maker.instruct.words import WORDS

    for action in ("export", "credits", "state", "upload"):
        assert WORDS[action].count(",") >= 2


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("help", True),
        ("What can you do?", True),
        ("你能做什么？", True),
        ("how does this work", True),
        ("help me add music", False),
        ("make it vertical", False),
    ],
)
def test_questions_about_what_the_tool_does_are_told_apart_from_requests(
    text: str, asks: bool
) -> None:
    from photo_video_maker.instruct.help import is_help

    assert is_help(text) is asks
