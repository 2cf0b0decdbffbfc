"""The Celery side: one app per process, one task, ``pvm.render_next`` (a ticket).

The service sends one ticket per accepted render; a worker that runs a ticket takes the next
job from the board (board.py), renders it and acknowledges the ticket only then (late
acknowledgement): a worker killed mid-render never acknowledged its ticket, so the broker
hands it to another worker after the visibility timeout, which is sized to the longest
allowed render so that a healthy render is never handed out twice. The board's leases notice
a dead worker much sooner (``PVM_RENDER_LEASE_S``): a live worker then sends a new ticket for
the orphaned job, which is taken over under its own key.
"""

from __future__ import annotations

from celery import Celery

from ..config import Settings

TASK = "pvm.render_next"


def celery_app(settings: Settings) -> Celery:
    """A Celery app on ``settings.queue_url`` (Redis), configured for crash-safe renders."""
    app = Celery("photo_video_maker", broker=settings.queue_url, set_as_current=False)
    app.conf.update(
        task_default_queue=settings.queue_name,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_ignore_result=True,
        worker_prefetch_multiplier=1,
        worker_hijack_root_logger=False,
        broker_connection_retry_on_startup=True,
        broker_transport_options={
            "visibility_timeout": settings.visibility_timeout_s,
            # how often a live worker sweeps for tickets of dead ones that are due again
            "unacked_restore_interval": max(1, int(settings.render_lease_s)),
            "unacked_restore_throttle": 1,
        },
    )
    return app


def send_ticket(app: Celery, settings: Settings) -> None:
    """One more ticket on the queue: some worker will take the next job."""
    app.send_task(TASK, queue=settings.queue_name)
