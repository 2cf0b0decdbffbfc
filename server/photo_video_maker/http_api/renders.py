"""Render jobs: accepted at once, rendered in the background by at most ``workers`` at a time.

A job is a row in ``api_renders`` keyed by (account, client-chosen id), so posting the same id
again returns the same job. The draft is copied into the row when the job is accepted: the
video is what the person had when they asked, and a restart can render it again. Rendering
itself is the engine's ExportRunner; this module only queues, limits and records.

Restart: queued (``pending``) jobs are queued again when the service starts. A job that was
``processing`` when the service stopped is retried once (the render starts over); if the
service stops during that retry too, the job fails with a reason instead of looping on a
file that may be what brings the service down. ``workers=0`` accepts jobs without rendering
(a paused queue: for maintenance and tests).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from uuid6 import uuid7

from ..backends.exports import normal_resolution
from ..backends.local import LocalBackend
from ..errors import DraftError, NothingToRender, PVMError, RenderNotFound, for_person, shorten
from ..model.draft import Draft, parse_draft
from ..music.builtin import is_builtin
from ..render.encode import get_format
from ..store.db import Database

log = logging.getLogger("photo_video_maker.http_api")

MAX_ATTEMPTS = 2  # the first run and one retry after a restart
STOPPED_TWICE = "the service stopped twice while rendering this video; export again"


@dataclass(frozen=True)
class RenderJob:
    account_id: str
    id: str
    key: str  # internal and unique: names the output file
    session_id: str
    status: str  # pending, processing, completed, failed
    request: dict[str, Any]
    export_job: str | None
    result: dict[str, Any] | None
    error: str | None


def _job(row: Any) -> RenderJob:
    return RenderJob(
        account_id=row["account_id"],
        id=row["id"],
        key=row["key"],
        session_id=row["session_id"],
        status=row["status"],
        request=json.loads(row["request"]),
        export_job=row["export_job"],
        result=json.loads(row["result"]) if row["result"] else None,
        error=row["error"],
    )


def prepare(
    backend: LocalBackend,
    session_id: str,
    draft_json: dict[str, Any] | None,
    fmt: str,
    resolution: str | None,
) -> dict[str, Any]:
    """Check a render request and freeze what to render: 400-class errors come out now."""
    if draft_json is None:
        draft = backend.sessions.draft(session_id)
    else:
        draft = parse_draft(draft_json)
        known = {m.id for m in backend.sessions.media(session_id)}
        unknown = sorted(s for s in draft.media_ids() if s not in known and not is_builtin(s))
        if unknown:
            raise DraftError(f"invalid draft: media {shorten(unknown[0])} is not in this session")
    video = draft.video_track()
    if video is None or not video.sg:
        raise NothingToRender("nothing to export yet: the video has no photos or clips")
    fmt = get_format(fmt).name
    return {"draft": draft.to_json(), "format": fmt, "resolution": normal_resolution(resolution)}


class RenderQueue:
    """Accepts, runs and reports render jobs; see the module docstring."""

    def __init__(self, db: Database, backend: LocalBackend, workers: int) -> None:
        self.db, self.backend, self.workers = db, backend, workers
        self._pool: ThreadPoolExecutor | None = None
        self._stop = threading.Event()

    # -- lifecycle ---------------------------------------------------------------------
    def start(self) -> None:
        """Recover jobs a previous process left behind, then start the workers."""
        now = time.time()
        with self.db.write() as conn:
            conn.execute(
                "UPDATE api_renders SET status = 'failed', error = ?, updated = ? "
                "WHERE status = 'processing' AND attempts >= ?",
                (STOPPED_TWICE, now, MAX_ATTEMPTS),
            )
            conn.execute(
                "UPDATE api_renders SET status = 'pending', export_job = NULL, updated = ? "
                "WHERE status = 'processing'",
                (now,),
            )
        if self.workers <= 0:
            return
        self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="pvm-render")
        rows = (
            self.db.connect()
            .execute(
                "SELECT account_id, id FROM api_renders WHERE status = 'pending' ORDER BY created"
            )
            .fetchall()
        )
        for row in rows:
            self._pool.submit(self._work, row["account_id"], row["id"])

    def stop(self) -> None:
        """Stop taking work; jobs not finished stay in the table for the next start."""
        self._stop.set()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    # -- jobs --------------------------------------------------------------------------
    def find(self, account_id: str, render_id: str) -> RenderJob | None:
        """The account's job with this id, if any."""
        row = (
            self.db.connect()
            .execute(
                "SELECT * FROM api_renders WHERE account_id = ? AND id = ?", (account_id, render_id)
            )
            .fetchone()
        )
        return None if row is None else _job(row)

    def get(self, account_id: str, render_id: str) -> RenderJob:
        """The account's job with this id, or RenderNotFound."""
        job = self.find(account_id, render_id)
        if job is None:
            raise RenderNotFound("no such render")
        return job

    def submit(
        self, account_id: str, render_id: str, session_id: str, request: dict[str, Any]
    ) -> RenderJob:
        """Queue a job; an id seen before returns the job it already names."""
        now = time.time()
        with self.db.write() as conn:
            cursor = conn.execute(
                "INSERT INTO api_renders (account_id, id, key, session_id, status, request, "
                "created, updated) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?) "
                "ON CONFLICT (account_id, id) DO NOTHING",
                (
                    account_id,
                    render_id,
                    str(uuid7()).replace("-", ""),
                    session_id,
                    json.dumps(request),
                    now,
                    now,
                ),
            )
        if cursor.rowcount == 1 and self._pool is not None:
            self._pool.submit(self._work, account_id, render_id)
        return self.get(account_id, render_id)

    def completed(self, account_id: str, session_id: str) -> list[RenderJob]:
        """Finished renders of a session, oldest first."""
        rows = (
            self.db.connect()
            .execute(
                "SELECT * FROM api_renders WHERE account_id = ? AND session_id = ? "
                "AND status = 'completed' ORDER BY created",
                (account_id, session_id),
            )
            .fetchall()
        )
        return [_job(row) for row in rows]

    def progress(self, job: RenderJob) -> int:
        """Percent done, 0..100."""
        if job.status == "completed":
            return 100
        if job.status != "processing" or job.export_job is None:
            return 0
        try:
            return min(99, int(self.backend.exports.result(job.export_job).progress * 100))
        except PVMError:
            return 0

    def output_file(self, job: RenderJob) -> Path | None:
        """The finished video on disk, if the job completed and the file is still there."""
        if job.status != "completed" or not job.result:
            return None
        path = Path(job.result["path"])
        return path if path.is_file() else None

    # -- the worker --------------------------------------------------------------------
    def _set(self, job: RenderJob, **columns: Any) -> None:
        names = ", ".join(f"{name} = ?" for name in columns)  # names are literals from this file
        with self.db.write() as conn:
            conn.execute(
                f"UPDATE api_renders SET {names}, updated = ? WHERE account_id = ? AND id = ?",
                (*columns.values(), time.time(), job.account_id, job.id),
            )

    def _work(self, account_id: str, render_id: str) -> None:
        if self._stop.is_set():
            return
        with self.db.write() as conn:
            claimed = conn.execute(
                "UPDATE api_renders SET status = 'processing', attempts = attempts + 1, "
                "updated = ? WHERE account_id = ? AND id = ? AND status = 'pending'",
                (time.time(), account_id, render_id),
            ).rowcount
        if claimed != 1:
            return
        job = self.get(account_id, render_id)
        try:
            self._render(job)
        except PVMError as exc:
            self._set(job, status="failed", error=for_person(exc))
        except Exception:
            log.exception("render %s failed", job.key)
            self._set(job, status="failed", error="internal error while rendering")

    def _render(self, job: RenderJob) -> None:
        request = job.request
        fmt = str(request["format"])
        folder = self.backend.settings.exports_dir / "http"
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / (job.key + get_format(fmt).extension)
        draft = Draft.model_validate(request["draft"])
        export = self.backend.exports.start(
            job.session_id, draft, fmt, request.get("resolution"), str(out)
        )
        self._set(job, export_job=export.job_id)
        while export.status not in ("completed", "failed"):
            if self._stop.is_set():
                return  # left 'processing': the next start retries it once
            export = self.backend.exports.wait(export.job_id, 0.5, None)
        if export.status == "failed":
            self._set(job, status="failed", error=export.error or "the render failed")
            return
        result = {
            "path": export.path,
            "format": export.format,
            "duration_ms": export.duration_ms,
            "size_bytes": export.size_bytes,
        }
        self._set(job, status="completed", result=json.dumps(result))
