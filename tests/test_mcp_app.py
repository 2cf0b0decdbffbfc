"""The chat app's side of the server through an in-memory client: the ui:// page and its links,
the app's own tools (timeline, dropped pieces, video bytes), prompts and resources."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from mcp.client.extension import advertise
from mcp.server.apps import APP_MIME_TYPE, EXTENSION_ID
from PIL import Image

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.mcp_app import APP_URI
from photo_video_maker.mcp_server import build_server

from support import gradient, save_photo

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home")


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    for i in range(3):
        save_photo(folder / f"{i + 1:02d}.jpg", gradient(480, 320, seed=i))
    return folder


def _data(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return dict(result.structured_content)


def _client(settings: Settings) -> Client:
    """A client that says it shows MCP Apps, as Claude Desktop does."""
    ui = advertise(EXTENSION_ID, {"mimeTypes": [APP_MIME_TYPE]})
    return Client(build_server(LocalBackend(settings)), raise_exceptions=True, extensions=[ui])


def _jpeg(size: tuple[int, int], seed: int) -> bytes:
    out = io.BytesIO()
    Image.fromarray(gradient(*size, seed=seed)).save(out, format="JPEG", quality=90)
    return out.getvalue()


async def test_preview_and_export_link_the_app_page_and_its_tools_are_for_the_app_only(
    settings: Settings,
) -> None:
    async with _client(settings) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        page = (await client.read_resource(APP_URI)).contents[0]
        caps = client.server_capabilities
    for name in ("preview", "export"):
        assert (tools[name].meta or {})["ui"]["resourceUri"] == APP_URI
    for name in ("app_timeline", "app_upload_chunk", "app_video_chunk"):
        assert (tools[name].meta or {})["ui"] == {"resourceUri": APP_URI, "visibility": ["app"]}
    assert "visibility" not in (tools["edit"].meta or {}).get("ui", {})
    assert page.mime_type == APP_MIME_TYPE and page.uri == APP_URI
    html = page.text  # type: ignore[union-attr]
    assert html.startswith("<!doctype html>") and "ui/initialize" in html
    assert "<script src" not in html and "http" not in html.split("<script>")[1]  # no network
    assert caps.extensions is not None and EXTENSION_ID in caps.extensions


async def test_the_timeline_shows_each_shot_with_its_picture_and_texts(
    settings: Settings, photos: Path
) -> None:
    async with _client(settings) as client:
        empty = _data(await client.call_tool("app_timeline", {}))
        await client.call_tool("upload", {"paths": [str(photos)]})
        await client.call_tool("edit", {"instruction": "add the title 'Summer 2026'"})
        data = _data(await client.call_tool("app_timeline", {}))
    assert empty["shots"] == [] and empty["session_id"] == ""
    shots = data["shots"]
    assert [s["number"] for s in shots] == [1, 2, 3]
    assert [s["name"] for s in shots] == ["01.jpg", "02.jpg", "03.jpg"]
    assert shots[0]["texts"] == ["Summer 2026"] and shots[1]["texts"] == []
    for shot in shots:
        head, _, body = shot["thumbnail"].partition(",")
        assert head == "data:image/jpeg;base64"
        picture = Image.open(io.BytesIO(base64.b64decode(body)))
        assert max(picture.size) == 240 and picture.size[0] > picture.size[1]
    assert data["export"] is None and data["max_upload_bytes"] == 200 * 1024 * 1024


async def test_a_file_dropped_in_pieces_joins_the_end_of_the_timeline(
    settings: Settings, photos: Path
) -> None:
    payload = _jpeg((640, 480), seed=9)
    async with _client(settings) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        first = _data(
            await client.call_tool(
                "app_upload_chunk",
                {
                    "name": "beach.jpg",
                    "size": len(payload),
                    "offset": 0,
                    "data": base64.b64encode(payload[:5000]).decode(),
                },
            )
        )
        assert first["done"] is False and first["received_bytes"] == 5000
        rest = payload[5000:]
        last = _data(
            await client.call_tool(
                "app_upload_chunk",
                {
                    "name": "beach.jpg",
                    "size": len(payload),
                    "offset": 5000,
                    "data": base64.b64encode(rest).decode(),
                    "upload_id": first["upload_id"],
                },
            )
        )
        state = _data(await client.call_tool("state", {}))
    assert last["done"] is True and last["upload"]["media"][0]["name"] == "beach.jpg"
    names = [m["name"] for m in state["media"]]
    assert names == ["01.jpg", "02.jpg", "03.jpg", "beach.jpg"]
    video = next(t for t in state["draft"]["t"] if t["tt"] == 0)
    assert len(video["sg"]) == 4 and video["sg"][-1]["m"]["src"] == last["upload"]["media"][0]["id"]
    assert list((settings.home / "tmp" / "drops").iterdir()) == []


async def test_dropped_files_meet_the_upload_checks_and_leave_nothing_behind(
    settings: Settings,
) -> None:
    small = Settings(home=settings.home, max_upload_bytes=50_000, max_pixels=1_000_000)
    async with _client(small) as client:
        too_big = await client.call_tool(
            "app_upload_chunk", {"name": "big.mov", "size": 50_001, "offset": 0, "data": "AAAA"}
        )
        html = b"<html><script>alert(1)</script></html>"
        not_media = await client.call_tool(
            "app_upload_chunk",
            {
                "name": "x.jpg",
                "size": len(html),
                "offset": 0,
                "data": base64.b64encode(html).decode(),
            },
        )
        flat = io.BytesIO()
        Image.new("RGB", (1600, 1000), "#3a6").save(flat, format="PNG")  # 1.6 MP, a few KB
        over_pixels = await client.call_tool(
            "app_upload_chunk",
            {
                "name": "wide.png",
                "size": len(flat.getvalue()),
                "offset": 0,
                "data": base64.b64encode(flat.getvalue()).decode(),
            },
        )
        liar = await client.call_tool(
            "app_upload_chunk",
            {"name": "a.jpg", "size": 3, "offset": 0, "data": base64.b64encode(b"12345").decode()},
        )
        out_of_order = await client.call_tool(
            "app_upload_chunk", {"name": "a.jpg", "size": 9, "offset": 3, "data": "AAAA"}
        )
        state = _data(await client.call_tool("app_timeline", {}))
    assert too_big.is_error and "the limit is 0 MB" in str(too_big.content)
    assert not_media.is_error and "JPEG" in str(not_media.content)
    said = str(over_pixels.content)
    assert over_pixels.is_error and "wide.png has 2 megapixels" in said and ".part" not in said
    assert said.count("Compress or resize") == 1
    assert liar.is_error and "longer than the 3 bytes" in str(liar.content)
    assert out_of_order.is_error and "expected byte 0" in str(out_of_order.content)
    assert state["shots"] == [] and state["session_id"] == ""  # no session was made
    assert list((small.home / "tmp" / "drops").iterdir()) == []


async def test_an_exported_video_comes_back_in_pieces_that_join_into_the_file(
    settings: Settings, photos: Path
) -> None:
    async with _client(settings) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        await client.call_tool("edit", {"instruction": "1 second per photo"})
        done = _data(await client.call_tool("export", {"resolution": "480p"}))
        pieces, offset = [], 0
        while True:
            got = _data(
                await client.call_tool(
                    "app_video_chunk",
                    {"job_id": done["job_id"], "offset": offset, "length": 30_000},
                )
            )
            pieces.append(got["data"])
            offset += 30_000
            if got["done"]:
                break
        timeline = _data(await client.call_tool("app_timeline", {}))
        unknown = await client.call_tool("app_video_chunk", {"job_id": "job_nope"})
    assert base64.b64decode("".join(pieces)) == Path(done["path"]).read_bytes()
    assert got["mime_type"] == "video/mp4" and got["total_bytes"] == done["size_bytes"]
    assert timeline["export"]["job_id"] == done["job_id"]
    assert unknown.is_error and "no export job" in str(unknown.content)


async def test_prompts_offer_the_usual_starts(settings: Settings) -> None:
    async with _client(settings) as client:
        prompts = {p.name: p for p in (await client.list_prompts()).prompts}
        reel = await client.get_prompt("vertical_reel", {"folder": "~/Pictures/Trip"})
        memory = await client.get_prompt("memory_video", {"folder": "/photos", "title": "2026"})
    assert set(prompts) == {"slideshow_from_folder", "vertical_reel", "memory_video"}
    for prompt in prompts.values():
        assert prompt.description and prompt.arguments
        assert [a.name for a in prompt.arguments if a.required] == ["folder"]
    said = reel.messages[0].content.text  # type: ignore[union-attr]
    assert "9:16" in said and "~/Pictures/Trip" in said and "30 seconds" in said
    told = memory.messages[0].content.text  # type: ignore[union-attr]
    assert "by the date" in told and '"2026"' in told


async def test_the_latest_draft_resource_reads_like_the_session_one(
    settings: Settings, photos: Path
) -> None:
    async with _client(settings) as client:
        up = _data(await client.call_tool("upload", {"paths": [str(photos)]}))
        listed = [str(r.uri) for r in (await client.list_resources()).resources]
        latest = (await client.read_resource("draft://latest")).contents[0]
        by_id = (await client.read_resource(f"draft://{up['session_id']}")).contents[0]
    assert "draft://latest" in listed
    assert json.loads(latest.text) == json.loads(by_id.text)  # type: ignore[union-attr]
    assert len(json.loads(latest.text)["t"][0]["sg"]) == 3  # type: ignore[union-attr]
