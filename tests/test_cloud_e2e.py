"""CloudBackend against the real self-hosted service (build_app under uvicorn on 127.0.0.1).

token -> session -> upload -> SSE edit -> state -> export -> poll -> download, and the MP4
decoded back with PyAV. The client and the service keep separate data folders, as they would
on two machines.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from photo_video_maker.backends.cloud import CloudBackend
from photo_video_maker.config import Settings
from photo_video_maker.http_api import build_app

from support import decode_video, gradient, save_photo

pytestmark = pytest.mark.slow


@pytest.fixture
def api_base(tmp_path: Path) -> Iterator[str]:
    app = build_app(Settings(home=tmp_path / "service"), heartbeat_s=0.05)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the service did not start"
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(20)


@pytest.fixture
def backend(tmp_path: Path, api_base: str) -> Iterator[CloudBackend]:
    settings = Settings(home=tmp_path / "client", api_base=api_base)
    cloud = CloudBackend(settings, platform="claude", language="en", poll_interval=0.2)
    try:
        yield cloud
    finally:
        cloud.close()


def test_a_video_is_made_end_to_end_through_the_self_hosted_service(
    backend: CloudBackend, tmp_path: Path
) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    for i in range(3):
        save_photo(photos / f"{i + 1:02d}.jpg", gradient(320, 240, seed=i))

    up = backend.upload([str(photos)], [], [], None)
    assert [m.name for m in up.media] == ["01.jpg", "02.jpg", "03.jpg"]
    assert (tmp_path / "client" / "cloud" / "token").is_file()

    notes: list[str] = []
    edit = backend.edit(
        "1 second per photo and add the title 'Summer'", None, lambda f, m: notes.append(m)
    )
    assert edit.session_id == up.session_id and edit.understood
    assert any("Summer" in change for change in edit.changes), edit

    state = backend.state(None)
    assert 'Title: "Summer"' in state.summary and len(state.media) == 3
    assert backend.credits().available == 99  # the grant, less one edit

    started = backend.start_export(None, "mp4", "480p", None)
    done = backend.wait_export(started.job_id, 120)
    assert done.status == "completed", done
    path = Path(done.path or "")
    assert path.parent == tmp_path / "client" / "exports"
    frames, facts = decode_video(path)
    assert (facts["width"], facts["height"]) == (done.width, done.height)
    assert facts["height"] == 480 and len(frames) > 0
    fps = float(str(facts["fps"]))
    assert done.duration_ms is not None
    assert abs(len(frames) / fps * 1000 - done.duration_ms) < 100
