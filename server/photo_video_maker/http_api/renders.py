"""Render jobs in this process: accepted at once, rendered in the background by at most
``workers`` threads (the default queue: nothing to install; see renders_remote.py for the
distributed one).

Each thread takes the next job in fair order (round robin over accounts, see ``_NEXT``),
among accounts under their limit of renders at once; so one account's ten renders do not
hold back another account's first. Rendering itself is the engine's
ExportRunner; this module only queues, limits and records (render_rows.py).

Restart: queued (``pending``) jobs are queued again when the service starts. A job that was
``processing`` when the service stopped is retried once (the render starts over); if the
service stops during that retry too, the job fails with a reason instead of looping on a
file that may be what brings the service down. ``workers=0`` accepts jobs without rendering
(a paused queue: for maintenance and tests).
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from ..backends.local import LocalBackend
from ..errors import PVMError, RenderNotFound, for_person
from ..model.draft import Draft
from ..render.encode import get_format
from .render_front import Renders
from .render_rows import RenderJob, RenderRows, with_live

log = logging.getLogger("photo_video_maker.http_api")

MAX_ATTEMPTS = 2  # the first run and one retry after a restart
STOPPED_TWICE = "the service stopped twice while rendering this video; export again"
EMBEDDED = "embedded"  # the worker name of renders made inside the service

# The next pending job: of the account that started a render the longest time ago (never:
# first), oldest first; only accounts running fewer renders than their limit. Round robin:
# an account with ten renders waiting gets one turn, then every other waiting account does.
_NEXT = """
SELECT account_id, id FROM api_renders AS waiting
WHERE status = 'pending' AND (
    SELECT COUNT(*) FROM api_renders running
    WHERE running.account_id = waiting.account_id AND running.status = 'processing'
) < ?
ORDER BY COALESCE((
    SELECT MAX(started) FROM api_renders served WHERE served.account_id = waiting.account_id
), 0), created, rowid
LIMIT 1
"""

__all__ = ["STOPPED_TWICE", "RenderJob", "RenderNotFound", "RenderQueue"]


class RenderQueue(Renders):
    """Accepts, runs and reports render jobs; see the module docstring."""

    def __init__(
        self, rows: RenderRows, backend: LocalBackend, workers: int, per_account: int
    ) -> None:
        self.rows, self.backend, self.workers = rows, backend, workers
        self.per_account = max(1, per_account)
        self._pool: ThreadPoolExecutor | None = None
        self._stop = threading.Event()

    # -- lifecycle ---------------------------------------------------------------------
    def start(self) -> None:
        """Recover jobs a previous process left behind, then start the workers."""
        now = time.time()
        with self.rows.db.write() as conn:
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
        for _ in self.rows.unfinished():
            self._pool.submit(self._work)

    def stop(self) -> None:
        """Stop taking work; jobs not finished stay in the table for the next start."""
        self._stop.set()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    # -- jobs --------------------------------------------------------------------------
    def _queue(self, job: RenderJob) -> None:
        if self._pool is not None:
            self._pool.submit(self._work)

    def _live(self, job: RenderJob) -> RenderJob:
        if job.status != "processing" or job.export_job is None:
            return job
        try:
            progress = self.backend.exports.result(job.export_job).progress
        except PVMError:
            return job
        return with_live(job, progress=min(0.99, progress))

    # -- the worker --------------------------------------------------------------------
    def _claim(self) -> RenderJob | None:
        with self.rows.db.write() as conn:
            row = conn.execute(_NEXT, (self.per_account,)).fetchone()
            if row is None:
                return None
            conn.execute(
                "UPDATE api_renders SET status = 'processing', attempts = attempts + 1, "
                "worker = ?, started = ?, updated = ? WHERE account_id = ? AND id = ?",
                (EMBEDDED, time.time(), time.time(), row["account_id"], row["id"]),
            )
        return self.rows.get(row["account_id"], row["id"])

    def _work(self) -> None:
        if self._stop.is_set():
            return
        job = self._claim()
        if job is None:
            return  # another thread took it, or its account is at its limit (re-run below)
        try:
            self._render(job)
        except PVMError as exc:
            self.rows.finish(job, error=for_person(exc))
        except Exception:
            log.exception("render %s failed", job.key)
            self.rows.finish(job, error="internal error while rendering")
        finally:
            # a job held back by its account's limit may start now
            if self._pool is not None and not self._stop.is_set():
                self._pool.submit(self._work)

    def _render(self, job: RenderJob) -> None:
        request = job.request
        fmt = str(request["format"])
        folder = self.rows.home / "exports" / "http"
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / (job.key + get_format(fmt).extension)
        draft = Draft.model_validate(request["draft"])
        # the draft is already sized (render_request.prepare): no resolution here
        export = self.backend.exports.start(job.session_id, draft, fmt, None, str(out))
        self.rows.set(job, export_job=export.job_id)
        while export.status not in ("completed", "failed"):
            if self._stop.is_set():
                return  # left 'processing': the next start retries it once
            export = self.backend.exports.wait(export.job_id, 0.5, None)
        if export.status == "failed":
            self.rows.finish(job, error=export.error or "the render failed")
            return
        result = {
            "path": export.path,
            "format": export.format,
            "duration_ms": export.duration_ms,
            "size_bytes": export.size_bytes,
        }
        self.rows.finish(job, result=result, worker=EMBEDDED)
