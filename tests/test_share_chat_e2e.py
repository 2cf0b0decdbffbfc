"""Share by size from the chat and the MCP tools: the person's words (English and Chinese) set
the limit, the export renders within it and its reply states the size, decoded back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.mcp_server import build_server
from photo_video_maker.model.share_size import MB

from support import decode_video

pytestmark = [pytest.mark.anyio, pytest.mark.slow]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _data(result: Any) -> dict[str, Any]:
    assert not result.is_error, result
    return dict(result.structured_content)


@pytest.mark.parametrize(
    ("words", "said", "within"),  # the reply in the person's language
    [
        ("keep the file under 3 MB", "3 MB", ", within 3 MB"),
        ("压缩到3兆以内", "3 MB", "，不超过 3 MB"),
    ],
)
async def test_the_persons_words_set_a_size_limit_that_the_export_meets_and_states(
    tmp_path: Path, photos_dir: Path, words: str, said: str, within: str
) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos_dir)]})
        reply = _data(await client.call_tool("edit", {"instruction": words}))
        assert reply["changes"] and said in reply["changes"][0].replace("兆", " MB")
        draft = _data(await client.call_tool("state", {}))["draft"]
        assert draft["m"]["max_size"] == 3 * MB
        result = _data(await client.call_tool("export", {}))
    assert result["status"] == "completed", result
    size = Path(result["path"]).stat().st_size
    assert 0.85 * 3 * MB <= size <= 3 * MB and size == result["size_bytes"]
    assert f"{size / MB:.1f} MB{within}" in result["summary"]
    frames, facts = decode_video(Path(result["path"]))
    # under 1 Mb/s of video is too few for the draft's 1080p: made at a smaller frame
    assert facts["height"] < 1080 and facts["width"] * 9 == facts["height"] * 16
    assert len(frames) == facts["frames"] and frames[len(frames) // 2].mean() > 20


async def test_the_typed_operation_sets_a_preset_limit_and_removes_it(
    tmp_path: Path, photos_dir: Path
) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool(
            "upload", {"paths": [str(photos_dir / "08_LadyBird_by_Charles_Barbin.jpg")]}
        )
        op = {"kind": "size_limit", "target": "whatsapp"}
        reply = _data(await client.call_tool("edit", {"operations": [op]}))
        assert reply["changes"] == ["The video will be made to fit 16 MB, WhatsApp's limit"]
        draft = _data(await client.call_tool("state", {}))["draft"]
        assert (draft["m"]["max_size"], draft["m"]["size_for"]) == (16 * MB, "WhatsApp")
        off = {"kind": "size_limit", "off": True}
        await client.call_tool("edit", {"operations": [off]})
        draft = _data(await client.call_tool("state", {}))["draft"]
        assert "max_size" not in draft["m"] and "size_for" not in draft["m"]


async def test_export_takes_a_size_and_states_the_size_it_made(
    tmp_path: Path, photos_dir: Path
) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    photos = [str(p) for p in sorted(photos_dir.glob("0[1-3]_*.jpg"))]
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": photos})
        refused = await client.call_tool("export", {"max_size": "big"})
        assert refused.is_error and "cannot read the size" in str(refused.content)
        args = {"max_size": "1MB", "resolution": "480p"}
        result = _data(await client.call_tool("export", args))
    assert result["status"] == "completed", result
    size = Path(result["path"]).stat().st_size
    assert 0.85 * MB <= size <= MB
    assert f"{size / MB:.1f} MB, within 1 MB" in result["summary"]
    frames, facts = decode_video(Path(result["path"]))
    assert (facts["width"], facts["height"]) == (854, 480) and len(frames) == facts["frames"]
