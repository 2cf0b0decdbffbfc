"""Start-up repair of what a stopped render left behind: export jobs and their files agree.

A render (a process of its own, see ``render_process``) writes a temporary ``.part`` file
beside its output, renames it into place, then marks its job completed. The order is
deliberate: the output path only ever holds a complete video, and the file is the truth. A
render killed mid-way leaves a ``.part`` file and a job that says running; one killed between
the rename and the mark leaves a complete video and a job that says running. At the next
start (or as soon as the server that started it sees it end) each job whose process is gone
becomes:

- completed, with the result read from the file, when the file at its path is complete,
  plays, was written after the job began, and no later job writes the same path;
- failed otherwise, and its ``.part`` files are removed.

Jobs that an older version marked failed without looking at the file (``LEGACY_STOPPED``)
get the same check once. Jobs of a live process (a render still at work, whichever server
started it) are left alone, and so are their ``.part`` files; every other ``.part`` file a
render left in the exports folder is removed."""

from __future__ import annotations

import glob
import logging
import os
import re
from pathlib import Path
from typing import Any

from ..errors import PVMError
from ..media.probe import probe, verify
from ..store.jobs import Job, JobStore

log = logging.getLogger("photo_video_maker.recovery")

STOPPED = "the render stopped before the video was finished; export again"
LEGACY_STOPPED = "the server stopped while rendering; export again"
# render/encode.py's Sink writes ".<stem>.<8 hex>.part<extension>" beside the output
_PART = re.compile(r"^\.(?P<stem>.+)\.[0-9a-f]{8}\.part(?P<ext>\.[A-Za-z0-9]+)$")
# file systems that keep modification times in whole (or two) seconds round them down
_CLOCK_SLACK_S = 2.0


def recover_exports(jobs: JobStore, exports_dir: Path, cost: int) -> None:
    """Settle the jobs of processes that are gone and remove their leftover ``.part`` files;
    ``cost`` is what a completed export is recorded as using."""
    live: set[Path] = set()
    for job in jobs.with_status("queued", "running"):
        if process_alive(job.pid):
            if job.request.get("path"):
                live.add(Path(job.request["path"]))
            continue
        settle(jobs, job, cost)
    for job in jobs.with_status("failed", error=LEGACY_STOPPED):
        settle(jobs, job, cost)
    removed = _sweep(exports_dir, live)
    if removed:
        log.info("removed %d unfinished render file(s) from %s", removed, exports_dir)


def process_alive(pid: int | None) -> bool:
    """Whether the process ``pid`` still runs (None, from before owners were kept: no).

    A pid taken again by an unrelated process reads as alive: its jobs wait for the next
    start after that process ends, which is safer than removing a live render's file.
    """
    if pid is None:
        return False
    if pid == os.getpid():
        return True  # another backend in this process (tests, the HTTP service's workers)
    if os.name == "nt":  # os.kill would end the process there
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """Whether ``pid`` has ended and waits to be reaped (Linux tells; elsewhere: no)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] == ["Z"]  # the name may hold spaces


def settle(jobs: JobStore, job: Job, cost: int) -> None:
    """Settle a job whose process is gone: completed from its file when that is whole and
    its own, failed otherwise; its ``.part`` files are removed."""
    path = Path(job.request["path"]) if job.request.get("path") else None
    result = _finished(jobs, job, path) if path is not None else None
    if result is not None:
        jobs.complete(job, result, cost)
        log.info("export %s had finished before the server stopped: %s", job.id, path)
    else:
        jobs.update(job.id, status="failed", error=STOPPED)
    if path is not None:
        for part in _parts_of(path):
            part.unlink(missing_ok=True)


def _finished(jobs: JobStore, job: Job, path: Path) -> dict[str, Any] | None:
    """The job's result read from its file, or None unless the file is this job's and whole."""
    try:
        stat = path.stat()
    except OSError:
        return None
    if stat.st_mtime < job.created - _CLOCK_SLACK_S:
        return None  # an earlier video at the same path, which this job never replaced
    if jobs.latest_for_path(str(path)) != job.id:
        return None  # a later export writes here: the file may be that one's
    try:
        info = probe(path)
        verify(path, info)
    except PVMError:
        return None
    return {
        "path": str(path),
        "format": str(job.request.get("format") or info.format),
        "width": info.width,
        "height": info.height,
        "duration_ms": info.duration_ms or 0,
        "size_bytes": stat.st_size,
        "warnings": [],
        "recovered": True,
    }


def _parts_of(path: Path) -> list[Path]:
    """The temporary files a render of ``path`` writes beside it."""
    try:
        return [
            p
            for p in path.parent.glob(f".{glob.escape(path.stem)}.*.part{path.suffix}")
            if _PART.match(p.name)
        ]
    except OSError:
        return []


def _sweep(exports_dir: Path, live: set[Path]) -> int:
    """Remove every render ``.part`` file under the exports folder but those of live jobs."""
    if not exports_dir.is_dir():
        return 0
    keep = {part for path in live for part in _parts_of(path)}
    removed = 0
    for part in exports_dir.rglob(".*.part.*"):
        if part.is_file() and _PART.match(part.name) and part not in keep:
            part.unlink(missing_ok=True)
            removed += 1
    return removed
