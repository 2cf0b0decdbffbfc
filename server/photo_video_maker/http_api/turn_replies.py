"""``/run_sse`` turns kept by ``Idempotency-Key``: a retried message is applied and charged
once, and the retry gets the same reply.

The first request with a key claims it (a row in ``api_turns``, status ``running``) before
any credit is frozen; the turn's events are stored when its work ends, which it does even if
the client hung up. A retry with the same key and the same message waits for that (with
heartbeats) and replays the stored events; the same key with another message is a 400.
If the turn fails before it starts (no credits, unknown session) the claim is dropped, so a
retry runs it. Claims left ``running`` by a stopped service are dropped at start: that turn
ended with the process, and its credits were given back.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import dataclass

from ..errors import InputError
from ..store.db import Database

KEY = re.compile(r"[A-Za-z0-9._:-]{1,128}")


@dataclass(frozen=True)
class Kept:
    """A turn already claimed with this key."""

    request: str
    done: bool
    events: list[str]


def digest(session_id: str, text: str) -> str:
    """What identifies a message: its session and its text."""
    return hashlib.sha256(json.dumps([session_id, text]).encode("utf-8")).hexdigest()


def check_key(key: str) -> str:
    """The key if well formed, else a 400."""
    if not KEY.fullmatch(key):
        raise InputError(
            "the Idempotency-Key header is not valid",
            "Send letters, digits, '.', '_', ':' or '-', at most 128 characters",
        )
    return key


class TurnReplies:
    """Claims, stores and replays turns by (account, key)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def claim(self, account_id: str, key: str, session_id: str, request: str) -> Kept | None:
        """None when this call claimed the key (it runs the turn), else what the key holds."""
        with self.db.write() as conn:
            row = conn.execute(
                "SELECT request, status, events FROM api_turns WHERE account_id = ? AND key = ?",
                (account_id, key),
            ).fetchone()
            if row is None:
                conn.execute(
                    "INSERT INTO api_turns (account_id, key, session_id, request, status, "
                    "created) VALUES (?, ?, ?, ?, 'running', ?)",
                    (account_id, key, session_id, request, time.time()),
                )
                return None
        events = json.loads(row["events"]) if row["events"] else []
        return Kept(str(row["request"]), row["status"] == "done", list(events))

    def save(self, account_id: str, key: str, events: list[str]) -> None:
        """The turn's reply, for every retry."""
        with self.db.write() as conn:
            conn.execute(
                "UPDATE api_turns SET status = 'done', events = ? WHERE account_id = ? AND key = ?",
                (json.dumps(events), account_id, key),
            )

    def drop(self, account_id: str, key: str) -> None:
        """Forget a claim whose turn never started."""
        with self.db.write() as conn:
            conn.execute(
                "DELETE FROM api_turns WHERE account_id = ? AND key = ? AND status = 'running'",
                (account_id, key),
            )

    def kept(self, account_id: str, key: str) -> Kept | None:
        """What the key holds now."""
        row = (
            self.db.connect()
            .execute(
                "SELECT request, status, events FROM api_turns WHERE account_id = ? AND key = ?",
                (account_id, key),
            )
            .fetchone()
        )
        if row is None:
            return None
        events = json.loads(row["events"]) if row["events"] else []
        return Kept(str(row["request"]), row["status"] == "done", list(events))

    def forget_unfinished(self) -> int:
        """At start: drop the claims of turns that ended with the previous process."""
        with self.db.write() as conn:
            return conn.execute("DELETE FROM api_turns WHERE status = 'running'").rowcount
