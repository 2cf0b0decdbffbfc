"""The cloud client and CloudBackend against a fake of the cloud API (httpx.MockTransport).

The fake follows docs/cloud-api.md: envelopes, the error table, SSE turns, multipart uploads,
render jobs and downloads. Time is faked (sleep records, the clock steps), so nothing waits.
"""

from __future__ import annotations

import email
import email.policy
import io
import json
import logging
import os
import stat
import subprocess
import sys
import traceback
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import cv2
import httpx
import numpy as np
import pytest
from pydantic import SecretStr

from photo_video_maker import __version__
from photo_video_maker.backends.cloud import CloudBackend
from photo_video_maker.cloud.identity import IdentityStore, StoredToken, detect_platform
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

from support import decode_audio, decode_video, gradient, save_photo

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
        self.streamed: list[bool] = []
        self.download_host = ""  # "": the API's own host (a relative URL)

    def transport(self) -> httpx.BaseTransport:
        return Inspecting(self)

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
            raw = b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + request.read()
            message = email.message_from_bytes(raw, policy=email.policy.HTTP)
            parts = [
                (p.get_param("name", header="content-disposition"), p.get_filename(),
                 p.get_payload(decode=True))
                for p in message.iter_parts()
            ]  # fmt: skip
            names = [filename for _, filename, _ in parts]
            record = {"streamed": self.streamed.pop(), "parts": parts}
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
            url = f"{self.download_host}/api/render/download/{job_id}"
            status = {**status, "output": {"url": url, "size": 1}}
        return envelope({"id": job_id, "error": None, **status})

    def download(self) -> httpx.Response:
        def body() -> Iterator[bytes]:
            yield self.video[:1000]
            if self.exports_dir is not None:
                self.seen_while_downloading.append(
                    sorted(p.name for p in self.exports_dir.iterdir())
                )
            yield self.video[1000:]

        return httpx.Response(200, headers={"content-type": "video/mp4"}, content=body())


class Inspecting(httpx.BaseTransport):
    """Looks at each request as it is handed over, before MockTransport reads its body."""

    def __init__(self, fake: FakeCloud) -> None:
        self.fake, self.inner = fake, httpx.MockTransport(fake.handler)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fields = getattr(request.stream, "fields", None)  # httpx's multipart stream (private)
        if fields is not None:
            # streamed from disk: nothing read yet, every file part an open file, not bytes
            files = [f.file for f in fields if hasattr(f, "file")]
            unread = "_content" not in vars(request)
            self.fake.streamed.append(unread and all(isinstance(f, io.IOBase) for f in files))
        return self.inner.handle_request(request)


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
            transport=fake.transport(),
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


# -- headers, identity, tokens ---------------------------------------------------------------
def test_every_request_carries_the_attribution_headers_and_the_bearer_token(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    backend.edit("add the title 'Hi'", sid)
    backend.credits()
    backend.wait_export(backend.start_export(sid, "mp4", None, None).job_id, 60)
    assert len({r.url.path for r in fake.requests}) >= 8  # every endpoint was used
    for request in fake.requests:
        assert request.headers["X-Skill-Platform"] == "claude"
        if request.url.path == "/api/auth/anonymous-token":
            assert uuid.UUID(request.headers["X-Client-Id"])
        else:
            assert request.headers["Authorization"] == f"Bearer {fake.tokens[0]}"


def test_the_anonymous_token_and_client_id_are_stored_0600_and_reused(
    make: Callable[..., CloudBackend], fake: FakeCloud, home: Path
) -> None:
    make().credits()
    client_id = (home / "cloud" / "client_id").read_text().strip()
    assert fake.paths("POST", "/api/auth/")[0].headers["X-Client-Id"] == client_id
    token_file = home / "cloud" / "token"
    assert mode(token_file) == 0o600 and mode(home / "cloud" / "client_id") == 0o600
    assert json.loads(token_file.read_text())["token"] == fake.tokens[0]
    make().credits()  # a restart: same id, same token, no new token request
    assert len(fake.tokens) == 1
    assert (home / "cloud" / "client_id").read_text().strip() == client_id


def test_a_token_file_with_loose_permissions_is_replaced_by_a_0600_one(home: Path) -> None:
    folder = home / "cloud"
    folder.mkdir(parents=True)
    (folder / "token").write_text("{}")
    os.chmod(folder / "token", 0o644)
    store = IdentityStore(home)
    store.save_token(StoredToken(SecretStr("tok-secret"), None))
    assert mode(folder / "token") == 0o600
    assert store.load_token() is not None and "tok-secret" not in repr(store.load_token())


def test_an_expired_token_is_replaced_once_and_the_request_retried(
    make: Callable[..., CloudBackend], fake: FakeCloud, home: Path
) -> None:
    fake.expire_issued = 1
    result = make().credits()
    assert result.available == 97
    assert len(fake.tokens) == 2 and len(fake.paths("GET", "/api/credits")) == 2
    assert json.loads((home / "cloud" / "token").read_text())["token"] == fake.tokens[1]


def test_a_second_1001_is_a_clear_auth_error_without_more_tries(
    make: Callable[..., CloudBackend], fake: FakeCloud
) -> None:
    fake.expire_issued = 5
    with pytest.raises(AuthError, match="rejected a freshly issued anonymous token"):
        make().credits()
    assert len(fake.tokens) == 2 and len(fake.paths("GET", "/api/credits")) == 2


def test_a_rejected_nemo_token_is_never_swapped_for_an_anonymous_one(
    make: Callable[..., CloudBackend], fake: FakeCloud
) -> None:
    with pytest.raises(AuthError, match="NEMO_TOKEN") as caught:
        make(token="nemo-account-token").credits()
    assert fake.tokens == [] and "nemo-account-token" not in str(caught.value)


def test_a_nemo_token_is_used_when_set(make: Callable[..., CloudBackend], fake: FakeCloud) -> None:
    fake.env_tokens.add("nemo-account-token")
    assert make(token="nemo-account-token").credits().charged
    assert fake.tokens == []
    assert fake.requests[0].headers["Authorization"] == "Bearer nemo-account-token"


def test_a_missing_client_id_400_is_answered_by_sending_it_and_retrying(
    make: Callable[..., CloudBackend], fake: FakeCloud, home: Path
) -> None:
    fake.require_client_id = True
    result = make().new_session()
    sessions = fake.paths("POST", "/api/tasks/")
    assert result.session_id in fake.sessions and len(sessions) == 2
    assert "X-Client-Id" not in sessions[0].headers
    assert sessions[1].headers["X-Client-Id"] == (home / "cloud" / "client_id").read_text().strip()


@pytest.mark.parametrize(
    ("path", "env", "expected"),
    [
        ("/home/a/.clawhub/skills/photo-video-maker/.venv/bin/python", {}, "clawhub"),
        ("/home/a/.cursor/extensions/pvm/bin/python", {}, "cursor"),
        ("/Users/a/.claude/skills/pvm/.venv/bin/python3", {}, "claude"),
        ("C:\\Users\\a\\AppData\\Roaming\\Claude\\pvm\\python.exe", {}, "claude"),
        ("/usr/bin/python3", {"CURSOR_TRACE_ID": "x"}, "cursor"),
        ("/usr/bin/python3", {"CLAUDECODE": "1"}, "claude"),
        ("/usr/bin/python3", {}, "unknown"),
    ],
)
def test_the_platform_is_detected_from_the_install_path_then_the_environment(
    path: str, env: dict[str, str], expected: str
) -> None:
    assert detect_platform(path, env) == expected


# -- the error table ------------------------------------------------------------------------
def test_a_lost_session_is_replaced_by_a_new_one_and_the_person_is_told(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    fake.sessions.clear()
    state = backend.state(sid)
    assert state.session_id != sid and state.session_id in fake.sessions
    assert "no longer had the project" in state.summary
    assert backend.state(None).session_id == state.session_id  # the new one is the latest


def test_no_credits_for_an_anonymous_user_shows_the_registration_link(
    make: Callable[..., CloudBackend], fake: FakeCloud, home: Path, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    fake.no_credits = True
    with pytest.raises(CreditsError) as caught:
        backend.edit("add a title 'Hi'", sid)
    client_id = (home / "cloud" / "client_id").read_text().strip()
    assert f"register?bind={client_id}" in str(caught.value)


def test_no_credits_for_an_account_says_top_up(
    make: Callable[..., CloudBackend], fake: FakeCloud
) -> None:
    fake.env_tokens.add("nemo-account-token")
    backend = make(token="nemo-account-token")
    sid = backend.new_session().session_id
    fake.no_credits = True
    with pytest.raises(CreditsError, match="Top up credits") as caught:
        backend.edit("add a title 'Hi'", sid)
    assert "bind=" not in str(caught.value)


def test_a_402_export_refusal_is_a_plan_problem_not_a_credits_problem(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    fake.export_blocked = True
    with pytest.raises(ExportNotAllowed, match="upgrade your plan") as caught:
        backend.start_export(sid, "mp4", None, None)
    assert not isinstance(caught.value, CreditsError) and "not about credits" in str(caught.value)


def test_a_429_is_retried_once_after_the_retry_after_delay(
    make: Callable[..., CloudBackend], fake: FakeCloud
) -> None:
    limited = httpx.Response(429, headers={"Retry-After": "7"}, json={"code": 429, "message": ""})
    fake.inject("GET /api/credits", lambda r: limited)
    assert make().credits().available == 97
    assert fake.sleeps == [7.0] and len(fake.paths("GET", "/api/credits")) == 2


def test_a_second_429_is_reported_and_a_missing_retry_after_waits_30_seconds(
    make: Callable[..., CloudBackend], fake: FakeCloud
) -> None:
    fake.inject("GET /api/credits", *[lambda r: envelope(code=429, status=429)] * 2)
    with pytest.raises(RateLimited):
        make().credits()
    assert fake.sleeps == [30.0] and len(fake.paths("GET", "/api/credits")) == 2


def test_a_retry_after_of_days_is_reported_instead_of_slept_through(
    make: Callable[..., CloudBackend], fake: FakeCloud
) -> None:
    week = httpx.Response(429, headers={"Retry-After": str(7 * 86400)}, json={"code": 429})
    fake.inject("POST /api/auth/", lambda r: week)
    with pytest.raises(RateLimited, match="NEMO_TOKEN"):
        make().credits()
    assert fake.sleeps == []


def test_503_three_times_is_a_backend_error_after_bounded_backoff(
    make: Callable[..., CloudBackend], fake: FakeCloud
) -> None:
    make().credits()  # the token first, so only the balance calls fail
    fake.requests.clear()
    fake.inject("GET /api/credits", *[lambda r: httpx.Response(503, text="busy")] * 3)
    with pytest.raises(BackendError, match="HTTP 503"):
        make().credits()
    assert len(fake.requests) == 3 and fake.sleeps == [1.0, 2.0]


def test_two_503s_then_success_recovers(make: Callable[..., CloudBackend], fake: FakeCloud) -> None:
    fake.inject("GET /api/credits", *[lambda r: httpx.Response(502)] * 2)
    assert make().credits().available == 97


def timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def test_read_timeouts_are_retried_for_reads_then_a_backend_error(
    make: Callable[..., CloudBackend], fake: FakeCloud
) -> None:
    fake.inject("GET /api/credits", *[timeout] * 3)
    with pytest.raises(BackendError, match="did not answer \\(timed out\\) after 3 tries"):
        make().credits()


def test_a_read_timeout_on_an_edit_is_not_repeated_blindly(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    fake.inject("POST /run_sse", timeout)
    with pytest.raises(BackendError, match="timed out"):
        backend.edit("add a title 'Hi'", sid)
    assert len(fake.paths("POST", "/run_sse")) == 1


def test_tokens_never_appear_in_logs_errors_results_or_reprs(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path, caplog: Any
) -> None:
    caplog.set_level(logging.DEBUG)
    fake.expire_issued = 1  # the first token is rejected, with the token echoed back
    backend = make()
    sid = with_photos(backend, photos)
    results = [backend.edit("add a title 'Hi'", sid), backend.state(sid), backend.credits()]
    fake.expired.update(fake.tokens)
    fake.expire_issued = 5
    with pytest.raises(AuthError) as caught:
        backend.credits()
    texts = [caplog.text, str(caught.value), repr(caught.value), repr(backend.client)]
    texts += ["".join(traceback.format_exception(caught.value)), repr(backend.client.tokens)]
    texts += [r.model_dump_json() for r in results]
    assert len(fake.tokens) == 3
    for token in fake.tokens:
        assert all(token not in text for text in texts)


# -- SSE turns -------------------------------------------------------------------------------
def test_a_turn_shows_only_translated_text_and_keeps_tools_internal(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    reply = "Added your title! Preview it in the timeline to check it."
    fake.turns.append(
        lambda s: [HEARTBEAT, b"data:\n\n", *tool_events("add_text"), HEARTBEAT, text_event(reply)]
    )
    result = backend.edit("add the title 'Summer'", sid)
    assert "Added your title! Ask for the timeline summary to check it." in result.summary
    assert "timeline" in result.summary and "TOOL-OUTPUT" not in result.summary
    assert "add_text" not in result.summary and result.understood
    assert "Timeline (1 track, 6 s" in result.summary  # the state summary comes along
    sent = json.loads(fake.paths("POST", "/run_sse")[0].content)
    assert sent["new_message"] == {"parts": [{"text": "add the title 'Summer'"}]}
    assert fake.paths("POST", "/run_sse")[0].headers["Accept"] == "text/event-stream"


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        ("Added your title! Click the Export button to download your video.", "I am rendering"),
        ("已添加标题！点击导出按钮即可下载。", "我这就帮你渲染"),
    ],
)
def test_a_reply_that_points_at_the_export_button_runs_the_export(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path, reply: str, said: str
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    fake.turns.append(lambda s: [text_event(reply)])
    result = backend.edit("add the title 'Summer'", sid)
    assert result.action == "export" and len(fake.render_bodies) == 1
    assert said in result.summary and "Your video is ready" in result.summary
    assert result.routed is not None and result.routed["status"] == "completed"
    assert "button" not in result.summary and "按钮" not in result.summary


def test_a_reply_that_asks_for_a_click_or_a_drag_has_the_request_sent_back_once(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    fake.turns.append(
        lambda s: [text_event("Click the Apply button. Then drag photo 2 to the start.")]
    )
    fake.turns.append(lambda s: [text_event("Applied.")])
    fake.turns.append(lambda s: [text_event("Click the Apply button.")])  # never a loop
    backend.edit("tidy it up", sid)
    sent = [
        json.loads(r.content)["new_message"]["parts"][0]["text"]
        for r in fake.paths("POST", "/run_sse")
    ]
    assert sent == ["tidy it up", "Apply", "Then move photo 2 to the start"]


def test_a_question_is_answered_from_the_cloud_draft_without_a_turn(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    result = backend.edit("how long is the video?", sid)
    assert result.action == "answer"
    assert result.summary.startswith("The video is 6 s long (2 photos); each photo shows for ")
    assert fake.paths("POST", "/run_sse") == []


def test_a_turn_without_text_reads_the_state_and_describes_the_change(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)

    def add_title(session: dict[str, Any]) -> list[bytes]:
        title = {"id": "seg-t", "s": 0, "d": 3000, "m": {"text": "Summer", "role": "title"}}
        session["draft"]["t"].append({"id": "trk-t", "tt": 7, "m": {"name": "T"}, "sg": [title]})
        return [*tool_events("add_text"), HEARTBEAT]

    fake.turns.append(add_title)
    states_before = len(fake.paths("GET", "/api/state/"))
    result = backend.edit("add the title 'Summer'", sid)
    assert len(fake.paths("GET", "/api/state/")) == states_before + 2  # before and after
    assert result.changes == ['Added Title: "Summer" (0-3s)']
    assert 'Done. What changed: Added Title: "Summer" (0-3s).' in result.summary
    assert result.understood


def test_a_silent_cloud_turn_is_described_in_chinese_to_a_chinese_speaker(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)

    def add_title_and_sepia(session: dict[str, Any]) -> list[bytes]:
        title = {"id": "seg-t", "s": 0, "d": 3000, "m": {"text": "夏天", "role": "title"}}
        session["draft"]["t"].append({"id": "trk-t", "tt": 7, "m": {"name": "T"}, "sg": [title]})
        session["draft"]["m"]["look"] = "sepia"
        return [*tool_events("add_text"), HEARTBEAT]

    fake.turns.append(add_title_and_sepia)
    result = backend.edit("加个标题“夏天”，再弄成复古色", sid)
    assert result.changes == ["新增 标题：“夏天”（0-3秒）", "现在色彩：复古"]
    assert result.summary.startswith("好了。改动：新增 标题：“夏天”（0-3秒）；现在色彩：复古。")
    assert "时间线（" in result.summary and "Timeline" not in result.summary
    assert result.understood


def test_a_turn_that_changes_nothing_and_says_nothing_is_not_understood(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    fake.turns.append(lambda s: [HEARTBEAT])
    result = backend.edit("make the music sparkle", sid)
    assert result.changes == [] and not result.understood and result.suggestions


@pytest.mark.parametrize(
    "reply", ["I did not understand that, so nothing changed.", "抱歉，我没有理解您的意思。"]
)
def test_a_turn_whose_reply_says_it_did_not_understand_offers_suggestions(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path, reply: str
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    fake.turns.append(lambda s: [text_event(reply)])
    result = backend.edit("make the music sparkle", sid)
    assert not result.understood and result.suggestions


def test_undo_is_sent_to_the_cloud_as_an_edit(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    with_photos(backend, photos)
    backend.undo(None)
    sent = json.loads(fake.paths("POST", "/run_sse")[-1].content)
    assert sent["new_message"]["parts"][0]["text"] == "undo"


def test_a_stalled_stream_hits_the_time_cap_with_a_clear_error(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make(clock=FakeClock(step=30.0), turn_cap=900.0)
    sid = with_photos(backend, photos)

    def forever(session: dict[str, Any]) -> Iterator[bytes]:
        while True:
            yield HEARTBEAT

    fake.turns.append(forever)  # type: ignore[arg-type]
    with pytest.raises(BackendError, match="did not finish this edit within 15 minutes"):
        backend.edit("add the title 'Summer'", sid)


def test_still_working_is_reported_at_the_interval(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    notes: list[tuple[float, str]] = []
    backend = make(clock=FakeClock(step=60.0), progress_interval=120.0, on_progress=None)
    sid = with_photos(backend, photos)
    fake.turns.append(lambda s: [HEARTBEAT] * 10 + [text_event("Done.")])
    backend.edit("add the title 'Summer'", sid, lambda f, m: notes.append((f, m)))
    # the clock reads 60 s later at each event: a note at 120, 240, ... seconds into the turn
    assert [m for _, m in notes] == [STILL_WORKING] * 5
    assert [f for f, _ in notes] == sorted(f for f, _ in notes) and notes[-1][0] < 1


def test_an_error_event_in_the_stream_becomes_the_project_error(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    fake.turns.append(lambda s: [HEARTBEAT, sse({"error": {"code": 2001, "message": "x"}})])
    with pytest.raises(CreditsError, match="bind="):
        backend.edit("add the title 'Summer'", sid)


def test_sse_framing_joins_data_lines_and_reports_comments_as_heartbeats() -> None:
    lines = [": ping", "event: update", 'data: {"a":', "data: 1}", "", "data:", "", "data: x"]
    events = list(iter_events(lines))
    assert [e.comment for e in events] == [True, False, False, False]
    assert events[1].event == "update" and json.loads(events[1].data) == {"a": 1}
    assert events[2].data == "" and events[3].data == "x"


# -- upload ----------------------------------------------------------------------------------
def test_upload_streams_files_as_multipart_parts_and_skips_non_media_locally(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    result = make().upload([str(photos)], [], [], None)
    (sent,) = fake.uploads
    assert sent["streamed"] is True
    assert [(name, filename) for name, filename, _ in sent["parts"]] == [
        ("files", "01.jpg"),
        ("files", "02.jpg"),
    ]
    assert sent["parts"][0][2] == (photos / "01.jpg").read_bytes()
    assert [m.name for m in result.media] == ["01.jpg", "02.jpg"]
    assert result.media[0].kind == "image" and result.media[0].width == 480
    assert "Added 2 photos." in result.summary and "Video: 2 photos" in result.summary


def test_upload_by_url_sends_the_addresses_as_json(
    make: Callable[..., CloudBackend], fake: FakeCloud
) -> None:
    result = make().upload([], ["https://example.com/a/beach.jpg"], [], None)
    request = fake.paths("POST", "/api/upload-video/")[0]
    assert json.loads(request.content) == {
        "urls": ["https://example.com/a/beach.jpg"],
        "source_type": "url",
    }
    assert [m.name for m in result.media] == ["beach.jpg"]


def test_files_that_are_not_media_or_too_large_never_leave_the_machine(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    with pytest.raises(MediaError, match=r"notes\.txt"):
        make().upload([str(photos / "notes.txt")], [], [], None)
    with pytest.raises(MediaTooLarge):
        make(max_upload_bytes=100).upload([str(photos / "01.jpg")], [], [], None)
    (photos / "empty").mkdir()
    with pytest.raises(MediaError, match="no photos, clips or audio found"):
        make().upload([str(photos / "empty")], [], [], None)
    assert fake.paths("POST", "/api/upload-video/") == []


# -- render status and export ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "status", "progress", "url"),
    [
        (
            {"code": 0, "message": "ok", "data": {"id": "render_a", "status": "completed",
             "progress": 100, "output": {"url": "/d/a", "duration": 4.5, "size": 9},
             "error": None}},
            "completed", 1.0, "/d/a",
        ),
        ({"status": "completed", "output": {"url": "https://cdn.test/v.mp4"}}, "completed", 1.0,
         "https://cdn.test/v.mp4"),
        ({"success": True, "data": {"id": "render_a", "status": "processing", "progress": 40,
          "outputUrl": None}}, "processing", 0.4, None),
        ({"success": True, "data": {"id": "render_a", "status": "succeeded", "progress": 100,
          "outputUrl": "https://cdn.test/x.mp4"}}, "completed", 1.0, "https://cdn.test/x.mp4"),
        ({"taskId": "render_a", "status": "done", "progress": 100,
          "output": {"url": "/d/b", "duration": 3, "size": 7}}, "completed", 1.0, "/d/b"),
        ({"taskId": "render_a", "status": "queued", "progress": 0, "output": None}, "pending",
         0.0, None),
        ({"code": 0, "data": {"id": "render_a", "status": "running", "progress": 25}},
         "processing", 0.25, None),
        ({"code": 0, "data": {"id": "render_a", "status": "error", "error": {"message": "boom"}}},
         "failed", 0.0, None),
    ],
)  # fmt: skip
def test_every_known_render_status_shape_parses(
    body: dict[str, Any], status: str, progress: float, url: str | None
) -> None:
    parsed = parse_render_status(body, "render_a")
    assert (parsed.id, parsed.status, parsed.fraction, parsed.url) == (
        "render_a",
        status,
        progress,
        url,
    )
    assert (parsed.error == "boom") == (status == "failed")


def test_export_polls_until_completed_and_downloads_through_a_temp_file(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path, home: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    started = backend.start_export(sid, "mp4", "1080p", None)
    assert started.status == "queued" and started.job_id.startswith("render_")
    progress: list[float] = []
    done = backend.wait_export(started.job_id, 60, lambda f, m: progress.append(f))
    assert done.status == "completed" and progress == [0.0, 0.5, 1.0]
    assert fake.sleeps == [0.0, 0.0]  # the poll interval, injected
    path = Path(done.path or "")
    assert path.parent == home / "exports" and path.suffix == ".mp4"
    assert path.read_bytes() == fake.video and done.size_bytes == len(fake.video)
    # while bytes arrived only a .part file existed; afterwards only the finished file
    (during,) = fake.seen_while_downloading
    assert len(during) == 1 and during[0].endswith(".part")
    assert [p.name for p in (home / "exports").iterdir()] == [path.name]
    body = fake.render_bodies[0]
    # the request carries the draft the person sees (the session's state)
    assert body["sessionId"] == sid and body["draft"] == fake.sessions[sid]["draft"]
    assert body["output"] == {"format": "mp4", "quality": "high", "resolution": "1080p"}
    assert backend.wait_export(started.job_id, 60) == done  # no second download
    assert len(fake.paths("GET", "/api/render/download/")) == 1


def test_a_video_on_another_host_is_downloaded_without_the_bearer_token(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    fake.download_host = "https://cdn.elsewhere.test"
    result = backend.wait_export(backend.start_export(sid, "mp4", None, None).job_id, 60)
    (download,) = fake.paths("GET", "/api/render/download/")
    assert result.status == "completed" and download.url.host == "cdn.elsewhere.test"
    assert "Authorization" not in download.headers


def test_a_retried_render_request_keeps_its_idempotency_key(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    fake.inject("POST /api/render/", lambda r: httpx.Response(503))
    backend.start_export(sid, "mp4", None, None)
    first, second = fake.paths("POST", "/api/render/")
    assert json.loads(first.content)["id"] == json.loads(second.content)["id"]


def test_a_broken_download_leaves_no_file_and_the_next_wait_finishes_it(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path, home: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    job = backend.start_export(sid, "mp4", None, None).job_id

    def broken(request: httpx.Request) -> httpx.Response:
        def body() -> Iterator[bytes]:
            yield b"partial"
            raise httpx.ReadError("connection reset", request=request)

        return httpx.Response(200, headers={"content-type": "video/mp4"}, content=body())

    fake.inject("GET /api/render/download/", broken)
    with pytest.raises(BackendError, match="download"):
        backend.wait_export(job, 60)
    assert list((home / "exports").iterdir()) == []
    assert backend.wait_export(job, 60).status == "completed"


def test_a_failed_render_reports_its_reason(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    fake.status_script = [{"status": "failed", "error": "Click the Retry button"}]
    result = backend.wait_export(backend.start_export(sid, "mp4", None, None).job_id, 60)
    assert result.status == "failed" and "Click" not in (result.error or "")


def test_a_slow_render_returns_running_when_the_wait_is_over(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    fake.status_script = [{"status": "processing", "progress": 10}]
    result = backend.wait_export(backend.start_export(sid, "mp4", None, None).job_id, 5)
    assert result.status == "running" and "export_status" in (result.next_step or "")
    assert result.job_id not in result.summary and "export_status" not in result.summary


def test_export_refuses_other_formats_and_empty_timelines(
    make: Callable[..., CloudBackend], fake: FakeCloud
) -> None:
    backend = make()
    sid = backend.new_session().session_id
    with pytest.raises(InputError, match="MP4 only"):
        backend.start_export(sid, "gif", None, None)
    with pytest.raises(InputError, match="nothing to export"):
        backend.start_export(sid, "mp4", None, None)
    assert fake.render_bodies == []


# -- the rest of the Backend protocol ---------------------------------------------------------
def test_credits_state_music_and_sessions_fill_the_same_result_fields(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make(language="zh")
    session = backend.new_session()
    assert fake.sessions[session.session_id]["language"] == "zh"
    backend.upload([str(photos)], [], [], None)
    credits = backend.credits()
    assert (credits.backend, credits.available, credits.frozen, credits.total) == (
        "cloud", 97, 1, 98,
    )  # fmt: skip
    assert "bind=" in credits.summary
    state = backend.state(None)
    assert state.session_id == session.session_id and len(state.media) == 2
    video = state.draft.video_track()
    assert video is not None and video.sg[0].m.name == "01.jpg"
    music = backend.list_music(None)
    assert [t.name for t in music.tracks][:2] == ["calm", "upbeat"] and music.uploaded == []
    routed = backend.edit("how many credits do I have", None)
    assert routed.action == "credits" and routed.routed and routed.routed["available"] == 97
    assert fake.paths("POST", "/run_sse") == []  # routed actions skip the agent
    with pytest.raises(InputError, match="preview is not available on the cloud backend"):
        backend.preview(None)


def tiny_mp4(path: Path) -> bytes:
    """A real 64x48 MP4 of ten frames, so the downloaded export can be probed."""
    import av
    import numpy as np

    with av.open(str(path), "w") as out:
        stream = out.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for i in range(10):
            rgb = np.full((48, 64, 3), i * 20, np.uint8)
            out.mux(stream.encode(av.VideoFrame.from_ndarray(rgb, format="rgb24")))
        out.mux(stream.encode())
    return path.read_bytes()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_the_mcp_tools_work_on_the_cloud_backend_as_on_the_local_one(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path, tmp_path: Path
) -> None:
    from mcp import Client

    from photo_video_maker.mcp_server import build_server

    fake.video = tiny_mp4(tmp_path / "tiny.mp4")
    fake.turns.append(lambda s: [HEARTBEAT, text_event("Open the Music panel to check it.")])

    async def call(client: Any, tool: str, args: dict[str, Any]) -> dict[str, Any]:
        result = await client.call_tool(tool, args)
        assert not result.is_error, result.content
        return dict(result.structured_content)

    async with Client(build_server(make()), raise_exceptions=True) as client:
        up = await call(client, "upload", {"paths": [str(photos)]})
        assert [m["name"] for m in up["media"]] == ["01.jpg", "02.jpg"]
        edit = await call(client, "edit", {"instruction": "add calm music"})
        assert edit["action"] == "edit" and "(I checked the timeline)" in edit["summary"]
        state = await call(client, "state", {})
        assert state["session_id"] == up["session_id"] and "Video: 2 photos" in state["summary"]
        done = await call(client, "export", {})
        assert done["status"] == "completed" and (done["width"], done["height"]) == (64, 48)
        assert done["duration_ms"] == 1000 and Path(done["path"]).read_bytes() == fake.video
        credits = await call(client, "credits", {})
        assert credits["backend"] == "cloud" and credits["charged"] is True
        preview = await client.call_tool("preview", {})
        assert preview.is_error and "not available on the cloud" in str(preview.content)


def test_an_export_without_a_resolution_asks_the_cloud_for_the_drafts_own(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    fake.sessions[sid]["draft"]["m"] = {"w": 720, "h": 1280, "fps": 30, "aspect": "9:16"}
    backend.start_export(sid, "mp4", None, None)
    body = json.loads(fake.paths("POST", "/api/render/")[-1].content)
    assert body["output"]["resolution"] == "720p"


def test_a_cloud_video_over_the_drafts_size_limit_is_encoded_again_within_it(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path, tmp_path: Path
) -> None:
    # the cloud takes no bitrate: what it sends is a 12 s 720p video with music, ~3.8 MB
    shots = Path(__file__).parents[1] / ".." / "shared" / "testdata" / "photos"
    big = tmp_path / "cloud.mp4"
    exe = str(Path(sys.executable).with_name("photo-video-maker"))
    args = [exe, "make", *sorted(str(p) for p in shots.glob("*.jpg")), "-o", str(big)]
    done = subprocess.run([*args, "--resolution", "720p", "--seconds", "2", "--quiet"], timeout=300)
    assert done.returncode == 0
    fake.video = big.read_bytes()
    assert len(fake.video) > 3_000_000
    backend = make()
    sid = with_photos(backend, photos)
    fake.sessions[sid]["draft"]["m"].update(max_size=1_500_000)
    result = backend.wait_export(backend.start_export(sid, "mp4", None, None).job_id, 60)
    assert result.status == "completed"
    path = Path(result.path or "")
    assert 0.85 * 1_500_000 <= path.stat().st_size <= 1_500_000 == 1_500_000
    assert result.size_bytes == path.stat().st_size
    assert "MB, within 1.5 MB). Encoded again here to fit." in result.summary
    # 0.8 Mb/s is too few bits for 720p: the frame is made smaller rather than smeared
    assert (result.width, result.height) == (854, 480) and "854x480" in result.summary
    frames, facts = decode_video(path)
    source, _ = decode_video(big)
    assert facts["frames"] == len(source) == 360
    for n in (0, 100, 200, 300):  # the same pictures, only smaller
        was = cv2.resize(source[n], (854, 480), interpolation=cv2.INTER_AREA).astype(float)
        assert np.abs(frames[n].astype(float) - was).mean() < 6, n
    sound, rate, codec = decode_audio(path)
    sound_was, _, _ = decode_audio(big)
    assert (rate, codec) == (48000, "aac") and len(sound) / rate == pytest.approx(12, abs=0.1)
    assert np.sqrt(np.mean(sound**2)) == pytest.approx(np.sqrt(np.mean(sound_was**2)), rel=0.1)
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no trial files left


def test_a_cloud_video_already_within_the_limit_is_kept_as_the_cloud_made_it(
    make: Callable[..., CloudBackend], fake: FakeCloud, photos: Path
) -> None:
    backend = make()
    sid = with_photos(backend, photos)
    fake.sessions[sid]["draft"]["m"].update(max_size=16_000_000, size_for="WhatsApp")
    result = backend.wait_export(backend.start_export(sid, "mp4", None, None).job_id, 60)
    assert Path(result.path or "").read_bytes() == fake.video
    assert "MB, within 16 MB, WhatsApp's limit)." in result.summary


def test_a_chinese_speakers_cloud_project_is_told_in_chinese(
    make: Callable[..., CloudBackend], photos: Path
) -> None:
    backend = make(language="zh")  # the locale says Chinese before any words
    assert backend.new_session().summary.startswith("在云端新建了一个空项目")
    assert backend.upload([str(photos)], [], [], None).summary.startswith("已添加 2 张照片")
    assert backend.state(None).summary.startswith("时间线")
    assert backend.credits().summary.startswith("云端积分可用")


def test_a_cloud_project_is_told_in_the_language_of_the_persons_words(
    make: Callable[..., CloudBackend], photos: Path
) -> None:
    backend = make(language="en")
    backend.upload([str(photos)], [], [], None)
    backend.edit("视频多长？", None)  # a question: answered here, no turn on the cloud
    assert backend.state(None).summary.startswith("时间线")
    with pytest.raises(InputError, match="找不到这个导出任务"):
        backend.wait_export("nope", 0)
