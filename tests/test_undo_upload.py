"""Undo and uploads: undo never goes back past the upload that made the video, a turn that
changes nothing leaves no undo step, and undoing a later upload says what it took out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.mcp_server import build_server
from photo_video_maker.model.draft import Draft

from support import gradient, save_photo

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    first, more = tmp_path / "first", tmp_path / "more"
    first.mkdir()
    more.mkdir()
    for i in range(5):
        save_photo(first / f"{i + 1:02d}.jpg", gradient(320, 240, seed=i))
    for i in range(2):
        save_photo(more / f"m{i + 1}.jpg", gradient(320, 240, seed=10 + i))
    return first, more


def _backend(tmp_path: Path) -> LocalBackend:
    return LocalBackend(Settings(home=tmp_path / "home"))


def _photos(backend: LocalBackend) -> int:
    video = backend.state(None).draft.video_track()
    return len(video.sg) if video is not None else 0


async def _say(client: Client, words: str) -> dict[str, Any]:
    result = await client.call_tool("edit", {"instruction": words})
    assert not result.is_error, result.content
    return dict(result.structured_content or {})


@pytest.mark.parametrize(
    ("between", "back"),
    [
        ("how long is it?", "put it back"),
        ("blorf the zig", "undo"),
        ("视频多长？", "撤销"),
        ("你好吗", "撤销"),
    ],
)
async def test_undo_after_a_turn_that_changed_nothing_keeps_the_uploaded_photos(
    tmp_path: Path, folders: tuple[Path, Path], between: str, back: str
) -> None:
    backend = _backend(tmp_path)
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(folders[0])]})
        await _say(client, between)
        for _ in range(2):
            data = await _say(client, back)
            assert data["changes"] == []
            assert data["summary"].startswith(("There is nothing to undo.", "没有可以撤销的修改。"))
    assert _photos(backend) == 5


async def test_the_undo_tool_right_after_uploading_has_nothing_to_undo(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    backend = _backend(tmp_path)
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(folders[0])]})
        result = await client.call_tool("undo", {})
    assert result.structured_content is not None
    assert result.structured_content["changes"] == []
    assert "nothing to undo" in result.content[0].text
    assert _photos(backend) == 5


async def test_undo_stops_at_the_upload_even_after_edits_made_before_it(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    backend = _backend(tmp_path)
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await _say(client, "make it vertical")  # said before any photo was there
        await client.call_tool("upload", {"paths": [str(folders[0])]})
        await _say(client, "add the title Summer")
        first = await _say(client, "undo")
        assert first["changes"] == ['Undid the last change (it was: added the title "Summer")']
        again = await _say(client, "undo")
        assert again["changes"] == []
    assert _photos(backend) == 5


async def test_undoing_a_removal_says_what_came_back_without_offering_the_undo_again(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    backend = _backend(tmp_path)
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(folders[0])]})
        removed = await _say(client, "remove photo 2")
        assert "say 'undo'" in removed["changes"][0]
        undone = await _say(client, "oops bring it back")
        assert undone["changes"][0].startswith("Undid the last change (it was: removed photo 2")
        assert "undo" not in undone["changes"][0].removeprefix("Undid")
        removed = await _say(client, "删掉第二张")
        undone = await _say(client, "撤销")
        assert undone["changes"][0].startswith("已撤销上一次修改（撤掉的是：已删除")
        assert "撤销" not in undone["changes"][0].removeprefix("已撤销")
    assert _photos(backend) == 5


async def test_a_change_that_changes_nothing_leaves_no_undo_step(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    backend = _backend(tmp_path)
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(folders[0])]})
        await _say(client, "add the title Summer")
        await _say(client, "make it 16:9")  # it already is
        undone = await _say(client, "undo")
        assert undone["changes"] == ['Undid the last change (it was: added the title "Summer")']
    assert backend.state(None).draft.m.aspect == "16:9"
    assert "Summer" not in backend.state(None).summary  # the title went: that was the change


async def test_undoing_a_later_upload_says_which_photos_it_took_out(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    backend = _backend(tmp_path)
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(folders[0])]})
        await client.call_tool("upload", {"paths": [str(folders[1])]})
        assert _photos(backend) == 7
        data = await _say(client, "undo")
        assert data["changes"] == ["Took out the 2 photos just added"]
        assert _photos(backend) == 5
        again = await _say(client, "undo")
        assert again["changes"] == []
    assert _photos(backend) == 5


async def test_undoing_a_later_upload_in_chinese_says_so_in_chinese(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    backend = _backend(tmp_path)
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(folders[0])]})
        await _say(client, "加标题 夏天")
        await client.call_tool("upload", {"paths": [str(folders[1])]})
        data = await _say(client, "撤销")
        assert data["changes"] == ["已撤销刚才上传的 2 张照片"]
        title = await _say(client, "撤销")
        assert title["changes"] == ["已撤销上一次修改（撤掉的是：已加上标题“夏天”）"]
    assert _photos(backend) == 5


async def test_a_project_kept_from_before_still_never_undoes_its_photos_away(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    backend = _backend(tmp_path)
    backend.upload([str(folders[0])], [], [], None)
    sid = backend.sessions.latest()
    assert sid is not None
    with_photos = backend.state(sid).draft
    # as uploads were saved before: the empty draft went on the undo history
    backend.sessions.save_draft(sid, Draft(), start=True)
    backend.sessions.save_draft(sid, with_photos)
    async with Client(build_server(backend), raise_exceptions=True) as client:
        data = await _say(client, "undo")
        assert data["changes"] == []
        both = await _say(client, "undo and make it vertical")
        assert both["changes"] and "Undid" not in both["changes"][0]
    assert _photos(backend) == 5
