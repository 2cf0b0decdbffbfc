"""A server process that exports one video, for tests that stop it: it prints each step it
reaches, one line each, so a test can wait on them instead of sleeping.

    python export_child.py HOME OUTPUT PAUSE PHOTO...

PAUSE: "none" renders to the end; "renamed" holds the render after its video was renamed
into place and before its job is marked completed (the window a kill can land in);
"frames" holds it after a fifth of the frames, until a line arrives on stdin.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.store.jobs import JobStore


def say(*words: object) -> None:
    print(*words, flush=True)


def hold_at(pause: str) -> None:
    """Hold the render thread at the step named ``pause`` (the process is killed there)."""
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


def main(home: str, output: str, pause: str, *photos: str) -> None:
    hold_at(pause)
    backend = LocalBackend(Settings(home=Path(home)))
    sid = backend.upload(list(photos), [], [], None).session_id
    job = backend.start_export(sid, "mp4", "480p", output)
    say("job", job.job_id)

    def report(progress: float, message: str) -> None:
        say("progress", progress)

    done = backend.wait_export(job.job_id, 600, report)
    say("done", done.status)


if __name__ == "__main__":
    main(*sys.argv[1:])
