"""The quick preview ("preview it fast", --draft): 480p with x264's fastest preset, end to end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.cli import main
from photo_video_maker.config import Settings
from photo_video_maker.errors import InputError
from photo_video_maker.mcp_server import build_server
from photo_video_maker.model.quality import normal_quality

from support import decode_video, gradient, save_photo

pytestmark = pytest.mark.slow


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    for i in range(3):
        save_photo(folder / f"{i + 1:02d}.jpg", gradient(640, 480, seed=i))
    return folder


def _is_quick(path: Path) -> None:
    """Decoded back: 854x480 H.264, encoded with ultrafast (x264 writes its settings in the
    stream: no CABAC, no B-frames), and frames that are pictures, not black."""
    frames, facts = decode_video(path)
    assert (facts["width"], facts["height"]) == (854, 480)
    assert facts["codec"] == "h264"
    data = path.read_bytes()
    assert b" cabac=0 " in data and b" bframes=0 " in data
    assert frames[len(frames) // 2].std() > 10


def _data(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return dict(result.structured_content)


def test_the_cli_draft_flag_renders_480p_with_the_fastest_preset(
    tmp_path: Path, photos: Path
) -> None:
    out = tmp_path / "quick.mp4"
    args = ["make", str(photos), "-o", str(out), "--quiet", "--seconds", "1", "--music", "none"]
    assert main([*args, "--resolution", "1080p", "--draft"]) == 0
    _is_quick(out)
    full = tmp_path / "full.mp4"
    assert main([*args, "--resolution", "720p", "-o", str(full)]) == 0
    assert b" cabac=1 " in full.read_bytes()  # without --draft: the usual preset


@pytest.mark.anyio
async def test_an_export_with_quality_draft_is_a_480p_preview(tmp_path: Path, photos: Path) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        await client.call_tool("edit", {"instruction": "1 second per photo"})
        result = _data(await client.call_tool("export", {"quality": "draft"}))
        assert result["status"] == "completed"
        assert (result["width"], result["height"]) == (854, 480)
        _is_quick(Path(result["path"]))
        # the draft keeps its own size: the next full export is 1080p again
        state = _data(await client.call_tool("state", {}))
        assert (state["draft"]["m"]["w"], state["draft"]["m"]["h"]) == (1920, 1080)


@pytest.mark.anyio
async def test_preview_it_fast_in_words_exports_a_quick_draft(tmp_path: Path, photos: Path) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        await client.call_tool("edit", {"instruction": "1 second per photo"})
        reply = _data(await client.call_tool("edit", {"instruction": "preview it fast"}))
    assert reply["action"] == "export"
    _is_quick(Path(reply["routed"]["path"]))


def test_quality_words_are_understood_and_others_refused_with_the_choices() -> None:
    assert normal_quality(None) == "full"
    assert normal_quality(" Preview ") == normal_quality("draft") == "draft"
    with pytest.raises(InputError, match="draft"):
        normal_quality("ultra")
