"""Which account owns which session.

Sessions themselves live in the engine's SessionStore; this table only says whose they are.
Asking for someone else's session is answered exactly like asking for one that does not
exist (404, code 1002): a 403 would confirm that the id is real.
"""

from __future__ import annotations

import time

from uuid6 import uuid7

from ..errors import SessionNotFound
from ..store.db import Database
from ..store.sessions import SessionStore


class SessionOwners:
    """Creates sessions for accounts and checks that a session belongs to the caller."""

    def __init__(self, db: Database, sessions: SessionStore) -> None:
        self.db, self.sessions = db, sessions

    def create(self, account_id: str, task_name: str, language: str) -> tuple[str, str]:
        """A new session owned by ``account_id``: ``(task_id, session_id)``."""
        session_id = self.sessions.create()
        task_id = "task_" + str(uuid7()).replace("-", "")
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO api_sessions "
                "(session_id, account_id, task_id, task_name, language, created) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (session_id, account_id, task_id, task_name, language, time.time()),
            )
        return task_id, session_id

    def require(self, account_id: str, session_id: str) -> str:
        """``session_id`` if ``account_id`` owns it, else SessionNotFound."""
        row = (
            self.db.connect()
            .execute(
                "SELECT 1 FROM api_sessions WHERE session_id = ? AND account_id = ?",
                (session_id, account_id),
            )
            .fetchone()
        )
        if row is None:
            raise SessionNotFound("no such session")
        return session_id
