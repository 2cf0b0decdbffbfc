"""Render jobs as rows of ``api_renders``: what both queues (in-process and distributed) share.

A job is keyed by (account, client-chosen id), so posting the same id again returns the same
job; ``key`` is internal and unique and names the output file. The request (the draft as it
was when the job was accepted, sized and checked) is copied into the row, so a restart can
render it again. A job that costs credits names its ``hold``: finishing a job settles the hold
(completed) or releases it (failed) in the same step that records the outcome, and only the
step that moves the job out of pending/processing does so, hence exactly once.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from uuid6 import uuid7

from ..errors import RenderNotFound
from ..store.db import Database
from .ledger import Ledger

DAY_S = 86400.0


@dataclass(frozen=True)
class RenderJob:
    account_id: str
    id: str
    key: str  # internal and unique: names the output file
    session_id: str
    status: str  # pending, processing, completed, failed
    request: dict[str, Any]
    export_job: str | None
    result: dict[str, Any] | None
    error: str | None
    hold: str | None = None
    worker: str | None = None
    seconds: float = 0.0
    progress: float = 0.0  # 0..1, live while processing

    @property
    def finished(self) -> bool:
        return self.status in ("completed", "failed")


def _job(row: Any) -> RenderJob:
    return RenderJob(
        account_id=row["account_id"],
        id=row["id"],
        key=row["key"],
        session_id=row["session_id"],
        status=row["status"],
        request=json.loads(row["request"]),
        export_job=row["export_job"],
        result=json.loads(row["result"]) if row["result"] else None,
        error=row["error"],
        hold=row["hold"],
        worker=row["worker"],
        seconds=float(row["seconds"] or 0),
        progress=1.0 if row["status"] == "completed" else 0.0,
    )


class RenderRows:
    """The table of render jobs, with the ledger that their holds belong to."""

    def __init__(self, db: Database, ledger: Ledger, home: Path) -> None:
        self.db, self.ledger, self.home = db, ledger, home

    def find(self, account_id: str, render_id: str) -> RenderJob | None:
        """The account's job with this id, if any."""
        row = (
            self.db.connect()
            .execute(
                "SELECT * FROM api_renders WHERE account_id = ? AND id = ?", (account_id, render_id)
            )
            .fetchone()
        )
        return None if row is None else _job(row)

    def get(self, account_id: str, render_id: str) -> RenderJob:
        """The account's job with this id, or RenderNotFound."""
        job = self.find(account_id, render_id)
        if job is None:
            raise RenderNotFound("no such render")
        return job

    def insert(
        self,
        account_id: str,
        render_id: str,
        session_id: str,
        request: dict[str, Any],
        *,
        hold: str | None,
        seconds: float,
        check: Callable[[float, float], None] | None = None,
    ) -> bool:
        """Add a pending job; False when the account already has a job with this id.

        ``check(used, until)`` sees the account's seconds of the last 24 hours (as
        ``seconds_today``) in the same write transaction as the insert, and may raise to refuse
        the job: two requests at once, or on two servers sharing the database, cannot both
        pass a daily allowance that has room for one of them.
        """
        now = time.time()
        with self.db.write() as conn:
            if check is not None:
                known = conn.execute(
                    "SELECT 1 FROM api_renders WHERE account_id = ? AND id = ?",
                    (account_id, render_id),
                ).fetchone()
                if known is not None:
                    return False  # the same id again: the job it names, not a second charge
                check(*_seconds_today(conn, account_id))
            cursor = conn.execute(
                "INSERT INTO api_renders (account_id, id, key, session_id, status, request, "
                "hold, seconds, created, updated) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?) "
                "ON CONFLICT (account_id, id) DO NOTHING",
                (
                    account_id,
                    render_id,
                    str(uuid7()).replace("-", ""),
                    session_id,
                    json.dumps(request),
                    hold,
                    seconds,
                    now,
                    now,
                ),
            )
        return cursor.rowcount == 1

    def completed(self, account_id: str, session_id: str) -> list[RenderJob]:
        """Finished renders of a session, oldest first."""
        rows = (
            self.db.connect()
            .execute(
                "SELECT * FROM api_renders WHERE account_id = ? AND session_id = ? "
                "AND status = 'completed' ORDER BY created",
                (account_id, session_id),
            )
            .fetchall()
        )
        return [_job(row) for row in rows]

    def unfinished(self) -> list[RenderJob]:
        """Jobs not yet completed or failed, oldest first."""
        rows = (
            self.db.connect()
            .execute(
                "SELECT * FROM api_renders WHERE status IN ('pending', 'processing') "
                "ORDER BY created"
            )
            .fetchall()
        )
        return [_job(row) for row in rows]

    def queued_ahead(self, account_id: str) -> int:
        """How many of the account's renders are waiting or running (its queue's length)."""
        row = (
            self.db.connect()
            .execute(
                "SELECT COUNT(*) FROM api_renders WHERE account_id = ? "
                "AND status IN ('pending', 'processing')",
                (account_id,),
            )
            .fetchone()
        )
        return int(row[0])

    def seconds_today(self, account_id: str) -> tuple[float, float]:
        """Video seconds the account had rendered or queued in the last 24 hours, and when the
        oldest of them stops counting (epoch seconds)."""
        return _seconds_today(self.db.connect(), account_id)

    def set(self, job: RenderJob, **columns: Any) -> None:
        """Change columns of a job that is not finished (names are literals of this package)."""
        names = ", ".join(f"{name} = ?" for name in columns)
        with self.db.write() as conn:
            conn.execute(
                f"UPDATE api_renders SET {names}, updated = ? WHERE account_id = ? AND id = ? "
                "AND status IN ('pending', 'processing')",
                (*columns.values(), time.time(), job.account_id, job.id),
            )

    def finish(
        self,
        job: RenderJob,
        *,
        result: dict[str, Any] | None = None,
        error: str | None = None,
        worker: str | None = None,
    ) -> RenderJob:
        """Record how the job ended and settle (completed) or release (failed) its credits.

        Only the first call for a job changes anything: the job and its hold end once.
        """
        status = "failed" if error is not None else "completed"
        with self.db.write() as conn:
            moved = conn.execute(
                "UPDATE api_renders SET status = ?, result = ?, error = ?, "
                "worker = COALESCE(?, worker), updated = ? WHERE account_id = ? AND id = ? "
                "AND status IN ('pending', 'processing')",
                (
                    status,
                    json.dumps(result) if result is not None else None,
                    error,
                    worker,
                    time.time(),
                    job.account_id,
                    job.id,
                ),
            ).rowcount
        if moved and job.hold:
            if status == "completed":
                self.ledger.settle(job.hold)
            else:
                self.ledger.release(job.hold)
        return self.get(job.account_id, job.id)

    def output_file(self, job: RenderJob) -> Path | None:
        """The finished video on disk, if the job completed and the file is still there."""
        if job.status != "completed" or not job.result:
            return None
        path = Path(job.result["path"])
        path = path if path.is_absolute() else self.home / path
        return path if path.is_file() else None

    def settle_leftovers(self) -> int:
        """At start: close the holds of a previous process. A render that completed is paid
        for, one still queued keeps its hold, anything else (failed renders, edits cut off by
        the stop) is given back. The number of holds closed."""
        rows = (
            self.db.connect()
            .execute(
                "SELECT h.id AS hold, r.status AS status FROM api_holds h "
                "LEFT JOIN api_renders r ON r.hold = h.id WHERE h.status = 'open'"
            )
            .fetchall()
        )
        closed = 0
        for row in rows:
            if row["status"] in ("pending", "processing"):
                continue
            hold = str(row["hold"])
            done = (
                self.ledger.settle(hold)
                if row["status"] == "completed"
                else self.ledger.release(hold)
            )
            closed += int(done)
        return closed


def with_live(job: RenderJob, **changes: Any) -> RenderJob:
    """The job as a status answer shows it (live progress, worker)."""
    return replace(job, **changes)


def _seconds_today(conn: sqlite3.Connection, account_id: str) -> tuple[float, float]:
    row = conn.execute(
        "SELECT COALESCE(SUM(seconds), 0), MIN(created) FROM api_renders "
        "WHERE account_id = ? AND created > ? AND status != 'failed'",
        (account_id, time.time() - DAY_S),
    ).fetchone()
    oldest = float(row[1]) if row[1] is not None else time.time()
    return float(row[0]), oldest + DAY_S
