"""A render killed on its way: at the next start no ``.part`` file is left, and every job agrees
with the file at its path; a server killed while its render goes on: the render finishes and
the next server reports it. The kills are real (SIGKILL to a server or render process)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import av
import numpy as np
import pytest

from photo_video_maker.backends.export_recovery import LEGACY_STOPPED, process_alive
from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.store.db import Database
from photo_video_maker.store.jobs import JobStore

from support import decode_video, save_photo

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
CHILD = Path(__file__).with_name("export_child.py")


class Server:
    """A server process exporting one video (see export_child.py), read line by line."""

    def __init__(self, home: Path, output: str, pause: str, photos: list[Path]) -> None:
        self.home = home
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(home), output, pause, *map(str, photos)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.job_id = self.until(lambda words: words[0] == "job")[1]

    def until(self, wanted: object) -> list[str]:
        """Read lines until one whose words ``wanted`` accepts (the process must not end)."""
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            words = line.split()
            if words and wanted(words):  # type: ignore[operator]
                return words
        raise AssertionError(f"the server ended first: {self.proc.wait()}")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        assert self.proc.wait() == -signal.SIGKILL

    def render_pid(self) -> int:
        """The render process of the export (a process of its own, not this one's thread)."""
        job = JobStore(Database(self.home / "pvm.sqlite3")).get(self.job_id)
        assert job is not None and job.pid is not None and job.pid != self.proc.pid
        return job.pid

    def kill_render(self) -> None:
        """SIGKILL the render process and wait until it has ended (it is not our child)."""
        pid = self.render_pid()
        ended = os.pidfd_open(pid)
        try:
            os.kill(pid, signal.SIGKILL)
            readable, _, _ = select.select([ended], [], [], 30)
            assert readable, "the render process outlived SIGKILL"
        finally:
            os.close(ended)

    def close(self) -> None:
        """Kill it and its render if they still run, and close the pipes."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        job = JobStore(Database(self.home / "pvm.sqlite3")).get(self.job_id)
        if job is not None and job.pid is not None and process_alive(job.pid):
            self.kill_render()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """Start server processes; each is killed at the end if still running."""
    started: list[Server] = []

    def start(output: str, pause: str, photos: list[Path]) -> Server:
        started.append(Server(tmp_path / "home", output, pause, photos))
        return started[-1]

    yield start
    for server in started:
        server.close()


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    rng = np.random.default_rng(3)
    return [
        save_photo(tmp_path / f"{i}.png", rng.integers(0, 255, (240, 320, 3), np.uint8))
        for i in range(3)
    ]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def parts(home: Path) -> list[Path]:
    return sorted((home / "exports").rglob("*.part*"))


def tiny_video(path: Path) -> Path:
    """A real, playable earlier video."""
    with av.open(str(path), "w", format="mp4") as out:
        stream = out.add_stream("libx264", rate=10)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for _ in range(5):
            frame = av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), np.uint8), format="rgb24")
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path


def test_a_render_killed_mid_way_leaves_no_part_file_and_its_job_fails_at_the_next_start(
    home: Path, photos: list[Path], start: Callable[..., Server]
) -> None:
    earlier = tiny_video(home.parent / "earlier.mp4")
    (home / "exports").mkdir(parents=True)
    out = home / "exports" / "out.mp4"
    out.write_bytes(earlier.read_bytes())
    os.utime(out, (1_000_000_000, 1_000_000_000))  # made long before this export
    server = start("out.mp4", "frames", photos)
    server.until(lambda words: words == ["frames"])  # held a fifth of the way
    assert len(parts(home)) == 1  # the render is writing its temporary file
    server.kill()  # the host ends the server: the render goes on (held here)
    server.kill_render()  # then the render process is killed too
    assert len(parts(home)) == 1  # and the kill left its file there
    (home / "exports" / "http").mkdir()
    orphan = home / "exports" / "http" / ".render_1.0123abcd.part.webm"
    orphan.write_bytes(b"left by a server killed before jobs knew their process")
    (home / "exports" / "mine.part.mp4").write_bytes(b"a person's own file")

    backend = LocalBackend(Settings(home=home))

    assert parts(home) == [home / "exports" / "mine.part.mp4"]
    job = backend.exports.result(server.job_id)
    assert job.status == "failed" and "stopped before the video was finished" in str(job.error)
    assert out.read_bytes() == earlier.read_bytes()
    assert backend.jobs.usage().get("export_count", 0) == 0


@pytest.mark.parametrize("marked", ["running", "failed by an older version"])
def test_a_video_renamed_into_place_before_the_kill_completes_its_job_at_the_next_start(
    home: Path, photos: list[Path], start: Callable[..., Server], marked: str
) -> None:
    server = start("out.mp4", "renamed", photos[:1])
    server.until(lambda words: words == ["renamed"])
    server.kill()
    server.kill_render()
    out = home / "exports" / "out.mp4"
    video = out.read_bytes()
    jobs = JobStore(Database(home / "pvm.sqlite3"))
    assert jobs.get(server.job_id).status == "running"  # type: ignore[union-attr]
    if marked != "running":  # what start-up did before it looked at the files
        jobs.update(server.job_id, status="failed", error=LEGACY_STOPPED)

    backend = LocalBackend(Settings(home=home))

    job = backend.exports.result(server.job_id)
    assert job.status == "completed", job.error
    assert (job.path, job.size_bytes, job.format) == (str(out), len(video), "mp4")
    frames, facts = decode_video(out)
    assert (job.width, job.height) == (facts["width"], facts["height"]) == (854, 480)
    assert job.duration_ms == pytest.approx(len(frames) * 1000 / 30, abs=40)
    assert out.read_bytes() == video and parts(home) == []
    assert backend.jobs.usage()["export_count"] == 1


def test_a_render_goes_on_when_its_server_is_killed_and_the_next_server_reports_it(
    home: Path, photos: list[Path], start: Callable[..., Server]
) -> None:
    server = start("out.mp4", "frames", photos[:1])
    server.until(lambda words: words == ["frames"])
    server.kill()
    (part,) = parts(home)

    backend = LocalBackend(Settings(home=home))  # the host starts a new server

    assert parts(home) == [part]  # the render's file is left alone: it is still writing it
    assert backend.exports.result(server.job_id).status == "running"
    assert server.proc.stdin is not None
    server.proc.stdin.write("go on\n")
    server.proc.stdin.flush()
    job = backend.wait_export(server.job_id, 120, None)
    assert job.status == "completed", job.error
    frames, facts = decode_video(Path(str(job.path)))
    assert (facts["width"], facts["height"]) == (job.width, job.height) == (854, 480)
    assert len(frames) == round(int(job.duration_ms or 0) * 30 / 1000)
    assert parts(home) == [] and backend.jobs.usage()["export_count"] == 1


def test_a_render_of_another_live_server_is_left_alone_and_finishes(
    home: Path, photos: list[Path], start: Callable[..., Server]
) -> None:
    server = start("out.mp4", "frames", photos[:1])
    server.until(lambda words: words == ["frames"])
    (part,) = parts(home)

    backend = LocalBackend(Settings(home=home))

    assert parts(home) == [part]
    assert backend.exports.result(server.job_id).status == "running"
    assert server.proc.stdin is not None
    server.proc.stdin.write("go on\n")
    server.proc.stdin.flush()
    assert server.until(lambda words: words[0] == "done") == ["done", "completed"]
    assert server.proc.wait() == 0
    assert parts(home) == [] and (home / "exports" / "out.mp4").is_file()
    assert backend.exports.result(server.job_id).status == "completed"


def test_the_job_owner_column_survives_a_build_that_added_it_under_another_name(
    tmp_path: Path,
) -> None:
    path = tmp_path / "pvm.sqlite3"
    with Database(path).write() as conn:
        conn.execute("DELETE FROM migrations WHERE name = '005_job_owner'")

    columns = {row[1] for row in Database(path).connect().execute("PRAGMA table_info(jobs)")}

    assert "pid" in columns
