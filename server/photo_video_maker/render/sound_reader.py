"""A sound read forward a block at a time, looped with crossfaded seams when asked.

Songs and clips are streamed from their files as they play: only the chunk being read (and,
looping, the few ms of a seam) is ever held, however long the sound.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
from numpy.typing import NDArray

F32 = NDArray[np.float32]

Chunks = Callable[[bool], Iterator[F32]]  # a sound's chunks: from its start point, or from 0


class Reader:
    """A sound read forward, ``read(n)`` at a time: a song, a built-in loop, a clip.

    Only the chunk being read is held, so a ten-minute song costs what two seconds do. A loop
    starts over from the beginning of the sound when it runs out; otherwise silence follows.
    A song's end rarely meets its start, so a loop crossfades ``seam`` samples at each seam
    (equal power); a built-in track, made to loop seamlessly, is joined as it is (seam 0).
    """

    def __init__(self, chunks: Chunks, loop: bool, seam: int = 0) -> None:
        self._passes: Iterator[F32] | None = _passes(chunks, loop, seam if loop else 0)
        self._held = np.zeros((0, 2), np.float32)
        self.read_total = 0  # samples that came from the sound, not silence

    def read(self, n: int) -> F32:
        out = np.zeros((n, 2), np.float32)
        filled = 0
        while filled < n and self._passes is not None:
            if not len(self._held):
                chunk = next(self._passes, None)
                if chunk is None:
                    self.close()
                    self._passes = None
                    continue
                self._held = chunk
            take = min(n - filled, len(self._held))
            out[filled : filled + take] = self._held[:take]
            self._held = self._held[take:]
            filled += take
        self.read_total += filled
        return out

    def close(self) -> None:
        close = getattr(self._passes, "close", None)
        if close is not None:
            close()  # a file's decoder is shut at once


def _equal_power(n: int) -> tuple[F32, F32]:
    """Gains (fading out, fading in) over ``n`` samples whose squares add up to one, so the
    loudness of unrelated material holds through a crossfade (a linear one dips by 3 dB)."""
    angle = (np.arange(n, dtype=np.float64) + 0.5) / max(n, 1) * (np.pi / 2)
    return np.cos(angle).astype(np.float32)[:, None], np.sin(angle).astype(np.float32)[:, None]


def _passes(chunks: Chunks, loop: bool, seam: int) -> Iterator[F32]:
    """The sound's samples, pass after pass when looping, each seam crossfaded over ``seam``.

    The last ``seam`` samples of each pass are held back (a pass's end is known only once its
    decoder runs dry), then laid over the first ``seam`` of the next: a loop period is the
    sound less one seam, and at most ``seam`` extra samples are ever held.
    """
    first, tail = True, np.zeros((0, 2), np.float32)  # tail: the last pass's end, faded out
    while True:
        stream = chunks(first)
        held, length, rise = np.zeros((0, 2), np.float32), 0, _equal_power(len(tail))[1]
        try:
            for chunk in stream:
                if len(tail) and len(chunk):
                    k = min(len(tail), len(chunk))
                    at = len(rise) - len(tail)
                    chunk = chunk.copy()
                    chunk[:k] = chunk[:k] * rise[at : at + k] + tail[:k]
                    tail = tail[k:]
                length += len(chunk)
                held = np.concatenate((held, chunk)) if len(held) else chunk
                if len(held) > seam:
                    yield held[: len(held) - seam]
                    held = held[len(held) - seam :]
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()
        # the first pass may start past the end and be empty; an empty later one never ends
        if not loop or (length == 0 and not first):
            if len(held):
                yield held
            return
        first, n = False, len(held)
        tail = held * _equal_power(n)[0]
