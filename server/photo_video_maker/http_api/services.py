"""What the endpoints work with, built once per app."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..backends.local import LocalBackend
from ..config import Settings
from .auth import TokenStore
from .edits import EditTurns
from .ledger import Ledger
from .owners import SessionOwners
from .render_request import RenderRequest
from .render_rows import RenderJob, RenderRows
from .turn_replies import TurnReplies


class Renders(Protocol):
    """A render queue: in this process (renders.py) or on workers (renders_remote.py)."""

    rows: RenderRows

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def find(self, account_id: str, render_id: str) -> RenderJob | None: ...
    def get(self, account_id: str, render_id: str) -> RenderJob: ...
    def submit(
        self,
        account_id: str,
        render_id: str,
        session_id: str,
        request: RenderRequest,
        hold: str | None,
        check: Callable[[float, float], None] | None = None,
    ) -> tuple[RenderJob, bool]: ...
    def completed(self, account_id: str, session_id: str) -> list[RenderJob]: ...
    def output_file(self, job: RenderJob) -> Path | None: ...


@dataclass(frozen=True)
class Services:
    """The engine and the service's own stores; kept on ``app.state.services``."""

    settings: Settings
    backend: LocalBackend
    ledger: Ledger
    tokens: TokenStore
    owners: SessionOwners
    turns: EditTurns
    replies: TurnReplies
    renders: Renders
    heartbeat_s: float
    render_cost: int = 0
