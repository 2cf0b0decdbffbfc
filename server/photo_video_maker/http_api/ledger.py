"""The credits ledger: grants, reservations (frozen), spending and releases, in SQLite.

Each account has one row ``granted = available + frozen + spent`` (a CHECK in the table, so no
code path can break it). Work that costs credits first *reserves* them (available -> frozen,
with a hold row naming the work), then *settles* the hold (frozen -> spent) when it succeeded
or *releases* it (frozen -> available) when it did not. Every step is one ``BEGIN IMMEDIATE``
transaction, so concurrent requests are serialised by SQLite and a credit is never reserved
twice; a hold changes state at most once, so settling or releasing twice is harmless.
"""

from __future__ import annotations

import secrets
import sqlite3
import time
from dataclasses import dataclass

from ..errors import CreditsError
from ..store.db import Database


@dataclass(frozen=True)
class Balance:
    """An account's credits; ``available + frozen + spent == granted`` always."""

    granted: int
    available: int
    frozen: int
    spent: int


class Ledger:
    """Credits per account; see the module docstring for the rules."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def open_account(self, conn: sqlite3.Connection, account_id: str, grant: int) -> None:
        """Give a new account its starting grant, inside the caller's write transaction."""
        conn.execute(
            "INSERT INTO api_credits (account_id, granted, available, frozen, spent) "
            "VALUES (?, ?, ?, 0, 0)",
            (account_id, grant, grant),
        )

    def balance(self, account_id: str) -> Balance:
        """The account's credits now."""
        row = (
            self.db.connect()
            .execute(
                "SELECT granted, available, frozen, spent FROM api_credits WHERE account_id = ?",
                (account_id,),
            )
            .fetchone()
        )
        if row is None:
            return Balance(0, 0, 0, 0)
        return Balance(row["granted"], row["available"], row["frozen"], row["spent"])

    def reserve(self, account_id: str, amount: int, what: str) -> str:
        """Freeze ``amount`` credits for ``what``; the hold id, or CreditsError if too few."""
        hold, now = "hold_" + secrets.token_hex(12), time.time()
        with self.db.write() as conn:
            cursor = conn.execute(
                "UPDATE api_credits SET available = available - ?, frozen = frozen + ? "
                "WHERE account_id = ? AND available >= ?",
                (amount, amount, account_id, amount),
            )
            if cursor.rowcount != 1:
                row = conn.execute(
                    "SELECT available FROM api_credits WHERE account_id = ?", (account_id,)
                ).fetchone()
                left = 0 if row is None else int(row["available"])
                raise CreditsError(
                    f"this needs {amount} credit{'s' if amount != 1 else ''} and "
                    f"{left} {'is' if left == 1 else 'are'} left",
                    "Register to get more credits",
                )
            conn.execute(
                "INSERT INTO api_holds (id, account_id, amount, what, status, created, updated) "
                "VALUES (?, ?, ?, ?, 'open', ?, ?)",
                (hold, account_id, amount, what, now, now),
            )
        return hold

    def settle(self, hold: str) -> bool:
        """Spend what ``hold`` froze; False when it was already settled or released."""
        return self._close(hold, "settled", "spent")

    def release(self, hold: str) -> bool:
        """Give back what ``hold`` froze; False when it was already settled or released."""
        return self._close(hold, "released", "available")

    def _close(self, hold: str, status: str, column: str) -> bool:
        with self.db.write() as conn:
            row = conn.execute(
                "SELECT account_id, amount FROM api_holds WHERE id = ? AND status = 'open'",
                (hold,),
            ).fetchone()
            if row is None:
                return False
            conn.execute(
                "UPDATE api_holds SET status = ?, updated = ? WHERE id = ?",
                (status, time.time(), hold),
            )
            # column is one of two literals chosen above, never input
            conn.execute(
                f"UPDATE api_credits SET frozen = frozen - ?, {column} = {column} + ? "
                "WHERE account_id = ?",
                (row["amount"], row["amount"], row["account_id"]),
            )
        return True
