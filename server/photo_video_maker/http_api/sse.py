"""Server-Sent Events as the API speaks them, and a stream that keeps beating while work runs.

Events are ``data: <json>`` lines (text, functionCall, functionResponse, error); a heartbeat
is the comment ``: heartbeat``. Clients and proxies drop a quiet connection, so a heartbeat
goes out as soon as the turn starts and then every ``heartbeat_s`` seconds until the work,
running on a worker thread, is done. The end of the stream is the end of the turn.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import anyio.to_thread

HEARTBEAT = ": heartbeat\n\n"

# Work whose client went away keeps running (it settles its credits itself); holding the task
# here stops the event loop from dropping it half-way.
_orphans: set[asyncio.Task[list[str]]] = set()


def event(payload: dict[str, Any]) -> str:
    """One ``data:`` event."""
    return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"


def text_event(text: str) -> str:
    """Text from the model, for a person."""
    return event({"content": {"role": "model", "parts": [{"text": text}]}})


def function_call(name: str, args: dict[str, Any]) -> str:
    """A tool call (internal: clients do not show it)."""
    part = {"functionCall": {"name": name, "args": args}}
    return event({"content": {"role": "model", "parts": [part]}})


def function_response(name: str, response: dict[str, Any]) -> str:
    """A tool result (internal: clients do not show it)."""
    part = {"functionResponse": {"name": name, "response": response}}
    return event({"content": {"role": "user", "parts": [part]}})


def error_event(code: int, message: str) -> str:
    """A failure after the stream started."""
    return event({"error": {"code": code, "message": message}})


async def beating(work: Callable[[], list[str]], heartbeat_s: float) -> AsyncIterator[str]:
    """Heartbeats while ``work`` runs on a worker thread, then the events it returned.

    ``work`` must not raise: it turns its own failures into error events.
    """
    yield HEARTBEAT
    # A task rather than a task group: a cancel scope must not stay open across a ``yield``.
    task = asyncio.ensure_future(anyio.to_thread.run_sync(work))
    _orphans.add(task)
    task.add_done_callback(_orphans.discard)
    while not task.done():
        await asyncio.wait({task}, timeout=heartbeat_s)
        if not task.done():
            yield HEARTBEAT
    for item in task.result():
        yield item


async def replayed(
    kept: Callable[[], Awaitable[list[str] | None]],
    heartbeat_s: float,
    poll_s: float = 0.1,
    limit_s: float = 900.0,
) -> AsyncIterator[str]:
    """Heartbeats until ``kept`` returns the stored events of a turn, then those events.

    ``kept`` answers None while the first request's turn is still running. A turn that does
    not end within ``limit_s`` (the API's longest turn) ends the stream with an error event.
    """
    yield HEARTBEAT
    loop = asyncio.get_running_loop()
    started = last_beat = loop.time()
    while (events := await kept()) is None:
        now = loop.time()
        if now - started > limit_s:
            yield error_event(500, "the first request with this key did not finish")
            return
        if now - last_beat >= heartbeat_s:
            last_beat = now
            yield HEARTBEAT
        await asyncio.sleep(poll_s)
    for item in events:
        yield item
