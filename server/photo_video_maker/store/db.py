"""SQLite: one file under the data directory, migrations as named functions.

WAL, a busy timeout and ``BEGIN IMMEDIATE`` for writes, so concurrent tools never see
"database is locked"; ``synchronous=FULL`` because the credits ledger lives here too.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def _run(db: sqlite3.Connection, script: str) -> None:
    # executescript would commit the migration's transaction half-way: one statement at a time
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _m001_sessions(db: sqlite3.Connection) -> None:
    _run(
        db,
        """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            created REAL NOT NULL,
            updated REAL NOT NULL,
            draft TEXT NOT NULL
        );
        CREATE TABLE draft_history (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            draft TEXT NOT NULL,
            PRIMARY KEY (session_id, seq)
        );
        CREATE TABLE media (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            format TEXT NOT NULL,
            path TEXT NOT NULL,
            width INTEGER, height INTEGER, duration_ms INTEGER,
            has_audio INTEGER NOT NULL DEFAULT 0,
            taken_at REAL,
            size_bytes INTEGER NOT NULL,
            created REAL NOT NULL
        );
        CREATE INDEX media_session ON media(session_id, created);
        """,
    )


def _m002_jobs(db: sqlite3.Connection) -> None:
    _run(
        db,
        """
        CREATE TABLE jobs (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL,
            status TEXT NOT NULL,
            progress REAL NOT NULL DEFAULT 0,
            request TEXT NOT NULL,
            result TEXT,
            error TEXT,
            created REAL NOT NULL,
            updated REAL NOT NULL
        );
        CREATE INDEX jobs_session ON jobs(session_id, created);
        CREATE TABLE usage (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id TEXT,
            what TEXT NOT NULL,
            amount INTEGER NOT NULL,
            created REAL NOT NULL
        );
        """,
    )


def _m003_http_api(db: sqlite3.Connection) -> None:
    """The self-hosted HTTP service: accounts, hashed tokens, credits, session owners, renders.

    The credits row holds the ledger's invariant as a CHECK, so no code path can break it.
    """
    _run(
        db,
        """
        CREATE TABLE api_accounts (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            client_id TEXT,
            created REAL NOT NULL
        );
        CREATE TABLE api_tokens (
            hash TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES api_accounts(id),
            client_id TEXT NOT NULL,
            created REAL NOT NULL,
            expires REAL NOT NULL
        );
        CREATE INDEX api_tokens_client ON api_tokens(client_id, expires);
        CREATE TABLE api_credits (
            account_id TEXT PRIMARY KEY REFERENCES api_accounts(id),
            granted INTEGER NOT NULL,
            available INTEGER NOT NULL,
            frozen INTEGER NOT NULL,
            spent INTEGER NOT NULL,
            CHECK (available >= 0 AND frozen >= 0 AND spent >= 0
                   AND available + frozen + spent = granted)
        );
        CREATE TABLE api_holds (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES api_accounts(id),
            amount INTEGER NOT NULL CHECK (amount > 0),
            what TEXT NOT NULL,
            status TEXT NOT NULL,
            created REAL NOT NULL,
            updated REAL NOT NULL
        );
        CREATE INDEX api_holds_status ON api_holds(status);
        CREATE TABLE api_sessions (
            session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            account_id TEXT NOT NULL REFERENCES api_accounts(id),
            task_id TEXT NOT NULL UNIQUE,
            task_name TEXT NOT NULL,
            language TEXT NOT NULL,
            created REAL NOT NULL
        );
        CREATE INDEX api_sessions_account ON api_sessions(account_id);
        CREATE TABLE api_renders (
            account_id TEXT NOT NULL REFERENCES api_accounts(id),
            id TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE,
            session_id TEXT NOT NULL,
            status TEXT NOT NULL,
            request TEXT NOT NULL,
            export_job TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            result TEXT,
            error TEXT,
            created REAL NOT NULL,
            updated REAL NOT NULL,
            PRIMARY KEY (account_id, id)
        );
        CREATE INDEX api_renders_status ON api_renders(status, created);
        CREATE INDEX api_renders_session ON api_renders(session_id, created);
        """,
    )


def _m004_turns(db: sqlite3.Connection) -> None:
    """The person's language and their last turn's edits and changes, per session: replies
    stay in their language, and "what did you just change" or "4 seconds instead" have an
    answer."""
    _run(
        db,
        """
        ALTER TABLE sessions ADD COLUMN lang TEXT;
        ALTER TABLE sessions ADD COLUMN last_turn TEXT
        """,
    )


def _m005_job_owner(db: sqlite3.Connection) -> None:
    """The process that runs each export job, so that a later start can tell a job whose
    process died from one another live server is still rendering (NULL: from before).

    Numbered 005 because main's 004 adds the sessions' language; a development build ran
    this step as "004_job_owner", so the column may already be there.
    """
    if "pid" not in {row[1] for row in db.execute("PRAGMA table_info(jobs)")}:
        db.execute("ALTER TABLE jobs ADD COLUMN pid INTEGER")


def _m006_scale_out(db: sqlite3.Connection) -> None:
    """Renders that may cost credits (the hold), name the worker that made them and count
    their seconds against a daily allowance; /run_sse turns kept by idempotency key, so a
    retried message is applied and charged once and answered the same."""
    _run(
        db,
        """
        ALTER TABLE api_renders ADD COLUMN hold TEXT;
        ALTER TABLE api_renders ADD COLUMN worker TEXT;
        ALTER TABLE api_renders ADD COLUMN seconds REAL NOT NULL DEFAULT 0;
        ALTER TABLE api_renders ADD COLUMN started REAL;
        CREATE INDEX api_renders_account ON api_renders(account_id, status, created);
        CREATE TABLE api_turns (
            account_id TEXT NOT NULL REFERENCES api_accounts(id),
            key TEXT NOT NULL,
            session_id TEXT NOT NULL,
            request TEXT NOT NULL,
            status TEXT NOT NULL,
            events TEXT,
            created REAL NOT NULL,
            PRIMARY KEY (account_id, key)
        )
        """,
    )


def _m007_asked(db: sqlite3.Connection) -> None:
    """The options of the question the person was just asked ("which did you mean?"), so that
    their answer ("the second", "slide", "yes") does what they chose."""
    db.execute("ALTER TABLE sessions ADD COLUMN asked TEXT")


def _m008_history_steps(db: sqlite3.Connection) -> None:
    """What the change after each draft in the undo history was, when undo should say more than
    "the last change" (an upload: which photos it takes out)."""
    db.execute("ALTER TABLE draft_history ADD COLUMN step TEXT")


def _m009_redo(db: sqlite3.Connection) -> None:
    """The drafts undo took back, newest last, with the change that had made each: what redo
    makes again. Any other change empties it."""
    db.execute(
        "CREATE TABLE draft_redo (session_id TEXT NOT NULL REFERENCES sessions(id) "
        "ON DELETE CASCADE, seq INTEGER NOT NULL, draft TEXT NOT NULL, step TEXT, "
        "PRIMARY KEY (session_id, seq))"
    )


MIGRATIONS: list[tuple[str, Callable[[sqlite3.Connection], None]]] = [
    ("001_sessions", _m001_sessions),
    ("002_jobs", _m002_jobs),
    ("003_http_api", _m003_http_api),
    ("004_turns", _m004_turns),
    ("005_job_owner", _m005_job_owner),
    ("006_scale_out", _m006_scale_out),
    ("007_asked", _m007_asked),
    ("008_history_steps", _m008_history_steps),
    ("009_redo", _m009_redo),
]


class Database:
    """A connection per thread to one SQLite file, migrated on open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._migrate()

    def connect(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
            self._local.conn = conn
        return conn

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction taken up front (BEGIN IMMEDIATE): all or nothing."""
        conn = self.connect()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _migrate(self) -> None:
        with self.write() as db:
            db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY)")
            done = {row[0] for row in db.execute("SELECT name FROM migrations")}
            for name, step in MIGRATIONS:
                if name not in done:
                    step(db)
                    db.execute("INSERT INTO migrations (name) VALUES (?)", (name,))
