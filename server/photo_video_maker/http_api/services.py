"""What the endpoints work with, built once per app."""

from __future__ import annotations

from dataclasses import dataclass

from ..backends.local import LocalBackend
from ..config import Settings
from .auth import TokenStore
from .edits import EditTurns
from .ledger import Ledger
from .owners import SessionOwners
from .render_front import Renders
from .turn_replies import TurnReplies


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
