"""Errors met while editing, told in Chinese to a Chinese speaker (pure), and over the
in-memory MCP client: the same mistake answered in each person's language."""

from __future__ import annotations

import pytest
from mcp import Client

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.error_words import in_chinese
from photo_video_maker.errors import DraftError, InputError, RenderError
from photo_video_maker.mcp_server import build_server

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.parametrize(
    ("error", "told"),
    [
        (
            DraftError("there is no music yet", hint="Add some first, e.g. 'add calm music'"),
            "还没有音乐。先加一段，比如“加点舒缓的音乐”",
        ),
        (
            DraftError(
                "there is no photo 12; the video has 5 photos and 1 clip",
                hint="Photos are numbered 1 to 6",
            ),
            "没有第 12 张；视频里有 5 张照片 和 1 段视频。照片编号是 1 到 6",
        ),
        (
            DraftError("each photo's time can't be 0.1 s", hint="Choose between 0.5 s and 3600 s"),
            "不能设为 0.1 秒。请在 0.5 秒 到 3600 秒 之间选",
        ),
        (
            DraftError(
                "the video is only 19.25 s long, so the music cannot start at 30 s",
                hint="Choose a time under 18.25 s",
            ),
            "视频只有 19.25 秒 长，音乐不能到第 30 秒 才开始。请选 18.25 秒 以内的时间",
        ),
    ],
)
def test_a_known_error_is_told_in_chinese(error: DraftError, told: str) -> None:
    said = in_chinese(error)
    assert str(said) == told and type(said) is DraftError and said.code == error.code


def test_an_error_without_a_chinese_wording_stays_whole() -> None:
    error = RenderError("the encoder stopped", hint="Try again")
    assert in_chinese(error) is error


@pytest.fixture
def backend(three_photos: LocalBackend) -> LocalBackend:
    return three_photos


@pytest.mark.parametrize(
    ("said", "told"),
    [("音乐小一点", "还没有音乐"), ("turn the music down", "there is no music yet")],
)
async def test_the_same_mistake_is_answered_in_the_persons_language(
    backend: LocalBackend, said: str, told: str
) -> None:
    async with Client(build_server(backend)) as client:
        result = await client.call_tool("edit", {"instruction": said})
    assert result.is_error and result.content[0].text.startswith(told)


def test_a_message_told_in_chinese_joins_its_hint_with_a_chinese_stop() -> None:
    said = str(InputError("还没有音乐可以跟随", "先加音乐"))
    assert said == "还没有音乐可以跟随。先加音乐"
    assert str(InputError("No music yet", "Add music first")) == "No music yet. Add music first"
