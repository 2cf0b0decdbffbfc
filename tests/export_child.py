"""A server process that exports one video, for tests that stop it or its render: it prints
each step it reaches, one line each, so a test can wait on them instead of sleeping.

    python export_child.py HOME OUTPUT PAUSE PHOTO...

The render runs in a process of its own, as always, but one that holds at PAUSE (see
render_child.py) and shares this process's stdin and stdout, so the test hears it too.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings

RENDER_CHILD = Path(__file__).with_name("render_child.py")


def say(*words: object) -> None:
    print(*words, flush=True)


def main(home: str, output: str, pause: str, *photos: str) -> None:
    def spawn(command: Sequence[str], home: Path) -> subprocess.Popen[bytes]:
        spec = command[-1]
        return subprocess.Popen(
            [sys.executable, str(RENDER_CHILD), pause, spec], start_new_session=True
        )

    backend = LocalBackend(Settings(home=Path(home)), spawn=spawn)
    sid = backend.upload(list(photos), [], [], None).session_id
    job = backend.start_export(sid, "mp4", "480p", output)
    say("job", job.job_id)

    def report(progress: float, message: str) -> None:
        say("progress", progress)

    done = backend.wait_export(job.job_id, 600, report)
    say("done", done.status)


if __name__ == "__main__":
    main(*sys.argv[1:])
