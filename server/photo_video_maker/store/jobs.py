"""Export jobs and usage, in SQLite: a render outlives the tool call that started it."""

from __future__ import annotations

import json
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
    )


class JobStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, session_id: str, request: dict[str, Any]) -> Job:
        job_id, now = "job_" + str(uuid7()).replace("-", ""), time.time()
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO jobs (id, session_id, status, progress, request, created, updated) "
                "VALUES (?, ?, 'queued', 0, ?, ?, ?)",
                (job_id, session_id, json.dumps(request), now, now),
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

    def fail_interrupted(self) -> int:
        """Jobs left running by a process that died: failed, with a reason a person can act on."""
        with self.db.write() as conn:
            cursor = conn.execute(
                "UPDATE jobs SET status = 'failed', error = ?, updated = ? "
                "WHERE status IN ('queued', 'running')",
                ("the server stopped while rendering; export again", time.time()),
            )
        return cursor.rowcount

    def record_usage(self, session_id: str | None, what: str, amount: int) -> None:
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO usage (session_id, what, amount, created) VALUES (?, ?, ?, ?)",
                (session_id, what, amount, time.time()),
            )

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
