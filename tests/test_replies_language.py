"""Replies and errors outside editing (upload, export, state, credits, preview, an unknown
project) in the person's language, where it is known: the language of their chat."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.error_words import in_chinese_apart
from photo_video_maker.errors import CorruptMedia, MediaNotFound, UnsupportedMedia
from photo_video_maker.mcp_server import build_server

from support import gradient, save_photo

pytestmark = pytest.mark.anyio
LATIN_WORD = re.compile(r"\b(?:the|is|not|no|and|or|to|of|a)\b")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    (folder / "photos").mkdir(parents=True)
    for i in range(2):
        save_photo(folder / "photos" / f"{i + 1:02d}.jpg", gradient(320, 240, seed=i))
    (folder / "notes.txt").write_text("not a photo")
    (folder / "cut.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 100)
    return folder


def _chinese(text: str) -> None:
    """Told in Chinese: no English sentence in it (file names and units may stay)."""
    assert re.search(r"[\u4e00-\u9fff]", text), text
    assert not LATIN_WORD.search(text), text


async def _text(client: Client, tool: str, args: dict[str, Any]) -> tuple[bool, str]:
    result = await client.call_tool(tool, args)
    return bool(result.is_error), str(result.content[-1].text)


async def test_export_asked_in_chinese_with_no_photos_says_so_in_chinese(tmp_path: Path) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend)) as client:
        failed, text = await _text(client, "edit", {"instruction": "导出"})
        assert failed
        assert (
            text
            == "还没有可以导出的内容：视频里还没有照片或视频片段。请先上传照片或视频片段，再导出"
        )
        failed, text = await _text(client, "export", {})  # the tool, in the same chat
        assert failed and text.startswith("还没有可以导出的内容"), text
        failed, text = await _text(client, "preview", {})
        assert failed
        _chinese(text)


async def test_export_asked_in_english_with_no_photos_stays_english(tmp_path: Path) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend)) as client:
        failed, text = await _text(client, "edit", {"instruction": "export"})
    assert failed and text.startswith("nothing to export yet"), text


async def test_a_bad_upload_in_a_chinese_chat_is_refused_in_chinese(
    tmp_path: Path, files: Path
) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend)) as client:
        await _text(client, "edit", {"instruction": "你好"})
        bad = [str(files / "notes.txt"), str(files / "nope.jpg"), str(files / "cut.jpg")]
        failed, text = await _text(client, "upload", {"paths": bad})
        assert failed and text.startswith("什么都没上传："), text
        for name in ("notes.txt", "nope.jpg", "cut.jpg"):
            assert name in text
        _chinese(text)
        failed, text = await _text(
            client, "upload", {"paths": [str(files / "photos"), str(files / "notes.txt")]}
        )
    assert not failed
    assert text.startswith(
        "已添加 2 张照片。有 1 个没有加上：notes.txt 不是照片、视频或音频文件"
    ), text
    _chinese(text)
    assert "时间线" in text


async def test_a_bad_upload_in_an_english_chat_stays_english(tmp_path: Path, files: Path) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend)) as client:
        await _text(client, "edit", {"instruction": "hello"})
        failed, text = await _text(client, "upload", {"paths": [str(files / "notes.txt")]})
    assert failed and text.startswith("nothing was uploaded: notes.txt"), text


async def test_an_unknown_project_is_told_in_the_language_of_the_words(tmp_path: Path) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend)) as client:
        failed, zh = await _text(
            client, "edit", {"instruction": "加标题 你好", "session_id": "nope"}
        )
        assert failed and zh == "找不到这个项目：'nope'。请新建一个项目", zh
        failed, en = await _text(
            client, "edit", {"instruction": "add the title hi", "session_id": "nope"}
        )
    assert failed and en == "no session 'nope'. Start a new session", en


async def test_state_credits_and_a_new_project_speak_the_chinese_of_the_chat(
    tmp_path: Path, files: Path
) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend)) as client:
        await _text(client, "upload", {"paths": [str(files / "photos")]})
        await _text(client, "edit", {"instruction": "加标题 夏天"})
        _, state = await _text(client, "state", {})
        assert state.startswith("时间线"), state
        _, credits = await _text(client, "credits", {})
        _chinese(credits)
        _, added = await _text(client, "upload", {"paths": [str(files / "photos" / "01.jpg")]})
        assert added.startswith("已添加 1 张照片。"), added
        _, fresh = await _text(client, "new_session", {})
        _chinese(fresh)


async def test_asking_to_add_photos_tells_the_person_plainly_and_the_model_how(
    tmp_path: Path, files: Path
) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend)) as client:
        await _text(client, "upload", {"paths": [str(files / "photos")]})
        result = await client.call_tool("edit", {"instruction": "add more photos"})
    data = result.structured_content or {}
    assert data["action"] == "upload"
    assert "paths=" not in result.content[0].text and "call upload" not in result.content[0].text
    assert "paths=[...]" in data["next_step"]


@pytest.mark.parametrize(
    ("error", "message", "hint"),
    [
        (
            UnsupportedMedia("notes.txt: text, not a photo, clip or audio file"),
            "notes.txt 不是照片、视频或音频文件",
            "请用照片",
        ),
        (MediaNotFound("no such file: 'a.jpg'"), "找不到文件：'a.jpg'", "请检查路径"),
        (
            CorruptMedia("corrupt or truncated: a.mp4 ends before its data does"),
            "a.mp4 已损坏或不完整",
            "请重新导出",
        ),
        (CorruptMedia("corrupt or truncated video: b.mov"), "b.mov 已损坏或不完整", "请重新导出"),
    ],
)
def test_an_upload_refusal_is_told_in_chinese_with_its_advice_apart(
    error: Exception, message: str, hint: str
) -> None:
    assert isinstance(error, UnsupportedMedia | MediaNotFound | CorruptMedia)
    told = in_chinese_apart(error)
    assert told.message == message and told.hint.startswith(hint)
    assert type(told) is type(error) and told.code == error.code


async def test_the_music_list_speaks_the_chinese_of_the_chat(tmp_path: Path) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend)) as client:
        await _text(client, "edit", {"instruction": "你好"})
        _, text = await _text(client, "list_music", {})
    assert text.startswith("内置音乐：") and "calm" in text, text


async def test_an_edit_still_working_says_so_in_the_words_language(tmp_path: Path) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend, edit_seconds=0.0)) as client:
        _, zh = await _text(client, "edit", {"instruction": "加标题 夏天"})
        result = await client.call_tool("edit", {"instruction": "add the title Summer"})
    assert zh.startswith("还在处理"), zh
    en = result.content[0].text
    assert en.startswith("Still working on it") and "state" not in en, en
    assert "state" in (result.structured_content or {})["next_step"]


async def test_a_first_upload_of_chinese_named_files_is_told_in_chinese(
    tmp_path: Path, files: Path
) -> None:
    folder = files / "海边照片"
    folder.mkdir()
    for photo in (files / "photos").iterdir():
        photo.rename(folder / f"海边{photo.name}")
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend)) as client:
        failed, text = await _text(client, "upload", {"paths": [str(folder)]})
    assert not failed and text.startswith("已添加 2 张照片。"), text


async def test_a_first_upload_of_plain_names_stays_english(tmp_path: Path, files: Path) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend)) as client:
        _, text = await _text(client, "upload", {"paths": [str(files / "photos")]})
    assert text.startswith("Added 2 photos."), text


async def test_an_unknown_export_job_is_told_in_the_chinese_of_the_chat(
    tmp_path: Path, files: Path
) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend)) as client:
        await _text(client, "upload", {"paths": [str(files / "photos")]})
        await _text(client, "edit", {"instruction": "加标题 夏天"})
        failed, text = await _text(client, "export_status", {"job_id": "nope", "wait_seconds": 0})
    assert failed and text.startswith("找不到这个导出任务"), text
    _chinese(text)


async def test_a_photo_no_photo_is_called_is_asked_about_in_chinese(
    tmp_path: Path, files: Path
) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend)) as client:
        await _text(client, "upload", {"paths": [str(files / "photos")]})
        result = await client.call_tool("edit", {"instruction": "把猫的那张删掉"})
    said = result.structured_content or {}
    assert said["action"] == "clarify" and len(said["options"]) == 2, said
    assert said["summary"] == "你指的是哪张照片？说编号或名称就行。"


async def test_a_shape_it_already_has_is_said_to_be_already_so(tmp_path: Path, files: Path) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend)) as client:
        await _text(client, "upload", {"paths": [str(files / "photos")]})
        en = await client.call_tool("edit", {"instruction": "make it 16:9"})
        zh = await client.call_tool("edit", {"instruction": "改成16:9"})
    assert (en.structured_content or {})["changes"][0].startswith("Aspect ratio is already 16:9")
    assert (zh.structured_content or {})["changes"][0].startswith("画面比例已经是 16:9")
