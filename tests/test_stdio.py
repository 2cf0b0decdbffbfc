"""The real thing: ``photo-video-maker serve`` as a subprocess, driven over stdio by the SDK."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from support import decode_video, gradient, save_photo

pytestmark = [pytest.mark.anyio, pytest.mark.slow]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_upload_edit_and_export_over_stdio_make_a_playable_video(tmp_path: Path) -> None:
    photos = tmp_path / "trip"
    photos.mkdir()
    for i in range(3):
        save_photo(photos / f"{i}.jpg", gradient(400, 300, seed=i))
    exe = shutil.which("photo-video-maker", path=str(Path(sys.executable).parent))
    assert exe is not None
    params = StdioServerParameters(
        command=exe, args=["serve"], env={**os.environ, "PVM_HOME": str(tmp_path / "home")}
    )
    async with Client(params, raise_exceptions=True) as client:
        up = await client.call_tool("upload", {"paths": [str(photos)]})
        assert not up.is_error and up.structured_content is not None
        edit = await client.call_tool(
            "edit", {"instruction": "square for Instagram, 1 second per photo"}
        )
        assert edit.structured_content is not None and edit.structured_content["changes"]
        result = await client.call_tool("export", {"resolution": "480p"})
    assert not result.is_error and result.structured_content is not None
    data = result.structured_content
    assert data["status"] == "completed"
    frames, facts = decode_video(Path(data["path"]))
    assert (facts["width"], facts["height"]) == (480, 480)
    assert facts["codec"] == "h264" and len(frames) == round(data["duration_ms"] * 30 / 1000)


async def test_an_export_outlives_its_server_and_the_next_server_reports_it(
    tmp_path: Path,
) -> None:
    save_photo(tmp_path / "a.jpg", gradient(400, 300, seed=1))
    save_photo(tmp_path / "b.jpg", gradient(400, 300, seed=2))
    exe = shutil.which("photo-video-maker", path=str(Path(sys.executable).parent))
    assert exe is not None
    env = {**os.environ, "PVM_HOME": str(tmp_path / "home"), "PVM_INLINE_RENDER_SECONDS": "0"}
    params = StdioServerParameters(command=exe, args=["serve"], env=env)
    async with Client(params, raise_exceptions=True) as client:
        await client.call_tool(
            "upload", {"paths": [str(tmp_path / "a.jpg"), str(tmp_path / "b.jpg")]}
        )
        started = await client.call_tool("export", {"resolution": "480p"})
    # the host ended that server while the video was still to be made
    assert started.structured_content is not None
    assert started.structured_content["status"] in ("queued", "running")
    job_id = started.structured_content["job_id"]

    async with Client(params, raise_exceptions=True) as client:
        status = await client.call_tool("export_status", {"job_id": job_id, "wait_seconds": 50})

    assert status.structured_content is not None
    data = status.structured_content
    assert data["status"] == "completed", data
    frames, facts = decode_video(Path(data["path"]))
    assert (facts["width"], facts["height"]) == (854, 480)
    assert len(frames) == round(data["duration_ms"] * 30 / 1000)
