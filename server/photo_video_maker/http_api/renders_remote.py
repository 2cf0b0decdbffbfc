"""Render jobs on the distributed queue (``PVM_QUEUE_URL``): Celery tickets, a Redis board,
``photo-video-maker worker`` processes on any machine that shares ``PVM_HOME``.

The service stays the one owner of SQLite (accounts, credits, job rows): workers never open
the database, which may not be shared safely over a network file system. A job is posted to
the board with everything a worker needs (the sized draft, media paths relative to the data
folder, the output path); workers report progress and the outcome on the board; the service
copies the outcome into its row and settles or releases the job's credits, once (a reconciler
thread does it within a fraction of a second, and a status request does it at once).

At start, every unfinished row is posted again (a job already on the board is left as it is)
with a ticket, so a service that stopped between accepting a job and queueing it, or a Redis
server that lost its data, loses no job.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from ..backends.local import LocalBackend
from ..config import Settings
from ..jobqueue.board import Board
from ..jobqueue.render_job import relative
from ..jobqueue.tasks import celery_app, send_ticket
from ..render.encode import get_format
from .render_front import Renders
from .render_rows import RenderJob, RenderRows, with_live

log = logging.getLogger("photo_video_maker.http_api")

RECONCILE_S = 0.25


class RemoteRenderQueue(Renders):
    """The same surface as RenderQueue (renders.py), over the distributed queue."""

    def __init__(self, rows: RenderRows, backend: LocalBackend, settings: Settings) -> None:
        assert settings.queue_url
        self.rows, self.backend, self.settings = rows, backend, settings
        self.board = Board(settings.queue_url, settings.queue_name)
        self.app = celery_app(settings)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------
    def start(self) -> None:
        """Post every unfinished job again, then start copying outcomes from the board."""
        self.board.set_limit(self.settings.renders_per_account)
        for job in self.rows.unfinished():
            self._post(job)
        self._thread = threading.Thread(target=self._reconcile, name="pvm-reconcile", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop copying outcomes (the workers go on; the next start catches up)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
        self.board.close()

    # -- jobs --------------------------------------------------------------------------
    def _queue(self, job: RenderJob) -> None:
        try:
            self._post(job)
        except Exception:
            # accepted all the same: the reconciler posts it once Redis answers again
            log.exception("could not queue render %s yet", job.key)

    # -- the board -----------------------------------------------------------------------
    def _post(self, job: RenderJob) -> None:
        home = self.settings.home
        fmt = str(job.request["format"])
        out = Path("exports") / "http" / (job.key + get_format(fmt).extension)
        files = {m.id: relative(home, m.path) for m in self.backend.sessions.media(job.session_id)}
        payload = {
            "draft": job.request["draft"],
            "format": fmt,
            "files": files,
            "out": str(out),
            "account": job.account_id,
            "render_id": job.id,
        }
        # its place in the account's own queue: 1 for the account's next render
        rank = max(1, self.rows.queued_ahead(job.account_id))
        self.board.post(job.key, job.account_id, payload, rank)
        send_ticket(self.app, self.settings)

    def _live(self, job: RenderJob) -> RenderJob:
        if job.finished:
            return job
        try:
            seen = self.board.get(job.key)
        except Exception:  # Redis unreachable: the last known state, not an error
            log.warning("the queue does not answer; showing render %s as last known", job.key)
            return job
        if seen is None:
            return job
        if seen.finished:
            return self._copy(job, seen.status, seen.result, seen.error, seen.worker)
        return with_live(
            job,
            status=seen.status,
            progress=min(0.99, seen.progress),
            worker=seen.worker,
        )

    def _copy(
        self,
        job: RenderJob,
        status: str,
        result: dict[str, object] | None,
        error: str | None,
        worker: str | None,
    ) -> RenderJob:
        if status == "completed" and result is not None:
            return self.rows.finish(job, result=dict(result), worker=worker)
        return self.rows.finish(job, error=error or "the render failed", worker=worker)

    def _reconcile(self) -> None:
        while not self._stop.wait(RECONCILE_S):
            try:
                jobs = self.rows.unfinished()
                if not jobs:
                    continue
                seen = self.board.get_many([job.key for job in jobs])
                for job, state in zip(jobs, seen, strict=True):
                    if state is None:  # never posted, or Redis lost it: post it (again)
                        self._post(job)
                    elif state.finished:
                        self._copy(job, state.status, state.result, state.error, state.worker)
                    elif job.status == "pending" and state.worker:
                        self.rows.set(job, status="processing", worker=state.worker)
            except Exception:
                log.exception("could not copy render outcomes from the queue; retrying")
