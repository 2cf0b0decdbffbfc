"""The local backend: the embedded engine, sessions in SQLite, renders in processes of their own."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from ..config import Settings
from ..errors import (
    CreditsError,
    DraftError,
    InputError,
    InstructionNotUnderstood,
    NothingToRender,
    bounded,
    shorten,
)
from ..instruct.interpret import read
from ..instruct.reading import Reading
from ..model.answers import Export, answer
from ..model.catalog import FPS_CHOICES
from ..model.draft import Draft
from ..model.edit_types import Edit, SetFps, Undo
from ..model.edits import apply_edits
from ..model.lang import Lang, detect, say, secs
from ..model.layout import MediaRef, relayout
from ..model.plan import make_plan
from ..model.summary import summarize
from ..music.builtin import list_tracks
from ..render.storyboard import sheet, shots
from ..store.db import Database
from ..store.jobs import JobStore
from ..store.sessions import SessionStore, Turn
from . import local_app, render_process
from .app_results import ChunkResult, TimelineResult, VideoChunk
from .base import EMPTY_HINT, ProgressFn
from .drop_uploads import DropUploads
from .export_recovery import recover_exports
from .exports import ExportRunner, Spawn
from .facts import FileFacts
from .local_upload import UPLOAD_HELP, UPLOAD_HELP_ZH, item_of, upload_media
from .locks import SessionLocks
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
NEXT_STEP = (
    "Some of the person's words could not be placed offline. If you understood them, call "
    "edit again with `operations` (typed edits, described in the tool's input schema) instead "
    "of `instruction`, and tell the person what you did."
)


class LocalBackend:
    """Everything runs on this machine; nothing is charged unless an allowance is set."""

    name = "local"

    def __init__(self, settings: Settings, spawn: Spawn = render_process.spawn) -> None:
        """``spawn`` starts a render process (tests start one that pauses at a step)."""
        self.settings = settings
        db = Database(settings.db_path)
        self.sessions = SessionStore(db)
        self.jobs = JobStore(db)
        recover_exports(self.jobs, settings.exports_dir, settings.export_cost)
        self.exports = ExportRunner(self.jobs, settings, spawn)
        self.drops = DropUploads(
            settings.home / "tmp" / "drops", settings.max_upload_bytes, self._dropped
        )
        # tools run on worker threads: a draft is read, changed and saved under its session's
        # lock so two edits at once cannot lose one another, and other sessions never wait
        self._drafts = SessionLocks()

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
        # the session the files will join (a new one is nobody else's yet)
        target = session_id or self.sessions.latest()
        lock = self._drafts.lock(target) if target else None
        return upload_media(
            self.sessions, self.settings, paths, urls, inline, session_id, roots, lock
        )

    def _dropped(self, path: Path, name: str, session_id: str | None) -> UploadResult:
        target = session_id or self.sessions.latest()
        lock = self._drafts.lock(target) if target else None
        return upload_media(
            self.sessions, self.settings, [], [], [], session_id, (), lock, [(path, name)]
        )

    # -- the chat app ------------------------------------------------------------------
    def timeline(self, session_id: str | None) -> TimelineResult:
        return local_app.timeline(self.sessions, self.exports, self.settings, session_id)

    def receive_chunk(
        self,
        upload_id: str | None,
        name: str,
        size: int,
        offset: int,
        data: str,
        session_id: str | None,
    ) -> ChunkResult:
        return self.drops.receive(upload_id, name, size, offset, data, session_id)

    def video_chunk(self, job_id: str, offset: int, length: int) -> VideoChunk:
        return local_app.video_chunk(self.jobs, job_id, offset, length)

    # -- editing -----------------------------------------------------------------------
    def edit(
        self,
        instruction: str | None,
        session_id: str | None,
        on_progress: ProgressFn | None = None,
        operations: Sequence[Edit] | None = None,
        language: Lang | None = None,
    ) -> EditResult:
        """Do what the person asks, in their words (``instruction``) or as typed ``operations``
        (all or none apply); ``on_progress`` hears a render started by an export request."""
        sid = self.sessions.resolve(session_id, create=True)
        text = (instruction or "").strip()
        if not text and not operations:
            raise InstructionNotUnderstood(
                "the instruction is empty", EMPTY_HINT + ", or send operations"
            )
        lang = language or (detect(text) if text else self.sessions.language(sid)) or "en"
        self.sessions.set_language(sid, lang)
        if operations:
            return self._apply(sid, list(operations), lang)
        draft = self.sessions.draft(sid)
        last = self.sessions.last_turn(sid)
        reading = read(text, draft, self._refs(sid), last.edits if last else ())
        if reading.clarify:
            return EditResult(
                session_id=sid,
                action="clarify",
                changes=[],
                summary=say(lang, "Which did you mean?", "你指的是哪一个？"),
                options=[option.label for option in reading.clarify],
                next_step="Ask the person which option they meant, then call edit with it.",
                language=lang,
            )
        if reading.question:
            return self._answer(sid, reading.question, draft, lang)
        if reading.route in ("credits", "state", "upload"):
            return self._routed(sid, reading.route, draft, lang)
        changes: list[str] = []
        edits = list(reading.edits)
        fps = reading.export.get("fps") if reading.route == "export" else None
        if fps is not None:  # "export at 60 fps" is a frame rate the video keeps
            if fps not in FPS_CHOICES:
                raise InputError(
                    f"{fps} frames per second isn't available", "Choose 24, 25, 30 or 60 fps"
                )
            edits.append(SetFps.model_validate({"fps": fps}))
        if edits:
            done = self._apply(sid, edits, lang, reading.leftover)
            if reading.route != "export":
                return done
            changes = done.changes
        if reading.route == "export":
            return self._export_asked(sid, reading, changes, lang, on_progress)
        return self._not_understood(sid, reading, text, draft, lang)

    def _answer(self, sid: str, question: str, draft: Draft, lang: Lang) -> EditResult:
        last = self.sessions.last_turn(sid)
        job = self.jobs.latest(sid)
        export = None
        if job is not None:
            path = (job.result or {}).get("path") if job.status == "completed" else None
            export = Export(job.status, path, job.progress, job.id)
        said = answer(question, draft, lang, last.changes if last else None, export)
        return EditResult(session_id=sid, action="answer", changes=[], summary=said, language=lang)

    def _routed(self, sid: str, action: str, draft: Draft, lang: Lang) -> EditResult:
        summary = summarize(draft, lang)
        if action == "credits":
            credits = self.credits()
            told, made = credits.summary, credits.usage.get("export_count", 0)
            if lang == "zh" and credits.charged:
                told = f"还剩 {credits.available} 个积分（{credits.frozen} 个被渲染占用）。"
            elif lang == "zh":
                told = f"本地引擎免费，不收任何费用。已导出 {made} 次。"
            return EditResult(
                session_id=sid,
                action="credits",
                changes=[],
                summary=told + "\n" + summary,
                routed=credits.model_dump(),
                language=lang,
            )
        if action == "upload":
            return EditResult(
                session_id=sid,
                action="upload",
                changes=[],
                summary=say(lang, UPLOAD_HELP, UPLOAD_HELP_ZH) + "\n" + summary,
                language=lang,
            )
        return EditResult(
            session_id=sid,
            action="state",
            changes=[],
            summary=summary,
            routed=self.state(sid).model_dump(),
            language=lang,
        )

    def _export_asked(
        self,
        sid: str,
        reading: Reading,
        changes: list[str],
        lang: Lang,
        on_progress: ProgressFn | None,
    ) -> EditResult:
        params = reading.export
        resolution = params.get("resolution")
        export = self.start_export(
            sid,
            str(params.get("format", "mp4")),
            str(resolution) if resolution else None,
            None,
            str(params.get("quality", "full")),
        )
        export = self.wait_export(export.job_id, self.settings.inline_render_seconds, on_progress)
        return EditResult(
            session_id=sid,
            action="export",
            changes=changes,
            summary=export_told(export, lang) + "\n" + summarize(self.sessions.draft(sid), lang),
            routed=export.model_dump(),
            language=lang,
        )

    def _not_understood(
        self, sid: str, reading: Reading, text: str, draft: Draft, lang: Lang
    ) -> EditResult:
        hints = reading.suggestions
        tried = "; ".join(f'"{hint}"' for hint in hints)
        lead = say(
            lang,
            "I did not understand that, so nothing changed."
            + (f" Try for example: {tried}" if hints else ""),
            "没听懂这句话，所以什么都没改。" + (f"可以试试：{tried}" if hints else ""),
        )
        return EditResult(
            session_id=sid,
            action="edit",
            changes=[],
            understood=False,
            unplaced=[bounded(part, 80) for part in reading.leftover] or [bounded(text, 80)],
            suggestions=hints,
            next_step=NEXT_STEP,
            summary=lead + "\n" + summarize(draft, lang),
            language=lang,
        )

    def _apply(
        self, sid: str, edits: list[Edit], lang: Lang, leftover: Sequence[str] = ()
    ) -> EditResult:
        """Apply the edits, all or none, as one change; an undo may come first only (it goes
        back one change, then the others apply to that draft: when they fail, the undo is not
        made either)."""
        if any(isinstance(edit, Undo) for edit in edits[1:]):
            raise InputError(
                "undo can only be the first operation",
                "Send undo first, or alone, then the other operations",
            )
        if edits and isinstance(edits[0], Undo) and len(edits) == 1:
            return self.undo(sid, lang)
        with self._drafts.lock(sid):
            said: list[str] = []
            back = None
            if edits and isinstance(edits[0], Undo):
                edits = edits[1:]
                back = self.sessions.before_last(sid)
                if back is not None:
                    said = [say(lang, "Undid the last change", "已撤销上一次修改")]
            draft = back[1] if back is not None else self.sessions.draft(sid)
            dates = {m.id: m.taken_at or 0.0 for m in self.sessions.media(sid)}
            facts = FileFacts(self._resolver(sid).__getitem__)  # beats, looks, dates, places
            new, changes = apply_edits(draft, edits, self._refs(sid), dates, lang, facts)
            if back is not None:
                self.sessions.replace_last(
                    sid, back[0], new, Turn([Undo(), *edits], said + changes)
                )
            else:
                self.sessions.save_draft(sid, new, turn=Turn(edits, changes))
        summary = summarize(new, lang)
        unplaced = [bounded(part.strip(), 80) for part in leftover if part.strip()]
        if unplaced:
            words = "; ".join(f'"{part}"' for part in unplaced)
            summary = (
                say(
                    lang,
                    f"I did not understand {words}; the rest is done.",
                    f"没听懂{words}，其余已完成。",
                )
                + "\n"
                + summary
            )
        return EditResult(
            session_id=sid,
            action="edit",
            changes=said + changes,
            summary=summary,
            understood=not unplaced,
            unplaced=unplaced,
            next_step=NEXT_STEP if unplaced else None,
            language=lang,
        )

    def undo(self, session_id: str | None, lang: Lang | None = None) -> EditResult:
        sid = self.sessions.resolve(session_id)
        lang = lang or self.sessions.language(sid) or "en"
        told = say(lang, "Undid the last change", "已撤销上一次修改")
        with self._drafts.lock(sid):
            previous = self.sessions.undo(sid, Turn([Undo()], [told]))
        return self.undo_result(sid, [told] if previous is not None else [], lang)

    def undo_result(self, sid: str, changes: list[str], lang: Lang) -> EditResult:
        draft = self.sessions.draft(sid)
        nothing = say(lang, "There is nothing to undo.", "没有可以撤销的修改。")
        return EditResult(
            session_id=sid,
            action="edit",
            changes=changes,
            summary=summarize(draft, lang) if changes else nothing + "\n" + summarize(draft, lang),
            language=lang,
        )

    def state(self, session_id: str | None) -> StateResult:
        sid = self.sessions.resolve(session_id, create=True)
        draft = self.sessions.draft(sid)
        media = [item_of(m) for m in self.sessions.media(sid)]
        return StateResult(session_id=sid, summary=summarize(draft), draft=draft, media=media)

    # -- export ------------------------------------------------------------------------
    def start_export(
        self,
        session_id: str | None,
        fmt: str,
        resolution: str | None,
        output_path: str | None,
        quality: str = "full",
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
        return self.exports.start(sid, draft, fmt, resolution, output_path, quality)

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

        found, _, _ = shots(make_plan(relayout(draft)), resolve)
        picture, w, h = sheet(found)
        result = PreviewResult(
            session_id=sid,
            frames=len(found),
            width=w,
            height=h,
            times_ms=[shot.time_ms for shot in found],
            texts=[list(shot.texts) for shot in found],
            summary=f"Storyboard of {len(found)} shots, one frame from the middle of each with "
            "its titles and captions, numbered in order.",
        )
        return result, picture


def export_told(export: ExportResult, lang: Lang) -> str:
    """An export's state for the person, in their language."""
    if lang != "zh":
        return export.summary
    if export.status == "completed" and export.path:
        size = (export.size_bytes or 0) / 1e6
        length = secs(export.duration_ms or 0, lang)
        return (
            f"视频做好了：{export.path}（{length}，{export.width}x{export.height}，{size:.1f} MB）"
        )
    if export.status == "failed":
        return f"导出失败：{export.error}"
    return f"还在渲染（{export.progress:.0%}），稍后用 export_status 查看，任务号 {export.job_id}。"
