"""Work areas reused by every view drawn on a thread, so memory does not grow with photos."""

from __future__ import annotations

import threading

import numpy as np

from .yuv import U8

_local = threading.local()


def scratch(rows: int, cols: int, slot: int = 0) -> U8:
    """A work area of rows x cols; ``slot`` 1 is a second one, for a step that needs two.

    One buffer per slot serves a whole frame (each step is done with it before the next
    begins), so memory does not grow with the number of photos being shown or prepared.
    """
    buffers: list[U8 | None] = getattr(_local, "buffers", None) or [None, None]
    _local.buffers = buffers
    buf = buffers[slot]
    if buf is None or buf.shape[0] < rows or buf.shape[1] < cols:
        old = (0, 0) if buf is None else buf.shape
        buf = np.empty((max(rows, old[0]), max(cols, old[1])), np.uint8)
        buffers[slot] = buf
    return buf[:rows, :cols]
