"""The httpx client of the cloud API (docs/cloud-api.md): one method per endpoint.

Every request carries the attribution headers. Answers are envelopes ``{"code", "data"}``;
non-zero codes become the project's errors, after the recoveries the API's error table asks
for: 1001 -> one new anonymous token and one retry (never for a NEMO_TOKEN), 400 -> send the
client id and retry once, 429 -> wait ``Retry-After`` (default 30 s) and retry once. Network
errors and 5xx are retried with exponential backoff (3 tries in all), then BackendError.

A request that may have changed something on the server (a POST whose answer was lost to a
read timeout) is not retried blindly; the render POST is, because its ``id`` makes it
idempotent. Tokens never reach a log, a repr or an error message (messages from the server are
scrubbed of the token too).
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import httpx

from .. import __version__
from ..errors import BackendError, PVMError, RateLimited
from .identity import PLATFORMS, IdentityStore, TokenKeeper
from .wire import AnonymousToken, envelope_code, error_for, retry_after

log = logging.getLogger("photo_video_maker.cloud")

SOURCE = "photo-video-maker-easy"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, read=60.0)  # heartbeats come at least every 15 s
MAX_RETRY_AFTER = 120.0  # a longer wait (one token per 7 days) is reported, not slept through
Sleep = Callable[[float], None]
Upload = tuple[str, IO[bytes], str]  # name, open file, content type
Transport = httpx.BaseTransport  # so callers outside cloud/ need not import httpx


class CloudClient:
    """A thread-safe client of one cloud API. Close it (or use ``with``) when done."""

    def __init__(
        self,
        api_base: str,
        identity: IdentityStore,
        *,
        platform: str = "unknown",
        env_token: str | None = None,
        web_base: str | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Sleep = time.sleep,
        tries: int = 3,
        backoff: float = 1.0,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    ) -> None:
        self.identity = identity
        self.api_base = api_base.rstrip("/")
        self.anonymous = not env_token
        self.web_base = (web_base or self.api_base).rstrip("/")
        self.bind_url: str | None = None  # the session answer's registration link, if any
        self._env_token = env_token
        self.tokens = TokenKeeper(identity, env_token, self.anonymous_token)
        self._sleep, self._tries, self._backoff = sleep, max(1, tries), backoff
        self._http = httpx.Client(
            base_url=self.api_base,
            transport=transport,
            timeout=timeout,
            headers={
                "X-Skill-Source": SOURCE,
                "X-Skill-Version": __version__,
                "X-Skill-Platform": platform if platform in PLATFORMS else "unknown",
                "User-Agent": f"photo-video-maker/{__version__}",
            },
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> CloudClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"CloudClient({self.api_base!r}, anonymous={self.anonymous})"

    # -- endpoints ----------------------------------------------------------------------
    def anonymous_token(self, previous: str | None = None) -> AnonymousToken:
        """``POST /api/auth/anonymous-token`` with this installation's client id, and the
        ``previous`` token (expired or refused) in ``X-Previous-Token``: a self-hosted service
        renews it for the same account instead of answering 429 until the client id's week is
        over; a service that does not know the header ignores it."""
        headers = {"X-Previous-Token": previous} if previous else None
        data = self.call(
            "POST", "/api/auth/anonymous-token", auth=False, client_id=True, headers=headers
        )
        return AnonymousToken.model_validate(data)

    def create_session(self, language: str) -> dict[str, Any]:
        """``POST /api/tasks/me/with-session/nemo_agent``: task_id, session_id, bind_url."""
        body = {"task_name": "project", "language": language}
        return _dict(self.call("POST", "/api/tasks/me/with-session/nemo_agent", json=body))

    @contextmanager
    def run_sse(self, session_id: str, text: str) -> Iterator[Iterator[str]]:
        """``POST /run_sse``: yields the body's lines while the turn runs; closes the stream."""
        body = {
            "app_name": "nemo_agent",
            "user_id": "me",
            "session_id": session_id,
            "new_message": {"parts": [{"text": text}]},
        }
        headers = {"Accept": "text/event-stream"}
        response = self.call("POST", "/run_sse", json=body, headers=headers, stream=True)
        assert isinstance(response, httpx.Response)
        try:
            yield self._lines(response)
        finally:
            response.close()

    def _lines(self, response: httpx.Response) -> Iterator[str]:
        try:
            yield from response.iter_lines()
        except httpx.TransportError as exc:
            raise BackendError(
                f"the connection to the cloud broke during the edit ({_kind(exc)})",
                "Check the timeline with state; the edit may or may not have landed",
            ) from None

    def upload_files(self, session_id: str, files: Sequence[Upload]) -> dict[str, Any]:
        """Multipart ``files`` parts, streamed by httpx from the open files given."""
        parts = [("files", f) for f in files]
        path = f"/api/upload-video/nemo_agent/me/{session_id}"
        return _dict(self.call("POST", path, files=parts))

    def upload_urls(self, session_id: str, urls: list[str]) -> dict[str, Any]:
        """Ask the service to fetch media from web addresses."""
        path = f"/api/upload-video/nemo_agent/me/{session_id}"
        return _dict(self.call("POST", path, json={"urls": urls, "source_type": "url"}))

    def balance(self) -> dict[str, Any]:
        """``GET /api/credits/balance/simple``: available, frozen, total."""
        return _dict(self.call("GET", "/api/credits/balance/simple"))

    def state(self, session_id: str) -> dict[str, Any]:
        """``GET /api/state/nemo_agent/me/{session_id}/latest`` -> ``data.state``."""
        data = _dict(self.call("GET", f"/api/state/nemo_agent/me/{session_id}/latest"))
        return _dict(data.get("state", data))

    def start_render(self, body: dict[str, Any]) -> Any:
        """``POST /api/render/proxy/lambda``; safe to retry: the service keys jobs on ``id``."""
        return self.call("POST", "/api/render/proxy/lambda", json=body, idempotent=True, raw=True)

    def render_status(self, render_id: str) -> Any:
        """``GET /api/render/proxy/lambda/{id}``, raw: the status comes in several shapes."""
        return self.call("GET", f"/api/render/proxy/lambda/{render_id}", raw=True)

    def download_to(self, url: str, dest: Path) -> int:
        """Stream a finished video into ``dest`` through a temp file renamed when complete, so
        ``dest`` is absent or whole. The bearer token goes only to the API's own host."""
        base = self._http.base_url
        target = base.join(url)
        own = (target.scheme, target.host, target.port) == (base.scheme, base.host, base.port)
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex}.part")
        response = self.call("GET", str(target), auth=own, stream=True, follow=True)
        try:
            with open(tmp, "xb") as fh:
                for chunk in response.iter_bytes():
                    fh.write(chunk)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, dest)
            return dest.stat().st_size
        except httpx.TransportError as exc:
            raise BackendError(f"the download of the video broke off ({_kind(exc)})") from None
        finally:
            response.close()
            tmp.unlink(missing_ok=True)

    # -- the request loop ---------------------------------------------------------------
    def call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        files: list[tuple[str, Upload]] | None = None,
        headers: dict[str, str] | None = None,
        auth: bool = True,
        client_id: bool = False,
        stream: bool = False,
        idempotent: bool | None = None,
        raw: bool = False,
        follow: bool = False,
    ) -> Any:
        """Send one API request with the error table's recoveries.

        Returns the envelope's ``data`` (the whole body when ``raw``), or, when ``stream``,
        the open response of a successful non-JSON answer (the caller closes it).
        """
        reauthed = waited = False
        safe = method == "GET" if idempotent is None else idempotent
        while True:
            extra = dict(headers or {})
            token = self.tokens.bearer() if auth else ""
            if token:
                extra["Authorization"] = f"Bearer {token}"
            if client_id:
                extra["X-Client-Id"] = self.identity.client_id()
            request = self._http.build_request(method, path, json=json, files=files, headers=extra)
            response = self._transmit(request, stream=stream, idempotent=safe, follow=follow)
            if stream and response.is_success and not _is_json(response):
                return response
            if stream:  # an envelope where a stream was expected: most likely an error
                response.read()
                response.close()
            body = _json(response, path)
            code, message = envelope_code(body, response.status_code)
            if code == 0:
                if stream:
                    raise BackendError(f"the cloud sent JSON where {_path(path)} streams")
                return body if raw else body.get("data") if isinstance(body, dict) else body
            log.info("%s %s -> HTTP %d, code %d", method, _path(path), response.status_code, code)
            if code == 1001 and auth and not self._env_token and not reauthed:
                reauthed = True  # one new anonymous token, one retry
                self.tokens.drop(token)
                continue
            if code == 400 and not client_id:
                client_id = True  # "missing X-Client-Id": send it and retry once
                continue
            if code == 429 and not waited:
                waited = True
                self._wait(response)
                continue
            raise self.error(code, message, reauthed=reauthed)

    def error(self, code: int, message: str, *, reauthed: bool = False) -> PVMError:
        """The project error for an API error code (also for error events inside a stream)."""
        return error_for(
            code,
            self.tokens.redact(message),
            register_link=self.register_link() if self.anonymous else None,
            nemo_token=not self.anonymous,
            reauthed=reauthed,
        )

    def register_link(self) -> str:
        """Where an anonymous person registers, bound to this installation's client id."""
        client = self.identity.client_id()
        base = self.bind_url or f"{self.web_base}/register"
        if "bind=" in base:
            return base
        return f"{base}{'&' if '?' in base else '?'}bind={client}"

    def _wait(self, response: httpx.Response) -> None:
        delay = retry_after(response.headers.get("Retry-After"))
        if delay > MAX_RETRY_AFTER:
            raise RateLimited(
                f"the cloud asks to wait {delay / 60:.0f} minutes before trying again",
                "Set NEMO_TOKEN to an account token, or try again later",
            )
        log.info("rate limited by the cloud; retrying once in %.0f s", delay)
        self._sleep(delay)

    def _transmit(
        self, request: httpx.Request, *, stream: bool, idempotent: bool, follow: bool
    ) -> httpx.Response:
        """Send with bounded retries for network errors and 5xx; never returns a 5xx."""
        where = _path(request.url.path)
        for attempt in range(1, self._tries + 1):
            last = attempt == self._tries
            try:
                response = self._http.send(request, stream=True, follow_redirects=follow)
                if not stream or response.status_code >= 500:
                    try:  # reading the body can time out too: inside the same try
                        response.read()
                    finally:
                        response.close()
            except httpx.TransportError as exc:
                # A lost answer to a POST may hide a change on the server: not retried.
                unsent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)
                log.warning("%s %s: %s (try %d)", request.method, where, _kind(exc), attempt)
                if last or not (idempotent or unsent):
                    raise BackendError(
                        f"the cloud service at {self.api_base} did not answer ({_kind(exc)})"
                        + (f" after {attempt} tries" if attempt > 1 else "")
                    ) from None
            else:
                if response.status_code < 500:
                    return response
                log.warning("%s %s -> HTTP %d (try %d)", request.method, where,
                            response.status_code, attempt)  # fmt: skip
                if last:
                    body = _json(response, where)
                    said = envelope_code(body, 500)[1] if isinstance(body, dict) else ""
                    raise BackendError(
                        f"the cloud service is failing (HTTP {response.status_code}) after "
                        f"{attempt} tries" + (f": {self.tokens.redact(said)}" if said else "")
                    )
            self._sleep(self._backoff * 2 ** (attempt - 1))
        raise AssertionError("unreachable")


def _is_json(response: httpx.Response) -> bool:
    return "json" in response.headers.get("content-type", "").lower()


def _json(response: httpx.Response, path: str) -> Any:
    try:
        return response.json()
    except ValueError:
        if response.is_success:
            raise BackendError(
                f"the cloud sent an answer that is not JSON for {_path(path)}"
            ) from None
        return None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _path(path: str) -> str:
    return path.split("?", 1)[0]


def _kind(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    return type(exc).__name__
