"""The JSON envelope, and the one place where errors become envelopes.

Every answer is ``{"code": 0, "message": "ok", "data": ...}``; every failure, whether from the
project's error tree, request validation, routing or a bug, is ``{"code", "message", "data"}``
with the HTTP status docs/cloud-api.md gives for that code. Nothing else reaches a client:
no HTML error pages, no tracebacks, no tokens.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import CreditsError, PVMError, RateLimited, for_person, http_status

log = logging.getLogger("photo_video_maker.http_api")

T = TypeVar("T")

DEFAULT_RETRY_AFTER_S = 30


class Envelope(BaseModel, Generic[T]):
    """A successful answer."""

    code: int = Field(0, description="0: success")
    message: str = Field("ok", description="ok")
    data: T = Field(description="The answer itself")


class ErrorEnvelope(BaseModel):
    """A failed answer; ``code`` says what the client should do (docs/cloud-api.md)."""

    code: int = Field(description="Non-zero API code, e.g. 1001, 1002, 2001, 4001, 4002")
    message: str = Field(description="What went wrong and what to do, for a person")
    data: dict[str, Any] | None = Field(None, description="Extra facts, e.g. bind_url on 2001")


def error_response(
    code: int,
    message: str,
    *,
    status: int | None = None,
    data: dict[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """An error envelope with the HTTP status that goes with ``code`` (errors.HTTP_STATUS)."""
    body = ErrorEnvelope(code=code, message=message, data=data).model_dump()
    return JSONResponse(body, status_code=status or http_status(code), headers=headers)


def bind_url(request: Request, client_id: str | None) -> str | None:
    """Where an anonymous account is registered (``<web>/register?bind=<client_id>``)."""
    if not client_id:
        return None
    return str(request.url_for("register").include_query_params(bind=client_id))


async def _project_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, PVMError)
    data: dict[str, Any] | None = None
    headers: dict[str, str] = {}
    if isinstance(exc, CreditsError):
        account = getattr(request.state, "account", None)
        data = {"bind_url": bind_url(request, getattr(account, "client_id", None))}
    if isinstance(exc, RateLimited):
        retry = exc.retry_after_s or DEFAULT_RETRY_AFTER_S
        headers["Retry-After"] = str(max(1, int(retry)))
    if exc.code >= 500:
        log.warning("%s %s failed: %s", request.method, request.url.path, exc.message)
    return error_response(exc.code, for_person(exc), data=data, headers=headers)


async def _invalid_request(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    # Only where and why: pydantic's own messages may quote the input, which can hold secrets.
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "body"
    return error_response(400, f"invalid request: {where}: {first.get('msg', 'invalid')}")


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    # Starlette's body limit raises 413 for any request: the API calls that 4002.
    code = 4002 if exc.status_code == 413 else exc.status_code
    message = "request body too large" if exc.status_code == 413 else str(exc.detail)
    return error_response(code, message, status=exc.status_code, headers=exc.headers)


class CatchAll:
    """ASGI middleware: a bug becomes ``{"code": 500, "message": "internal error"}``.

    Starlette's own catch-all answers too, but then re-raises, and uvicorn drops the
    connection; here the exception is logged and the connection stays usable.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception:
            if started:
                raise  # half an answer is out: only closing the connection tells the client
            log.exception("%s %s crashed", scope.get("method"), scope.get("path"))
            await error_response(500, "internal error")(scope, receive, send)


def install_error_handlers(app: FastAPI) -> None:
    """Translate every failure into an envelope, once, at this edge."""
    app.add_exception_handler(PVMError, _project_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_middleware(CatchAll)
