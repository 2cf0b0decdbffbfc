"""Redo: what undo took back is made again, said in the person's words or sent as an operation
or the redo tool; any other change in between leaves nothing to redo, and a redo can be undone."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.instruct.interpret import read
from photo_video_maker.mcp_server import build_server
from photo_video_maker.model.edit_types import Redo, Undo

from support import gradient, save_photo

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import MEDIA, fixture

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    for i in range(4):
        save_photo(folder / f"{i + 1:02d}.jpg", gradient(320, 240, seed=i))
    return folder


def _backend(tmp_path: Path) -> LocalBackend:
    return LocalBackend(Settings(home=tmp_path / "home"))


def _fps(backend: LocalBackend) -> int:
    return int(backend.state(None).draft.m.fps)


async def _say(client: Client, words: str) -> dict[str, Any]:
    result = await client.call_tool("edit", {"instruction": words})
    assert not result.is_error, result.content
    return dict(result.structured_content or {})


@pytest.mark.parametrize(
    ("said", "redone"),
    [
        ("redo", True),
        ("undo the undo", True),
        ("pls redo that", True),
        ("重做", True),
        ("恢复刚才撤销的", True),
        ("redo the title", False),  # a new title, not a step back again
        ("恢复", False),
    ],
)
def test_redo_is_read_only_from_words_that_ask_for_it(said: str, redone: bool) -> None:
    reading = read(said, fixture(), MEDIA)
    assert (reading.edits == [Redo()]) is redone, reading
    if said == "恢复":  # "bring it back" alone stays an undo
        assert reading.edits == [Undo()]


@pytest.mark.parametrize(("change", "undo", "redo"), [("60 fps", "undo", "redo")])
async def test_redo_said_in_words_makes_the_undone_change_again_and_undo_takes_it_back(
    tmp_path: Path, photos: Path, change: str, undo: str, redo: str
) -> None:
    backend = _backend(tmp_path)
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        before = _fps(backend)
        await _say(client, change)
        await _say(client, undo)
        assert _fps(backend) == before
        data = await _say(client, redo)
        assert _fps(backend) == 60
        assert data["changes"] and data["changes"][0].startswith("Redid the change undo took back")
        assert "60" in data["changes"][0]
        await _say(client, "undo")  # the redo is a change like any other
        assert _fps(backend) == before
        data = await _say(client, "what did you just change?")
        assert data["action"] == "answer"


async def test_a_new_change_after_undo_leaves_nothing_to_redo(tmp_path: Path, photos: Path) -> None:
    backend = _backend(tmp_path)
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        await _say(client, "60 fps")
        await _say(client, "undo")
        await _say(client, "make it vertical")
        data = await _say(client, "redo")
        assert data["changes"] == []
        assert data["summary"].startswith("There is nothing to redo")
        assert backend.state(None).draft.m.aspect == "9:16"
        assert _fps(backend) != 60


async def test_a_turn_that_changed_nothing_keeps_what_redo_can_make_again(
    tmp_path: Path, photos: Path
) -> None:
    backend = _backend(tmp_path)
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        await _say(client, "60 fps")
        await _say(client, "undo")
        await _say(client, "how long is it?")
        await _say(client, "blorf the zig")
        await _say(client, "redo")
    assert _fps(backend) == 60


async def test_the_redo_tool_and_operation_make_several_undone_changes_again(
    tmp_path: Path, photos: Path
) -> None:
    backend = _backend(tmp_path)
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        await client.call_tool("edit", {"operations": [{"kind": "fps", "fps": 60}]})
        await client.call_tool("edit", {"operations": [{"kind": "aspect", "aspect": "1:1"}]})
        await client.call_tool("edit", {"operations": [{"kind": "undo", "steps": 2}]})
        assert backend.state(None).draft.m.aspect != "1:1"
        result = await client.call_tool("redo", {})
        assert not result.is_error
        assert _fps(backend) == 60 and backend.state(None).draft.m.aspect != "1:1"
        result = await client.call_tool("edit", {"operations": [{"kind": "redo"}]})
        data = dict(result.structured_content or {})
        assert backend.state(None).draft.m.aspect == "1:1"
        assert len(data["changes"]) == 1
        result = await client.call_tool("redo", {})
        assert dict(result.structured_content or {})["summary"].startswith("There is nothing")


async def test_redo_with_other_operations_is_refused_and_changes_nothing(
    tmp_path: Path, photos: Path
) -> None:
    backend = _backend(tmp_path)
    async with Client(build_server(backend)) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        await client.call_tool("edit", {"operations": [{"kind": "fps", "fps": 60}]})
        await client.call_tool("edit", {"operations": [{"kind": "undo"}]})
        before = backend.state(None).draft
        ops = [{"kind": "redo"}, {"kind": "aspect", "aspect": "1:1"}]
        result = await client.call_tool("edit", {"operations": ops})
        assert result.is_error and "redo can only be sent alone" in result.content[0].text
        assert backend.state(None).draft == before
        await client.call_tool("redo", {})  # still there to be made again
    assert _fps(backend) == 60


async def test_a_chinese_redo_is_told_in_chinese(tmp_path: Path, photos: Path) -> None:
    backend = _backend(tmp_path)
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        await _say(client, "帧率改成60")
        await _say(client, "撤销")
        data = await _say(client, "重做")
        assert data["changes"][0].startswith("已恢复刚才撤销的修改")
        data = await _say(client, "重做")
        assert data["summary"].startswith("没有可以恢复的修改")
    assert _fps(backend) == 60


def test_what_undo_took_back_is_kept_in_the_session_file(tmp_path: Path) -> None:
    """The redo stack lives in the SQLite file beside the undo history: a restarted server
    can still redo."""
    backend = _backend(tmp_path)
    photos = tmp_path / "p"
    photos.mkdir()
    for i in range(3):
        save_photo(photos / f"{i}.jpg", gradient(160, 120, seed=i))
    backend.upload([str(photos)], [], [], None)
    backend.edit("60 fps", None)
    backend.undo(None)
    with sqlite3.connect(tmp_path / "home" / "pvm.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM draft_redo").fetchone()[0] == 1
    again = _backend(tmp_path)
    again.redo(None)
    assert _fps(again) == 60
