"""The chat app in a real browser: headless Chromium loads a small host page
(tests/app_host/host.html) that speaks the host side of MCP Apps to the app and forwards its
tool calls to a real server, ``photo-video-maker serve`` over stdio.

Set PVM_SCREENSHOTS to a folder to keep the screenshots (docs/screenshots holds the last ones).
"""

from __future__ import annotations

import base64
import io
import os
import shutil
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from mcp import Client
from mcp.client.extension import advertise
from mcp.client.stdio import StdioServerParameters
from mcp.server.apps import APP_MIME_TYPE, EXTENSION_ID
from PIL import Image

from support import gradient, save_photo

playwright_api = pytest.importorskip("playwright.async_api")
pytestmark = [pytest.mark.anyio, pytest.mark.slow]

HOST = Path(__file__).with_name("app_host") / "host.html"
# the spec's default for a page that declares no domains (SEP-1865, "Restrictive Default")
DEFAULT_CSP = (
    "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; media-src 'self' data:; connect-src 'none'; frame-src 'none'; "
    "object-src 'none'; base-uri 'self'"
)
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def chromium() -> str:
    """Debian's chromium (Playwright cannot download its own here); CI must have it."""
    found = os.environ.get("PVM_CHROMIUM") or shutil.which("chromium")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs it with apt-get")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


@dataclass
class Host:
    """The test host with the app in it, and the model's side: an MCP client of the server."""

    client: Client
    page: Any
    shots_dir: Path
    requests: list[str]

    @property
    def view(self) -> Any:
        return self.page.frame_locator("#view")

    def frame(self) -> Any:
        return self.page.frame(url="https://sandbox.test/view.html")

    async def call(self, name: str, args: dict[str, Any]) -> dict[str, Any]:
        """A tool call of the model's; its result as the host hands it to the app."""
        result = await self.client.call_tool(name, args)
        assert not result.is_error, result.content
        return result.model_dump(mode="json", by_alias=True, exclude_none=True)

    async def show(self, name: str, args: dict[str, Any], result: dict[str, Any]) -> None:
        await self.page.evaluate("([n, a, r]) => window.showTool(n, a, r)", [name, args, result])

    async def state(self) -> dict[str, Any]:
        return dict((await self.client.call_tool("state", {})).structured_content or {})

    async def screenshot(self, name: str) -> Path:
        path = self.shots_dir / f"{name}.png"
        await self.page.screenshot(path=str(path), full_page=True)
        keep = os.environ.get("PVM_SCREENSHOTS")
        if keep:  # 256 colours: small enough to commit, sharp enough to read
            Path(keep).mkdir(parents=True, exist_ok=True)
            small = Image.open(path).convert("RGB").quantize(256, dither=Image.Dither.NONE)
            small.save(Path(keep) / path.name, optimize=True)
        return path


@pytest.fixture
async def host(tmp_path: Path) -> AsyncIterator[Host]:
    browser = chromium()  # before the server's task group: a skip inside it reads as an error
    exe = shutil.which("photo-video-maker", path=str(Path(sys.executable).parent))
    assert exe is not None
    params = StdioServerParameters(
        command=exe, args=["serve"], env={**os.environ, "PVM_HOME": str(tmp_path / "home")}
    )
    ui = advertise(EXTENSION_ID, {"mimeTypes": [APP_MIME_TYPE]})
    async with Client(params, raise_exceptions=True, extensions=[ui]) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        uri = (tools["preview"].meta or {})["ui"]["resourceUri"]
        page_html = (await client.read_resource(uri)).contents[0]
        assert page_html.mime_type == APP_MIME_TYPE

        async def call_tool(name: str, args: dict[str, Any]) -> dict[str, Any]:
            # a host lets the app call only tools whose visibility includes it
            seen = (tools[name].meta or {}).get("ui", {}).get("visibility", ["model", "app"])
            if "app" not in seen:
                raise PermissionError(f"{name} is not visible to the app")
            result = await client.call_tool(name, args)
            return result.model_dump(mode="json", by_alias=True, exclude_none=True)

        requests: list[str] = []

        async def serve(route: Any) -> None:
            url = route.request.url
            requests.append(url)
            if url == "https://host.test/host.html":
                await route.fulfill(body=HOST.read_text(), content_type="text/html")
            elif url == "https://sandbox.test/view.html":
                await route.fulfill(
                    body=page_html.text,  # type: ignore[union-attr]
                    content_type="text/html",
                    headers={"Content-Security-Policy": DEFAULT_CSP},
                )
            else:  # nothing else exists: the app has no network
                await route.abort()

        async with playwright_api.async_playwright() as pw:
            context = await pw.chromium.launch_persistent_context(
                str(tmp_path / "profile"),  # a fresh profile each time
                executable_path=browser,
                headless=True,
                args=CHROMIUM_FLAGS,
                viewport={"width": 800, "height": 700},
            )
            try:
                await context.route("**/*", serve)
                page = context.pages[0] if context.pages else await context.new_page()
                await page.expose_function("pvmCallTool", call_tool)
                await page.goto("https://host.test/host.html")
                await page.evaluate("window.hostReady")
                shots = tmp_path / "screenshots"
                shots.mkdir()
                yield Host(client, page, shots, requests)
            finally:
                await context.close()


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "trip"
    folder.mkdir()
    for i in range(3):
        save_photo(folder / f"{i + 1:02d}.jpg", gradient(960, 640, seed=i + 4))
    return folder


def big_jpeg() -> bytes:
    """A photo of over half a megabyte: the page sends it in more than one piece."""
    rng = np.random.default_rng(5)
    picture = np.clip(gradient(1200, 900, seed=11) + rng.integers(-30, 30, (900, 1200, 3)), 0, 255)
    out = io.BytesIO()
    Image.fromarray(picture.astype(np.uint8)).save(out, format="JPEG", quality=95)
    assert len(out.getvalue()) > 600_000
    return out.getvalue()


DROP = """async ([name, data]) => {
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  const files = new DataTransfer();
  files.items.add(new File([bytes], name, { type: "image/jpeg" }));
  const zone = document.getElementById("drop");
  for (const type of ["dragenter", "dragover", "drop"]) {
    const init = { dataTransfer: files, bubbles: true, cancelable: true };
    zone.dispatchEvent(new DragEvent(type, init));
  }
}"""
PLAYING = """() => {
  const video = document.getElementById("video");
  return video && video.readyState >= 2 && !video.paused && video.currentTime > 0.5;
}"""


async def test_the_storyboard_a_drop_a_drag_and_an_export_work_in_the_app(
    host: Host, photos: Path
) -> None:
    expect = playwright_api.expect
    await host.call("upload", {"paths": [str(photos)]})
    await host.call(
        "edit",
        {
            "operations": [
                {"kind": "title", "text": "Summer 2026"},
                {"kind": "resolution", "resolution": "480p"},
            ]
        },
    )
    await host.show("preview", {}, await host.call("preview", {}))

    shots = host.view.locator("li.shot")
    await expect(shots).to_have_count(3)
    await expect(shots.first.locator(".texts")).to_have_text("Summer 2026")
    loaded = await host.frame().evaluate(
        "() => [...document.querySelectorAll('li.shot img')].map((i) => i.naturalWidth)"
    )
    assert loaded == [240, 240, 240]  # the pictures drew (titles are in the first one)
    await host.screenshot("storyboard")

    await host.frame().evaluate(DROP, ["dropped.jpg", base64.b64encode(big_jpeg()).decode()])
    await expect(shots).to_have_count(4, timeout=60_000)
    await expect(shots.nth(3)).to_have_attribute("aria-label", "4: dropped.jpg")
    state = await host.state()
    dropped = next(m for m in state["media"] if m["name"] == "dropped.jpg")
    assert (dropped["width"], dropped["height"]) == (1200, 900)

    source, target = await shots.nth(3).bounding_box(), await shots.nth(0).bounding_box()
    await host.page.mouse.move(source["x"] + 40, source["y"] + 30)
    await host.page.mouse.down()
    await host.page.mouse.move(target["x"] + 40, target["y"] + 30, steps=8)
    await host.page.mouse.up()
    await expect(shots.first).to_have_attribute("aria-label", "1: dropped.jpg")
    order = [s["m"]["src"] for s in (await host.state())["draft"]["t"][0]["sg"]]
    assert order[0] == dropped["id"] and len(order) == 4
    await host.screenshot("reordered")

    await shots.nth(2).locator(".remove").click()
    await expect(shots).to_have_count(3)

    await host.view.locator("#export").click()
    await host.frame().wait_for_function(PLAYING, timeout=120_000)
    when = await host.frame().evaluate("() => document.getElementById('video').currentTime")
    await host.frame().wait_for_function(
        f"() => document.getElementById('video').currentTime > {when} + 0.3"
    )
    await expect(host.view.locator("#saved")).to_contain_text(".mp4")
    await host.screenshot("playing")
    told = (await host.page.evaluate("window.modelContext"))["content"][0]["text"]
    assert "Removed 02.jpg" in told and "3 photos" in told  # the model hears what changed
    assert set(host.requests) == {"https://host.test/host.html", "https://sandbox.test/view.html"}


async def test_an_export_result_opens_the_app_playing_the_video(host: Host, photos: Path) -> None:
    await host.call("upload", {"paths": [str(photos)]})
    await host.call(
        "edit", {"operations": [{"kind": "resolution", "resolution": "480p"}], "language": "en"}
    )
    exported = await host.call("export", {})
    assert exported["structuredContent"]["status"] == "completed"

    await host.show("export", {}, exported)

    await host.frame().wait_for_function(PLAYING, timeout=60_000)
    facts = await host.frame().evaluate(
        "() => { const v = document.getElementById('video');"
        " return [v.videoWidth, v.videoHeight, Math.round(v.duration)]; }"
    )
    data = exported["structuredContent"]
    assert facts == [data["width"], data["height"], round(data["duration_ms"] / 1000)]
