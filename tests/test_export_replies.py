"""What an export tells the person: plain words in their language, never the tool names or
the job id (those are for the host model, in the structured fields)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from photo_video_maker.backends.export_recovery import STOPPED
from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.mcp_server import build_server

from support import gradient, save_photo

pytestmark = pytest.mark.anyio
HAN = "\u4e00"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    for i in range(3):
        save_photo(folder / f"{i + 1:02d}.jpg", gradient(320, 240, seed=i))
    return folder


@pytest.fixture
def slow(tmp_path: Path) -> LocalBackend:
    """A backend that answers an export at once, while it still renders."""
    return LocalBackend(replace(Settings(home=tmp_path / "home"), inline_render_seconds=0.0))


@pytest.fixture
def held(tmp_path: Path) -> Iterator[LocalBackend]:
    """A backend whose renders never start: each export stays where the test puts it."""
    started: list[subprocess.Popen[bytes]] = []

    def spawn(command: Sequence[str], home: Path) -> subprocess.Popen[bytes]:
        started.append(subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]))
        return started[-1]

    settings = replace(Settings(home=tmp_path / "home"), inline_render_seconds=0.0)
    yield LocalBackend(settings, spawn=spawn)
    for proc in started:
        proc.kill()
        proc.wait()


def _read(result: Any) -> tuple[str, dict[str, Any]]:
    assert not result.is_error, result.content
    return result.content[0].text, dict(result.structured_content or {})


def _no_internal_names(text: str, job_id: str) -> None:
    assert job_id not in text, text
    for name in ("export_status", "job_id", "job id", "任务号", "session_id"):
        assert name not in text, text


def _finish(backend: LocalBackend, job_id: str) -> None:
    """Let the render end before the folder goes."""
    backend.exports.wait(job_id, 120, None)


@pytest.mark.parametrize("words", ["导出", "导出1080p"])
async def test_an_export_asked_in_chinese_says_it_goes_on_in_plain_chinese(
    held: LocalBackend, photos: Path, words: str
) -> None:
    async with Client(build_server(held, inline_seconds=0.0), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        text, data = _read(await client.call_tool("edit", {"instruction": words}))
        job_id = data["routed"]["job_id"]
        assert data["action"] == "export" and data["language"] == "zh"
        _no_internal_names(text, job_id)
        assert "准备开始渲染，会在后台进行" in text, text
        assert job_id in data["next_step"] and "export_status" in data["next_step"]
        held.jobs.update(job_id, status="running", progress=0.4)
        text, running = _read(
            await client.call_tool("export_status", {"job_id": job_id, "wait_seconds": 0})
        )
    _no_internal_names(text, job_id)
    assert text == "还在渲染（40%），会在后台继续，稍后就好。", text
    assert job_id in running["next_step"]


async def test_an_export_asked_in_english_says_it_goes_on_without_tool_names(
    held: LocalBackend, photos: Path
) -> None:
    async with Client(build_server(held, inline_seconds=0.0), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        text, data = _read(await client.call_tool("edit", {"instruction": "export"}))
        job_id = data["routed"]["job_id"]
        _no_internal_names(text, job_id)
        assert text.startswith("Getting ready to render; it goes on in the background."), text
        assert job_id in data["next_step"] and data["routed"]["next_step"] == data["next_step"]
        held.jobs.update(job_id, status="running", progress=0.4)
        text, _ = _read(
            await client.call_tool("export_status", {"job_id": job_id, "wait_seconds": 0})
        )
    _no_internal_names(text, job_id)
    assert text == "Still rendering (40%). It goes on in the background.", text


async def test_the_export_tools_speak_the_chinese_of_the_chat_and_keep_the_job_for_the_model(
    slow: LocalBackend, photos: Path
) -> None:
    async with Client(build_server(slow, inline_seconds=0.0), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        await client.call_tool("edit", {"instruction": "加标题 夏天"})
        text, started = _read(await client.call_tool("export", {"resolution": "480p"}))
        job_id = started["job_id"]
        assert job_id in started["next_step"]
        _no_internal_names(text, job_id)
        assert HAN <= text[0] <= "\u9fff" or "渲染" in text, text
        for _ in range(20):
            text, done = _read(
                await client.call_tool("export_status", {"job_id": job_id, "wait_seconds": 30})
            )
            if done["status"] == "completed":
                break
    assert done["status"] == "completed"
    assert text.startswith("视频做好了："), text
    assert done["next_step"] is None


async def test_the_export_tools_speak_english_to_an_english_chat(
    slow: LocalBackend, photos: Path
) -> None:
    async with Client(build_server(slow, inline_seconds=0.0), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        text, started = _read(await client.call_tool("export", {"resolution": "480p"}))
        _finish(slow, started["job_id"])
        _no_internal_names(text, started["job_id"])
        text, _ = _read(await client.call_tool("export_status", {"job_id": started["job_id"]}))
    assert text.startswith("Your video is ready: "), text


async def test_a_failed_export_is_told_in_chinese_when_the_reason_is_known(
    held: LocalBackend, photos: Path
) -> None:
    async with Client(build_server(held, inline_seconds=0.0), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        _, data = _read(await client.call_tool("edit", {"instruction": "导出"}))
        job_id = data["routed"]["job_id"]
        held.jobs.update(job_id, status="failed", error=STOPPED)
        text, failed = _read(await client.call_tool("export_status", {"job_id": job_id}))
    assert failed["status"] == "failed"
    assert text == "导出失败：渲染在视频完成之前停止了，请再导出一次", text
