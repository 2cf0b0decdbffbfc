"""Opening a ``/run_sse`` turn's stream, with or without an ``Idempotency-Key``
(turn_replies.py says what a key guarantees)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable

import anyio.to_thread
from fastapi.responses import StreamingResponse

from ..errors import InputError
from .services import Services
from .sse import beating, error_event, replayed
from .turn_replies import check_key, digest

log = logging.getLogger("photo_video_maker.http_api")


async def open_turn(
    svc: Services, account_id: str, session_id: str, text: str, idempotency_key: str | None
) -> StreamingResponse:
    """The turn's stream: its work, or the reply kept for an earlier request with the key."""
    if idempotency_key is None:
        # Reserved here, before the stream starts, so "no credits" is a 402 envelope.
        work = await anyio.to_thread.run_sync(svc.turns.begin, account_id, session_id, text)
        return _events(beating(work, svc.heartbeat_s))
    key = check_key(idempotency_key)
    request = digest(session_id, text)
    kept = await anyio.to_thread.run_sync(svc.replies.claim, account_id, key, session_id, request)
    if kept is not None:
        if kept.request != request:
            raise InputError(
                "this Idempotency-Key was already used for another message",
                "Send a new key with each new message",
            )
        return _events(replayed(_kept(svc, account_id, key), svc.heartbeat_s))
    try:
        work = await anyio.to_thread.run_sync(svc.turns.begin, account_id, session_id, text)
    except BaseException:
        await anyio.to_thread.run_sync(svc.replies.drop, account_id, key)
        raise
    return _events(beating(_keeping(svc, account_id, key, work), svc.heartbeat_s))


def _events(stream: AsyncIterator[str]) -> StreamingResponse:
    return StreamingResponse(
        stream,
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


def _keeping(
    svc: Services, account_id: str, key: str, work: Callable[[], list[str]]
) -> Callable[[], list[str]]:
    """The turn's work, storing its reply for retries (on the worker thread, so it is stored
    even when the client hung up)."""

    def run() -> list[str]:
        events = work()
        try:
            svc.replies.save(account_id, key, events)
        except Exception:
            log.exception("could not keep the reply of turn %s", key)
        return events

    return run


def _kept(svc: Services, account_id: str, key: str) -> Callable[[], Awaitable[list[str] | None]]:
    async def poll() -> list[str] | None:
        found = await anyio.to_thread.run_sync(svc.replies.kept, account_id, key)
        if found is None:  # the first request failed before its turn started
            return [error_event(409, "the first request with this key failed; send it again")]
        return found.events if found.done else None

    return poll
