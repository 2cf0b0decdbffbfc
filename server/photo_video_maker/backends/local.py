"""The local backend: the embedded engine, sessions in SQLite, renders in processes of their own."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from ..config import Settings
from ..error_words import UPLOAD_HELP_ZH, in_chinese, told_in
from ..errors import (
    CreditsError,
    InputError,
    InstructionNotUnderstood,
    NothingToRender,
    PVMError,
)
from ..instruct.answered import picked
from ..instruct.asked_topic import after_question, topic_of
from ..instruct.interpret import read
from ..instruct.never_mind import dismisses
from ..instruct.reading import Reading
from ..model.answers import Export, answer
from ..model.catalog import FPS_CHOICES
from ..model.draft import Draft
from ..model.edit_types import Edit, Redo, SetFps, Undo
from ..model.edits import apply_edits
from ..model.lang import Lang, detect_names, detect_or, say
from ..model.layout import MediaRef
from ..model.summary import summarize
from ..store.db import Database
from ..store.jobs import JobStore
from ..store.sessions import Choice, SessionStore, Turn
from . import local_app, render_process
from . import local_replies as replies
from .app_results import ChunkResult, TimelineResult, VideoChunk
from .base import EMPTY_HINT, ProgressFn
from .drop_uploads import DropUploads
from .export_recovery import recover_exports
from .exports import ExportRunner, Spawn
from .facts import FileFacts
from .local_preview import storyboard
from .local_upload import UPLOAD_CALL, UPLOAD_HELP, has_visuals, item_of, upload_media
from .locks import SessionLocks
from .results import (
    CreditsResult,
    EditResult,
    ExportResult,
    MediaItem,
    MusicList,
    PreviewResult,
    SessionResult,
    StateResult,
    UploadResult,
)

log = logging.getLogger("photo_video_maker.local")


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
        lang = self._person_lang(None)  # the same person as in the last project
        sid = self.sessions.create()
        if lang is not None:
            self.sessions.set_language(sid, lang)
        summary = say(
            lang or "en",
            "Started a new, empty project. " + UPLOAD_HELP,
            "新建了一个空项目。" + UPLOAD_HELP_ZH,
        )
        return SessionResult(session_id=sid, summary=summary)

    def _person_lang(self, session_id: str | None) -> Lang | None:
        """The language of the person who uses ``session_id`` (else the latest session), when
        they have written; None for an unknown session."""
        sid = session_id or self.sessions.latest()
        return self.sessions.language(sid) if sid else None

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
        known = self._person_lang(target)
        lang = known or detect_names([*paths, *urls])  # "~/照片/海边.jpg": before any words
        with told_in(lang):
            done = upload_media(
                self.sessions,
                self.settings,
                paths,
                urls,
                inline,
                session_id,
                roots,
                lock,
                lang=lang or "en",
            )
        if known is None and lang is not None:
            self.sessions.set_language(done.session_id, lang)  # their words may say otherwise
        return done

    def _dropped(self, path: Path, name: str, session_id: str | None) -> UploadResult:
        target = session_id or self.sessions.latest()
        lock = self._drafts.lock(target) if target else None
        lang = self._person_lang(target) or detect_names([name])
        with told_in(lang):
            return upload_media(
                self.sessions,
                self.settings,
                [],
                [],
                [],
                session_id,
                (),
                lock,
                [(path, name)],
                lang or "en",
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
        text = (instruction or "").strip()
        with told_in(language or detect_or(text, None)):  # an unknown session, in their words
            sid = self.sessions.resolve(session_id, create=True)
        if not text and not operations:
            raise InstructionNotUnderstood(
                "the instruction is empty", EMPTY_HINT + ", or send operations"
            )
        lang = language or detect_or(text, self.sessions.language(sid)) or "en"
        self.sessions.set_language(sid, lang)
        try:
            return self._edit(sid, text, lang, on_progress, operations)
        except PVMError as exc:  # told in the person's language
            raise (in_chinese(exc) if lang == "zh" else exc) from None

    def _edit(
        self,
        sid: str,
        text: str,
        lang: Lang,
        on_progress: ProgressFn | None,
        operations: Sequence[Edit] | None,
    ) -> EditResult:
        if operations:
            return self._apply(sid, list(operations), lang)
        asked = self.sessions.asked(sid)
        if asked:  # whatever is said next closes the question
            self.sessions.set_asked(sid, [])
            chosen = picked(text, [choice.label for choice in asked])
            if chosen is not None:
                return self._apply(sid, list(asked[chosen].edits), lang)
            if dismisses(text):  # "never mind": the question is let go, nothing changes
                return self._answer(sid, "ok", self.sessions.draft(sid), lang)
        draft = self.sessions.draft(sid)
        last = self.sessions.last_turn(sid)
        refs, before = self._refs(sid), last.edits if last else ()
        reading = read(text, draft, refs, before, lang=lang)
        reading = after_question(  # "is it 60fps?" then "make it 60 then": 60 fps
            reading,
            last.topic if last else None,
            text,
            lambda said: read(said, draft, refs, lang=lang),
        )
        topic = topic_of(reading.question, text) if reading.question else None
        if topic and (last.topic if last else None) != topic:
            self.sessions.set_topic(sid, topic)  # kept until the next change
        if reading.clarify:
            self.sessions.set_asked(sid, [Choice(o.label, list(o.edits)) for o in reading.clarify])
            return replies.clarify(sid, reading, lang)
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
        if reading.kept:  # "leave the fit alone": nothing to do, and that is said
            return replies.kept(sid, reading, draft, lang)
        return replies.not_understood(sid, reading, text, draft, lang)

    def _answer(self, sid: str, question: str, draft: Draft, lang: Lang) -> EditResult:
        last = self.sessions.last_turn(sid)
        job = self.jobs.latest(sid)
        export = None
        if job is not None:
            path = (job.result or {}).get("path") if job.status == "completed" else None
            export = Export(job.status, path, job.progress, job.id)
        said = answer(question, draft, lang, last.changes if last else None, export)
        return EditResult(session_id=sid, action="answer", changes=[], summary=said, language=lang)

    def _routed(
        self, sid: str, action: Literal["credits", "state", "upload"], draft: Draft, lang: Lang
    ) -> EditResult:
        summary = summarize(draft, lang)
        routed = None
        if action == "credits":
            credits = self.credits()
            summary = replies.credits_told(credits, lang) + "\n" + summary
            routed = credits.model_dump()
        elif action == "upload":
            summary = say(lang, UPLOAD_HELP, UPLOAD_HELP_ZH) + "\n" + summary
        else:
            routed = self.state(sid).model_dump()
        return EditResult(
            session_id=sid,
            action=action,
            changes=[],
            summary=summary,
            routed=routed,
            next_step=UPLOAD_CALL if action == "upload" else None,
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
        export = self.exports.wait(export.job_id, self.settings.inline_render_seconds, on_progress)
        return EditResult(
            session_id=sid,
            action="export",
            changes=changes,
            summary=replies.export_told(export, lang)
            + "\n"
            + summarize(self.sessions.draft(sid), lang),
            routed=export.model_dump(),
            next_step=export.next_step,
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
            return self.undo(sid, lang, edits[0].steps)
        if edits and isinstance(edits[0], Redo) and len(edits) == 1:
            return self.redo(sid, lang, edits[0].steps)
        if any(isinstance(edit, Redo) for edit in edits):
            raise InputError(
                "redo can only be sent alone",
                "Send redo alone, then the other operations in a second call",
            )
        if edits and isinstance(edits[0], Undo) and edits[0].steps > 1:
            raise InputError(
                "several changes can only be undone alone",
                "Send undo with steps alone, then the other operations",
            )
        with self._drafts.lock(sid):
            said: list[str] = []
            back = None
            if edits and isinstance(edits[0], Undo):
                edits = edits[1:]
                step = self.sessions.last_step(sid)
                back = self._undoable(sid)
                if back is not None:
                    said = [self._undone_told(sid, step, lang)]
            draft = back[1] if back is not None else self.sessions.draft(sid)
            dates = {m.id: m.taken_at or 0.0 for m in self.sessions.media(sid)}
            facts = FileFacts(self._resolver(sid).__getitem__)  # beats, looks, dates, places
            new, changes = apply_edits(draft, edits, self._refs(sid), dates, lang, facts)
            if back is not None:
                self.sessions.replace_last(
                    sid, back[0], new, Turn([Undo(), *edits], said + changes)
                )
            else:
                told = {"told": changes}  # what undo will say it took back
                self.sessions.save_draft(sid, new, turn=Turn(edits, changes), step=told)
        return replies.edited(sid, new, said + changes, leftover, lang)

    def undo(self, session_id: str | None, lang: Lang | None = None, steps: int = 1) -> EditResult:
        with told_in(lang or self._person_lang(session_id)):
            sid = self.sessions.resolve(session_id)
        lang = lang or self.sessions.language(sid) or "en"
        undone = 0
        with self._drafts.lock(sid):
            step = self.sessions.last_step(sid)
            for _ in range(steps):
                if self._undoable(sid) is None:
                    break
                if self.sessions.undo(sid, Turn([Undo(steps=steps)], [])) is None:
                    break
                undone += 1
            told = (
                self._undone_told(sid, step, lang)
                if undone == 1
                else say(lang, f"Undid the last {undone} changes", f"已撤销最近 {undone} 次修改")
            )
            if undone:
                self.sessions.set_last_turn(sid, Turn([Undo(steps=undone)], [told]))
        nothing = say(lang, "There is nothing to undo.", "没有可以撤销的修改。")
        return self._stepped(sid, [told] if undone else [], lang, nothing)

    def redo(self, session_id: str | None, lang: Lang | None = None, steps: int = 1) -> EditResult:
        """Make again what undo took back (several steps: the last ``steps`` undos)."""
        with told_in(lang or self._person_lang(session_id)):
            sid = self.sessions.resolve(session_id)
        lang = lang or self.sessions.language(sid) or "en"
        told: list[str] = []
        with self._drafts.lock(sid):
            for _ in range(steps):
                redone = self.sessions.redo(sid)
                if redone is None:
                    break
                told.append(self._redone_told(redone[1], lang))
            if len(told) > 1:
                told = [say(lang, f"Redid the last {len(told)} changes undo took back",
                            f"已恢复最近撤销的 {len(told)} 次修改")]  # fmt: skip
            if told:
                self.sessions.set_last_turn(sid, Turn([Redo(steps=steps)], told))
        nothing = say(
            lang,
            "There is nothing to redo: redo makes again a change undo just took back.",
            "没有可以恢复的修改：只有刚撤销的修改才能恢复。",
        )
        return self._stepped(sid, told, lang, nothing)

    @staticmethod
    def _redone_told(step: dict[str, Any] | None, lang: Lang) -> str:
        """What one redo made again: the sentences that told the change when it was made."""
        was = "; ".join(replies.without_undo_hint(t) for t in (step or {}).get("told") or ())
        if not was:
            return say(lang, "Redid the change undo took back", "已恢复刚才撤销的修改")
        if was[1:2].islower():
            was = was[0].lower() + was[1:]
        return say(lang, f"Redid the change undo took back: {was}", f"已恢复刚才撤销的修改：{was}")

    def _undoable(self, sid: str) -> tuple[int, Draft] | None:
        """The draft undo would go back to (``before_last``), unless it has no photos or clips:
        that is from before the upload that made the video (a project kept from before uploads
        stopped undo), and undo never empties the video."""
        back = self.sessions.before_last(sid)
        return back if back is not None and has_visuals(back[1]) else None

    def _undone_told(self, sid: str, step: dict[str, Any] | None, lang: Lang) -> str:
        """What one undo took back: the files of an upload by name of kind, the sentences that
        told an edit, else "the last change" (the timeline that follows shows the rest)."""
        added = set((step or {}).get("added") or ())
        kinds = [m.kind for m in self.sessions.media(sid) if m.id in added]
        if kinds:
            return replies.upload_undone(kinds, lang)
        was = "; ".join(replies.without_undo_hint(t) for t in (step or {}).get("told") or ())
        if not was:
            return say(lang, "Undid the last change", "已撤销上一次修改")
        if was[1:2].islower():  # "Added the title" -> "added the title", not "MP4" -> "mP4"
            was = was[0].lower() + was[1:]
        return say(
            lang, f"Undid the last change (it was: {was})", f"已撤销上一次修改（撤掉的是：{was}）"
        )

    def _stepped(self, sid: str, changes: list[str], lang: Lang, nothing: str) -> EditResult:
        """The reply to an undo or a redo: what it did, or ``nothing`` when it could not."""
        draft = self.sessions.draft(sid)
        return EditResult(
            session_id=sid,
            action="edit",
            changes=changes,
            summary=summarize(draft, lang) if changes else nothing + "\n" + summarize(draft, lang),
            language=lang,
        )

    def state(self, session_id: str | None) -> StateResult:
        with told_in(self._person_lang(session_id)):
            sid = self.sessions.resolve(session_id, create=True)
        draft = self.sessions.draft(sid)
        media = [item_of(m) for m in self.sessions.media(sid)]
        lang = self.sessions.language(sid) or "en"
        return StateResult(session_id=sid, summary=summarize(draft, lang), draft=draft, media=media)

    # -- export ------------------------------------------------------------------------
    def start_export(
        self,
        session_id: str | None,
        fmt: str,
        resolution: str | None,
        output_path: str | None,
        quality: str = "full",
    ) -> ExportResult:
        with told_in(self._person_lang(session_id)):
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
        """The export's state, told in the language of the person whose video it is."""
        with told_in(self._person_lang(None)):  # an unknown job: the latest project's person
            export = self.exports.wait(job_id, timeout, on_progress)
        if self.sessions.language(export.session_id) != "zh":
            return export
        return export.model_copy(update={"summary": replies.export_told(export, "zh")})

    def _reserve_credits(self) -> None:
        allowance, cost = self.settings.credits_allowance, self.settings.export_cost
        if allowance and cost and self.credits().available < cost:
            raise CreditsError(f"this export needs {cost} credits and none are left")

    def credits(self) -> CreditsResult:
        usage = self.jobs.usage()
        frozen = self.exports.frozen_credits()
        result = replies.credits_result(usage, self.settings.credits_allowance, frozen)
        if self._person_lang(None) == "zh":  # the person of the latest project
            result.summary = replies.credits_told(result, "zh")
        return result

    # -- extras ------------------------------------------------------------------------
    def list_music(self, session_id: str | None) -> MusicList:
        uploaded: list[MediaItem] = []
        sid = session_id or self.sessions.latest()
        if sid:
            self.sessions.require(sid)
            uploaded = [item_of(m) for m in self.sessions.media(sid) if m.kind == "audio"]
        return replies.music_list(uploaded, self._person_lang(sid) or "en")

    def preview(self, session_id: str | None) -> tuple[PreviewResult, bytes]:
        lang = self._person_lang(session_id)
        with told_in(lang):
            sid = self.sessions.resolve(session_id)
            return storyboard(sid, self.sessions.draft(sid), self._resolver(sid), lang or "en")
