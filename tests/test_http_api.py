"""The self-hosted HTTP service, end to end: a real uvicorn server on 127.0.0.1, driven by httpx."""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import re
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from PIL import Image

from photo_video_maker.commands.api import run_api
from photo_video_maker.config import Settings
from photo_video_maker.http_api import build_app
from photo_video_maker.http_api.renders import STOPPED_TWICE
from photo_video_maker.http_api.sse import HEARTBEAT, beating, text_event
from photo_video_maker.model.catalog import frame_size

from support import decode_video, gradient, save_photo

LIMIT = 300_000  # upload limit of the test servers: photos are ~30 KB, the "big" file 400 KB
# what every client of the API sends (docs/cloud-api.md); export without them is a 402
ATTRIBUTION = {
    "X-Skill-Source": "photo-video-maker-easy",
    "X-Skill-Version": "0.1.0",
    "X-Skill-Platform": "unknown",
}


@dataclass
class Live:
    client: httpx.Client
    home: Path

    def token(self, client_id: str) -> str:
        r = self.client.post("/api/auth/anonymous-token", headers={"X-Client-Id": client_id})
        assert r.status_code == 200, r.text
        return str(r.json()["data"]["token"])

    def session(self, token: str) -> str:
        r = self.client.post(
            "/api/tasks/me/with-session/nemo_agent",
            json={"task_name": "project", "language": "en"},
            headers=auth(token),
        )
        assert r.status_code == 200, r.text
        return str(r.json()["data"]["session_id"])

    def balance(self, token: str) -> dict[str, int]:
        r = self.client.get("/api/credits/balance/simple", headers=auth(token))
        return dict(r.json()["data"])

    def state(self, token: str, sid: str) -> dict[str, Any]:
        r = self.client.get(f"/api/state/nemo_agent/me/{sid}/latest", headers=auth(token))
        assert r.status_code == 200, r.text
        return dict(r.json()["data"]["state"])

    def upload(self, token: str, sid: str, files: list[Path]) -> httpx.Response:
        parts = [("files", (f.name, f.read_bytes(), "image/jpeg")) for f in files]
        return self.client.post(
            f"/api/upload-video/nemo_agent/me/{sid}", files=parts, headers=auth(token)
        )

    def sql(self, query: str, args: tuple[Any, ...] = ()) -> list[Any]:
        conn = sqlite3.connect(self.home / "pvm.sqlite3", timeout=30)
        try:
            with conn:
                return conn.execute(query, args).fetchall()
        finally:
            conn.close()


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@contextmanager
def serve(home: Path, settings: Settings | None = None, **options: Any) -> Iterator[Live]:
    """build_app under uvicorn in a thread, on a free port; stopped on exit."""
    settings = settings or Settings(home=home, max_upload_bytes=LIMIT)
    app = build_app(settings, heartbeat_s=0.05, **options)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        with httpx.Client(
            base_url=f"http://127.0.0.1:{port}", timeout=60, headers=ATTRIBUTION
        ) as client:
            yield Live(client, home)
    finally:
        server.should_exit = True
        thread.join(20)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with serve(tmp_path_factory.mktemp("pvm-api")) as running:
        yield running


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("photos")
    return [save_photo(folder / f"photo{i}.jpg", gradient(640, 480, seed=i)) for i in range(2)]


def run_sse(live: Live, token: str, sid: str, text: str) -> tuple[int, list[dict[str, Any]], int]:
    """Status, the data events and the number of heartbeats of one /run_sse turn."""
    body = {
        "app_name": "nemo_agent",
        "user_id": "me",
        "session_id": sid,
        "new_message": {"parts": [{"text": text}]},
    }
    headers = {**auth(token), "Accept": "text/event-stream"}
    with live.client.stream("POST", "/run_sse", json=body, headers=headers) as r:
        if r.status_code != 200:
            r.read()
            return r.status_code, [r.json()], 0
        assert r.headers["content-type"].startswith("text/event-stream")
        events: list[dict[str, Any]] = []
        beats = 0
        for line in r.iter_lines():
            if line == HEARTBEAT.strip():
                beats += 1
            elif line.startswith("data:") and line[5:].strip():
                events.append(json.loads(line[5:]))
    return 200, events, beats


def texts(events: list[dict[str, Any]]) -> list[str]:
    return [
        part["text"]
        for e in events
        if e.get("content", {}).get("role") == "model"
        for part in e["content"]["parts"]
        if "text" in part
    ]


def wait_render(live: Live, token: str, render_id: str, timeout: float = 60) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        r = live.client.get(f"/api/render/proxy/lambda/{render_id}", headers=auth(token))
        data = dict(r.json()["data"])
        assert 0 <= data["progress"] <= 100
        if data["status"] in ("completed", "failed") or time.monotonic() > deadline:
            return data
        time.sleep(0.1)


def render_body(render_id: str, sid: str) -> dict[str, Any]:
    return {
        "id": render_id,
        "sessionId": sid,
        "draft": None,
        "output": {"format": "mp4", "quality": "high", "resolution": "480p"},
    }


# -- tokens ---------------------------------------------------------------------------------
def test_a_token_request_without_client_id_gets_a_400_envelope(live: Live) -> None:
    r = live.client.post("/api/auth/anonymous-token")
    assert r.status_code == 400
    assert r.json()["code"] == 400


def test_a_client_id_gets_one_token_per_seven_days(live: Live) -> None:
    first = live.client.post("/api/auth/anonymous-token", headers={"X-Client-Id": "client-7d"})
    assert first.status_code == 200
    data = first.json()["data"]
    assert data["credits"] == 100 and data["expires_at"].endswith("Z")
    second = live.client.post("/api/auth/anonymous-token", headers={"X-Client-Id": "client-7d"})
    assert second.status_code == 429
    assert second.json()["code"] == 429
    assert int(second.headers["Retry-After"]) > 6 * 86400


def test_tokens_are_stored_hashed_never_raw(live: Live) -> None:
    token = live.token("client-hashed")
    stored = live.sql("SELECT hash FROM api_tokens WHERE client_id = ?", ("client-hashed",))
    assert stored == [(hashlib.sha256(token.encode()).hexdigest(),)]
    # The database and its WAL are read by another process: closing a file in this one would
    # drop the POSIX locks the running server's SQLite holds on it (and break its WAL index).
    files = sorted(str(path) for path in live.home.glob("pvm.sqlite3*"))
    raw = subprocess.run(["cat", *files], capture_output=True, check=True).stdout
    assert len(files) >= 2 and token.encode() not in raw


def test_an_expired_or_unknown_token_gets_1001_without_echoing_it(live: Live) -> None:
    token = live.token("client-expired")
    assert live.client.get("/api/credits/balance/simple", headers=auth(token)).status_code == 200
    live.sql("UPDATE api_tokens SET expires = 0 WHERE client_id = ?", ("client-expired",))
    for bad in (token, "not-a-token"):
        r = live.client.get("/api/credits/balance/simple", headers=auth(bad))
        assert r.status_code == 401 and r.json()["code"] == 1001
        assert bad not in r.text
    assert live.client.get("/api/credits/balance/simple").json()["code"] == 1001


# -- sessions and uploads ---------------------------------------------------------------------
def test_a_new_session_is_empty_and_invisible_to_other_accounts(live: Live) -> None:
    owner, stranger = live.token("client-owner"), live.token("client-stranger")
    r = live.client.post("/api/tasks/me/with-session/nemo_agent", headers=auth(owner))
    data = r.json()["data"]
    assert data["task_id"] and len(data["session_id"]) >= 32  # 128 random bits in hex
    assert data["bind_url"].endswith("/register?bind=client-owner")
    sid = data["session_id"]
    assert live.state(owner, sid)["video_infos"] == []
    r = live.client.get(f"/api/state/nemo_agent/me/{sid}/latest", headers=auth(stranger))
    assert r.status_code == 404 and r.json()["code"] == 1002
    r = live.client.post(
        f"/api/upload-video/nemo_agent/me/{sid}",
        json={"urls": ["https://example.com/a.jpg"]},
        headers=auth(stranger),
    )
    assert r.status_code == 404 and r.json()["code"] == 1002
    status, events, _ = run_sse(live, stranger, sid, "make it vertical")
    assert status == 404 and events[0]["code"] == 1002
    assert live.balance(stranger)["available"] == 100  # nothing was reserved for it


def test_photos_upload_as_a_multipart_stream(live: Live, photos: list[Path]) -> None:
    token = live.token("client-upload")
    sid = live.session(token)
    r = live.upload(token, sid, photos)
    assert r.status_code == 200, r.text
    media = r.json()["data"]["media"]
    assert [m["name"] for m in media] == ["photo0.jpg", "photo1.jpg"]
    assert [(m["kind"], m["width"], m["height"]) for m in media] == [("image", 640, 480)] * 2
    assert len(live.state(token, sid)["video_infos"]) == 2


def _multipart(name: str, payload: bytes) -> tuple[bytes, str]:
    boundary = "pvmtestboundary"
    head = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=files; filename={name}\r\n"
        "Content-Type: image/jpeg\r\n\r\n"
    ).encode()
    return head + payload + f"\r\n--{boundary}--\r\n".encode(), boundary


def test_a_file_over_the_limit_is_refused_while_reading_and_nothing_is_added(
    live: Live, photos: list[Path]
) -> None:
    token = live.token("client-big")
    sid = live.session(token)
    assert live.upload(token, sid, photos[:1]).status_code == 200
    body, boundary = _multipart("big.jpg", b"\xff\xd8\xff" + bytes(400_000))
    headers = {**auth(token), "Content-Type": f"multipart/form-data; boundary={boundary}"}
    url = f"/api/upload-video/nemo_agent/me/{sid}"

    def chunked() -> Iterator[bytes]:  # no Content-Length: the limit must hold anyway
        for i in range(0, len(body), 32_768):
            yield body[i : i + 32_768]

    for content in (body, chunked()):
        r = live.client.post(url, content=content, headers=headers)
        assert r.status_code == 413 and r.json()["code"] == 4002, r.text
    assert len(live.state(token, sid)["video_infos"]) == 1
    leftovers = [p for p in (live.home / "tmp").rglob("*") if p.is_file()]
    assert leftovers == []


def test_unsupported_media_and_private_urls_get_4001(live: Live, tmp_path: Path) -> None:
    token = live.token("client-unsupported")
    sid = live.session(token)
    fake = tmp_path / "notes.jpg"
    fake.write_text("<html>not a photo</html>")
    r = live.upload(token, sid, [fake])
    assert r.status_code == 400 and r.json()["code"] == 4001
    r = live.client.post(
        f"/api/upload-video/nemo_agent/me/{sid}",
        json={"urls": ["http://127.0.0.1:9/photo.jpg"], "source_type": "url"},
        headers=auth(token),
    )
    assert r.status_code == 400 and r.json()["code"] == 4001
    assert "not allowed" in r.json()["message"]
    assert live.state(token, sid)["video_infos"] == []


# -- editing ----------------------------------------------------------------------------------
def test_an_sse_edit_streams_its_reply_and_costs_one_credit(live: Live, photos: list[Path]) -> None:
    token = live.token("client-edit")
    sid = live.session(token)
    live.upload(token, sid, photos)
    status, events, beats = run_sse(live, token, sid, "make it vertical and add calm music")
    assert status == 200 and beats >= 1
    calls = [p for e in events for p in e["content"]["parts"] if "functionCall" in p]
    assert calls[0]["functionCall"]["name"] == "edit_draft"
    reply = "\n".join(texts(events))
    assert "9:16" in reply and "Calm" in reply
    assert live.balance(token) == {"available": 99, "frozen": 0, "total": 99}
    draft = live.state(token, sid)["draft"]
    assert draft["m"]["aspect"] == "9:16"
    assert any(track["tt"] == 1 for track in draft["t"])


def test_a_question_asked_back_is_free_and_the_answer_costs_one_credit(
    live: Live, photos: list[Path]
) -> None:
    token = live.token("client-asked")
    sid = live.session(token)
    live.upload(token, sid, photos)
    status, events, _ = run_sse(live, token, sid, "change the transition")
    assert status == 200 and "Slide" in "\n".join(texts(events))
    assert live.balance(token)["available"] == 100
    status, events, _ = run_sse(live, token, sid, "slide")
    assert status == 200 and live.balance(token)["available"] == 99
    video = next(t for t in live.state(token, sid)["draft"]["t"] if t["tt"] == 0)
    assert video["sg"][1]["m"]["transition"]["type"] == "slideleft"


def test_an_instruction_not_understood_and_a_credits_question_cost_nothing(live: Live) -> None:
    token = live.token("client-confused")
    sid = live.session(token)
    status, events, _ = run_sse(live, token, sid, "blorp the wibble")
    assert status == 200
    assert "did not understand" in "\n".join(texts(events))
    status, events, _ = run_sse(live, token, sid, "how many credits do I have?")
    assert status == 200 and "100 credits available" in texts(events)[0]
    assert live.balance(token) == {"available": 100, "frozen": 0, "total": 100}


def test_the_service_reads_and_replies_like_the_mcp_tools_in_the_persons_language(
    live: Live, photos: list[Path]
) -> None:
    token = live.token("client-zh")
    sid = live.session(token)
    live.upload(token, sid, photos)
    status, events, _ = run_sse(live, token, sid, "现在视频多长？")
    assert status == 200 and texts(events)[-1].startswith("视频长 ")
    responses = [
        p["functionResponse"]
        for e in events
        for p in e["content"]["parts"]
        if "functionResponse" in p
    ]
    assert responses[0]["response"]["action"] == "answer"
    status, events, _ = run_sse(live, token, sid, "改成竖屏，每张两秒")
    reply = texts(events)[-1]
    assert "画面比例现在是 9:16" in reply and "每张照片现在显示 2 秒" in reply
    assert "时间线（" in reply and not re.search(r"[A-Za-z]{4,}", reply.replace("Video", ""))
    # the question was free, the edit cost one credit
    assert live.balance(token) == {"available": 99, "frozen": 0, "total": 99}


def test_heartbeats_flow_while_a_turn_is_working() -> None:
    release = threading.Event()

    def work() -> list[str]:
        assert release.wait(10)
        return [text_event("done")]

    async def consume() -> list[str]:
        got: list[str] = []
        async for item in beating(work, 0.01):
            got.append(item)
            if got.count(HEARTBEAT) == 3:
                release.set()  # the work ends only once the beats were seen
        return got

    got = asyncio.run(consume())
    assert got[:3] == [HEARTBEAT] * 3 and got[-1] == text_event("done")


def test_concurrent_edits_spend_exactly_the_credits_there_are(tmp_path: Path) -> None:
    with serve(tmp_path, grant=3) as live:
        token = live.token("client-race")
        sid = live.session(token)
        gate = threading.Barrier(12)
        outcomes: list[tuple[int, list[dict[str, Any]]]] = []

        def one() -> None:
            gate.wait()
            status, events, _ = run_sse(live, token, sid, "make it vertical")
            outcomes.append((status, events))

        threads = [threading.Thread(target=one) for _ in range(12)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert sorted(s for s, _ in outcomes) == [200] * 3 + [402] * 9
        refused = [events[0] for s, events in outcomes if s == 402]
        assert all(
            e["code"] == 2001 and "bind=client-race" in e["data"]["bind_url"] for e in refused
        )
        assert live.balance(token) == {"available": 0, "frozen": 0, "total": 0}
        assert live.sql("SELECT granted, available, frozen, spent FROM api_credits") == [
            (3, 0, 0, 3)
        ]


# -- rendering --------------------------------------------------------------------------------
def test_a_render_completes_and_downloads_as_a_playable_mp4(
    live: Live, photos: list[Path], tmp_path: Path
) -> None:
    import av

    token = live.token("client-render")
    sid = live.session(token)
    live.upload(token, sid, photos)
    run_sse(live, token, sid, "make it vertical and add calm music")
    r = live.client.post(
        "/api/render/proxy/lambda", json=render_body("render_a1", sid), headers=auth(token)
    )
    assert r.status_code == 200 and r.json()["data"]["id"] == "render_a1"
    done = wait_render(live, token, "render_a1")
    assert done["status"] == "completed" and done["progress"] == 100, done
    # the same id again: the same job, not a second render
    again = live.client.post(
        "/api/render/proxy/lambda", json=render_body("render_a1", sid), headers=auth(token)
    )
    assert again.json()["data"] == done
    assert live.sql("SELECT COUNT(*) FROM api_renders WHERE id = 'render_a1'") == [(1,)]
    url = done["output"]["url"]
    assert url.endswith("/api/render/download/render_a1")
    assert live.client.get(url, headers=auth(live.token("client-thief"))).status_code == 404
    video = tmp_path / "video.mp4"
    r = live.client.get(url, headers=auth(token))
    assert r.status_code == 200 and r.headers["content-type"] == "video/mp4"
    video.write_bytes(r.content)
    assert len(r.content) == done["output"]["size"]
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        size = (stream.codec_context.width, stream.codec_context.height)
        seconds = float(container.duration or 0) / 1e6
        assert container.streams.audio  # the calm music
    assert size == frame_size("9:16", "480p")
    assert abs(seconds - 5.25) < 0.2 and abs(done["output"]["duration"] - 5.25) < 0.2
    made = live.state(token, sid)["generated_media"]
    assert [(m["id"], m["format"]) for m in made] == [("render_a1", "mp4")]
    assert live.balance(token)["available"] == 99  # export is free


def test_queued_renders_and_frozen_credits_survive_a_restart(
    tmp_path: Path, photos: list[Path]
) -> None:
    with serve(tmp_path, workers=0) as live:  # a paused queue: jobs wait
        token = live.token("client-restart")
        sid = live.session(token)
        live.upload(token, sid, photos)
        for rid in ("render_q", "render_retry", "render_twice"):
            r = live.client.post(
                "/api/render/proxy/lambda", json=render_body(rid, sid), headers=auth(token)
            )
            assert r.json()["data"]["status"] == "pending"
    # as if the service had died mid-render (once, twice) and mid-edit (a credit frozen)
    live.sql("UPDATE api_renders SET status = 'processing', attempts = 1 WHERE id = 'render_retry'")
    live.sql("UPDATE api_renders SET status = 'processing', attempts = 2 WHERE id = 'render_twice'")
    account = live.sql("SELECT account_id FROM api_tokens WHERE client_id = 'client-restart'")[0][0]
    live.sql(
        "UPDATE api_credits SET available = available - 1, frozen = frozen + 1 "
        "WHERE account_id = ?",
        (account,),
    )
    live.sql("INSERT INTO api_holds VALUES ('hold_x', ?, 1, 'edit', 'open', 0, 0)", (account,))
    with serve(tmp_path, workers=1) as live:
        assert wait_render(live, token, "render_q")["status"] == "completed"
        assert wait_render(live, token, "render_retry")["status"] == "completed"
        twice = wait_render(live, token, "render_twice")
        assert twice["status"] == "failed" and twice["error"] == STOPPED_TWICE
        assert live.balance(token) == {"available": 100, "frozen": 0, "total": 100}


# -- the edge ---------------------------------------------------------------------------------
def test_foreign_host_and_cross_site_origin_are_refused(live: Live) -> None:
    token = live.token("client-rebind")
    path = "/api/credits/balance/simple"
    r = live.client.get(path, headers={**auth(token), "Host": "evil.example"})
    assert r.status_code == 421 and r.json()["code"] == 421
    r = live.client.get(path, headers={**auth(token), "Origin": "http://evil.example"})
    assert r.status_code == 403 and r.json()["code"] == 403
    own = str(live.client.base_url).rstrip("/")
    assert live.client.get(path, headers={**auth(token), "Origin": own}).status_code == 200


def test_every_error_is_an_envelope(live: Live) -> None:
    token = live.token("client-errors")
    assert live.client.get("/no/such/page").json() == {
        "code": 404,
        "message": "Not Found",
        "data": None,
    }
    r = live.client.post("/run_sse", json={"session_id": 5}, headers=auth(token))
    assert r.status_code == 400 and r.json()["code"] == 400
    r = live.client.get("/api/render/proxy/lambda/render_nope", headers=auth(token))
    assert r.status_code == 404 and r.json()["code"] == 404


def test_the_api_is_documented_at_docs_and_openapi_json(live: Live) -> None:
    page = live.client.get("/docs").text
    assert "swagger" in page.lower() and "cdn" not in page.lower()
    # the page's assets are served by the service itself: the docs work offline
    assert live.client.get("/docs/static/swagger-ui-bundle.js").status_code == 200
    paths = live.client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/auth/anonymous-token",
        "/api/tasks/me/with-session/nemo_agent",
        "/run_sse",
        "/api/upload-video/nemo_agent/me/{session_id}",
        "/api/credits/balance/simple",
        "/api/state/nemo_agent/me/{session_id}/latest",
        "/api/render/proxy/lambda",
        "/api/render/proxy/lambda/{render_id}",
        "/api/render/download/{render_id}",
    ):
        assert path in paths


def test_the_api_command_refuses_to_serve_beyond_loopback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PVM_API_ALLOW_PUBLIC", raising=False)
    assert run_api(argparse.Namespace(host="0.0.0.0", port=0)) == 1
    err = capsys.readouterr().err
    assert err.startswith("error:") and err.count("\n") == 1


def test_a_crash_is_an_internal_error_envelope_and_a_failed_turn_costs_nothing(
    live: Live, monkeypatch: pytest.MonkeyPatch
) -> None:
    from photo_video_maker.backends.local import LocalBackend

    def boom(*args: object) -> None:
        raise RuntimeError("secret detail")

    token = live.token("client-crash")
    sid = live.session(token)
    monkeypatch.setattr(LocalBackend, "state", boom)
    monkeypatch.setattr(LocalBackend, "edit", boom)
    r = live.client.get(f"/api/state/nemo_agent/me/{sid}/latest", headers=auth(token))
    assert r.status_code == 500
    assert r.json() == {"code": 500, "message": "internal error", "data": None}
    status, events, _ = run_sse(live, token, sid, "make it vertical")
    assert status == 200 and events == [{"error": {"code": 500, "message": "internal error"}}]
    assert live.balance(token) == {"available": 100, "frozen": 0, "total": 100}


def test_a_size_limit_said_in_a_turn_is_met_by_the_services_render(
    photos_dir: Path, tmp_path: Path
) -> None:
    real = []  # the test photos, made small enough for the test server's upload limit
    for path in sorted(photos_dir.glob("0[1-3]_*.jpg")):
        with Image.open(path) as im:
            im.thumbnail((640, 640))
            im.save(tmp_path / path.name, quality=85)
        real.append(tmp_path / path.name)
    # a server of its own: the module's server may still be busy with renders other tests left
    with serve(tmp_path / "home") as live:
        token = live.token("client-size")
        sid = live.session(token)
        live.upload(token, sid, real)
        status, events, _ = run_sse(live, token, sid, "keep the file under 1 MB")
        assert status == 200 and "fit 1 MB" in "\n".join(texts(events))
        r = live.client.post(
            "/api/render/proxy/lambda", json=render_body("render_s1", sid), headers=auth(token)
        )
        assert r.status_code == 200
        done = wait_render(live, token, "render_s1", timeout=120)
        assert done["status"] == "completed", done
        video = tmp_path / "small.mp4"
        video.write_bytes(live.client.get(done["output"]["url"], headers=auth(token)).content)
    size = video.stat().st_size
    assert 850_000 <= size <= 1_000_000 and size == done["output"]["size"]
    frames, facts = decode_video(video)
    assert facts["frames"] == len(frames) > 0 and frames[len(frames) // 2].mean() > 20
