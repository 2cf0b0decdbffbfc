"""Does the wheel alone make a working server? ``make check-dist`` runs the README's command,
``uvx --from dist/...whl photo-video-maker serve``, in an environment of its own (uv fetches
the dependencies from the package index), and talks MCP to it: the tools, the chat app's page
(package data) and one tool call."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

import anyio
from mcp import Client
from mcp.client.stdio import StdioServerParameters

EXPECTED = {"upload", "edit", "preview", "export", "export_status", "app_timeline"}


# files read at run time that only package data brings: without them the wheel still serves
# but frames without faces and names no places in Chinese
DATA = ("media/models/face_detection_yunet_2023mar.onnx", "media/places_zh.csv", "app/studio.html")


async def check(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    absent = [name for name in DATA if f"photo_video_maker/{name}" not in names]
    assert not absent, f"not in the wheel: {absent}"
    uvx = shutil.which("uvx", path=str(Path(sys.executable).parent)) or shutil.which("uvx")
    if uvx is None:
        raise SystemExit("error: uvx is missing (make setup installs uv)")
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "PVM_HOME": home}
        command = ["--isolated", "--from", str(wheel.resolve()), "photo-video-maker", "serve"]
        params = StdioServerParameters(command=uvx, args=command, env=env)
        async with Client(params, raise_exceptions=True) as client:
            tools = {tool.name for tool in (await client.list_tools()).tools}
            page = (await client.read_resource("ui://photo-video-maker/studio.html")).contents[0]
            credits = await client.call_tool("credits", {})
    missing = EXPECTED - tools
    assert not missing, f"tools missing: {missing}"
    assert "ui/initialize" in getattr(page, "text", ""), "the chat app's page is not in the wheel"
    assert not credits.is_error, credits.content
    print(f"{wheel.name}: serves {len(tools)} tools and the chat app")


if __name__ == "__main__":
    anyio.run(check, Path(sys.argv[1]))
