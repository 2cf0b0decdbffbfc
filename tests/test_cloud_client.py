"""The cloud client and CloudBackend against a fake of the cloud API (httpx.MockTransport).

The fake follows docs/cloud-api.md: envelopes, the error table, SSE turns, multipart uploads,
render jobs and downloads. Time is faked (sleep records, the clock steps), so nothing waits.
"""

from __future__ import annotations

import email
import email.policy
import json
import logging
import os
import stat
import traceback
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from photo_video_maker import __version__
from photo_video_maker.backends.cloud import CloudBackend
from photo_video_maker.cloud.identity import IdentityStore, detect_platform
from photo_video_maker.cloud.sse import STILL_WORKING, iter_events
from photo_video_maker.cloud.wire import parse_render_status
from photo_video_maker.config import Settings
from photo_video_maker.errors import (
    AuthError,
    BackendError,
    CreditsError,
    ExportNotAllowed,
    InputError,
    MediaError,
    MediaTooLarge,
    RateLimited,
)
from support import gradient, save_photo

Handler = Callable[[httpx.Request], httpx.Response]
HEARTBEAT = b": heartbeat\n\n"


def envelope(data: Any = None, code: int = 0, status: int = 200, message: str = "ok") -> Any:
    return httpx.Response(status, json={"code": code, "message": message, "data": data})


def sse(obj: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(obj).encode() + b"\n\n"


def text_event(text: str) -> bytes:
    return sse({"content": {"role": "model", "parts": [{"text": text}]}})


def tool_events(name: str) -> list[bytes]:
    call = {"functionCall": {"name": name, "args": {"n": 1}}}
    done = {"functionResponse": {"name": name, "response": {"internal": "TOOL-OUTPUT"}}}
    return [
        sse({"content": {"role": "model", "parts": [call]}}),
        sse({"content": {"role": "user", "parts": [done]}}),
    ]


def segment(i: int, name: str) -> dict[str, Any]:
    meta = {"src": f"med_{i}", "name": name, "kind": "image", "transition": "none", "fit": "blur"}
    return {"id": f"seg-{i}", "s": i * 3000, "d": 3000, "m": meta}


def draft_of(names: list[str]) -> dict[str, Any]:
    tracks = [{"id": "trk-v", "tt": 0, "m": {"name": "Video"}, "sg": []}] if names else []
    if names:
        tracks[0]["sg"] = [segment(i, n) for i, n in enumerate(names)]
    meta = {"w": 1920, "h": 1080, "fps": 30, "aspect": "16:9"}
    return {"v": 1, "d": 3000 * len(names), "m": meta, "t": tracks}


class FakeClock:
    """Each reading is ``step`` seconds after the previous one."""

    def __init__(self, step: float = 1.0) -> None:
        self.now, self.step = 0.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


class FakeCloud:
    """A small, stateful fake of the cloud API; ``inject`` queues answers for one route."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []
        self.tokens: list[str] = []
        self.expired: set[str] = set()
        self.expire_issued = 0  # this many newly issued tokens are already expired
        self.env_tokens: set[str] = set()
        self.require_client_id = False
        self.no_credits = False
        self.export_blocked = False
        self.sessions: dict[str, dict[str, Any]] = {}
        self.injected: dict[str, list[Handler]] = {}
        self.turns: list[Callable[[dict[str, Any]], list[bytes]]] = []
        self.status_script: list[dict[str, Any]] = [
            {"status": "queued", "progress": 0},
            {"status": "running", "progress": 50},
            {"status": "completed", "progress": 100},
        ]
        self.jobs: dict[str, list[dict[str, Any]]] = {}
        self.render_bodies: list[dict[str, Any]] = []
        self.video = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 300
        self.seen_while_downloading: list[list[str]] = []
        self.exports_dir: Path | None = None
        self.uploads: list[dict[str, Any]] = []
        self.balance = {"available": 97, "frozen": 1, "total": 98}

    def inject(self, route: str, *answers: Handler) -> None:
        self.injected.setdefault(route, []).extend(answers)

    def paths(self, method: str, prefix: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and r.url.path.startswith(prefix)]

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        # the attribution headers, on every request without exception
        assert request.headers["X-Skill-Source"] == "photo-video-maker-easy"
        assert request.headers["X-Skill-Version"] == __version__
        assert request.headers["X-Skill-Platform"] == "claude"
        path = request.url.path
        for route, answers in self.injected.items():
            if f"{request.method} {path}".startswith(route) and answers:
                return answers.pop(0)(request)
        if path == "/api/auth/anonymous-token":
            assert "Authorization" not in request.headers
            if not request.headers.get("X-Client-Id"):
                return envelope(code=400, status=400, message="missing X-Client-Id")
            token = f"tok-{uuid.uuid4().hex}"
            self.tokens.append(token)
            if self.expire_issued:
                self.expire_issued -= 1
                self.expired.add(token)
            expires = (datetime.now(UTC) + timedelta(days=7)).isoformat()
            return envelope({"token": token, "expires_at": expires, "credits": 100})
        if path.startswith("/api/render/download/"):
            return self.download()
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if token not in set(self.tokens) | self.env_tokens or token in self.expired:
            # a careless server echoes the token: the client must scrub it
            return envelope(code=1001, status=401, message=f"token {token} is expired")
        return self.route(request, path)

    def route(self, request: httpx.Request, path: str) -> httpx.Response:
        if path == "/api/tasks/me/with-session/nemo_agent":
            if self.require_client_id and not request.headers.get("X-Client-Id"):
                return envelope(code=400, status=400, message="missing X-Client-Id")
            sid = f"sess-{uuid.uuid4().hex}"
            body = json.loads(request.content)
            self.sessions[sid] = {"draft": draft_of([]), "media": [], "language": body["language"]}
            return envelope({"task_id": "task-1", "session_id": sid, "bind_url": None})
        if path == "/api/credits/balance/simple":
            return envelope(self.balance)
        if path.startswith("/api/render/proxy/lambda"):
            return self.render(request, path)
        sid = path.split("/")[-2] if path.endswith("/latest") else path.split("/")[-1]
        if path == "/run_sse":
            sid = json.loads(request.content)["session_id"]
        if sid not in self.sessions:
            return envelope(code=1002, status=404, message="session not found")
        session = self.sessions[sid]
        if path.startswith("/api/state/"):
            state = {"draft": session["draft"], "video_infos": session["media"]}
            return envelope({"state": {**state, "generated_media": []}})
        if path.startswith("/api/upload-video/"):
            return self.upload(request, session)
        if path == "/run_sse":
            if self.no_credits:
                return envelope(code=2001, status=402, message="no credits")
            turn = self.turns.pop(0) if self.turns else (lambda s: [text_event("OK.")])
            events = turn(session)
            return httpx.Response(
                200, headers={"content-type": "text/event-stream"}, content=iter(events)
            )
        return envelope(code=404, status=404, message="no such route")

    def upload(self, request: httpx.Request, session: dict[str, Any]) -> httpx.Response:
        ctype = request.headers["content-type"]
        if ctype.startswith("application/json"):
            names = [u.rsplit("/", 1)[-1] for u in json.loads(request.content)["urls"]]
            record: dict[str, Any] = {"urls": names}
        else:
            # httpx must stream the parts from the files: the body is not in memory yet
            streamed = "_content" not in vars(request) and not isinstance(
                request.stream, httpx.ByteStream
            )
            raw = b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + request.read()
            message = email.message_from_bytes(raw, policy=email.policy.HTTP)
            parts = [
                (p.get_param("name", header="content-disposition"), p.get_filename(),
                 p.get_payload(decode=True))
                for p in message.iter_parts()
            ]  # fmt: skip
            names = [filename for _, filename, _ in parts]
            record = {"streamed": streamed, "parts": parts}
        self.uploads.append(record)
        added = []
        for name in names:
            n = len(session["media"])
            kind = "audio" if name.endswith(".mp3") else "image"
            added.append({"id": f"med_{n}", "name": name, "kind": kind, "width": 480,
                          "height": 320, "duration_ms": None})  # fmt: skip
            session["media"].append(added[-1])
        pictures = [m["name"] for m in session["media"] if m["kind"] == "image"]
        session["draft"] = draft_of(pictures)
        return envelope({"media": added, "skipped": []})

    def render(self, request: httpx.Request, path: str) -> httpx.Response:
        if request.method == "POST":
            body = json.loads(request.content)
            self.render_bodies.append(body)
            if self.export_blocked:
                return envelope(code=402, status=402, message="plan does not allow export")
            self.jobs.setdefault(body["id"], [dict(s) for s in self.status_script])
            return envelope({"id": body["id"], "status": "pending", "progress": 0})
        job_id = path.rsplit("/", 1)[-1]
        script = self.jobs[job_id]
        status = script.pop(0) if len(script) > 1 else script[0]
        if status["status"] in ("completed", "done", "succeeded"):
            status = {**status, "output": {"url": f"/api/render/download/{job_id}", "size": 1}}
        return envelope({"id": job_id, "error": None, **status})

    def download(self) -> httpx.Response:
        def body() -> Iterator[bytes]:
            yield self.video[:1000]
            if self.exports_dir is not None:
                self.seen_while_downloading.append(sorted(p.name for p in self.exports_dir.iterdir()))
            yield self.video[1000:]

        return httpx.Response(200, headers={"content-type": "video/mp4"}, content=body())


@pytest.fixture
def fake() -> FakeCloud:
    return FakeCloud()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def make(home: Path, fake: FakeCloud) -> Iterator[Callable[..., CloudBackend]]:
    made: list[CloudBackend] = []

    def build(token: str | None = None, **options: Any) -> CloudBackend:
        limit = options.pop("max_upload_bytes", 200 * 1024 * 1024)
        settings = Settings(
            home=home, api_base="https://cloud.test", cloud_token=token, max_upload_bytes=limit
        )
        options.setdefault("clock", FakeClock())
        backend = CloudBackend(
            settings,
            transport=httpx.MockTransport(fake.handler),
            sleep=fake.sleeps.append,
            platform="claude",
            language=options.pop("language", "en"),
            poll_interval=0.0,
            **options,
        )
        fake.exports_dir = settings.exports_dir
        made.append(backend)
        return backend

    yield build
    for backend in made:
        backend.close()


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    for i in range(2):
        save_photo(folder / f"{i + 1:02d}.jpg", gradient(96, 64, seed=i))
    (folder / "notes.txt").write_text("not a photo")
    return folder


def with_photos(backend: CloudBackend, photos: Path) -> str:
    return backend.upload([str(photos)], [], [], None).session_id


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)
