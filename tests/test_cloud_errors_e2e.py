"""The cloud client's error table against the real self-hosted service, for every case the
service can produce: expired token, unknown session, no credits, unsupported file, file too
large, rate limit. (What the service never produces is in test_cloud_client.py, mocked.)"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from photo_video_maker.backends.cloud import CloudBackend
from photo_video_maker.config import Settings
from photo_video_maker.errors import CreditsError, MediaError, MediaTooLarge, RateLimited
from photo_video_maker.http_api import build_app

from support import gradient, save_photo

pytestmark = pytest.mark.slow
Service = Callable[..., str]


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    """Starts the service with the given build_app options; returns its base URL."""
    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(settings: Settings | None = None, **options: Any) -> str:
        app = build_app(
            settings or Settings(home=tmp_path / "service"), heartbeat_s=0.05, **options
        )
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        servers.append((server, thread))
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline and thread.is_alive(), "the service did not start"
            time.sleep(0.01)
        return f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"

    try:
        yield start
    finally:
        for server, thread in servers:
            server.should_exit = True
            thread.join(20)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[Callable[[str], CloudBackend]]:
    made: list[CloudBackend] = []

    def make(api_base: str) -> CloudBackend:
        settings = Settings(home=tmp_path / "client", api_base=api_base)
        cloud = CloudBackend(
            settings, platform="unknown", language="en", poll_interval=0.1, sleep=lambda s: None
        )
        made.append(cloud)
        return cloud

    try:
        yield make
    finally:
        for cloud in made:
            cloud.close()


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    for i in range(2):
        save_photo(folder / f"{i}.jpg", gradient(160, 120, seed=i))
    return folder


def test_an_expired_token_is_renewed_once_and_the_call_goes_through(
    service: Service, client: Callable[[str], CloudBackend], tmp_path: Path
) -> None:
    cloud = client(service())
    assert cloud.credits().total == 100
    before = (tmp_path / "client" / "cloud" / "token").read_text()
    with sqlite3.connect(tmp_path / "service" / "pvm.sqlite3") as db:
        db.execute("UPDATE api_tokens SET expires = 0")  # the service now says 1001
    assert cloud.credits().total == 100  # a new anonymous account, its own grant
    assert (tmp_path / "client" / "cloud" / "token").read_text() != before


def test_after_1001_the_same_client_id_renews_its_token_and_keeps_its_account(
    service: Service, client: Callable[[str], CloudBackend], tmp_path: Path, photos: Path
) -> None:
    cloud = client(service())
    sid = cloud.upload([str(photos)], [], [], None).session_id
    assert cloud.edit("sepia", sid).changes
    with sqlite3.connect(tmp_path / "service" / "pvm.sqlite3") as db:
        db.execute("UPDATE api_tokens SET expires = 0")  # expired: the service says 1001
    after = cloud.edit("black and white", sid)  # renewed once, retried once
    assert after.session_id == sid and after.changes  # the same session: the same account
    assert cloud.credits().available == 98
    with sqlite3.connect(tmp_path / "service" / "pvm.sqlite3") as db:
        accounts = db.execute("SELECT COUNT(*) FROM api_accounts").fetchone()[0]
        tokens = db.execute("SELECT COUNT(*) FROM api_tokens").fetchone()[0]
    assert (accounts, tokens) == (1, 2)


def test_an_unknown_session_is_replaced_by_a_new_one_and_the_person_is_told(
    service: Service, client: Callable[[str], CloudBackend]
) -> None:
    cloud = client(service())
    gone = "0" * 32
    result = cloud.edit("sepia", gone)
    assert result.session_id != gone
    assert "new" in result.summary.lower(), result.summary


def test_running_out_of_credits_shows_the_registration_link(
    service: Service, client: Callable[[str], CloudBackend], photos: Path
) -> None:
    cloud = client(service(grant=1, edit_cost=1))
    cloud.upload([str(photos)], [], [], None)
    assert cloud.edit("sepia", None).changes
    with pytest.raises(CreditsError) as info:
        cloud.edit("black and white", None)
    assert "bind=" in str(info.value)


def test_an_address_the_service_refuses_is_an_unsupported_media_error(
    service: Service, client: Callable[[str], CloudBackend]
) -> None:
    cloud = client(service())
    with pytest.raises(MediaError) as info:
        cloud.upload([], ["http://127.0.0.1:9/photo.jpg"], [], None)
    assert info.value.code == 4001


def test_a_file_larger_than_the_service_takes_is_a_file_too_large_error(
    service: Service, client: Callable[[str], CloudBackend], photos: Path, tmp_path: Path
) -> None:
    small = replace(Settings(home=tmp_path / "service"), max_upload_bytes=1000)
    cloud = client(service(small))
    with pytest.raises(MediaTooLarge) as info:
        cloud.upload([str(photos / "0.jpg")], [], [], None)
    assert info.value.code == 4002


def test_a_second_token_for_the_same_client_is_rate_limited(
    service: Service, client: Callable[[str], CloudBackend], tmp_path: Path
) -> None:
    cloud = client(service())
    cloud.credits()  # the client id now has its token for 7 days
    (tmp_path / "client" / "cloud" / "token").unlink()  # lost on this machine
    with pytest.raises(RateLimited) as info:
        client(cloud.settings.api_base).credits()
    assert info.value.code == 429
