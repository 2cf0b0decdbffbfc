"""The renderer's boundary: whatever goes wrong inside leaves as a PVMError.

Errors the project raises on purpose pass through. An OSError is the disk or the folder (the
hint says to free space only when the disk is full). Anything else is a bug: it is logged
here with its traceback, and the person reads that the render failed, never the library's
words.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import DISK_HINT, PVMError, RenderError, disk_is_full

log = logging.getLogger("photo_video_maker.render")
BUG_HINT = "Try again; if it fails again, report a bug (the log has the details)"


@contextmanager
def boundary(what: str) -> Iterator[None]:
    """Translate every failure inside the block; ``what`` names the work ("the render")."""
    try:
        yield
    except PVMError:
        raise
    except OSError as exc:
        if disk_is_full(exc):
            raise RenderError(f"{what} stopped: the disk is full", DISK_HINT) from exc
        log.warning("%s could not write", what, exc_info=True)
        reason = exc.strerror or "input/output error"
        raise RenderError(
            f"{what} could not write the video ({reason})",
            "Check that the output folder exists and can be written to, then try again",
        ) from exc
    except Exception as exc:
        log.exception("%s failed", what)
        raise RenderError(f"{what} failed because of an internal error", BUG_HINT) from exc
