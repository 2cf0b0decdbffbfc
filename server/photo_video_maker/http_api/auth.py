"""Anonymous accounts and their bearer tokens.

A client whose token expired (or was refused with 1001) renews it: it asks for a new token
with its client id *and* the old token (header ``X-Previous-Token``); the new token belongs
to the same account (credits and sessions carry over) and the old one stops working. Without
the old token, a client id gets a new account only once its previous token has expired.

A token is 256 random bits (``secrets.token_urlsafe(32)``), handed out once and stored only as
its SHA-256, so a copy of the database cannot be used to call the API. Each token is its own
anonymous account, opened with the credits grant. A client id gets a new token only when its
previous one has expired (one per 7 days with the default lifetime); earlier requests get 429
with ``Retry-After`` set to the seconds left.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..errors import AuthError, InputError, RateLimited
from ..store.db import Database
from .ledger import Ledger

CLIENT_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
bearer = HTTPBearer(auto_error=False, description="The token from /api/auth/anonymous-token")


@dataclass(frozen=True)
class Account:
    """Who is calling: anonymous accounts carry the client id they were created for."""

    id: str
    kind: str
    client_id: str | None


@dataclass(frozen=True)
class IssuedToken:
    """A new token, shown to its owner once."""

    token: str
    expires: float
    credits: int
    account: Account

    @property
    def expires_at(self) -> str:
        """ISO-8601 UTC time of expiry."""
        return datetime.fromtimestamp(self.expires, UTC).isoformat().replace("+00:00", "Z")


def token_hash(token: str) -> str:
    """What the database keeps instead of the token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class TokenStore:
    """Issues anonymous tokens and resolves bearer tokens to accounts."""

    def __init__(self, db: Database, ledger: Ledger, *, grant: int, ttl_s: float) -> None:
        self.db, self.ledger, self.grant, self.ttl_s = db, ledger, grant, ttl_s

    def issue(self, client_id: str | None, previous: str | None = None) -> IssuedToken:
        """A new token: for the account of ``previous`` (a token of this client id, expired or
        not), else for a new anonymous account; or 400 / 429 (see the module docstring)."""
        if not client_id:
            raise InputError("the X-Client-Id header is missing", "Send a random UUID as client id")
        if not CLIENT_ID.fullmatch(client_id):
            raise InputError(
                "the X-Client-Id header is not a valid client id",
                "Send a random UUID (letters, digits and dashes, at most 128 characters)",
            )
        token, now = secrets.token_urlsafe(32), time.time()
        if previous:
            renewed = self._renew(client_id, previous, token, now)
            if renewed is not None:
                return renewed
        account = Account("acc_" + secrets.token_hex(16), "anonymous", client_id)
        with self.db.write() as conn:
            # Inside BEGIN IMMEDIATE: two requests for one client id cannot both pass this check.
            row = conn.execute(
                "SELECT MAX(expires) AS until FROM api_tokens WHERE client_id = ? AND expires > ?",
                (client_id, now),
            ).fetchone()
            if row is not None and row["until"] is not None:
                raise RateLimited(
                    "a token was already issued for this client id",
                    "Keep using the token issued to this client id until it expires",
                    retry_after_s=float(row["until"]) - now,
                )
            conn.execute(
                "INSERT INTO api_accounts (id, kind, client_id, created) VALUES (?, ?, ?, ?)",
                (account.id, account.kind, client_id, now),
            )
            conn.execute(
                "INSERT INTO api_tokens (hash, account_id, client_id, created, expires) "
                "VALUES (?, ?, ?, ?, ?)",
                (token_hash(token), account.id, client_id, now, now + self.ttl_s),
            )
            self.ledger.open_account(conn, account.id, self.grant)
        return IssuedToken(token, now + self.ttl_s, self.grant, account)

    def _renew(self, client_id: str, previous: str, token: str, now: float) -> IssuedToken | None:
        with self.db.write() as conn:
            row = conn.execute(
                "SELECT a.id, a.kind FROM api_tokens t JOIN api_accounts a ON a.id = t.account_id "
                "WHERE t.hash = ? AND t.client_id = ?",
                (token_hash(previous), client_id),
            ).fetchone()
            if row is None:
                return None  # not this client's token: treated as a first request
            conn.execute(
                "UPDATE api_tokens SET expires = MIN(expires, ?) WHERE hash = ?",
                (now, token_hash(previous)),
            )
            conn.execute(
                "INSERT INTO api_tokens (hash, account_id, client_id, created, expires) "
                "VALUES (?, ?, ?, ?, ?)",
                (token_hash(token), row["id"], client_id, now, now + self.ttl_s),
            )
        account = Account(row["id"], row["kind"], client_id)
        credits = self.ledger.balance(account.id).available
        return IssuedToken(token, now + self.ttl_s, credits, account)

    def account(self, token: str | None) -> Account:
        """The account a token belongs to, or AuthError (1001) if unknown or expired."""
        if not token:
            raise AuthError("no bearer token", "Get a token from /api/auth/anonymous-token")
        row = (
            self.db.connect()
            .execute(
                "SELECT a.id, a.kind, a.client_id FROM api_tokens t "
                "JOIN api_accounts a ON a.id = t.account_id WHERE t.hash = ? AND t.expires > ?",
                (token_hash(token), time.time()),
            )
            .fetchone()
        )
        if row is None:
            # Never echo the token: error messages end up in logs and chats.
            raise AuthError("the token is unknown or expired")
        return Account(row["id"], row["kind"], row["client_id"])


def current_account(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Account:
    """FastAPI dependency: the caller's account (kept on ``request.state`` for error replies)."""
    tokens: TokenStore = request.app.state.services.tokens
    account = tokens.account(credentials.credentials if credentials else None)
    request.state.account = account
    return account


CurrentAccount = Annotated[Account, Depends(current_account)]
