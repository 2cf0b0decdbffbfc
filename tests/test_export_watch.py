"""The thread that reaps a render process: it ends quietly, whatever happened to the store."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings

from support import gradient, save_photo


def test_a_render_that_outlives_its_data_folder_ends_with_a_warning_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    crashed: list[threading.ExceptHookArgs] = []
    monkeypatch.setattr(threading, "excepthook", crashed.append)
    go = tmp_path / "go"

    def spawn(command: Sequence[str], home: Path) -> subprocess.Popen[bytes]:
        # a render that ends once the test has deleted the home folder
        wait = (
            f"import pathlib, time\nwhile not pathlib.Path({str(go)!r}).exists(): time.sleep(0.02)"
        )
        return subprocess.Popen([sys.executable, "-c", wait])

    home = tmp_path / "home"
    backend = LocalBackend(replace(Settings(home=home), inline_render_seconds=0.0), spawn=spawn)
    save_photo(tmp_path / "one.jpg", gradient(320, 240, seed=1))
    sid = backend.upload([str(tmp_path / "one.jpg")], [], [], None).session_id
    job_id = backend.start_export(sid, "mp4", None, None).job_id
    ended = backend.exports._ended[job_id]
    shutil.rmtree(home)
    with caplog.at_level(logging.WARNING, logger="photo_video_maker.exports"):
        go.touch()
        assert ended.wait(30), "the watcher never let its waiters go"
        for thread in threading.enumerate():
            if thread.name == f"export-{job_id}":
                thread.join(10)
    assert not crashed, crashed[0].exc_value if crashed else None
    assert any("could not be recorded" in r.getMessage() for r in caplog.records)
