"""A real self-hosted cluster on loopback: redis-server, the API and render workers, each its
own process, plus a small client of the API. Used by bench/crash_loop.py, bench/load.py and
tests/test_workers.py.

Every process gets its own free port and the data folder given; everything started here is
stopped by ``Cluster.close`` (SIGTERM, then SIGKILL after a few seconds).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ATTRIBUTION = {
    "X-Skill-Source": "photo-video-maker-easy",
    "X-Skill-Version": "0.1.0",
    "X-Skill-Platform": "unknown",
}


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(check: Callable[[], bool], timeout: float, what: str, every: float = 0.02) -> None:
    """Poll ``check`` until it is true; AssertionError naming ``what`` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(every)


def redis_server_path() -> str | None:
    """Debian's redis-server, if installed."""
    return shutil.which("redis-server")


@dataclass
class Proc:
    name: str
    popen: subprocess.Popen[bytes]
    log: Path

    def alive(self) -> bool:
        return self.popen.poll() is None

    def kill(self) -> None:
        """kill -9, and reap it."""
        if self.alive():
            self.popen.send_signal(signal.SIGKILL)
        self.popen.wait(10)

    def stop(self) -> None:
        if self.alive():
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


@dataclass
class Cluster:
    """Processes sharing one data folder (``home``) and one Redis server."""

    home: Path
    env: dict[str, str] = field(default_factory=dict)
    procs: list[Proc] = field(default_factory=list)
    redis_url: str | None = None
    api_url: str | None = None

    def _spawn(self, name: str, argv: list[str], env: Mapping[str, str]) -> Proc:
        logs = self.home / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        log = logs / f"{name}-{len(self.procs)}.log"
        with open(log, "wb") as out:
            popen = subprocess.Popen(
                argv, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **env}
            )
        proc = Proc(name, popen, log)
        self.procs.append(proc)
        return proc

    def start_redis(self) -> str:
        """redis-server on a free loopback port, without persistence; its URL."""
        exe = redis_server_path()
        assert exe, "redis-server is not installed (Debian: apt-get install redis-server)"
        port = free_port()
        argv = [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly"]
        proc = self._spawn("redis", [*argv, "no"], {})
        import redis

        client = redis.Redis(host="127.0.0.1", port=port)

        def up() -> bool:
            assert proc.alive(), proc.text()
            try:
                return bool(client.ping())
            except redis.ConnectionError:
                return False

        wait_for(up, 20, "redis-server")
        client.close()
        self.redis_url = f"redis://127.0.0.1:{port}/0"
        return self.redis_url

    def base_env(self, queue: bool) -> dict[str, str]:
        env = {"PVM_HOME": str(self.home), **self.env}
        if queue:
            assert self.redis_url
            env["PVM_QUEUE_URL"] = self.redis_url
        return env

    def start_api(self, queue: bool = True, **extra: str) -> str:
        """``photo-video-maker api`` on a free port; its base URL once it answers."""
        port = free_port()
        argv = [sys.executable, "-m", "photo_video_maker.cli", "api", "--port", str(port)]
        proc = self._spawn("api", argv, {**self.base_env(queue), **extra})
        url = f"http://127.0.0.1:{port}"

        def up() -> bool:
            assert proc.alive(), proc.text()
            try:
                return httpx.get(url + "/openapi.json", timeout=2).status_code == 200
            except httpx.TransportError:
                return False

        wait_for(up, 60, "the API", every=0.1)
        self.api_url = url
        return url

    def start_worker(self, name: str, wait: bool = True) -> Proc:
        """``photo-video-maker worker --name NAME``; returns once it consumes (if ``wait``)."""
        argv = [sys.executable, "-m", "photo_video_maker.cli", "worker", "--name", name]
        proc = self._spawn(name, argv, self.base_env(True))
        if wait:
            self.wait_ready(proc)
        return proc

    def wait_ready(self, proc: Proc) -> None:
        def ready() -> bool:
            assert proc.alive(), proc.text()
            return " ready." in proc.text()

        wait_for(ready, 60, f"worker {proc.name}", every=0.05)

    def close(self) -> None:
        for proc in reversed(self.procs):
            proc.stop()


class Client:
    """One person's use of the API: a token, a session, renders."""

    def __init__(self, http: httpx.Client, client_id: str) -> None:
        self.http = http
        r = http.post("/api/auth/anonymous-token", headers={"X-Client-Id": client_id})
        assert r.status_code == 200, r.text
        self.headers = {"Authorization": f"Bearer {r.json()['data']['token']}"}
        r = http.post(
            "/api/tasks/me/with-session/nemo_agent",
            json={"task_name": "project", "language": "en"},
            headers=self.headers,
        )
        assert r.status_code == 200, r.text
        self.session = str(r.json()["data"]["session_id"])

    def upload(self, files: list[Path]) -> None:
        parts = [("files", (f.name, f.read_bytes(), "image/jpeg")) for f in files]
        r = self.http.post(
            f"/api/upload-video/nemo_agent/me/{self.session}", files=parts, headers=self.headers
        )
        assert r.status_code == 200, r.text

    def render(self, render_id: str, resolution: str = "480p") -> httpx.Response:
        body = {
            "id": render_id,
            "sessionId": self.session,
            "draft": None,
            "output": {"format": "mp4", "quality": "high", "resolution": resolution},
        }
        return self.http.post("/api/render/proxy/lambda", json=body, headers=self.headers)

    def status(self, render_id: str) -> dict[str, Any]:
        r = self.http.get(f"/api/render/proxy/lambda/{render_id}", headers=self.headers)
        assert r.status_code == 200, r.text
        return dict(r.json()["data"])

    def say(self, text: str) -> list[str]:
        """One /run_sse turn; its data lines."""
        body = {
            "app_name": "nemo_agent",
            "user_id": "me",
            "session_id": self.session,
            "new_message": {"parts": [{"text": text}]},
        }
        headers = {**self.headers, "Accept": "text/event-stream"}
        with self.http.stream("POST", "/run_sse", json=body, headers=headers) as r:
            assert r.status_code == 200, r.read()
            return [line for line in r.iter_lines() if line.startswith("data:")]


def photos(folder: Path, count: int = 2, size: tuple[int, int] = (320, 240)) -> list[Path]:
    """Small synthetic JPEG photos (different colours), made once per folder."""
    import numpy as np
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(count):
        path = folder / f"photo{i}.jpg"
        if not path.exists():
            w, h = size
            ramp = np.linspace(0, 255, w, dtype=np.uint8)
            rgb = np.zeros((h, w, 3), np.uint8)
            rgb[..., 0] = ramp
            rgb[..., 1] = (40 * i + 60) % 256
            rgb[..., 2] = ramp[::-1]
            Image.fromarray(rgb).save(path, quality=85)
        made.append(path)
    return made


def api_client(url: str) -> httpx.Client:
    return httpx.Client(base_url=url, timeout=60, headers=ATTRIBUTION)
