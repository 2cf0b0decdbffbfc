"""A render process that can hold at a step, for tests that kill it there: it prints the step
it reaches, one line, so a test can wait on it instead of sleeping.

    python render_child.py PAUSE SPEC

SPEC is what ``render_process.worker_command`` passes. PAUSE: "none" renders to the end;
"renamed" holds after the video was renamed into place and before its job is marked
completed (the window a kill can land in); "frames" holds once a fifth of the frames or more
are done, until a line arrives on stdin.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

from photo_video_maker.backends import render_process
from photo_video_maker.store.jobs import JobStore


def say(*words: object) -> None:
    print(*words, flush=True)


def hold_at(pause: str) -> None:
    """Hold the render at the step named ``pause``."""
    update = JobStore.update

    def held_complete(self: JobStore, *args: Any, **kwargs: Any) -> None:
        say("renamed")
        threading.Event().wait()  # never set: the test kills this process here

    def held_update(self: JobStore, job_id: str, **kwargs: Any) -> None:
        update(self, job_id, **kwargs)
        if (kwargs.get("progress") or 0) >= 0.2 and not getattr(held_update, "done", False):
            held_update.done = True  # type: ignore[attr-defined]
            say("frames")
            sys.stdin.readline()

    if pause == "renamed":
        JobStore.complete = held_complete  # type: ignore[method-assign]
    elif pause == "frames":
        JobStore.update = held_update  # type: ignore[method-assign]


if __name__ == "__main__":
    hold_at(sys.argv[1])
    sys.exit(render_process.main(sys.argv[2:]))
