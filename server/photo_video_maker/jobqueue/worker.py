"""``photo-video-maker worker``: a render worker of the distributed queue.

Each ticket (tasks.py) takes one job from the board, renders it with the local engine and
records the result on the board, where the service picks it up. While rendering, a heartbeat
renews the job's lease (and reports progress); a watcher thread looks for jobs whose lease ran
out (their worker died) and sends a ticket for each, so a killed worker's job is rendered again
by a live one, under the same key, within about a lease.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Sequence

from celery import Celery

from ..config import Settings
from ..errors import PVMError
from .board import Board
from .render_job import render_payload
from .tasks import TASK, celery_app, send_ticket

log = logging.getLogger("photo_video_maker.worker")

CLAIM_WAIT_S = 1.0  # how long a ticket waits for a job to become free before it is re-sent
POLL_S = 0.05


def default_name() -> str:
    """``pvm-<pid>@<host>``: unique per process, readable in a job's status."""
    return f"pvm-{os.getpid()}@{socket.gethostname()}"


class Worker:
    """Runs tickets for one worker process (several threads may run tickets at once)."""

    def __init__(self, settings: Settings, name: str, app: Celery | None = None) -> None:
        if not settings.queue_url:
            raise PVMError("no queue to work for", "Set PVM_QUEUE_URL=redis://host:6379/0")
        self.settings, self.name = settings, name
        self.board = Board(settings.queue_url, settings.queue_name)
        self.app = app or celery_app(settings)
        self.stopped = threading.Event()

    def register(self) -> None:
        """Make ``pvm.render_next`` run tickets on this worker."""

        @self.app.task(name=TASK)
        def render_next() -> None:
            self.ticket()

    # -- one ticket ----------------------------------------------------------------------
    def ticket(self) -> None:
        """Take the next job and render it; when none may start yet, hand the ticket on."""
        lease = self.settings.render_lease_s
        owner = f"{self.name}/{uuid.uuid4().hex}"  # this one run: a lease is never shared
        give_up = time.monotonic() + CLAIM_WAIT_S
        while True:
            key, waiting = self.board.claim(
                owner, self.name, lease, self.settings.renders_per_account
            )
            if key:
                break
            if waiting == 0:
                return  # nothing waits: there were more tickets than jobs
            if time.monotonic() > give_up or self.stopped.is_set():
                # every waiting job is held back by its account's limit: try again later,
                # from the back of the queue, so this worker is free for other tickets
                send_ticket(self.app, self.settings)
                return
            time.sleep(POLL_S)
        self.render(key, owner)

    def render(self, key: str, owner: str) -> None:
        """Render ``key`` under ``owner``'s lease and record the outcome."""
        lease = self.settings.render_lease_s
        progress = [0.0]
        done = threading.Event()

        def beat() -> None:
            while not done.wait(lease / 3):
                self.board.renew(key, owner, lease, progress[0])

        heart = threading.Thread(target=beat, name=f"lease-{key}", daemon=True)
        heart.start()
        last = [0.0]

        def on_progress(frame: int, frames: int) -> None:
            progress[0] = frame / frames
            now = time.monotonic()
            if now - last[0] >= 0.25:  # a status poll sees it; Redis is not flooded
                last[0] = now
                self.board.renew(key, owner, lease, progress[0])

        log.info("rendering %s", key)
        try:
            result = render_payload(self.settings.home, self.board.payload(key), on_progress)
        except PVMError as exc:
            self.board.finish(key, self.name, error=str(exc))
            log.info("render %s failed: %s", key, exc.message)
        except Exception:
            log.exception("render %s failed", key)
            self.board.finish(key, self.name, error="internal error while rendering")
        else:
            self.board.finish(key, self.name, result=result)
            log.info("rendered %s", key)
        finally:
            done.set()
            heart.join()

    # -- the watcher ---------------------------------------------------------------------
    def watch(self) -> None:
        """Until stopped: send a ticket for each job whose worker stopped renewing its lease."""
        every = max(0.1, self.settings.render_lease_s / 2)
        while not self.stopped.wait(every):
            try:
                key = self.board.orphan()
                if key and self.board.first_to_notice(key, self.settings.render_lease_s):
                    log.info("job %s lost its worker; sending it to another", key)
                    send_ticket(self.app, self.settings)
            except Exception:
                log.exception("the orphan watcher failed; retrying")


def run_worker(settings: Settings, name: str, concurrency: int = 1) -> None:
    """Start a worker and block until it is stopped (SIGTERM or Ctrl-C)."""
    worker = Worker(settings, name)
    worker.register()
    watcher = threading.Thread(target=worker.watch, name="orphan-watcher", daemon=True)
    watcher.start()
    argv: Sequence[str] = [
        "worker",
        f"--hostname={name}",
        f"--queues={settings.queue_name}",
        "--loglevel=INFO",
        # gossip, mingle and heartbeats only slow the start and add traffic here
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
        *(["--pool=solo"] if concurrency <= 1 else ["--pool=threads", f"-c{concurrency}"]),
    ]
    try:
        worker.app.worker_main(list(argv))
    finally:
        worker.stopped.set()
        worker.board.close()
