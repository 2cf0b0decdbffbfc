"""The soundtrack's encoder, on a thread of its own beside the video's.

The video encoder's thread is the one that hands frames to x264, and x264's frame threads wait
for it: whatever else runs there holds up the whole render. AAC alone is about a CPU second for
the standard job's 23 s, so the sound is encoded here and only its packets meet the video's, in
the muxer, under a lock.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

import av
import numpy as np

RATE = 48000
FRAME = {"aac": 1024, "libopus": 960}  # samples per encoder frame


class AudioTrack:
    """Takes planar float32 stereo (2, n) in any sizes; encodes it in encoder-sized frames."""

    def __init__(self, stream: Any, codec: str, mux: Callable[[Any], None]) -> None:
        self.stream, self.mux = stream, mux
        self.size = FRAME.get(codec, 1024)
        self.error: BaseException | None = None
        self._queue: queue.Queue[np.ndarray | None] = queue.Queue(maxsize=64)
        self._samples = 0
        self._thread = threading.Thread(target=self._work, name="audio-encoder", daemon=True)
        self._thread.start()

    def write(self, planar: np.ndarray) -> None:
        self._queue.put(planar)

    def close(self) -> None:
        """Encode what is left, flush the encoder and wait for the thread."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def _work(self) -> None:
        pending = np.zeros((2, 0), np.float32)
        item: np.ndarray | None = pending
        try:
            while item is not None:
                item = self._queue.get()
                pending = self._encode(pending if item is None else np.hstack([pending, item]))
            self._send(pending)  # the last, shorter frame
            self.mux(self.stream.encode(None))
        except Exception as exc:
            self.error = exc
            while item is not None:  # keep the producer from blocking on a full queue
                item = self._queue.get()

    def _encode(self, data: np.ndarray) -> np.ndarray:
        """Sends every whole frame of ``data``; returns the rest."""
        whole = data.shape[1] // self.size * self.size
        for start in range(0, whole, self.size):
            self._send(data[:, start : start + self.size])
        return data[:, whole:]

    def _send(self, part: np.ndarray) -> None:
        if not part.shape[1]:
            return
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(part), format="fltp", layout="stereo"
        )
        frame.sample_rate = RATE
        frame.pts = self._samples
        self._samples += part.shape[1]
        self.mux(self.stream.encode(frame))
