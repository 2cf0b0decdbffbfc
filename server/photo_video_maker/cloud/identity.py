"""Who this installation is to the cloud: a client id, an anonymous token, the latest session,
and the platform it runs on.

Everything lives in ``<home>/cloud/`` (a 0700 folder). Files that hold a secret or an id are
written to a fresh temporary file opened with mode 0600 and renamed into place, so a crash
never leaves a half-written token and an older, wider-permission file is never reused.

Nothing here reads ``os.environ``: the entry point hands ``detect_platform`` what it knows.
"""

from __future__ import annotations

import json
import locale
import logging
import os
import sys
import threading
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import SecretStr

if TYPE_CHECKING:
    from .wire import AnonymousToken

log = logging.getLogger("photo_video_maker.cloud")

PLATFORMS = ("clawhub", "cursor", "claude", "unknown")
# Words that a folder in each host's install path contains (~/.clawhub/skills/..., ~/.cursor/...,
# ~/.claude/..., ".../Claude/..." on macOS and Windows).
_PATH_MARKERS = {
    "clawhub": ("clawhub", "openclaw"),
    "cursor": ("cursor",),
    "claude": ("claude",),
}
# Environment variables each host sets for the processes it starts.
_ENV_MARKERS = {
    "clawhub": ("CLAWHUB_SKILL_DIR", "CLAWHUB_HOME", "OPENCLAW_HOME", "OPENCLAW_SESSION"),
    "cursor": ("CURSOR_TRACE_ID", "CURSOR_AGENT", "CURSOR_SESSION_ID"),
    "claude": ("CLAUDECODE", "CLAUDE_CODE_ENTRYPOINT", "CLAUDE_CODE_SSE_PORT"),
}
# A token this close to its expiry is replaced before use rather than after a 1001.
_EXPIRY_MARGIN = timedelta(minutes=5)


def detect_platform(executable_path: str, env: Mapping[str, str]) -> str:
    """``clawhub``, ``cursor``, ``claude`` or ``unknown``: from the install path first (the most
    specific evidence), then from environment markers the host sets."""
    segments = {s.lower() for s in executable_path.replace("\\", "/").split("/") if s}
    for name, markers in _PATH_MARKERS.items():
        if any(marker in segment for marker in markers for segment in segments):
            return name
    for name, keys in _ENV_MARKERS.items():
        if any(env.get(key) for key in keys):
            return name
    return "unknown"


def install_path() -> str:
    """Where this copy of the package and its interpreter live (input for detect_platform)."""
    return os.pathsep.join([sys.executable, str(Path(__file__).resolve().parents[1])])


def detect_from_install(env: Mapping[str, str] | None = None) -> str:
    """``detect_platform`` over each install path; entry points pass ``os.environ`` as env."""
    env = env or {}
    for path in install_path().split(os.pathsep):
        found = detect_platform(path, env)
        if found != "unknown":
            return found
    return detect_platform("", env)


def default_language() -> str:
    """The person's language as a two-letter code, from the process locale ("en" if unset)."""
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    code = name.replace("-", "_").split("_")[0].lower()
    return code if len(code) == 2 and code.isalpha() else "en"


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` with mode 0600, atomically (temp file + rename)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)  # the umask can only narrow the mode; this makes it exact
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class StoredToken:
    """An anonymous token and its expiry; the secret never shows in a repr or a log."""

    def __init__(self, token: SecretStr, expires_at: datetime | None) -> None:
        self.token = token
        self.expires_at = expires_at

    def fresh(self, now: datetime) -> bool:
        """Usable for a while yet (unknown expiry counts as usable: the server will say 1001)."""
        return self.expires_at is None or now + _EXPIRY_MARGIN < self.expires_at

    def __repr__(self) -> str:
        return f"StoredToken(token=**********, expires_at={self.expires_at!r})"


def parse_time(value: str | None) -> datetime | None:
    """An ISO-8601 time as an aware datetime (naive ones are taken as UTC), else None."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class IdentityStore:
    """The files in ``<home>/cloud``: client id, anonymous token, latest session id."""

    def __init__(self, home: Path) -> None:
        self.folder = home / "cloud"
        self._lock = threading.Lock()  # two first requests at once must agree on one id

    def client_id(self) -> str:
        """The installation's UUID, generated once and reused (a broken file is replaced)."""
        path = self.folder / "client_id"
        with self._lock:
            try:
                return str(uuid.UUID(path.read_text(encoding="utf-8").strip()))
            except (OSError, ValueError):
                pass
            value = str(uuid.uuid4())
            write_private(path, value + "\n")
            log.info("generated a new cloud client id")
            return value

    def load_token(self) -> StoredToken | None:
        """The stored anonymous token, or None when there is none or the file is unreadable."""
        try:
            data = json.loads((self.folder / "token").read_text(encoding="utf-8"))
            return StoredToken(SecretStr(str(data["token"])), parse_time(data.get("expires_at")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save_token(self, token: StoredToken) -> None:
        """Keep the token for the next start (0600)."""
        expires = token.expires_at.isoformat() if token.expires_at else None
        payload = {"token": token.token.get_secret_value(), "expires_at": expires}
        write_private(self.folder / "token", json.dumps(payload))

    def clear_token(self) -> None:
        """Forget the stored token (after the service rejected it)."""
        (self.folder / "token").unlink(missing_ok=True)

    def latest_session(self) -> str | None:
        """The session used last, so tools without a session_id continue it after a restart."""
        try:
            return (self.folder / "session").read_text(encoding="utf-8").strip() or None
        except OSError:
            return None

    def save_session(self, session_id: str) -> None:
        """Remember the session used last."""
        write_private(self.folder / "session", session_id + "\n")


class TokenKeeper:
    """The bearer token for requests: NEMO_TOKEN when set, else an anonymous token that is
    fetched once, stored (0600) and replaced when it expires or the service rejects it."""

    def __init__(
        self,
        store: IdentityStore,
        env_token: str | None,
        fetch: Callable[[str | None], AnonymousToken],
    ) -> None:
        self._store, self._env, self._fetch = store, env_token, fetch
        self._token: StoredToken | None = None
        # the token being replaced (expired, or refused with 1001): shown to the service so
        # that the new token keeps the same account, credits and sessions
        self._previous: str | None = None
        self._seen: set[str] = {env_token} if env_token else set()  # for redaction only
        self._lock = threading.Lock()  # MCP tools run on worker threads: fetch only once

    def bearer(self) -> str:
        """The token to send now, fetching an anonymous one if needed."""
        if self._env:
            return self._env
        with self._lock:
            now = datetime.now(UTC)
            if self._token is None or not self._token.fresh(now):
                stale = self._token or self._store.load_token()
                if stale is not None and not stale.fresh(now):
                    self._previous = stale.token.get_secret_value()
                stored = self._store.load_token()
                self._token = stored if stored is not None and stored.fresh(now) else None
            if self._token is None:
                got = self._fetch(self._previous)
                self._previous = None
                self._token = StoredToken(got.token, parse_time(got.expires_at))
                self._store.save_token(self._token)
                log.info("obtained an anonymous cloud token")
            secret = self._token.token.get_secret_value()
            self._seen.add(secret)
            return secret

    def drop(self, rejected: str) -> None:
        """Forget ``rejected`` (unless another thread already replaced it)."""
        with self._lock:
            if self._token is not None and self._token.token.get_secret_value() == rejected:
                self._token = None
                self._previous = rejected
                self._store.clear_token()

    def redact(self, text: str) -> str:
        """``text`` without any token known here (a server might echo one in a message)."""
        for secret in sorted(self._seen, key=len, reverse=True):
            text = text.replace(secret, "[token]")
        return text

    def __repr__(self) -> str:
        return f"TokenKeeper(env={bool(self._env)}, token={'set' if self._token else 'none'})"
