"""The chat app's data on the local backend: the timeline with a picture of each shot, and the
bytes of a finished export (the page has no network: it plays what it is handed)."""

from __future__ import annotations

import base64
from pathlib import Path

from ..config import Settings
from ..errors import DraftError, InputError
from ..model.layout import relayout
from ..model.plan import make_plan
from ..model.summary import summarize
from ..render.storyboard import data_uri, shots
from ..store.jobs import JobStore
from ..store.sessions import SessionStore
from .app_results import Shot, TimelineResult, VideoChunk
from .exports import ExportRunner

MAX_VIDEO_CHUNK = 3 * 256 * 1024  # a multiple of 3: the pieces' base64 strings join up
MIME_TYPES = {
    "mp4": "video/mp4",
    "mov": "video/quicktime",
    "mkv": "video/x-matroska",
    "webm": "video/webm",
    "gif": "image/gif",
}


def timeline(
    sessions: SessionStore, exports: ExportRunner, settings: Settings, session_id: str | None
) -> TimelineResult:
    """The session's shots in order (none yet: an empty timeline, not an error)."""
    sid = sessions.resolve(session_id) if session_id else sessions.latest()
    limit = settings.max_upload_bytes
    if sid is None:
        return TimelineResult(
            session_id="",
            width=1920,
            height=1080,
            duration_ms=0,
            shots=[],
            max_upload_bytes=limit,
            summary="No project yet: drop photos to start one.",
        )
    draft = sessions.draft(sid)
    records = {m.id: m for m in sessions.media(sid)}
    found: list[Shot] = []
    width, height = draft.m.w, draft.m.h
    video = draft.video_track()
    if video is not None and video.sg:

        def resolve(src: str) -> Path:
            if src not in records:
                raise DraftError(f"the draft refers to unknown media {src!r}")
            return records[src].path

        pictures, width, height = shots(make_plan(relayout(draft)), resolve, long_side=240)
        for shot in pictures:
            record = records.get(shot.src)
            found.append(
                Shot(
                    number=shot.index + 1,
                    media_id=shot.src,
                    name=record.name if record else shot.src,
                    kind="video" if shot.kind == "video" else "image",
                    start_ms=shot.start_ms,
                    duration_ms=shot.end_ms - shot.start_ms,
                    texts=list(shot.texts),
                    thumbnail=data_uri(shot.rgb),
                )
            )
    bgm = draft.bgm_track()
    music = None
    if bgm is not None and bgm.sg:
        src = bgm.sg[0].m.src
        music = records[src].name if src in records else src or None
    job = exports.jobs.latest(sid)
    return TimelineResult(
        session_id=sid,
        width=width,
        height=height,
        duration_ms=draft.compute_duration(),
        music=music,
        shots=found,
        export=exports.result(job.id) if job is not None else None,
        max_upload_bytes=limit,
        summary=summarize(draft),
    )


def video_chunk(jobs: JobStore, job_id: str, offset: int, length: int) -> VideoChunk:
    """Bytes of a completed export's file: only files that exports wrote are handed out."""
    job = jobs.get(job_id)
    if job is None:
        raise InputError(f"no export job {job_id!r}", "Call export to start one")
    if job.status != "completed" or not job.result:
        raise InputError(
            f"export {job_id} is {job.status}, not finished",
            "Call export_status until it is completed",
        )
    path = Path(job.result["path"])
    length = max(1, min(length, MAX_VIDEO_CHUNK))
    try:
        with open(path, "rb") as video:
            total = video.seek(0, 2)
            if not 0 <= offset <= total:
                raise InputError(f"offset {offset} is outside the video ({total} bytes)")
            video.seek(offset)
            data = video.read(length)
    except OSError:
        raise InputError(
            f"the video of export {job_id} is no longer at {path}", "Export again"
        ) from None
    return VideoChunk(
        job_id=job_id,
        offset=offset,
        total_bytes=total,
        mime_type=MIME_TYPES.get(str(job.result.get("format")), "video/mp4"),
        data=base64.b64encode(data).decode(),
        done=offset + len(data) >= total,
    )
