"""Export jobs on the local engine: each render runs in a process of its own and is recorded
in SQLite, so a tool call can return early and a later call, of this server or the next one,
can report progress or the file."""

from __future__ import annotations

import logging
import re
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from ..config import Settings
from ..errors import InputError, RenderError, shorten
from ..model.catalog import ASPECTS, RESOLUTIONS, frame_size
from ..model.draft import Draft, TextTrack
from ..model.quality import DRAFT_RESOLUTION, normal_quality
from ..model.share_size import within_limit
from ..model.summary import seconds
from ..render.encode import get_format
from ..store.jobs import JobStore
from . import render_process
from .export_recovery import process_alive, settle
from .output_path import checked_output
from .results import ExportResult, still_rendering

log = logging.getLogger("photo_video_maker.exports")
ProgressFn = Callable[[float, str], None]
Spawn = Callable[[Sequence[str], Path], "subprocess.Popen[bytes]"]
POLL_S = 0.25  # how often a waiting tool reads its job's row
RESOLUTION_WORDS = {
    "4k": "2160p",
    "uhd": "2160p",
    "2k": "1440p",
    "qhd": "1440p",
    "fullhd": "1080p",
    "fhd": "1080p",
    "hd": "720p",
    "sd": "480p",
}


def normal_resolution(value: str | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    key = str(value).lower().replace(" ", "").replace("-", "")
    key = RESOLUTION_WORDS.get(key, key)
    if key.isdigit():
        key += "p"
    if key not in RESOLUTIONS:
        raise InputError(
            f"unknown resolution {shorten(value)}", f"Use one of {', '.join(RESOLUTIONS)} (or 4k)"
        )
    return key


class ExportRunner:
    """Starts each export in a render process of its own (``render_process``) and reads its
    progress and result from its job row, so any server, this one or the next, can report it.
    """

    def __init__(
        self, jobs: JobStore, settings: Settings, spawn: Spawn = render_process.spawn
    ) -> None:
        self.jobs, self.settings = jobs, settings
        self._spawn = spawn
        self._ended: dict[str, threading.Event] = {}  # jobs whose process this one started
        self._lock = threading.Lock()

    def frozen_credits(self) -> int:
        running = [
            job for job in self.jobs.with_status("queued", "running") if process_alive(job.pid)
        ]
        return len(running) * self.settings.export_cost

    def _output(self, draft: Draft, fmt: str, output_path: str | None) -> Path:
        ext = get_format(fmt).extension
        if output_path:
            return checked_output(output_path, ext, self.settings)
        self.settings.exports_dir.mkdir(parents=True, exist_ok=True)
        title = next(
            (s.m.text for t in draft.tracks(TextTrack) for s in t.sg if s.m.role == "title"), ""
        )
        stem = re.sub(r"[^\w-]+", "-", title).strip("-")[:40] or "video"
        stamp = time.strftime("%Y%m%d-%H%M%S")
        return self.settings.exports_dir / f"{stem}-{stamp}{ext}"

    def start(
        self,
        sid: str,
        draft: Draft,
        fmt: str,
        resolution: str | None,
        output_path: str | None,
        quality: str = "full",
    ) -> ExportResult:
        """``quality`` "draft" is the quick preview: 480p (whatever ``resolution`` says) and
        the fastest encoder preset (render/quick.py)."""
        fmt = get_format(fmt).name if fmt else "mp4"
        quality = normal_quality(quality)
        res = DRAFT_RESOLUTION if quality == "draft" else normal_resolution(resolution)
        if res is not None:
            w, h = frame_size(draft.m.aspect, res) if draft.m.aspect in ASPECTS else (0, 0)
            if w:
                draft = draft.model_copy(deep=True)
                draft.m.w, draft.m.h = w, h
        out = self._output(draft, fmt, output_path)
        request = {
            "format": fmt,
            "resolution": res,
            "quality": quality,
            "path": str(out),
            "draft": draft.to_json(),
        }
        job = self.jobs.create(sid, request)
        command = render_process.worker_command(
            self.settings.home, job.id, self.settings.export_cost
        )
        try:
            proc = self._spawn(command, self.settings.home)
        except OSError as exc:
            self.jobs.update(job.id, status="failed", error=f"could not start the render: {exc}")
            raise RenderError(f"could not start the render: {exc}") from None
        self.jobs.set_owner(job.id, proc.pid)
        ended = threading.Event()
        with self._lock:
            self._ended[job.id] = ended
        threading.Thread(
            target=self._watch, args=(job.id, proc, ended), name=f"export-{job.id}", daemon=True
        ).start()
        return self.result(job.id)

    def _watch(self, job_id: str, proc: subprocess.Popen[bytes], ended: threading.Event) -> None:
        """Reap the render process when it ends; a job it left unsettled is settled here."""
        try:
            proc.wait()
            self._settle_if_gone(job_id, gone=True)
        except sqlite3.Error as exc:
            # the data folder went away while the render ran (a temporary home deleted): the
            # job has nowhere to be recorded, and a thread's traceback would help nobody
            log.warning("export %s ended but could not be recorded: %s", job_id, exc)
        finally:
            ended.set()  # whoever waits is never left waiting for a record that cannot come

    def _settle_if_gone(self, job_id: str, gone: bool = False) -> None:
        job = self.jobs.get(job_id)
        if job is None or job.status not in ("queued", "running"):
            return
        if gone or not process_alive(job.pid):
            settle(self.jobs, job, self.settings.export_cost)

    def wait(self, job_id: str, timeout: float, on_progress: ProgressFn | None) -> ExportResult:
        """Wait up to ``timeout`` seconds, reporting progress (a few times a second at most,
        as the render process records it); then the job's state."""
        deadline = time.monotonic() + timeout
        ended = self._ended.get(job_id)
        reported = -1.0
        while True:
            job = self.jobs.get(job_id)
            if job is None or job.status not in ("queued", "running"):
                break
            if on_progress is not None and job.progress > reported:
                reported = job.progress
                on_progress(job.progress, f"rendering: {job.progress:.0%}")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            if ended is None:  # a render this server did not start: is its process still there?
                self._settle_if_gone(job_id)
                time.sleep(min(remaining, POLL_S))
            elif ended.wait(min(remaining, POLL_S)):
                break
        return self.result(job_id)

    def result(self, job_id: str) -> ExportResult:
        job = self.jobs.get(job_id)
        if job is None:
            raise InputError(f"no export job {shorten(job_id)}", "Call export to start one")
        progress = job.progress
        fmt = str(job.request.get("format", "mp4"))
        if job.status == "completed" and job.result:
            r = job.result
            return ExportResult(
                session_id=job.session_id,
                status="completed",
                job_id=job.id,
                progress=1.0,
                path=r["path"],
                format=r["format"],
                width=r["width"],
                height=r["height"],
                duration_ms=r["duration_ms"],
                size_bytes=r["size_bytes"],
                summary=f"Your video is ready: {r['path']} ({seconds(r['duration_ms'])} s, "
                f"{r['width']}x{r['height']}, {r['size_bytes'] / 1e6:.1f} MB"
                f"{within_limit(r)}).",
            )
        if job.status == "failed":
            return ExportResult(
                session_id=job.session_id,
                status="failed",
                job_id=job.id,
                progress=job.progress,
                format=fmt,
                error=job.error,
                summary=f"The export failed: {job.error}",
            )
        return ExportResult(
            session_id=job.session_id,
            status=job.status,
            job_id=job.id,
            progress=progress,
            format=fmt,
            summary=(
                f"Still rendering ({progress:.0%}). It goes on in the background."
                if job.status == "running"
                else "Getting ready to render; it goes on in the background."
            ),
            next_step=still_rendering(job.id),
        )
