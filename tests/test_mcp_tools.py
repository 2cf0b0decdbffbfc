"""The MCP tools through an in-memory client: contracts, errors, progress and images."""

from __future__ import annotations

import base64
import http.server
import io
import itertools
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import anyio
import numpy as np
import pytest
from mcp import Client
from mcp.types import ImageContent, ListRootsResult, Root
from PIL import Image

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.mcp_server import build_server

from support import gradient, save_photo

pytestmark = pytest.mark.anyio

# every tool's hints: (read-only, destructive, idempotent, open-world)
HINTS = {
    "upload": (False, False, False, True),  # fetches web addresses
    "edit": (False, False, False, False),  # changes the timeline, and undo takes it back
    "state": (True, False, True, False),
    "export": (False, False, False, False),  # each call renders a new file
    "export_status": (True, False, True, False),
    "credits": (True, False, True, False),
    "new_session": (False, False, False, False),
    "list_music": (True, False, True, False),
    "undo": (False, True, False, False),  # another change after it drops what it took back
    "redo": (False, False, False, False),
    "preview": (True, False, True, False),
    # the chat app's own tools (visible to the app only)
    "app_timeline": (True, False, True, False),
    "app_upload_chunk": (False, False, False, False),
    "app_video_chunk": (True, False, True, False),
}


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
    (folder / "notes.txt").write_text("not a photo")
    return folder


def _data(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return dict(result.structured_content)


async def test_every_tool_has_schemas_descriptions_and_all_four_hints(settings: Settings) -> None:
    async with Client(build_server(LocalBackend(settings)), raise_exceptions=True) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    assert set(tools) == set(HINTS)
    for tool in tools.values():
        assert tool.description and tool.input_schema["type"] == "object"
        assert tool.output_schema is not None, tool.name
        hints = tool.annotations
        assert hints is not None
        assert (
            hints.read_only_hint,
            hints.destructive_hint,
            hints.idempotent_hint,
            hints.open_world_hint,
        ) == HINTS[tool.name], tool.name
    upload = tools["upload"].input_schema["properties"]
    assert {"paths", "urls", "session_id"} <= set(upload)
    assert {"session_id", "media", "summary"} <= set(tools["upload"].output_schema["properties"])
    export = tools["export"].input_schema["properties"]
    # the allowed values are in the schema; no resolution means the draft's own
    assert export["format"]["default"] == "mp4" and export["resolution"]["default"] is None
    assert export["format"]["enum"] == ["mp4", "mov", "mkv", "webm", "gif"]
    assert {"enum": ["480p", "720p", "1080p", "1440p", "2160p"], "type": "string"} in export[
        "resolution"
    ]["anyOf"]


async def test_upload_a_folder_then_edit_and_read_the_state(
    settings: Settings, photos: Path
) -> None:
    async with Client(build_server(LocalBackend(settings)), raise_exceptions=True) as client:
        up = _data(await client.call_tool("upload", {"paths": [str(photos)]}))
        assert [m["name"] for m in up["media"]] == ["01.jpg", "02.jpg", "03.jpg"]
        assert all(m["kind"] == "image" and m["width"] == 480 for m in up["media"])
        assert "3 photos" in up["summary"]
        edit = _data(
            await client.call_tool(
                "edit", {"instruction": "make it vertical, 2 seconds per photo and add calm music"}
            )
        )
        assert edit["action"] == "edit" and len(edit["changes"]) == 3
        state = _data(await client.call_tool("state", {}))
        assert state["session_id"] == up["session_id"]
        assert state["draft"]["m"]["aspect"] == "9:16"
        assert "Music:" in state["summary"] and "Video: 3 photos" in state["summary"]


async def test_each_reply_reads_as_plain_words_with_the_data_beside_it(
    settings: Settings, photos: Path
) -> None:
    async with Client(build_server(LocalBackend(settings)), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        result = await client.call_tool("edit", {"instruction": "sepia and 2 seconds per photo"})
    text = result.content[0].text  # type: ignore[union-attr]
    data = _data(result)
    assert not text.lstrip().startswith("{"), "the text is for a person, not JSON"
    assert all(change in text for change in data["changes"]) and "Timeline" in text


async def test_an_unknown_request_changes_nothing_and_suggests_phrases(
    settings: Settings, photos: Path
) -> None:
    async with Client(build_server(LocalBackend(settings)), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        before = _data(await client.call_tool("state", {}))["draft"]
        reply = _data(await client.call_tool("edit", {"instruction": "make the music sparkle"}))
        assert reply["changes"] == [] and reply["understood"] is False
        assert reply["suggestions"]
        assert _data(await client.call_tool("state", {}))["draft"] == before


async def test_export_reports_progress_in_order_and_returns_the_file(
    settings: Settings, photos: Path
) -> None:
    seen: list[float] = []

    async def progress(value: float, total: float | None, message: str | None) -> None:
        seen.append(value)

    async with Client(build_server(LocalBackend(settings)), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        await client.call_tool("edit", {"instruction": "1 second per photo"})
        result = _data(
            await client.call_tool("export", {"resolution": "480p"}, progress_callback=progress)
        )
    assert result["status"] == "completed"
    assert Path(result["path"]).is_file() and result["size_bytes"] > 0
    assert (result["width"], result["height"]) == (854, 480)
    assert seen and seen == sorted(seen) and seen[-1] <= 1.0


async def test_export_progress_reaches_the_host_a_few_times_a_second_at_most(
    settings: Settings, photos: Path
) -> None:
    seen: list[float] = []

    async def progress(value: float, total: float | None, message: str | None) -> None:
        seen.append(time.monotonic())

    async with Client(build_server(LocalBackend(settings)), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        began = time.monotonic()
        result = _data(
            await client.call_tool("export", {"resolution": "480p"}, progress_callback=progress)
        )
        took = time.monotonic() - began
    assert result["status"] == "completed"
    assert len(seen) >= 2  # the render took long enough to be heard on its way
    assert len(seen) <= took * 3.4 + 2, (len(seen), took)  # 270 frames: not one a frame
    gaps = [b - a for a, b in itertools.pairwise(seen)]
    assert sum(1 for gap in gaps if gap < 0.25) <= 1  # only the last may come sooner


async def test_a_slow_export_returns_a_job_that_export_status_finishes(
    settings: Settings, photos: Path
) -> None:
    backend = LocalBackend(replace(settings, inline_render_seconds=0.0))
    async with Client(build_server(backend, inline_seconds=0.0), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        started = _data(await client.call_tool("export", {"resolution": "480p"}))
        assert started["status"] in ("queued", "running") and started["job_id"]
        done = started
        for _ in range(20):
            done = _data(
                await client.call_tool(
                    "export_status", {"job_id": started["job_id"], "wait_seconds": 30}
                )
            )
            if done["status"] == "completed":
                break
        assert done["status"] == "completed" and Path(done["path"]).is_file()


async def test_domain_errors_reach_the_model_as_tool_errors_that_say_what_to_do(
    settings: Settings, tmp_path: Path
) -> None:
    secret = tmp_path / "id_rsa"
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n")
    async with Client(build_server(LocalBackend(settings))) as client:
        missing = await client.call_tool("upload", {"paths": [str(tmp_path / "nope.jpg")]})
        not_media = await client.call_tool("upload", {"paths": [str(secret)]})
        nothing = await client.call_tool("export", {})
    for result in (missing, not_media, nothing):
        assert result.is_error
    assert "no such file" in missing.content[0].text  # type: ignore[union-attr]
    assert "JPEG" in not_media.content[0].text  # type: ignore[union-attr]
    assert "Upload photos" in nothing.content[0].text  # type: ignore[union-attr]


async def test_preview_returns_a_storyboard_image(settings: Settings, photos: Path) -> None:
    async with Client(build_server(LocalBackend(settings)), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        result = await client.call_tool("preview", {})
    images = [c for c in result.content if isinstance(c, ImageContent)]
    assert len(images) == 1 and images[0].mime_type == "image/jpeg"
    picture = Image.open(io.BytesIO(base64.b64decode(images[0].data)))
    data = _data(result)
    assert picture.format == "JPEG"
    assert picture.size == (data["width"], data["height"]) and data["frames"] == 3


@pytest.mark.parametrize("aspect", ["9:16", "16:9"])
async def test_preview_stays_under_a_megabyte_at_any_aspect_and_draws_the_titles(
    settings: Settings, tmp_path: Path, aspect: str
) -> None:
    rng = np.random.default_rng(7)
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(24):  # noise: the hardest picture to compress
        save_photo(folder / f"{i:02d}.png", rng.integers(0, 255, (480, 640, 3), np.uint8))
    async with Client(build_server(LocalBackend(settings)), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(folder)]})
        await client.call_tool("edit", {"instruction": f"make it {aspect}"})
        plain = await client.call_tool("preview", {})
        await client.call_tool("edit", {"instruction": "add the title 'Summer 2026'"})
        titled = await client.call_tool("preview", {})
    before, after = (_sheet(result) for result in (plain, titled))
    for result in (plain, titled):
        (image,) = [c for c in result.content if isinstance(c, ImageContent)]
        assert len(image.data) < 1_000_000 and image.mime_type == "image/jpeg"
    data = _data(titled)
    assert data["texts"][0] == ["Summer 2026"] and data["texts"][5] == []
    tall = data["height"] > data["width"] / 2 if aspect == "9:16" else True
    assert tall and after.shape == before.shape
    changed = np.abs(after.astype(int) - before.astype(int)).mean(axis=2) > 60
    h, w = changed.shape
    assert changed.sum() > 150  # the title was drawn
    assert changed[: h // 3, : w // 3].sum() > 0.98 * changed.sum()  # on the first shot only


def _sheet(result: Any) -> np.ndarray:
    (image,) = [c for c in result.content if isinstance(c, ImageContent)]
    return np.asarray(Image.open(io.BytesIO(base64.b64decode(image.data))).convert("RGB"))


async def test_credits_on_the_local_engine_charge_nothing(settings: Settings) -> None:
    async with Client(build_server(LocalBackend(settings)), raise_exceptions=True) as client:
        data = _data(await client.call_tool("credits", {}))
    assert data["backend"] == "local" and data["charged"] is False
    assert {"available", "frozen", "total"} <= set(data)


async def test_sessions_survive_a_restart_of_the_server(settings: Settings, photos: Path) -> None:
    async with Client(build_server(LocalBackend(settings)), raise_exceptions=True) as client:
        up = _data(await client.call_tool("upload", {"paths": [str(photos)]}))
        await client.call_tool("edit", {"instruction": "add the title 'Summer 2026'"})
    async with Client(build_server(LocalBackend(settings)), raise_exceptions=True) as client:
        state = _data(await client.call_tool("state", {}))
    assert state["session_id"] == up["session_id"]
    assert 'Title: "Summer 2026"' in state["summary"]


async def test_pasted_images_are_accepted_inline(settings: Settings, tmp_path: Path) -> None:
    png = save_photo(tmp_path / "pasted.png", gradient(64, 48))
    uri = "data:image/png;base64," + base64.b64encode(png.read_bytes()).decode()
    async with Client(build_server(LocalBackend(settings)), raise_exceptions=True) as client:
        up = _data(await client.call_tool("upload", {"inline": [uri]}))
    assert up["media"][0]["kind"] == "image" and up["media"][0]["width"] == 64


async def test_undo_restores_the_previous_timeline(settings: Settings, photos: Path) -> None:
    async with Client(build_server(LocalBackend(settings)), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        before = _data(await client.call_tool("state", {}))["draft"]
        await client.call_tool("edit", {"instruction": "sepia"})
        undone = _data(await client.call_tool("undo", {}))
        assert undone["changes"] == [
            "Undid the last change (it was: colours are now sepia (vintage))"
        ]
        assert _data(await client.call_tool("state", {}))["draft"] == before


class _Photos(http.server.BaseHTTPRequestHandler):
    body = b""
    hits = 0

    def do_GET(self) -> None:
        type(self).hits += 1
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def photo_server(tmp_path: Path) -> Iterator[str]:
    png = save_photo(tmp_path / "web.png", gradient(96, 64))
    _Photos.body, _Photos.hits = png.read_bytes(), 0
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Photos)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/photos/web.png"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


async def test_a_url_to_this_machine_is_refused_before_any_request(
    settings: Settings, photo_server: str
) -> None:
    async with Client(build_server(LocalBackend(settings))) as client:
        result = await client.call_tool("upload", {"urls": [photo_server]})
    assert result.is_error and "URL not allowed" in result.content[0].text  # type: ignore[union-attr]
    assert _Photos.hits == 0


async def test_a_photo_is_uploaded_by_url(settings: Settings, photo_server: str) -> None:
    # the test's own server is on loopback: allowed only for this fixture
    backend = LocalBackend(replace(settings, allow_private_urls=True))
    async with Client(build_server(backend), raise_exceptions=True) as client:
        up = _data(await client.call_tool("upload", {"urls": [photo_server]}))
    assert up["media"][0]["name"] == "web.png" and up["media"][0]["width"] == 96
    assert _Photos.hits == 1


async def test_the_hosts_roots_bound_what_may_be_uploaded(
    settings: Settings, photos: Path, tmp_path: Path
) -> None:
    outside = save_photo(tmp_path / "outside.png", gradient(32, 32))

    async def roots(context: Any) -> ListRootsResult:
        return ListRootsResult(roots=[Root(uri=photos.resolve().as_uri(), name="photos")])

    server = build_server(LocalBackend(settings))
    async with Client(server, list_roots_callback=roots) as client:
        refused = await client.call_tool("upload", {"paths": [str(outside)]})
        relative = await client.call_tool("upload", {"paths": ["01.jpg"]})
    assert refused.is_error and "outside the folders" in refused.content[0].text  # type: ignore[union-attr]
    assert [m["name"] for m in _data(relative)["media"]] == ["01.jpg"]


async def test_two_exports_at_once_render_one_after_the_other_and_both_finish(
    settings: Settings, photos: Path
) -> None:
    backend = LocalBackend(settings)
    async with Client(build_server(backend, inline_seconds=0.0), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        first = _data(await client.call_tool("export", {"resolution": "480p"}))
        second = _data(await client.call_tool("export", {"resolution": "480p", "format": "webm"}))
        results = []
        for job in (first, second):
            done = job
            for _ in range(20):
                done = _data(
                    await client.call_tool(
                        "export_status", {"job_id": job["job_id"], "wait_seconds": 30}
                    )
                )
                if done["status"] in ("completed", "failed"):
                    break
            results.append(done)
    assert [r["status"] for r in results] == ["completed", "completed"]
    assert results[1]["path"].endswith(".webm")


def test_edits_at_the_same_time_are_all_kept(settings: Settings, photos: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    backend = LocalBackend(settings)
    backend.upload([str(photos)], [], [], None)
    asks = ["add the title 'One'", "sepia", "2 seconds per photo", "add calm music", "square"]
    with ThreadPoolExecutor(len(asks)) as pool:
        list(pool.map(lambda text: backend.edit(text, None), asks))
    summary = backend.state(None).summary
    assert 'Title: "One"' in summary and "Music:" in summary and "1:1" in summary
    assert "sepia" in summary.lower() and "0-4.5s" in summary


async def test_an_edit_slower_than_the_host_allows_answers_that_it_goes_on(
    settings: Settings, photos: Path
) -> None:
    release = threading.Event()

    class SlowBackend(LocalBackend):
        def edit(self, instruction: Any, session_id: Any, *rest: Any) -> Any:
            release.wait(10)  # a cloud turn that takes longer than the host waits
            return super().edit(instruction, session_id, *rest)

    backend = SlowBackend(settings)
    backend.upload([str(photos)], [], [], None)
    async with Client(build_server(backend, edit_seconds=0.2), raise_exceptions=True) as client:
        reply = _data(await client.call_tool("edit", {"instruction": "sepia"}))
        assert "goes on in the background" in reply["summary"] and reply["changes"] == []
        release.set()
    for _ in range(100):  # bounded: the edit lands once released
        if "sepia" in backend.state(None).summary.lower():
            break
        await anyio.sleep(0.05)
    assert "sepia" in backend.state(None).summary.lower()
