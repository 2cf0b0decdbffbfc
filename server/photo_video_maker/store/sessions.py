"""Sessions, their media and their drafts (with history for undo), in SQLite."""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

from pydantic import TypeAdapter

from ..errors import InputError, SessionNotFound, shorten
from ..model.draft import Draft
from ..model.edit_types import UNDO_STEPS, Edit
from ..model.lang import Lang
from ..model.layout import MediaRef
from .db import Database

EDITS: TypeAdapter[list[Edit]] = TypeAdapter(list[Edit])

HISTORY_LIMIT = UNDO_STEPS


def new_session_id() -> str:
    """128 random bits: a session id cannot be guessed."""
    return secrets.token_hex(16)


@dataclass(frozen=True)
class Turn:
    """The last change of a session, as asked for and as told."""

    edits: list[Edit]
    changes: list[str]
    # the question answered since ("format" after "is it 60fps?"): "make it 60 then" is 60 fps
    topic: str | None = None


@dataclass(frozen=True)
class Choice:
    """One reading offered to the person when a request could mean several edits."""

    label: str
    edits: list[Edit]


@dataclass(frozen=True)
class MediaRecord:
    id: str
    session_id: str
    name: str
    kind: str
    format: str
    path: Path
    width: int | None
    height: int | None
    duration_ms: int | None
    has_audio: bool
    taken_at: float | None
    size_bytes: int

    def ref(self) -> MediaRef:
        return MediaRef(
            id=self.id,
            name=self.name,
            kind=self.kind,
            width=self.width,
            height=self.height,
            duration_ms=self.duration_ms,
            has_audio=self.has_audio,
        )


def _record(row: Any) -> MediaRecord:
    return MediaRecord(
        id=row["id"],
        session_id=row["session_id"],
        name=row["name"],
        kind=row["kind"],
        format=row["format"],
        path=Path(row["path"]),
        width=row["width"],
        height=row["height"],
        duration_ms=row["duration_ms"],
        has_audio=bool(row["has_audio"]),
        taken_at=row["taken_at"],
        size_bytes=row["size_bytes"],
    )


class SessionStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self) -> str:
        sid, now = new_session_id(), time.time()
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO sessions (id, created, updated, draft) VALUES (?, ?, ?, ?)",
                (sid, now, now, json.dumps(Draft().to_json())),
            )
        return sid

    def latest(self) -> str | None:
        row = (
            self.db.connect()
            .execute("SELECT id FROM sessions ORDER BY updated DESC, rowid DESC LIMIT 1")
            .fetchone()
        )
        return None if row is None else str(row["id"])

    def resolve(self, session_id: str | None, create: bool = False) -> str:
        """The given session (which must exist), else the most recent, else a new one."""
        if session_id:
            self.require(session_id)
            return session_id
        latest = self.latest()
        if latest is not None:
            return latest
        if create:
            return self.create()
        raise SessionNotFound("there is no session yet", "Upload photos first to start one")

    def require(self, session_id: str) -> None:
        row = (
            self.db.connect()
            .execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,))
            .fetchone()
        )
        if row is None:
            raise SessionNotFound(f"no session {shorten(session_id)}")

    def draft(self, session_id: str) -> Draft:
        row = (
            self.db.connect()
            .execute("SELECT draft FROM sessions WHERE id = ?", (session_id,))
            .fetchone()
        )
        if row is None:
            raise SessionNotFound(f"no session {shorten(session_id)}")
        return Draft.model_validate(json.loads(row["draft"]))

    def language(self, session_id: str) -> Lang | None:
        """The language the person last wrote in, if they have written."""
        row = self.db.connect().execute("SELECT lang FROM sessions WHERE id = ?", (session_id,))
        found = row.fetchone()
        return cast(Lang, found["lang"]) if found and found["lang"] in ("en", "zh") else None

    def set_language(self, session_id: str, lang: Lang) -> None:
        with self.db.write() as conn:
            conn.execute("UPDATE sessions SET lang = ? WHERE id = ?", (lang, session_id))

    def last_turn(self, session_id: str) -> Turn | None:
        """The edits and the changes of the session's last change, if any."""
        row = self.db.connect().execute(
            "SELECT last_turn FROM sessions WHERE id = ?", (session_id,)
        )
        found = row.fetchone()
        if not found or not found["last_turn"]:
            return None
        data = json.loads(found["last_turn"])
        edits = EDITS.validate_python(data["edits"])
        return Turn(edits, list(data["changes"]), data.get("topic"))

    def set_topic(self, session_id: str, topic: str | None) -> None:
        """Keep the question just answered with the last turn (None: a turn since asked
        nothing); the last change itself stays as it was."""
        last = self.last_turn(session_id)
        if last is None and topic is None:
            return
        turn = Turn(last.edits if last else [], last.changes if last else [], topic)
        with self.db.write() as conn:
            conn.execute(
                "UPDATE sessions SET last_turn = ? WHERE id = ?", (_turn_json(turn), session_id)
            )

    def asked(self, session_id: str) -> list[Choice]:
        """The options of the question just asked (empty when none is open)."""
        row = self.db.connect().execute("SELECT asked FROM sessions WHERE id = ?", (session_id,))
        found = row.fetchone()
        if not found or not found["asked"]:
            return []
        return [
            Choice(str(c["label"]), EDITS.validate_python(c["edits"]))
            for c in json.loads(found["asked"])
        ]

    def set_asked(self, session_id: str, choices: Sequence[Choice]) -> None:
        """Keep the options just offered; none closes the question."""
        data = [
            {"label": c.label, "edits": EDITS.dump_python(c.edits, mode="json")} for c in choices
        ]
        with self.db.write() as conn:
            conn.execute(
                "UPDATE sessions SET asked = ? WHERE id = ?",
                (json.dumps(data) if data else None, session_id),
            )

    def save_draft(
        self,
        session_id: str,
        draft: Draft,
        *,
        undoable: bool = True,
        turn: Turn | None = None,
        step: dict[str, Any] | None = None,
        start: bool = False,
    ) -> None:
        """Store the new draft; the one it replaces goes on the undo history, unless it is the
        same (a change that changed nothing is no step to undo). ``turn`` is the change that
        made it, kept for "what did you just change"; ``step`` says what that change was where
        undo should tell more than "the last change" (``last_step``). ``start`` makes this draft
        where undo stops: the history before it is dropped (the upload that made the video).
        """
        with self.db.write() as conn:
            row = conn.execute("SELECT draft FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if row is None:
                raise SessionNotFound(f"no session {shorten(session_id)}")
            text = json.dumps(draft.to_json())
            changed = json.loads(row["draft"]) != json.loads(text)
            if start or changed:  # what undo took back can no longer be made again
                conn.execute("DELETE FROM draft_redo WHERE session_id = ?", (session_id,))
            if start:
                conn.execute("DELETE FROM draft_history WHERE session_id = ?", (session_id,))
            elif undoable and changed:
                _push(
                    conn,
                    "draft_history",
                    session_id,
                    row["draft"],
                    json.dumps(step) if step else None,
                )
            conn.execute(
                "UPDATE sessions SET draft = ?, updated = ? WHERE id = ?",
                (text, time.time(), session_id),
            )
            if turn is not None:
                conn.execute(
                    "UPDATE sessions SET last_turn = ? WHERE id = ?",
                    (_turn_json(turn), session_id),
                )

    def last_step(self, session_id: str) -> dict[str, Any] | None:
        """What the change undo would take back was, when it was told (``save_draft``'s
        ``step``); None for an edit, or when there is nothing to undo."""
        row = (
            self.db.connect()
            .execute(
                "SELECT step FROM draft_history WHERE session_id = ? ORDER BY seq DESC LIMIT 1",
                (session_id,),
            )
            .fetchone()
        )
        if row is None or not row["step"]:
            return None
        return cast(dict[str, Any], json.loads(row["step"]))

    def undo(self, session_id: str, turn: Turn | None = None) -> Draft | None:
        """Go back one change; None when there is nothing to undo. ``turn`` tells the undo.
        The draft it leaves is kept for redo."""
        with self.db.write() as conn:
            row = _pop(conn, "draft_history", session_id)
            if row is None:
                return None
            _push(conn, "draft_redo", session_id, _current(conn, session_id), row["step"])
            conn.execute(
                "UPDATE sessions SET draft = ?, updated = ?, last_turn = ? WHERE id = ?",
                (row["draft"], time.time(), _turn_json(turn) if turn else None, session_id),
            )
        return Draft.model_validate(json.loads(row["draft"]))

    def redo(self, session_id: str) -> tuple[Draft, dict[str, Any] | None] | None:
        """Make again the change undo took back last: its draft, and what that change was
        (``save_draft``'s ``step``); None when there is nothing to redo. The draft it replaces
        goes on the undo history, so undo takes the redo back."""
        with self.db.write() as conn:
            row = _pop(conn, "draft_redo", session_id)
            if row is None:
                return None
            _push(conn, "draft_history", session_id, _current(conn, session_id), row["step"])
            conn.execute(
                "UPDATE sessions SET draft = ?, updated = ? WHERE id = ?",
                (row["draft"], time.time(), session_id),
            )
        step = cast(dict[str, Any], json.loads(row["step"])) if row["step"] else None
        return Draft.model_validate(json.loads(row["draft"])), step

    def before_last(self, session_id: str) -> tuple[int, Draft] | None:
        """The draft undo would go back to, and its place in the history; None when there is
        nothing to undo. Nothing changes."""
        row = (
            self.db.connect()
            .execute(
                "SELECT seq, draft FROM draft_history WHERE session_id = ? "
                "ORDER BY seq DESC LIMIT 1",
                (session_id,),
            )
            .fetchone()
        )
        if row is None:
            return None
        return int(row["seq"]), Draft.model_validate(json.loads(row["draft"]))

    def set_last_turn(self, session_id: str, turn: Turn) -> None:
        """Tell the last change as ``turn`` (several undos said as one)."""
        with self.db.write() as conn:
            conn.execute(
                "UPDATE sessions SET last_turn = ? WHERE id = ?", (_turn_json(turn), session_id)
            )

    def replace_last(self, session_id: str, seq: int, draft: Draft, turn: Turn) -> None:
        """Undo and an edit as one change: ``draft`` (made from the draft at history ``seq``,
        see ``before_last``) replaces the last change, and undo goes back to that draft.

        Raises InputError when the history moved on since ``before_last`` read it.
        """
        with self.db.write() as conn:
            row = conn.execute(
                "SELECT MAX(seq) FROM draft_history WHERE session_id = ?", (session_id,)
            ).fetchone()
            if row[0] != seq:
                raise InputError(
                    "the video changed while this edit was being made",
                    "Look at the video's state and send the edit again",
                )
            conn.execute(
                "UPDATE sessions SET draft = ?, updated = ?, last_turn = ? WHERE id = ?",
                (json.dumps(draft.to_json()), time.time(), _turn_json(turn), session_id),
            )
            conn.execute("DELETE FROM draft_redo WHERE session_id = ?", (session_id,))

    def add_media(self, record: MediaRecord) -> None:
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO media (id, session_id, name, kind, format, path, width, height, "
                "duration_ms, has_audio, taken_at, size_bytes, created) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.id,
                    record.session_id,
                    record.name,
                    record.kind,
                    record.format,
                    str(record.path),
                    record.width,
                    record.height,
                    record.duration_ms,
                    int(record.has_audio),
                    record.taken_at,
                    record.size_bytes,
                    time.time(),
                ),
            )

    def media(self, session_id: str) -> list[MediaRecord]:
        rows = (
            self.db.connect()
            .execute(
                "SELECT * FROM media WHERE session_id = ? ORDER BY created, rowid", (session_id,)
            )
            .fetchall()
        )
        return [_record(row) for row in rows]


def _current(conn: sqlite3.Connection, session_id: str) -> str:
    row = conn.execute("SELECT draft FROM sessions WHERE id = ?", (session_id,)).fetchone()
    if row is None:
        raise SessionNotFound(f"no session {shorten(session_id)}")
    return str(row["draft"])


def _pop(
    conn: sqlite3.Connection, table: Literal["draft_history", "draft_redo"], session_id: str
) -> sqlite3.Row | None:
    """The draft on top of the undo history or the redo stack, taken off it."""
    row = conn.execute(
        f"SELECT seq, draft, step FROM {table} WHERE session_id = ? ORDER BY seq DESC LIMIT 1",
        (session_id,),
    ).fetchone()
    if row is not None:
        conn.execute(
            f"DELETE FROM {table} WHERE session_id = ? AND seq = ?", (session_id, row["seq"])
        )
    return cast(sqlite3.Row | None, row)


def _push(
    conn: sqlite3.Connection,
    table: Literal["draft_history", "draft_redo"],
    session_id: str,
    draft: str,
    step: str | None,
) -> None:
    """A draft on top of the undo history or the redo stack, the oldest beyond the limit
    dropped."""
    seq = conn.execute(
        f"SELECT COALESCE(MAX(seq), 0) + 1 FROM {table} WHERE session_id = ?", (session_id,)
    ).fetchone()[0]
    conn.execute(
        f"INSERT INTO {table} (session_id, seq, draft, step) VALUES (?, ?, ?, ?)",
        (session_id, seq, draft, step),
    )
    conn.execute(
        f"DELETE FROM {table} WHERE session_id = ? AND seq <= ?",
        (session_id, seq - HISTORY_LIMIT),
    )


def _turn_json(turn: Turn) -> str:
    data: dict[str, Any] = {
        "edits": EDITS.dump_python(turn.edits, mode="json"),
        "changes": turn.changes,
    }
    if turn.topic:
        data["topic"] = turn.topic
    return json.dumps(data)
