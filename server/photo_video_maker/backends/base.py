"""The Backend protocol: what the MCP tools (and the CLI) need, local or cloud alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from ..model.edit_types import Edit
from ..model.lang import Lang
from .app_results import ChunkResult, TimelineResult, VideoChunk
from .results import (
    CreditsResult,
    EditResult,
    ExportResult,
    MusicList,
    PreviewResult,
    SessionResult,
    StateResult,
    UploadResult,
)

ProgressFn = Callable[[float, str], None]  # fraction done 0..1, a message for a person
EMPTY_HINT = 'Say what to change, e.g. "2 seconds per photo" or "add calm music"'


class Backend(Protocol):
    name: str

    def new_session(self) -> SessionResult: ...

    def upload(
        self,
        paths: list[str],
        urls: list[str],
        inline: list[str],
        session_id: str | None,
        roots: tuple[str, ...] = (),
    ) -> UploadResult: ...

    def edit(
        self,
        instruction: str | None,
        session_id: str | None,
        on_progress: ProgressFn | None = None,
        operations: Sequence[Edit] | None = None,
        language: Lang | None = None,
    ) -> EditResult: ...

    def undo(self, session_id: str | None) -> EditResult: ...

    def redo(self, session_id: str | None) -> EditResult: ...

    def state(self, session_id: str | None) -> StateResult: ...

    def start_export(
        self,
        session_id: str | None,
        fmt: str,
        resolution: str | None,
        output_path: str | None,
        quality: str = "full",
    ) -> ExportResult: ...

    def wait_export(
        self, job_id: str, timeout: float, on_progress: ProgressFn | None = None
    ) -> ExportResult: ...

    def credits(self) -> CreditsResult: ...

    def list_music(self, session_id: str | None) -> MusicList: ...

    def preview(self, session_id: str | None) -> tuple[PreviewResult, bytes]: ...

    # -- the chat app's own tools -------------------------------------------------------
    def timeline(self, session_id: str | None) -> TimelineResult: ...

    def receive_chunk(
        self,
        upload_id: str | None,
        name: str,
        size: int,
        offset: int,
        data: str,
        session_id: str | None,
    ) -> ChunkResult: ...

    def video_chunk(self, job_id: str, offset: int, length: int) -> VideoChunk: ...
