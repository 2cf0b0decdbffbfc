"""The ``/run_sse`` stream: Server-Sent Events in, one finished turn out.

httpx hands over the body line by line (``Response.iter_lines``); SSE framing is not part of
httpx, so ``iter_events`` does the small part of the SSE specification the API uses: ``data:``
lines joined until a blank line, ``:`` comment lines (heartbeats), ``event:`` names.

``read_turn`` then keeps what a person should see (model text) apart from what stays internal
(tool calls and results), waits through heartbeats, says "still working" every
``progress_interval`` seconds and gives up after ``cap`` seconds. The end of the stream is the
end of the turn.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import BackendError

log = logging.getLogger("photo_video_maker.cloud")

STILL_WORKING = "⏳ Still working..."
ProgressFn = Callable[[float, str], None]


@dataclass(frozen=True)
class SseEvent:
    """One dispatched event; ``data`` is empty for heartbeats and comments."""

    data: str
    event: str = "message"
    comment: bool = False


def iter_events(lines: Iterable[str]) -> Iterator[SseEvent]:
    """Events from the lines of an SSE body. Comments come out as heartbeat events so the
    caller sees that the stream is alive; a last event without its blank line is kept."""
    data: list[str] = []
    name = "message"
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line:
            if data:  # a blank line after a comment alone dispatches nothing
                yield SseEvent("\n".join(data), name)
            data, name = [], "message"
            continue
        if line.startswith(":"):
            yield SseEvent("", "heartbeat", comment=True)
            continue
        key, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if key == "data":
            data.append(value)
        elif key == "event":
            name = value or "message"
        # "id" and "retry" matter for reconnecting, which a turn never does
    if data:
        yield SseEvent("\n".join(data), name)


@dataclass
class Turn:
    """What one turn produced. ``texts`` are for the person (still untranslated); ``tools``
    names the tool calls, for logs only."""

    texts: list[str] = field(default_factory=list)
    tools: list[str] = field(default_factory=list)
    error: tuple[int, str] | None = None
    heartbeats: int = 0
    _partial: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The turn's text: final messages, or the streamed pieces when no final came."""
        parts = self.texts or ["".join(self._partial)]
        return "\n\n".join(p.strip() for p in parts if p.strip())

    def take(self, payload: dict[str, Any]) -> None:
        """Sort one event's JSON into text, tool traffic or an error."""
        error = payload.get("error")
        if error:
            if isinstance(error, dict):
                self.error = (int(error.get("code") or 500), str(error.get("message") or ""))
            else:
                self.error = (500, str(error))
            return
        content = payload.get("content")
        if not isinstance(content, dict):
            return
        for part in content.get("parts") or []:
            if not isinstance(part, dict):
                continue
            if "functionCall" in part or "functionResponse" in part:
                call = part.get("functionCall") or part.get("functionResponse") or {}
                self.tools.append(str(call.get("name", "?")) if isinstance(call, dict) else "?")
            elif content.get("role", "model") == "model" and not part.get("thought"):
                text = part.get("text")
                if isinstance(text, str):
                    # Streaming agents send pieces marked partial, then the whole message.
                    (self._partial if payload.get("partial") else self.texts).append(text)


def read_turn(
    lines: Iterable[str],
    *,
    clock: Callable[[], float],
    on_progress: ProgressFn | None = None,
    progress_interval: float = 120.0,
    cap: float = 900.0,
) -> Turn:
    """Consume a turn's stream until it closes. Raises BackendError past ``cap`` seconds.

    ``on_progress`` gets (fraction of the cap used, "still working") every ``progress_interval``
    seconds; the fraction only grows, as MCP progress requires.
    """
    turn = Turn()
    start = last_note = clock()
    for event in iter_events(lines):
        now = clock()
        if now - start > cap:
            raise BackendError(
                f"the cloud did not finish this edit within {_span(cap)}, so I stopped waiting",
                "Check the timeline with state (the edit may still land), or try a smaller request",
            )
        if now - last_note >= progress_interval:
            last_note = now
            log.info("cloud turn still running after %.0f s", now - start)
            if on_progress is not None:
                on_progress(min((now - start) / cap, 0.99), STILL_WORKING)
        if event.comment or not event.data.strip():
            turn.heartbeats += 1
            continue
        try:
            payload = json.loads(event.data)
        except ValueError:
            log.debug("skipped an SSE event that is not JSON (%d chars)", len(event.data))
            continue
        if isinstance(payload, dict):
            turn.take(payload)
            if turn.error is not None:
                break
    if turn.tools:
        log.debug("cloud turn used tools: %s", ", ".join(turn.tools))
    return turn


def _span(seconds: float) -> str:
    return f"{seconds / 60:g} minutes" if seconds >= 120 else f"{seconds:g} seconds"
