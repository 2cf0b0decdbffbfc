"""Export jobs and usage, in SQLite: a render outlives the tool call that started it."""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from typing import Any

from uuid6 import uuid7

from .db import Database


@dataclass(frozen=True)
class Job:
    id: str
    session_id: str
    status: str  # queued, running, completed, failed
    progress: float  # 0..1
    request: dict[str, Any]
    result: dict[str, Any] | None
    error: str | None
    created: float
    updated: float
    pid: int | None = None  # the process that runs it; None for jobs from before it was kept


def _job(row: Any) -> Job:
    return Job(
        id=row["id"],
        session_id=row["session_id"],
        status=row["status"],
        progress=row["progress"],
        request=json.loads(row["request"]),
        result=json.loads(row["result"]) if row["result"] else None,
        error=row["error"],
        created=row["created"],
        updated=row["updated"],
        pid=row["pid"],
    )


class JobStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, session_id: str, request: dict[str, Any]) -> Job:
        job_id, now = "job_" + str(uuid7()).replace("-", ""), time.time()
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO jobs (id, session_id, status, progress, request, created, updated, "
                "pid) VALUES (?, ?, 'queued', 0, ?, ?, ?, ?)",
                (job_id, session_id, json.dumps(request), now, now, os.getpid()),
            )
        job = self.get(job_id)
        assert job is not None
        return job

    def get(self, job_id: str) -> Job | None:
        row = self.db.connect().execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return None if row is None else _job(row)

    def latest(self, session_id: str) -> Job | None:
        row = (
            self.db.connect()
            .execute(
                "SELECT * FROM jobs WHERE session_id = ? ORDER BY created DESC, rowid DESC LIMIT 1",
                (session_id,),
            )
            .fetchone()
        )
        return None if row is None else _job(row)

    def update(
        self,
        job_id: str,
        *,
        status: str | None = None,
        progress: float | None = None,
        result: dict[str, Any] | None = None,
        error: str | None = None,
    ) -> None:
        sets: list[str] = ["updated = ?"]
        args: list[object] = [time.time()]
        for column, value in (("status", status), ("progress", progress), ("error", error)):
            if value is not None:
                sets.append(f"{column} = ?")
                args.append(value)
        if result is not None:
            sets.append("result = ?")
            args.append(json.dumps(result))
        with self.db.write() as conn:
            conn.execute(f"UPDATE jobs SET {', '.join(sets)} WHERE id = ?", (*args, job_id))

    def set_owner(self, job_id: str, pid: int) -> None:
        """Record the process that runs the job (a render process of its own)."""
        with self.db.write() as conn:
            conn.execute(
                "UPDATE jobs SET pid = ?, updated = ? WHERE id = ?", (pid, time.time(), job_id)
            )

    def complete(self, job: Job, result: dict[str, Any], cost: int) -> None:
        """Mark a job completed with its result and record its use, in one transaction: a
        process stopped in between cannot leave a completed export uncounted."""
        with self.db.write() as conn:
            conn.execute(
                "UPDATE jobs SET status = 'completed', progress = 1, result = ?, updated = ? "
                "WHERE id = ?",
                (json.dumps(result), time.time(), job.id),
            )
            conn.execute(
                "INSERT INTO usage (session_id, what, amount, created) VALUES (?, 'export', ?, ?)",
                (job.session_id, cost, time.time()),
            )

    def with_status(self, *statuses: str, error: str | None = None) -> list[Job]:
        """Jobs in any of ``statuses`` (and with exactly ``error`` when given), oldest first."""
        marks = ", ".join("?" for _ in statuses)
        sql = f"SELECT * FROM jobs WHERE status IN ({marks})"
        args: list[object] = list(statuses)
        if error is not None:
            sql += " AND error = ?"
            args.append(error)
        rows = self.db.connect().execute(sql + " ORDER BY created, rowid", args).fetchall()
        return [_job(row) for row in rows]

    def latest_for_path(self, path: str) -> str | None:
        """The id of the newest job that writes ``path``: only it may claim a file there."""
        row = (
            self.db.connect()
            .execute(
                "SELECT id FROM jobs WHERE json_extract(request, '$.path') = ? "
                "ORDER BY created DESC, rowid DESC LIMIT 1",
                (path,),
            )
            .fetchone()
        )
        return None if row is None else str(row["id"])

    def usage(self) -> dict[str, int]:
        rows = (
            self.db.connect()
            .execute("SELECT what, COUNT(*) AS n, SUM(amount) AS total FROM usage GROUP BY what")
            .fetchall()
        )
        out: dict[str, int] = {}
        for row in rows:
            out[f"{row['what']}_count"] = int(row["n"])
            out[f"{row['what']}_credits"] = int(row["total"] or 0)
        return out
