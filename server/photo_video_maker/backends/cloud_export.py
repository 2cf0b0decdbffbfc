"""Exports on the cloud: start a render job, poll it, download the video into the exports folder.

Each export gets an id ``render_<uuid>`` that is kept for every retry of the start request: the
service keys jobs on it, so a retried request never starts a second render. Polling runs
every ``poll_interval`` seconds (30 by default, as the API asks; the first polls come sooner,
2, 4, 8 ... seconds apart, so a short render is not kept waiting) until the job completes or
fails, or the caller's time is up; then ``export_status`` picks it up again. The finished
video is streamed into a temporary file and renamed into place.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..cloud.client import CloudClient
from ..cloud.wire import RenderStatus, parse_render_status
from ..config import Settings
from ..errors import BackendError, InputError, PVMError, shorten
from ..instruct.gui_reply import translate_reply
from ..model.catalog import RESOLUTIONS, resolution_of
from ..model.draft import Draft, TextTrack
from .base import ProgressFn
from .cloud_size import bring_within
from .output_path import checked_output
from .results import ExportResult, still_rendering

log = logging.getLogger("photo_video_maker.cloud")
_RESOLUTION_WORDS = {"4k": "2160p", "uhd": "2160p", "2k": "1440p", "fhd": "1080p", "hd": "720p"}


def cloud_resolution(value: str | None, draft: Draft) -> str:
    """480p ... 2160p (4k and friends accepted); the draft's own when not given."""
    if value is None or not str(value).strip():
        return resolution_of(draft.m.w, draft.m.h)
    key = str(value).lower().replace(" ", "").replace("-", "")
    key = _RESOLUTION_WORDS.get(key, key)
    key = key + "p" if key.isdigit() else key
    if key not in RESOLUTIONS:
        raise InputError(
            f"unknown resolution {shorten(value)}", f"Use one of {', '.join(RESOLUTIONS)} (or 4k)"
        )
    return key


@dataclass
class _Job:
    id: str
    session_id: str
    path: Path
    result: ExportResult | None = None  # set once completed or failed: no second download
    draft: Draft | None = None  # what was asked for: its size limit is met after the download


class CloudExports:
    """Render jobs of one CloudBackend."""

    def __init__(
        self,
        client: CloudClient,
        settings: Settings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        poll_interval: float = 30.0,
    ) -> None:
        self.client, self.settings = client, settings
        self._sleep, self._clock, self.poll_interval = sleep, clock, poll_interval
        self._jobs: dict[str, _Job] = {}
        self._lock = threading.Lock()

    def output_path(self, draft: Draft, output_path: str | None) -> Path:
        """Where the video goes: the path asked for (checked like the local backend does), or
        ``<exports>/<title>-<time>.mp4``."""
        if output_path:
            return checked_output(output_path, ".mp4", self.settings)
        titles = [s for t in draft.tracks(TextTrack) for s in t.sg if s.m.role == "title"]
        title = titles[0].m.text if titles else ""
        stem = re.sub(r"[^\w-]+", "-", title).strip("-")[:40] or "video"
        return self.settings.exports_dir / f"{stem}-{time.strftime('%Y%m%d-%H%M%S')}.mp4"

    def start(
        self,
        session_id: str,
        out: Path,
        resolution: str,
        draft: dict[str, Any] | None = None,
        asked: Draft | None = None,
    ) -> ExportResult:
        """Start rendering ``draft``, the session's draft as the client last read it (the API
        renders what the request carries; ``None`` asks for the service's own copy). ``asked``
        is that draft read: its file-size limit is met once the video is here."""
        job = _Job(id="render_" + uuid.uuid4().hex, session_id=session_id, path=out, draft=asked)
        body = {
            "id": job.id,
            "sessionId": session_id,
            "draft": draft,
            "output": {"format": "mp4", "quality": "high", "resolution": resolution},
        }
        status = self._parse(self.client.start_render(body), job.id)
        with self._lock:
            self._jobs[job.id] = job
        log.info("cloud render %s started for session %s", job.id, session_id)
        return self._result(job, status)

    def wait(self, job_id: str, timeout: float, on_progress: ProgressFn | None) -> ExportResult:
        """Poll until the job completes or fails (then download), or ``timeout`` runs out."""
        job = self._job(job_id)
        if job.result is not None:
            return job.result
        deadline = self._clock() + timeout
        # short renders are noticed in seconds; longer ones are polled every poll_interval
        pause = min(2.0, self.poll_interval)
        while True:
            status = self._parse(self.client.render_status(job.id), job.id)
            if on_progress is not None:
                on_progress(status.fraction, f"rendering on the cloud: {status.fraction:.0%}")
            if status.status in ("completed", "failed"):
                return self._finish(job, status)
            remaining = deadline - self._clock()
            if remaining <= 0:
                return self._result(job, status)
            self._sleep(min(pause, remaining))
            pause = min(pause * 2, self.poll_interval)

    def _job(self, job_id: str) -> _Job:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None and re.fullmatch(r"render_[\w-]{8,80}", job_id):
                # started before a restart: the service still knows it, the file path is new
                job = _Job(job_id, "", self.output_path(Draft(), None))
                self._jobs[job_id] = job
        if job is None:
            raise InputError(f"no export job {shorten(job_id)}", "Call export to start one")
        return job

    @staticmethod
    def _parse(body: object, job_id: str) -> RenderStatus:
        try:
            return parse_render_status(body, job_id)
        except ValueError:
            raise BackendError("the cloud sent a render status this client cannot read") from None

    def _finish(self, job: _Job, status: RenderStatus) -> ExportResult:
        if status.status == "completed" and not status.url:
            status = status.model_copy(
                update={"status": "failed", "error": "the render finished without a download"}
            )
        if status.status == "failed":
            job.result = self._result(job, status)
            return job.result
        assert status.url is not None
        size = self.client.download_to(status.url, job.path)
        notes: list[str] = []
        if job.draft is not None:
            try:
                size, notes = bring_within(job.path, job.draft)
            except InputError as exc:  # too long for the limit: the cloud's file is kept
                notes = ["", f"{exc.message}. {exc.hint}"]
        width = height = None
        duration_ms = round(status.duration_s * 1000) if status.duration_s is not None else None
        try:
            from ..media.probe import probe  # PyAV: only once there is a file to look at

            info = probe(job.path)
            width, height, duration_ms = info.width, info.height, info.duration_ms or duration_ms
        except PVMError as exc:
            log.warning("could not probe the downloaded video: %s", exc)
        seconds = f"{duration_ms / 1000:.1f} s, " if duration_ms else ""
        frame = f"{width}x{height}, " if width and height else ""
        job.result = ExportResult(
            session_id=job.session_id,
            status="completed",
            job_id=job.id,
            progress=1.0,
            path=str(job.path),
            format="mp4",
            width=width,
            height=height,
            duration_ms=duration_ms,
            size_bytes=size,
            summary=f"Your video is ready: {job.path} ({seconds}{frame}{size / 1e6:.1f} MB"
            + "".join(f", {note}" for note in notes[:1] if note)
            + ")."
            + "".join(f" {note[0].upper()}{note[1:]}." for note in notes[1:]),
        )
        return job.result

    def _result(self, job: _Job, status: RenderStatus) -> ExportResult:
        if status.status == "failed":
            error = translate_reply(status.error or "unknown reason").text
            return ExportResult(
                session_id=job.session_id,
                status="failed",
                job_id=job.id,
                progress=status.fraction,
                format="mp4",
                error=error,
                summary=f"The cloud export failed: {error}",
            )
        return ExportResult(
            session_id=job.session_id,
            status="queued" if status.status == "pending" else "running",
            job_id=job.id,
            progress=status.fraction,
            format="mp4",
            summary=f"Still rendering on the cloud ({status.fraction:.0%}). It goes on in the "
            "background.",
            next_step=still_rendering(job.id),
        )
