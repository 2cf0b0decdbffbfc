"""Refuse requests that a web page, not a client of this API, could have made.

A service on loopback is still reachable from any web page the person opens: through DNS
rebinding (``evil.example`` resolving to 127.0.0.1, so the browser sends ``Host: evil.example``)
and through cross-site form posts (``Origin: http://evil.example``). Hence, before routing:
a Host that is not one of ours -> 421 Misdirected Request; an Origin that is not this very
service -> 403. Both answers are envelopes like every other error.
"""

from __future__ import annotations

from collections.abc import Collection
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from .envelope import error_response

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def host_name(host_header: str) -> str:
    """The name in a Host header, without port or IPv6 brackets, lower case."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:
        return host.rsplit(":", 1)[0]
    return host


class HostOriginGuard:
    """ASGI middleware: a Host from ``allowed_hosts`` (``"*"``: any) and no foreign Origin."""

    def __init__(self, app: ASGIApp, allowed_hosts: Collection[str] = LOOPBACK_HOSTS) -> None:
        self.app = app
        self.any_host = "*" in allowed_hosts
        self.allowed = {h.lower() for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # lifespan; and there are no websocket routes
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        host = headers.get("host", "")
        if not host or not (self.any_host or host_name(host) in self.allowed):
            response = error_response(
                421, "this service only answers to its own address (Host not allowed)", status=421
            )
            await response(scope, receive, send)
            return
        origin = headers.get("origin")
        # Browsers name the page that made the request; only this service's own pages may.
        if origin is not None and urlsplit(origin).netloc.lower() != host.strip().lower():
            response = error_response(403, "cross-origin requests are not allowed", status=403)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
