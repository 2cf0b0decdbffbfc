"""Pull frames out of a video as PNG files, to look at them: ``frames.py VIDEO OUTDIR T...``.

Times are seconds; ``first``, ``last`` and ``mid`` are understood too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import av


def grab(video: Path, outdir: Path, wanted: list[str]) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        frames = [(float(f.time or 0.0), f.to_image()) for f in container.decode(stream)]
    times = [t for t, _ in frames]
    written = []
    for item in wanted:
        if item == "first":
            index = 0
        elif item == "last":
            index = len(frames) - 1
        elif item == "mid":
            index = len(frames) // 2
        else:
            index = min(range(len(times)), key=lambda i: abs(times[i] - float(item)))
        path = outdir / f"{video.stem}_{item}.png"
        frames[index][1].save(path)
        written.append(path)
    return written


if __name__ == "__main__":
    for p in grab(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]):
        print(p)
