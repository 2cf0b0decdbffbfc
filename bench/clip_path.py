"""Clip frames composed through YUV straight vs through RGB: ``clip_path.py [--runs 3]
[--fit cover|blur|contain]``.

Makes a BT.709 clip (3 s, moving gradient; 1920x1080 for cover, 1440x1080 for blur and
contain, so that the fill shows beside it), then composes a 1080p video of it into a null
sink on one thread, once with the direct YUV path and once with it turned off (the RGB round
trip every frame took before: for blur, the blurred background made and converted at full
size in every frame), alternating; prints the medians in ms per frame.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from photo_video_maker.media.video import ClipReader
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow, relayout
from photo_video_maker.model.meta import Fit
from photo_video_maker.model.plan import make_plan
from photo_video_maker.render.frames import FrameSource
from photo_video_maker.render.yuv import I420

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_clip_yuv import _bt709_clip  # the test's clip maker


def compose_ms(clip: Path, size: tuple[int, int], fit: Fit, direct: bool) -> float:
    w, h = size
    ref = MediaRef(id="c", name="c.mp4", kind="video", width=w, height=h, duration_ms=3000)
    options = SlideshowOptions(fade_out_ms=0, fit=fit)
    plan = make_plan(relayout(build_slideshow([ref], options)))
    original = ClipReader.to_i420
    if not direct:
        ClipReader.to_i420 = lambda *args, **kwargs: None  # type: ignore[method-assign]
    try:
        source = FrameSource(plan, lambda _: clip, threads=1)
        out = I420(plan.w, plan.h)
        started = time.process_time()
        count = sum(1 for _ in source.frames(lambda: out))
        return (time.process_time() - started) * 1000 / count
    finally:
        ClipReader.to_i420 = original  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--fit", choices=["cover", "blur", "contain"], default="cover")
    args = parser.parse_args()
    size = (1920, 1080) if args.fit == "cover" else (1440, 1080)
    with tempfile.TemporaryDirectory() as tmp:
        clip = _bt709_clip(Path(tmp) / "clip.mp4", size, frames=90)
        times: dict[bool, list[float]] = {True: [], False: []}
        for _ in range(args.runs):
            for direct in (True, False):
                times[direct].append(compose_ms(clip, size, args.fit, direct))
    print(f"fit {args.fit}: a {size[0]}x{size[1]} clip in a 1920x1080 frame")
    for direct, label in ((False, "through RGB"), (True, "YUV direct ")):
        runs = " ".join(f"{t:.1f}" for t in times[direct])
        print(f"{label}: {statistics.median(times[direct]):.1f} ms CPU per frame  (runs {runs})")


if __name__ == "__main__":
    main()
