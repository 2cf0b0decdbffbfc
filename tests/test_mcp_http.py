"""``photo-video-maker serve --http``: streamable HTTP on loopback, with rebinding protection."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from mcp import Client

EXE = str(Path(sys.executable).with_name("photo-video-maker"))
pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "PVM_HOME": str(tmp_path / "home")}
    proc = subprocess.Popen(
        [EXE, "serve", "--http", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/mcp"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # bounded wait for the server to listen
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


async def test_the_tools_answer_over_streamable_http(server: str) -> None:
    async with Client(server) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        credits = await client.call_tool("credits", {})
    assert {"upload", "edit", "state", "export", "credits"} <= names
    assert credits.structured_content is not None
    assert credits.structured_content["backend"] == "local"


def test_a_foreign_host_header_is_refused(server: str) -> None:
    body = {"jsonrpc": "2.0", "id": 1, "method": "ping"}
    headers = {"Host": "evil.example", "Accept": "application/json, text/event-stream"}
    response = httpx.post(server, json=body, headers=headers)
    assert response.status_code == 421


def test_serving_beyond_loopback_is_refused_before_the_data_folder_is_touched(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    result = subprocess.run(
        [EXE, "serve", "--http", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PVM_HOME": str(home)},
    )
    assert result.returncode == 1 and "loopback" in result.stderr
    assert not home.exists()
