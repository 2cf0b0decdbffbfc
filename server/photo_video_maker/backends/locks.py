"""One lock per session: an edit of one session never waits for an edit of another.

A draft is read, changed and saved under its session's lock, so two edits of the same session
cannot lose one another; edits of different sessions run side by side. Locks live only while
someone holds or waits for them (a weak dictionary), so a long-running service does not keep
one per session it ever saw.
"""

from __future__ import annotations

import threading
import weakref


class SessionLocks:
    """Reentrant locks keyed by session id (reentrant: an undo inside an edit takes it again)."""

    def __init__(self) -> None:
        self._locks: weakref.WeakValueDictionary[str, threading.RLock] = (
            weakref.WeakValueDictionary()
        )
        self._guard = threading.Lock()

    def lock(self, session_id: str) -> threading.RLock:
        """The lock of ``session_id``; hold the returned object while using it."""
        with self._guard:
            found = self._locks.get(session_id)
            if found is None:
                found = threading.RLock()
                self._locks[session_id] = found
            return found
