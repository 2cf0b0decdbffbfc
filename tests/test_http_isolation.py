"""The service stays responsive and exact under load: an edit locks one session, not the
process; a message is bounded before any credit is frozen; a retried message (same
Idempotency-Key) is applied and charged once and answered the same, even when the first
client was killed mid-stream; export needs the attribution headers; renders over a limit are
refused before anything is queued."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from test_http_api import ATTRIBUTION, Live, auth, render_body, run_sse, serve

LONG = ("每张照片两秒，加一段欢快的音乐，" * 200)[:2000]  # the longest message: ~0.5 s of reading


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from support import gradient, save_photo

    folder = tmp_path_factory.mktemp("photos")
    return [save_photo(folder / f"p{i}.jpg", gradient(320, 240, seed=i)) for i in range(3)]


def person(live: Live, client_id: str, photos: list[Path]) -> tuple[str, str]:
    token = live.token(client_id)
    sid = live.session(token)
    assert live.upload(token, sid, photos).status_code == 200
    return token, sid


def history(live: Live, sid: str) -> int:
    return int(live.sql("SELECT COUNT(*) FROM draft_history WHERE session_id = ?", (sid,))[0][0])


def test_long_edits_of_one_account_delay_another_accounts_edit_by_less_than_a_second(
    tmp_path: Path, photos: list[Path]
) -> None:
    with serve(tmp_path) as live:
        busy, busy_sid = person(live, "busy", photos)
        quick, quick_sid = person(live, "quick", photos)
        changes = history(live, busy_sid)
        took: list[float] = []

        def long_turn() -> None:
            started = time.monotonic()
            with httpx.Client(base_url=live.client.base_url, timeout=60) as own:
                status, _, _ = run_sse(Live(own, live.home), busy, busy_sid, LONG)
            assert status == 200
            took.append(time.monotonic() - started)

        turns = [threading.Thread(target=long_turn) for _ in range(4)]
        for turn in turns:
            turn.start()
        deadline = time.monotonic() + 30
        while live.balance(busy)["frozen"] < 2:  # the busy session's turns are queued up
            assert time.monotonic() < deadline, "the long turns did not start"
            time.sleep(0.005)
        started = time.monotonic()
        status, events, _ = run_sse(live, quick, quick_sid, "sepia")
        waited = time.monotonic() - started
        for turn in turns:
            turn.join(60)
        assert status == 200 and any("functionResponse" in json.dumps(e) for e in events)
        assert waited < 1.0, f"another account's edit waited {waited:.2f} s"
        assert max(took) > waited  # the busy session's turns ran one after another
        assert history(live, busy_sid) == changes + 4  # none of the four lost another's change


def test_a_message_over_the_limit_is_a_4002_before_any_credit_is_frozen(
    live_small: Live, photos: list[Path]
) -> None:
    token, sid = person(live_small, "talker", photos)
    before, changes = live_small.balance(token), history(live_small, sid)
    status, events, _ = run_sse(live_small, token, sid, "x" * 2001)
    assert status == 413 and events[0]["code"] == 4002
    assert "2001 characters" in events[0]["message"]
    assert live_small.balance(token) == before and history(live_small, sid) == changes
    status, _, _ = run_sse(live_small, token, sid, LONG)
    assert status == 200  # exactly at the limit is read


@pytest.fixture(scope="module")
def live_small(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with serve(tmp_path_factory.mktemp("pvm-isolation")) as running:
        yield running


CLIENT = """
import sys, httpx
url, token, sid, key = sys.argv[1:5]
body = {"app_name": "nemo_agent", "user_id": "me", "session_id": sid,
        "new_message": {"parts": [{"text": "sepia and add a title Hello"}]}}
headers = {"Authorization": "Bearer " + token, "Idempotency-Key": key}
with httpx.Client(base_url=url, timeout=60) as client:
    with client.stream("POST", "/run_sse", json=body, headers=headers) as r:
        for line in r.iter_lines():
            print(line, flush=True)
            input()  # wait here until killed
"""


def test_a_client_killed_mid_stream_retries_with_its_key_and_is_charged_once(
    live_small: Live, photos: list[Path], tmp_path: Path
) -> None:
    token, sid = person(live_small, "retrier", photos)
    changes = history(live_small, sid)
    script = tmp_path / "client.py"
    script.write_text(CLIENT)
    url = str(live_small.client.base_url).rstrip("/")
    with subprocess.Popen(
        [sys.executable, str(script), url, token, sid, "turn-1"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as first:
        assert first.stdout is not None
        assert first.stdout.readline().startswith(": heartbeat")  # the stream is open
        first.send_signal(signal.SIGKILL)  # killed mid-stream, before the reply
        first.wait(10)
    replies = []
    for _ in range(2):
        status, events, _ = run_key(live_small, token, sid, "sepia and add a title Hello", "turn-1")
        assert status == 200
        replies.append(events)
    assert replies[0] == replies[1] and any("functionResponse" in json.dumps(e) for e in replies[0])
    balance = live_small.balance(token)
    assert (balance["available"], balance["frozen"]) == (99, 0)  # charged once
    assert history(live_small, sid) == changes + 1  # applied once
    status, events, _ = run_key(live_small, token, sid, "black and white", "turn-1")
    assert status == 400 and "Idempotency-Key" in events[0]["message"]
    status, _, _ = run_key(live_small, token, sid, "black and white", "turn-2")
    assert status == 200 and history(live_small, sid) == changes + 2


def run_key(live: Live, token: str, sid: str, text: str, key: str) -> Any:
    body = {
        "app_name": "nemo_agent",
        "user_id": "me",
        "session_id": sid,
        "new_message": {"parts": [{"text": text}]},
    }
    headers = {**auth(token), "Idempotency-Key": key}
    with live.client.stream("POST", "/run_sse", json=body, headers=headers) as r:
        if r.status_code != 200:
            r.read()
            return r.status_code, [r.json()], 0
        lines = [line for line in r.iter_lines() if line.startswith("data:")]
    return 200, [json.loads(line[5:]) for line in lines], 0


def test_export_without_attribution_headers_is_a_402_unless_the_operator_allows_it(
    tmp_path: Path, photos: list[Path]
) -> None:
    from dataclasses import replace

    from photo_video_maker.config import Settings

    with serve(tmp_path / "strict") as live:
        token, sid = person(live, "bare", photos)
        bare = {k: v for k, v in live.client.headers.items() if not k.startswith("x-skill")}
        r = httpx.post(
            str(live.client.base_url).rstrip("/") + "/api/render/proxy/lambda",
            json=render_body("render_bare", sid),
            headers={**bare, **auth(token)},
        )
        assert r.status_code == 402 and r.json()["code"] == 402
        assert "X-Skill-Source" in r.json()["message"]
        assert live.sql("SELECT COUNT(*) FROM api_renders") == [(0,)]
    open_settings = replace(Settings(home=tmp_path / "open"), require_attribution=False)
    with serve(tmp_path / "open", settings=open_settings) as live:
        token, sid = person(live, "bare", photos)
        r = httpx.post(
            str(live.client.base_url).rstrip("/") + "/api/render/proxy/lambda",
            json=render_body("render_bare", sid),
            headers=auth(token),
        )
        assert r.status_code == 200, r.text
    assert ATTRIBUTION  # what the other tests' clients send


@pytest.mark.parametrize(
    ("sentence", "draft_change", "message"),
    [
        (None, {"w": 20000, "h": 20000}, "20000x20000 frame is larger than the largest preset"),
        ("each photo 20 seconds", {}, "at most 0.5 minutes"),
        (None, {"items": 4}, "at most 3 can be rendered"),
    ],
    ids=["frame", "length", "photos"],
)
def test_renders_over_a_limit_are_refused_before_anything_is_queued(
    tmp_path: Path,
    photos: list[Path],
    sentence: str | None,
    draft_change: dict[str, int],
    message: str,
) -> None:
    from dataclasses import replace

    from photo_video_maker.config import Settings

    settings = replace(Settings(home=tmp_path), max_render_seconds=30, max_render_items=3)
    with serve(tmp_path, settings=settings, render_cost=1) as live:
        token, sid = person(
            live, "limits", photos + photos[:1] if draft_change.get("items") else photos
        )
        if sentence:
            run_sse(live, token, sid, sentence)
        draft = live.state(token, sid)["draft"]
        if "w" in draft_change:
            draft["m"]["w"], draft["m"]["h"] = draft_change["w"], draft_change["h"]
        body = {**render_body("render_big", sid), "draft": draft}
        if "w" in draft_change:
            body["output"] = {"format": "mp4"}  # the draft's own (huge) size
        before = live.balance(token)
        r = live.client.post("/api/render/proxy/lambda", json=body, headers=auth(token))
        assert r.status_code == 413 and r.json()["code"] == 4002, r.text
        assert message in r.json()["message"]
        assert live.balance(token) == before
        assert live.sql("SELECT COUNT(*) FROM api_renders") == [(0,)]


def test_an_accounts_render_seconds_per_day_are_limited_with_a_retry_after(
    tmp_path: Path, photos: list[Path]
) -> None:
    from dataclasses import replace

    from photo_video_maker.config import Settings

    settings = replace(Settings(home=tmp_path), render_seconds_per_day=12)
    with serve(tmp_path, settings=settings, workers=0) as live:
        token, sid = person(live, "daily", photos)  # three photos: about 8 s of video
        r = live.client.post(
            "/api/render/proxy/lambda", json=render_body("render_1", sid), headers=auth(token)
        )
        assert r.status_code == 200, r.text
        r = live.client.post(
            "/api/render/proxy/lambda", json=render_body("render_2", sid), headers=auth(token)
        )
        assert r.status_code == 429 and r.json()["code"] == 429
        assert 80000 < int(r.headers["Retry-After"]) <= 86400
        assert "daily allowance of 12 s" in r.json()["message"]
