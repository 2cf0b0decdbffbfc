"""Each export renders in a process of its own, so it outlives the server that started it.

Hosts end their MCP servers whenever they like (a new chat, an update, a restart); a render
on one of the server's threads would end with it. ``spawn`` starts
``python -m photo_video_maker.backends.render_process SPEC`` detached from the server (its own
session on POSIX, its own process group on Windows), with none of the server's standard
streams: stdout carries the MCP protocol. The job's row in SQLite is the only channel. The
render process records its pid there (so the start-up repair of ``export_recovery`` leaves a
live render alone), its progress a few times a second, and the result; any server reads them.

Renders take turns: each holds an exclusive lock on ``render.lock`` in the data folder while
it renders (an encoder's memory and every core are one render's worth), and the operating
system drops the lock when a render process ends, however it ends.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from ..errors import DraftError, PVMError, for_person, shorten
from ..model.draft import Draft
from ..store.db import Database
from ..store.jobs import JobStore
from ..store.sessions import SessionStore

log = logging.getLogger("photo_video_maker.render_process")
MODULE = "photo_video_maker.backends.render_process"
PROGRESS_EVERY_S = 0.25  # a row write per frame would cost more than the frame


def worker_command(home: Path, job_id: str, cost: int) -> list[str]:
    """The command line of the render process for one job."""
    spec = json.dumps({"home": str(home), "job": job_id, "cost": cost})
    return [sys.executable, "-m", MODULE, spec]


def spawn(command: Sequence[str], home: Path) -> subprocess.Popen[bytes]:
    """Start a render process that does not end with this one; its messages go to a log."""
    logs = home / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    with open(logs / "render.log", "ab") as err:
        options: dict[str, Any] = {}
        if sys.platform == "win32":
            flags = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW
            options["creationflags"] = flags
        else:
            options["start_new_session"] = True  # no hang-up or Ctrl-C from the host's group
        return subprocess.Popen(
            list(command),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
            close_fds=True,
            **options,
        )


@contextmanager
def render_turn(home: Path) -> Iterator[None]:
    """Hold the data folder's render lock (waiting for the render before, if any)."""
    home.mkdir(parents=True, exist_ok=True)
    with open(home / "render.lock", "a+b") as handle:
        _lock(handle)
        yield  # the lock goes with the file handle, or with the process


def _lock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        while True:
            try:  # LK_LOCK gives up after about ten seconds: try again until it is ours
                msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                return
            except OSError:
                continue
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)


def run_job(home: Path, job_id: str, cost: int) -> None:
    """Render one queued job to the end, recording what happens in its row."""
    from ..planner import plan_render  # the render stack only where frames are made
    from ..render.engine import render
    from ..render.quick import settings_for

    db = Database(home / "pvm.sqlite3")
    jobs, sessions = JobStore(db), SessionStore(db)
    job = jobs.get(job_id)
    if job is None or job.status != "queued":
        return  # settled already (a start-up repair found its server gone before it began)
    jobs.set_owner(job_id, os.getpid())
    request = job.request
    out = Path(request["path"])
    try:
        with render_turn(home):
            jobs.update(job_id, status="running")
            draft = Draft.model_validate(request["draft"])
            files = {m.id: m.path for m in sessions.media(job.session_id)}

            def resolve(src: str) -> Path:
                if src not in files:
                    raise DraftError(
                        f"the draft refers to media {shorten(src)} not in this session"
                    )
                return files[src]

            said = [time.monotonic()]

            def on_progress(done: int, total: int) -> None:
                now = time.monotonic()
                if now - said[0] >= PROGRESS_EVERY_S and done < total:
                    said[0] = now
                    jobs.update(job_id, progress=done / total)

            result = render(
                plan_render(draft, resolve),
                out,
                on_progress,
                resolve=resolve,
                fmt=request.get("format"),
                settings=settings_for(request.get("quality")),
            )
        # the video is in place before its job says so: a process stopped in between leaves
        # a complete file that the next start finds (export_recovery.py)
        jobs.complete(
            job,
            {
                "path": str(result.path),
                "format": result.format,
                "width": result.width,
                "height": result.height,
                "duration_ms": result.duration_ms,
                "size_bytes": result.size_bytes,
                "seconds": round(result.seconds, 2),
                "warnings": result.warnings,
                "limit_bytes": result.limit_bytes,
                "limit_for": result.limit_for,
            },
            cost,
        )
    except PVMError as exc:
        jobs.update(job_id, status="failed", error=for_person(exc))
    except Exception:
        # the engine translates its own failures: this is a bug in the runner itself
        log.exception("export %s failed", job_id)
        jobs.update(
            job_id,
            status="failed",
            error="internal error while exporting; try again, and report a bug if it persists "
            "(the render log has the details)",
        )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    spec = json.loads(args[0])
    logging.basicConfig(
        level=logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s render %(process)d %(levelname)s %(message)s",
    )
    run_job(Path(spec["home"]), str(spec["job"]), int(spec.get("cost", 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
