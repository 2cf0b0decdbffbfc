"""The cloud backend: the same Backend protocol as the local engine, over the cloud API.

Requests go through ``cloud.client.CloudClient`` (the only place that speaks HTTP). Text the
cloud writes for its GUI goes through ``translate_reply``; the timeline summary always comes
from the session's draft, summarised exactly as the local backend does. A session the cloud
has lost (1002) is replaced by a new one and the person is told. ``preview`` is not offered:
the API has no thumbnails, and downloading every source file to draw one would cost more
than the storyboard is worth; it says so clearly.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from ..cloud.changes import describe_turn, read_draft
from ..cloud.client import CloudClient, Transport
from ..cloud.identity import IdentityStore, default_language, detect_from_install
from ..cloud.sse import Turn, read_turn
from ..cloud.wire import Balance, SessionInfo, SessionState
from ..config import Settings
from ..error_words import UPLOAD_HELP_ZH, told_in
from ..errors import (
    InputError,
    InstructionNotUnderstood,
    MediaError,
    NothingToRender,
    SessionNotFound,
)
from ..instruct.gui_reply import translate_reply
from ..instruct.interpret import read
from ..instruct.router import route
from ..instruct.suggest import suggestions
from ..model.answers import answer
from ..model.draft import Draft
from ..model.edit_types import Edit
from ..model.lang import Lang, detect, detect_names, detect_or, say
from ..model.quality import DRAFT_RESOLUTION, normal_quality
from ..model.summary import summarize
from .app_results import ChunkResult, TimelineResult, VideoChunk
from .base import EMPTY_HINT, ProgressFn
from .cloud_export import CloudExports, cloud_resolution
from .cloud_upload import item, local_files, send
from .local_replies import music_list
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
    count_media,
    nothing_uploaded,
    skipped_note,
)

log = logging.getLogger("photo_video_maker.cloud")
APP_LOCAL_ONLY = "the chat app's storyboard, drops and playback need the local backend"
MAX_FOLLOW_UPS = 2  # requests a reply may send back: a GUI reply never starts a loop
T = TypeVar("T")
UPLOAD_HELP = (
    "To add photos, clips or music, call upload with file paths or folders (paths=[...]), "
    "web addresses (urls=[...]) or pasted images (inline=[base64 or data: URI])."
)


class CloudBackend:
    """Sessions, edits and renders live in the cloud; exports are downloaded to this machine.

    ``transport``, ``sleep`` and ``clock`` are the network and time seams (tests pass an
    ``httpx.MockTransport`` and fakes). ``platform`` is what the entry point detected
    (``cloud.identity.detect_platform``); without it only the install path is looked at.
    """

    name = "cloud"

    def __init__(
        self,
        settings: Settings,
        *,
        transport: Transport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        platform: str | None = None,
        language: str | None = None,
        poll_interval: float = 30.0,
        progress_interval: float = 120.0,
        turn_cap: float = 900.0,
        on_progress: ProgressFn | None = None,
    ) -> None:
        self.settings = settings
        self.language = language or default_language()
        self.identity = IdentityStore(settings.home)
        self.client = CloudClient(
            settings.api_base,
            self.identity,
            platform=platform or detect_from_install(),
            env_token=settings.cloud_token,
            transport=transport,
            sleep=sleep,
        )
        self.exports = CloudExports(
            self.client, settings, sleep=sleep, clock=clock, poll_interval=poll_interval
        )
        self._clock, self.progress_interval, self.turn_cap = clock, progress_interval, turn_cap
        self.on_progress = on_progress
        self._latest: str | None = None
        # the person's language for replies: their words once they write, else the locale's
        self._told: Lang | None = "zh" if self.language.startswith("zh") else None

    def _lang(self) -> Lang:
        return self._told or "en"

    def close(self) -> None:
        """Close the HTTP connections."""
        self.client.close()

    # -- sessions ------------------------------------------------------------------------
    def new_session(self, language: str | None = None) -> SessionResult:
        """A new, empty cloud session in the person's language; later calls default to it."""
        sid = self._create(language)
        summary = say(
            self._lang(),
            "Started a new, empty project on the cloud. " + UPLOAD_HELP,
            "在云端新建了一个空项目。" + UPLOAD_HELP_ZH,
        )
        return SessionResult(session_id=sid, summary=summary)

    def _create(self, language: str | None = None) -> str:
        info = SessionInfo.model_validate(self.client.create_session(language or self.language))
        if info.bind_url:
            self.client.bind_url = info.bind_url
        self._remember(info.session_id)
        return info.session_id

    def _remember(self, sid: str) -> None:
        if sid != self._latest:
            self._latest = sid
            self.identity.save_session(sid)

    def _session(self, session_id: str | None, *, create: bool) -> str:
        sid = session_id or self._latest or self.identity.latest_session()
        if sid:
            self._remember(sid)
            return sid
        if not create:
            raise SessionNotFound("there is no cloud session yet", "Upload photos or clips first")
        return self._create()

    def _in_session(self, sid: str, work: Callable[[str], T]) -> tuple[str, T, str]:
        """``work(sid)``; when the cloud lost the session (1002), start a new one, say so, and
        run ``work`` there. Returns the session used, the result and the note for a person."""
        try:
            return sid, work(sid), ""
        except SessionNotFound:
            new = self._create()
            log.info("cloud session %s is gone; continuing in %s", sid, new)
            note = say(
                self._lang(),
                f"The cloud no longer had the project {sid}, so I started a new one ({new}); "
                "media uploaded to the old project must be uploaded again.",
                f"云端已经没有项目 {sid}，所以新建了一个（{new}）；之前上传的文件需要重新上传。",
            )
            return new, work(new), note

    def _state(self, sid: str) -> SessionState:
        return SessionState.model_validate(self.client.state(sid))

    # -- media -----------------------------------------------------------------------------
    def upload(
        self,
        paths: list[str],
        urls: list[str],
        inline: list[str],
        session_id: str | None,
        roots: tuple[str, ...] = (),
    ) -> UploadResult:
        self._told = self._told or detect_names([*paths, *urls])  # "~/照片/海边.jpg"
        with told_in(self._told):
            return self._upload(paths, urls, inline, session_id, roots)

    def _upload(
        self,
        paths: list[str],
        urls: list[str],
        inline: list[str],
        session_id: str | None,
        roots: tuple[str, ...],
    ) -> UploadResult:
        if not (paths or urls or inline):
            raise MediaError("nothing to upload", UPLOAD_HELP)
        files, skipped, errors, temps = local_files(paths, inline, roots, self.settings)
        try:
            if not files and not urls:
                raise nothing_uploaded(
                    skipped, errors or [MediaError("no photos, clips or audio found")]
                )
            sid = self._session(session_id, create=True)
            sid, answers, note = self._in_session(sid, lambda s: send(self.client, s, files, urls))
        finally:
            for tmp in temps:
                tmp.unlink(missing_ok=True)
        media = [item(m) for answer, _ in answers for m in answer.media]
        refused = [exc for _, exc in answers if exc is not None]
        skipped += [translate_reply(s).text for answer, _ in answers for s in answer.skipped]
        skipped += [exc.message for exc in refused]
        if not media:
            reasons = refused + errors or [MediaError("the cloud accepted none of the files")]
            raise nothing_uploaded(skipped, reasons)
        draft = read_draft(self._state(sid).draft)
        lang = self._lang()
        added = count_media(media, lang)
        head = (note + "\n" if note else "") + say(lang, f"Added {added}.", f"已添加 {added}。")
        head += skipped_note(skipped, refused + errors, lang)
        summary = head + "\n" + summarize(draft, lang)
        return UploadResult(session_id=sid, media=media, skipped=skipped, summary=summary)

    # -- editing ---------------------------------------------------------------------------
    def edit(
        self,
        instruction: str | None,
        session_id: str | None,
        on_progress: ProgressFn | None = None,
        operations: Sequence[Edit] | None = None,
        language: Lang | None = None,
    ) -> EditResult:
        """Route like the local backend (questions, export, credits, state and upload skip the
        cloud's agent); everything else is one SSE turn, and what its reply asks a GUI to do
        is done (an export run, a button's request sent back)."""
        if operations:
            raise InputError(
                "the cloud backend takes requests in words, not typed operations",
                "Pass the person's words as instruction",
            )
        text = (instruction or "").strip()
        if not text:
            raise InstructionNotUnderstood("the instruction is empty", EMPTY_HINT)
        lang = language or detect_or(text, self._told) or detect(text)
        self._told = lang  # the replies after this one too
        with told_in(lang):
            return self._edit(text, session_id, on_progress, lang)

    def _edit(
        self, text: str, session_id: str | None, on_progress: ProgressFn | None, lang: Lang
    ) -> EditResult:
        sid = self._session(session_id, create=True)
        reading = read(text, Draft(), {})
        if reading.question:
            draft = read_draft(self._state(sid).draft)
            said = answer(reading.question, draft, lang)
            return EditResult(
                session_id=sid, action="answer", changes=[], summary=said, language=lang
            )
        if reading.route == "credits":
            credits = self.credits()
            state = self.state(sid)
            return EditResult(
                session_id=state.session_id,
                action="credits",
                changes=[],
                summary=credits.summary + "\n" + state.summary,
                routed=credits.model_dump(),
                language=lang,
            )
        if reading.route in ("state", "upload"):
            state = self.state(sid)
            help_told = say(lang, UPLOAD_HELP, UPLOAD_HELP_ZH)
            lead = help_told + "\n" if reading.route == "upload" else ""
            return EditResult(
                session_id=state.session_id,
                action=reading.route,
                changes=[],
                summary=lead + state.summary,
                routed=state.model_dump() if reading.route == "state" else None,
                language=lang,
            )
        if reading.route != "export":
            return self._turn(sid, text, on_progress)
        done = None
        if reading.edits or reading.leftover:
            body = text if not reading.export else _without_export_words(text)
            done = self._turn(sid, body, on_progress, run_exports=False)
            sid = done.session_id
        return self._export(sid, reading.export, done, on_progress)

    def _export(
        self,
        sid: str,
        params: dict[str, str | int],
        before: EditResult | None,
        on_progress: ProgressFn | None,
    ) -> EditResult:
        """The export workflow, after the turn that asked for it (if any)."""
        resolution = params.get("resolution")
        export = self.start_export(
            sid,
            str(params.get("format", "mp4")),
            str(resolution) if resolution else None,
            None,
            str(params.get("quality", "full")),
        )
        export = self.wait_export(export.job_id, self.settings.inline_render_seconds, on_progress)
        state = self.state(sid)
        # the turn's own reply first, without its timeline: the state's comes last
        said = [line for line in (before.summary if before else "").splitlines() if line]
        said = [line for line in said if line not in state.summary]
        return EditResult(
            session_id=sid,
            action="export",
            changes=before.changes if before else [],
            summary="\n".join([*said, export.summary, state.summary]),
            routed=export.model_dump(),
            next_step=export.next_step,
        )

    def undo(self, session_id: str | None, on_progress: ProgressFn | None = None) -> EditResult:
        """The cloud keeps the history: "undo" is sent as an edit."""
        return self._turn(self._session(session_id, create=False), "undo", on_progress)

    def redo(self, session_id: str | None, on_progress: ProgressFn | None = None) -> EditResult:
        """Sent in words, as undo is: the cloud keeps the history."""
        return self._turn(self._session(session_id, create=False), "redo", on_progress)

    def _turn(
        self, sid: str, text: str, on_progress: ProgressFn | None, *, run_exports: bool = True
    ) -> EditResult:
        """One SSE turn; the reply is translated for a chat and the timeline compared. What the
        reply asked a GUI to do is done: its requests are sent back (once, no loops), and an
        "Export button" runs the export."""

        def run(sid: str) -> tuple[Draft, Turn]:
            return read_draft(self._state(sid).draft), self._stream(sid, text, on_progress)

        sid, (before, turn), note = self._in_session(sid, run)
        reply = translate_reply(turn.text)
        said = [turn.text]
        for request in reply.follow_ups[:MAX_FOLLOW_UPS]:
            said.append(self._stream(sid, request, on_progress).text)
        after = read_draft(self._state(sid).draft)
        exporting = run_exports and "export" in reply.actions
        lines, changes, understood = describe_turn(
            "\n\n".join(said), before, after, exporting=exporting, lang=self._lang()
        )
        result = EditResult(
            session_id=sid,
            action="edit",
            changes=changes,
            summary="\n".join([note, *lines] if note else lines),
            understood=understood,
            suggestions=[] if understood else suggestions(text),
        )
        if exporting:
            return self._export(sid, {}, result, on_progress)
        return result

    def _stream(self, sid: str, text: str, on_progress: ProgressFn | None) -> Turn:
        """Send one message and read its turn to the end."""
        with self.client.run_sse(sid, text) as lines:
            turn = read_turn(
                lines,
                clock=self._clock,
                on_progress=on_progress or self.on_progress,
                progress_interval=self.progress_interval,
                cap=self.turn_cap,
            )
        if turn.error is not None:
            raise self.client.error(*turn.error)
        return turn

    def state(self, session_id: str | None) -> StateResult:
        with told_in(self._told):
            sid = self._session(session_id, create=True)
            sid, state, note = self._in_session(sid, self._state)
        draft = read_draft(state.draft)
        return StateResult(
            session_id=sid,
            summary=(note + "\n" if note else "") + summarize(draft, self._lang()),
            draft=draft,
            media=[item(m) for m in state.video_infos],
        )

    # -- export ------------------------------------------------------------------------------
    def start_export(
        self,
        session_id: str | None,
        fmt: str,
        resolution: str | None,
        output_path: str | None,
        quality: str = "full",
    ) -> ExportResult:
        """``quality`` "draft" asks the cloud for 480p: its encoder settings are its own."""
        if (fmt or "mp4").lower().lstrip(".") != "mp4":
            raise InputError(
                f"the cloud renders MP4 only, not {fmt}",
                "Export as mp4, or use the local backend for mov, mkv, webm or gif",
            )
        sid = self._session(session_id, create=False)
        sid, state, note = self._in_session(sid, self._state)
        draft = read_draft(state.draft)
        quick = normal_quality(quality) == "draft"
        res = cloud_resolution(DRAFT_RESOLUTION if quick else resolution, draft)
        video = draft.video_track()
        if video is None or not video.sg:
            raise NothingToRender(
                (note + " " if note else "") + "nothing to export yet: the video has no photos "
                "or clips",
                "Upload photos or clips first, then export",
            )
        out = self.exports.output_path(draft, output_path)
        return self.exports.start(sid, out, res, state.draft or draft.to_json(), asked=draft)

    def wait_export(
        self, job_id: str, timeout: float, on_progress: ProgressFn | None = None
    ) -> ExportResult:
        with told_in(self._told):  # "no export job …" in the person's language
            return self.exports.wait(job_id, timeout, on_progress)

    # -- account and extras ------------------------------------------------------------------
    def credits(self) -> CreditsResult:
        balance = Balance.model_validate(self.client.balance())
        summary = (
            f"{balance.available} cloud credits available ({balance.frozen} reserved by work in "
            f"progress, {balance.total} in total). An edit costs credits; exports are free."
        )
        if self._told == "zh":
            summary = (
                f"云端积分可用 {balance.available} 个（{balance.frozen} 个被进行中的任务占用，"
                f"共 {balance.total} 个）。编辑会消耗积分，导出免费。"
            )
        if self.client.anonymous:
            link = self.client.register_link()
            summary += say(self._lang(), f" Register to get more: {link}", f"注册可得更多：{link}")
        return CreditsResult(
            backend="cloud",
            available=balance.available,
            frozen=balance.frozen,
            total=balance.total,
            charged=True,
            usage={},
            summary=summary,
        )

    def list_music(self, session_id: str | None) -> MusicList:
        uploaded: list[MediaItem] = []
        sid = session_id or self._latest or self.identity.latest_session()
        if sid:
            state = self._state(sid)  # a lost session is an error here: nothing to list
            uploaded = [item(m) for m in state.video_infos if m.kind == "audio"]
        return music_list(uploaded)

    def preview(self, session_id: str | None) -> tuple[PreviewResult, bytes]:
        raise InputError(
            "preview is not available on the cloud backend",
            "Call state for the timeline summary, or export to watch the video",
        )

    def timeline(self, session_id: str | None) -> TimelineResult:
        raise InputError(APP_LOCAL_ONLY, "Call state for the timeline summary")

    def receive_chunk(
        self,
        upload_id: str | None,
        name: str,
        size: int,
        offset: int,
        data: str,
        session_id: str | None,
    ) -> ChunkResult:
        raise InputError(APP_LOCAL_ONLY, "Call upload with the file's path")

    def video_chunk(self, job_id: str, offset: int, length: int) -> VideoChunk:
        raise InputError(APP_LOCAL_ONLY, "Open the exported file from its path")


def _without_export_words(text: str) -> str:
    """ "make it vertical and export as gif" -> "make it vertical": the cloud's agent gets the
    edit, the export runs here."""
    return route(text).rest or text
