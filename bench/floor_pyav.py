"""The encode floor without the ffmpeg command line: ``floor_pyav.py RAW W H FPS OUT``.

Encodes a raw yuv420p file with PyAV's libx264 as ``ffmpeg -c:v libx264 -preset veryfast
-crf 20 -profile:v high`` does: x264 frame threads, as many as x264 picks (the command
line's ``-threads`` default) from the CPUs this process may run on.
"""

from __future__ import annotations

import sys
from fractions import Fraction

import av
import numpy as np


def encode(raw: str, w: int, h: int, fps: int, out: str) -> None:
    size = w * h * 3 // 2
    with av.open(out, "w", format="mp4", options={"movflags": "+faststart"}) as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        stream.time_base = Fraction(1, fps)
        ctx = stream.codec_context
        ctx.options = {"crf": "20", "preset": "veryfast", "profile": "high"}
        # as the command line leaves them: x264's own thread count (1.5 per CPU it may use) and
        # frame threads; PyAV's default thread type alone (SLICE) gives x264 sliced threads,
        # 50-70 MB less memory and a different speed
        ctx.thread_type = "AUTO"
        ctx.thread_count = 0
        with open(raw, "rb") as fh:
            n = 0
            while chunk := fh.read(size):
                frame = av.VideoFrame.from_ndarray(
                    np.frombuffer(chunk, np.uint8).reshape(h * 3 // 2, w), format="yuv420p"
                )
                frame.pts = n
                n += 1
                for packet in stream.encode(frame):
                    container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)


if __name__ == "__main__":
    raw, w, h, fps, out = sys.argv[1:6]
    encode(raw, int(w), int(h), int(fps), out)
