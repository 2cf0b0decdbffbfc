"""One chat turn of ``/run_sse``: route the message, charge an edit, run the interpreter.

Only edits cost credits. They are reserved before the stream starts (so "no credits" is an
envelope, not a stream), then settled when the draft changed, or released when nothing was
understood or the edit failed. Settling happens on the worker thread with the edit itself,
so a client that hangs up mid-turn still pays exactly once, or not at all.

The sentence is read by the same interpreter as the MCP tools' (``instruct.interpret.read``)
and answered with the same replies. Questions are answered for free: credits, state, upload
help, questions about the draft, and requests that need a clarification. An export request is
answered the way the cloud answers it (a pointer to the Export button, which clients translate
into a call to the render endpoint), after applying any edit that came with it ("make it
vertical and export").
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable

from ..backends.local import LocalBackend
from ..backends.results import reply_text
from ..errors import PVMError, for_person
from ..instruct.answered import picked
from ..instruct.interpret import read
from ..instruct.router import route
from .ledger import Ledger
from .sse import error_event, function_call, function_response, text_event

log = logging.getLogger("photo_video_maker.http_api")

TOOL = "edit_draft"
EXPORT_HINT = "Click the Export button to render your video."
UPLOAD_HINT = "Send photos, clips or music and I will add them to this project."


class EditTurns:
    """Plans and runs turns; one edit at a time per session, so none is lost to a race."""

    def __init__(self, backend: LocalBackend, ledger: Ledger, cost: int) -> None:
        self.backend, self.ledger, self.cost = backend, ledger, cost
        self._locks: defaultdict[str, threading.Lock] = defaultdict(threading.Lock)
        self._locks_lock = threading.Lock()

    def begin(self, account_id: str, session_id: str, text: str) -> Callable[[], list[str]]:
        """Reserve what the turn costs (CreditsError if too little) and return its work.

        The work runs on a worker thread, never raises, and returns the SSE events.
        """
        sessions = self.backend.sessions
        last = sessions.last_turn(session_id)
        media = {m.id: m.ref() for m in sessions.media(session_id)}
        reading = read(text, sessions.draft(session_id), media, last.edits if last else ())
        if reading.route == "credits":
            return _answer(lambda: self._balance_text(account_id))
        if reading.route == "upload":
            return _answer(lambda: UPLOAD_HINT)
        instruction = route(text).rest.strip() if reading.route == "export" else text
        if not instruction:
            return _answer(lambda: EXPORT_HINT)
        hold = None
        asked = [choice.label for choice in sessions.asked(session_id)]
        chosen = bool(asked) and picked(text, asked) is not None  # "2": an offered edit
        if self.cost and (chosen or (reading.edits and not reading.clarify)):
            hold = self.ledger.reserve(account_id, self.cost, f"edit {session_id}")
        trailer = [text_event(EXPORT_HINT)] if reading.route == "export" else []
        return lambda: self._edit(session_id, instruction, hold) + trailer

    def _lock(self, session_id: str) -> threading.Lock:
        with self._locks_lock:
            return self._locks[session_id]

    def _edit(self, session_id: str, instruction: str, hold: str | None) -> list[str]:
        charged = False
        try:
            with self._lock(session_id):
                result = self.backend.edit(instruction, session_id)
            # Pay only for a change: "nothing understood" and "nothing to undo" are free.
            if hold is not None and result.action == "edit" and result.changes:
                charged = self.ledger.settle(hold)
        except PVMError as exc:
            return [error_event(exc.code, for_person(exc))]
        except Exception:
            log.exception("edit turn failed")
            return [error_event(500, "internal error")]
        finally:
            if hold is not None and not charged:
                self._release(hold)
        response = {
            "action": result.action,
            "understood": result.understood,
            "changes": result.changes,
            "unplaced": result.unplaced,
            "suggestions": result.suggestions,
            "options": result.options,
            "credits_charged": self.cost if charged else 0,
        }
        return [
            function_call(TOOL, {"instruction": instruction}),
            function_response(TOOL, response),
            text_event(reply_text(result)),
        ]

    def _release(self, hold: str) -> None:
        try:
            self.ledger.release(hold)
        except Exception:
            # Left open, the hold is released at the next start (RenderRows.settle_leftovers).
            log.exception("could not release credits hold %s", hold)

    def _balance_text(self, account_id: str) -> str:
        balance = self.ledger.balance(account_id)
        return (
            f"You have {balance.available} credits available"
            f" ({balance.frozen} reserved by work in progress, {balance.spent} spent)."
            f" An edit costs {self.cost}; exports are free."
        )


def _answer(reply: Callable[[], str]) -> Callable[[], list[str]]:
    """Work that answers with text for free; a failure becomes an error event."""

    def work() -> list[str]:
        try:
            return [text_event(reply())]
        except PVMError as exc:
            return [error_event(exc.code, for_person(exc))]
        except Exception:
            log.exception("answer failed")
            return [error_event(500, "internal error")]

    return work
