"""The local backend: the embedded engine, sessions in SQLite, renders on worker threads."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from ..config import Settings
from ..errors import (
    CreditsError,
    DraftError,
    InstructionNotUnderstood,
    NothingToRender,
    shorten,
)
from ..instruct.help import HELP_TEXT, is_help
from ..instruct.interpret import interpret
from ..instruct.router import route
from ..model.draft import Draft
from ..model.edit_types import Undo
from ..model.edits import apply_edits
from ..model.layout import MediaRef
from ..model.summary import summarize
from ..music.builtin import list_tracks
from ..render.storyboard import storyboard
from ..store.db import Database
from ..store.jobs import JobStore
from ..store.sessions import SessionStore
from .base import EMPTY_HINT, ProgressFn
from .exports import ExportRunner
from .local_upload import UPLOAD_HELP, item_of, upload_media
from .results import (
    CreditsResult,
    EditResult,
    ExportResult,
    MediaItem,
    MusicList,
    MusicTrack,
    PreviewResult,
    SessionResult,
    StateResult,
    UploadResult,
)

log = logging.getLogger("photo_video_maker.local")


class LocalBackend:
    """Everything runs on this machine; nothing is charged unless an allowance is set."""

    name = "local"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        db = Database(settings.db_path)
        self.sessions = SessionStore(db)
        self.jobs = JobStore(db)
        self.jobs.fail_interrupted()
        self.exports = ExportRunner(self.jobs, self._resolver, settings)
        # tools run on worker threads: a draft is read, changed and saved under this lock so
        # two edits at once cannot lose one another
        self._drafts = threading.RLock()

    # -- sessions and media ------------------------------------------------------------
    def new_session(self) -> SessionResult:
        sid = self.sessions.create()
        return SessionResult(session_id=sid, summary="Started a new, empty project. " + UPLOAD_HELP)

    def _resolver(self, session_id: str) -> dict[str, Path]:
        return {m.id: m.path for m in self.sessions.media(session_id)}

    def _refs(self, session_id: str) -> dict[str, MediaRef]:
        return {m.id: m.ref() for m in self.sessions.media(session_id)}

    def upload(
        self,
        paths: list[str],
        urls: list[str],
        inline: list[str],
        session_id: str | None,
        roots: tuple[str, ...] = (),
    ) -> UploadResult:
        return upload_media(
            self.sessions, self.settings, paths, urls, inline, session_id, roots, self._drafts
        )

    # -- editing -----------------------------------------------------------------------
    def edit(
        self, instruction: str, session_id: str | None, on_progress: ProgressFn | None = None
    ) -> EditResult:
        """Route one sentence; ``on_progress`` hears a render started by an export phrase."""
        if not instruction.strip():
            raise InstructionNotUnderstood("the instruction is empty", EMPTY_HINT)
        sid = self.sessions.resolve(session_id, create=True)
        routed = route(instruction)
        draft = self.sessions.draft(sid)
        if routed.action == "credits":
            return self._routed(sid, "credits", draft, self.credits().model_dump())
        if routed.action == "state":
            return self._routed(sid, "state", draft, None)
        if routed.action == "upload":
            return EditResult(
                session_id=sid,
                action="upload",
                changes=[],
                understood=True,
                summary=UPLOAD_HELP + "\n" + summarize(draft),
            )
        if routed.action != "export":
            return self._apply(sid, instruction)
        changes: list[str] = []
        if routed.rest.strip():
            changes = self._apply(sid, routed.rest, allow_nothing=True).changes
        fmt, resolution = routed.params.get("format", "mp4"), routed.params.get("resolution")
        export = self.start_export(sid, str(fmt), str(resolution) if resolution else None, None)
        export = self.wait_export(export.job_id, self.settings.inline_render_seconds, on_progress)
        return EditResult(
            session_id=sid,
            action="export",
            changes=changes,
            summary=export.summary + "\n" + summarize(self.sessions.draft(sid)),
            routed=export.model_dump(),
        )

    def _routed(self, sid: str, action: str, draft: Draft, data: object) -> EditResult:
        state = self.state(sid)
        routed = data if isinstance(data, dict) else state.model_dump()
        lead = str(routed["summary"]) + "\n" if action != "state" else ""
        return EditResult(
            session_id=sid,
            action=action,
            changes=[],
            summary=lead + state.summary,
            routed=routed,
        )

    def _apply(self, sid: str, text: str, allow_nothing: bool = False) -> EditResult:
        with self._drafts:
            return self._apply_locked(sid, text, allow_nothing)

    def _apply_locked(self, sid: str, text: str, allow_nothing: bool) -> EditResult:
        draft = self.sessions.draft(sid)
        if is_help(text):
            return EditResult(
                session_id=sid,
                action="edit",
                changes=[],
                summary=HELP_TEXT + "\n" + summarize(draft),
            )
        refs = self._refs(sid)
        reading = interpret(text, draft, refs)
        if any(isinstance(edit, Undo) for edit in reading.edits):
            return self.undo(sid)
        if not reading.edits:
            if allow_nothing:
                return EditResult(
                    session_id=sid, action="edit", changes=[], summary=summarize(draft)
                )
            return EditResult(
                session_id=sid,
                action="edit",
                changes=[],
                understood=False,
                suggestions=reading.suggestions,
                summary="I did not understand that, so nothing changed. Try for example: "
                + "; ".join(f'"{s}"' for s in reading.suggestions)
                + "\n"
                + summarize(draft),
            )
        dates = {m.id: m.taken_at or 0.0 for m in self.sessions.media(sid)}
        new, changes = apply_edits(draft, reading.edits, refs, dates)
        self.sessions.save_draft(sid, new)
        summary = summarize(new)
        if reading.leftover.strip():
            summary = f"(I did not understand {shorten(reading.leftover.strip())}.)\n" + summary
        return EditResult(session_id=sid, action="edit", changes=changes, summary=summary)

    def undo(self, session_id: str | None) -> EditResult:
        sid = self.sessions.resolve(session_id)
        with self._drafts:
            previous = self.sessions.undo(sid)
        if previous is None:
            draft = self.sessions.draft(sid)
            return EditResult(
                session_id=sid,
                action="edit",
                changes=[],
                summary="There is nothing to undo.\n" + summarize(draft),
            )
        return EditResult(
            session_id=sid,
            action="edit",
            changes=["Undid the last change"],
            summary=summarize(previous),
        )

    def state(self, session_id: str | None) -> StateResult:
        sid = self.sessions.resolve(session_id, create=True)
        draft = self.sessions.draft(sid)
        media = [item_of(m) for m in self.sessions.media(sid)]
        return StateResult(
            session_id=sid, summary=summarize(draft), draft=draft.to_json(), media=media
        )

    # -- export ------------------------------------------------------------------------
    def start_export(
        self, session_id: str | None, fmt: str, resolution: str | None, output_path: str | None
    ) -> ExportResult:
        sid = self.sessions.resolve(session_id)
        draft = self.sessions.draft(sid)
        video = draft.video_track()
        if video is None or not video.sg:
            raise NothingToRender(
                "nothing to export yet: the video has no photos or clips",
                "Upload photos or clips first, then export",
            )
        self._reserve_credits()
        return self.exports.start(sid, draft, fmt, resolution, output_path)

    def wait_export(
        self, job_id: str, timeout: float, on_progress: ProgressFn | None = None
    ) -> ExportResult:
        return self.exports.wait(job_id, timeout, on_progress)

    def _reserve_credits(self) -> None:
        allowance, cost = self.settings.credits_allowance, self.settings.export_cost
        if allowance and cost and self.credits().available < cost:
            raise CreditsError(f"this export needs {cost} credits and none are left")

    def credits(self) -> CreditsResult:
        usage = self.jobs.usage()
        allowance = self.settings.credits_allowance
        spent = usage.get("export_credits", 0)
        frozen = self.exports.frozen_credits()
        if not allowance:
            return CreditsResult(
                backend="local",
                available=0,
                frozen=0,
                total=0,
                charged=False,
                usage=usage,
                summary=f"The local engine is free: nothing is charged. Exports made so far: "
                f"{usage.get('export_count', 0)}.",
            )
        available = max(0, allowance - spent - frozen)
        return CreditsResult(
            backend="local",
            available=available,
            frozen=frozen,
            total=available + frozen,
            charged=True,
            usage=usage,
            summary=f"{available} of {allowance} credits left ({frozen} reserved by renders).",
        )

    # -- extras ------------------------------------------------------------------------
    def list_music(self, session_id: str | None) -> MusicList:
        tracks = [
            MusicTrack(
                name=t.name, title=t.title, mood=t.mood, bpm=t.bpm, description=t.description
            )
            for t in list_tracks()
        ]
        uploaded: list[MediaItem] = []
        sid = session_id or self.sessions.latest()
        if sid:
            self.sessions.require(sid)
            uploaded = [item_of(m) for m in self.sessions.media(sid) if m.kind == "audio"]
        names = ", ".join(f"{t.name} ({t.mood})" for t in tracks)
        summary = f'Built-in music: {names}. Say for example "add calm music".'
        if uploaded:
            summary += " Uploaded: " + ", ".join(m.name for m in uploaded) + "."
        return MusicList(tracks=tracks, uploaded=uploaded, summary=summary)

    def preview(self, session_id: str | None) -> tuple[PreviewResult, bytes]:
        sid = self.sessions.resolve(session_id)
        draft = self.sessions.draft(sid)
        files = self._resolver(sid)

        def resolve(src: str) -> Path:
            if src not in files:
                raise DraftError(f"the draft refers to unknown media {shorten(src)}")
            return files[src]

        png, times, w, h = storyboard(draft, resolve)
        result = PreviewResult(
            session_id=sid,
            frames=len(times),
            width=w,
            height=h,
            times_ms=times,
            summary=f"Storyboard of {len(times)} shots, one frame from the middle of each, "
            "numbered in order.",
        )
        return result, png
