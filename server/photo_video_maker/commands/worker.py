"""``photo-video-maker worker``: render jobs of a self-hosted service from its queue.

Needs ``PVM_QUEUE_URL`` (the service's Redis) and ``PVM_HOME`` on storage shared with the
service (media in, videos out); see docs/workers.md.
"""

from __future__ import annotations

import argparse
import logging
import sys

from ..config import from_env


def run_worker_command(args: argparse.Namespace) -> int:
    """Run until stopped; 1 when no queue is configured."""
    settings = from_env()
    if not settings.queue_url:
        print(
            "error: no queue to work for; set PVM_QUEUE_URL=redis://host:6379/0 (the service's) "
            "and PVM_HOME to the data folder shared with the service",
            file=sys.stderr,
        )
        return 1
    from ..jobqueue.worker import default_name, run_worker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    run_worker(settings, args.name or default_name(), args.concurrency)
    return 0
