"""Export jobs on the local engine: each render runs on its own thread and is recorded in
SQLite, so a tool call can return early and a later call can report progress or the file."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from ..errors import DraftError, InputError, PVMError, for_person, shorten
from ..model.catalog import ASPECTS, RESOLUTIONS, frame_size
from ..model.draft import Draft
from ..model.summary import seconds
from ..render.encode import get_format
from ..render.engine import RenderResult, render
from ..store.jobs import Job, JobStore
from .output_path import checked_output
from .results import ExportResult

log = logging.getLogger("photo_video_maker.exports")
ProgressFn = Callable[[float, str], None]
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


@dataclass
class _Live:
    progress: float = 0.0
    done: bool = False
    cond: threading.Condition = field(default_factory=threading.Condition)


class ExportRunner:
    def __init__(
        self, jobs: JobStore, files: Callable[[str], dict[str, Path]], settings: Settings
    ) -> None:
        self.jobs, self.files, self.settings = jobs, files, settings
        self._live: dict[str, _Live] = {}
        self._lock = threading.Lock()
        # one render at a time: each holds an encoder's worth of memory and both cores already
        self._turn = threading.Semaphore(1)

    def frozen_credits(self) -> int:
        with self._lock:
            running = sum(1 for live in self._live.values() if not live.done)
        return running * self.settings.export_cost

    def _output(self, draft: Draft, fmt: str, output_path: str | None) -> Path:
        ext = get_format(fmt).extension
        if output_path:
            return checked_output(output_path, ext, self.settings)
        self.settings.exports_dir.mkdir(parents=True, exist_ok=True)
        title = next(
            (
                s.m.get("text", "")
                for t in draft.tracks(7)
                for s in t.sg
                if s.m.get("role") == "title"
            ),
            "",
        )
        stem = re.sub(r"[^\w-]+", "-", str(title)).strip("-")[:40] or "video"
        stamp = time.strftime("%Y%m%d-%H%M%S")
        return self.settings.exports_dir / f"{stem}-{stamp}{ext}"

    def start(
        self, sid: str, draft: Draft, fmt: str, resolution: str | None, output_path: str | None
    ) -> ExportResult:
        fmt = get_format(fmt).name if fmt else "mp4"
        res = normal_resolution(resolution)
        if res is not None:
            w, h = frame_size(draft.m.aspect, res) if draft.m.aspect in ASPECTS else (0, 0)
            if w:
                draft = draft.model_copy(deep=True)
                draft.m.w, draft.m.h = w, h
        out = self._output(draft, fmt, output_path)
        job = self.jobs.create(sid, {"format": fmt, "resolution": res, "path": str(out)})
        live = _Live()
        with self._lock:
            self._live[job.id] = live
        thread = threading.Thread(
            target=self._run,
            args=(job, draft, fmt, out, live),
            name=f"export-{job.id}",
            daemon=True,
        )
        thread.start()
        return self.result(job.id)

    def _run(self, job: Job, draft: Draft, fmt: str, out: Path, live: _Live) -> None:
        files = self.files(job.session_id)
        last_saved = [0.0]

        def resolve(src: str) -> Path:
            if src not in files:
                raise DraftError(
                    f"the draft refers to media {shorten(src)} that is not in this session"
                )
            return files[src]

        def on_progress(done: int, total: int) -> None:
            with live.cond:
                live.progress = done / total
                live.cond.notify_all()
            if live.progress - last_saved[0] >= 0.05:
                last_saved[0] = live.progress
                self.jobs.update(job.id, progress=live.progress)

        try:
            with self._turn:
                self.jobs.update(job.id, status="running")
                result: RenderResult = render(draft, out, on_progress, resolve=resolve, fmt=fmt)
            # the video is in place before its job says so: a process stopped in between
            # leaves a complete file that the next start finds (export_recovery.py)
            self.jobs.complete(
                job,
                {
                    "path": str(result.path),
                    "format": result.format,
                    "width": result.width,
                    "height": result.height,
                    "duration_ms": result.duration_ms,
                    "size_bytes": result.size_bytes,
                    "seconds": round(result.seconds, 2),
                    "warnings": result.warnings,
                },
                self.settings.export_cost,
            )
        except PVMError as exc:
            self.jobs.update(job.id, status="failed", error=for_person(exc))
        except Exception:
            # the engine translates its own failures: this is a bug in the runner itself
            log.exception("export %s failed", job.id)
            self.jobs.update(
                job.id,
                status="failed",
                error="internal error while exporting; try again, and report a bug if it "
                "persists (the log has the details)",
            )
        finally:
            with live.cond:
                live.done = True
                live.cond.notify_all()

    def wait(self, job_id: str, timeout: float, on_progress: ProgressFn | None) -> ExportResult:
        """Wait up to ``timeout`` seconds, reporting progress; then the job's state."""
        live = self._live.get(job_id)
        deadline = time.monotonic() + timeout
        reported = -1.0
        while live is not None and not live.done:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            with live.cond:
                live.cond.wait(timeout=min(remaining, 1.0))
                progress = live.progress
            if on_progress is not None and progress > reported:
                reported = progress
                on_progress(progress, f"rendering: {progress:.0%}")
        return self.result(job_id)

    def result(self, job_id: str) -> ExportResult:
        job = self.jobs.get(job_id)
        if job is None:
            raise InputError(f"no export job {shorten(job_id)}", "Call export to start one")
        live = self._live.get(job_id)
        progress = live.progress if live is not None and job.status == "running" else job.progress
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
                f"{r['width']}x{r['height']}, {r['size_bytes'] / 1e6:.1f} MB).",
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
                f"Still rendering ({progress:.0%})"
                if job.status == "running"
                else "Waiting for the export before it to finish"
            )
            + f". Call export_status with job_id {job.id} to check again.",
        )
