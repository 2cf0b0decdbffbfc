"""Composition alone: the standard job's frames composed into a null sink, on 1 and 2 threads.

    .venv/bin/python bench/compose_only.py [--threads 1 2] [--runs 3] [--resolution 1080p]

The encoder is replaced by a sink that hands each buffer straight back, so this measures
what the renderer itself costs: frames per second (wall) and CPU seconds per frame (all
threads), and the speed-up of several composing threads over one. Thread counts alternate
run by run and the medians are printed: the machine may be shared. Beside it, the speed-up
of work that scales perfectly on idle cores (a blur), to show how much of the cores the
machine gave at the time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import cv2
import numpy as np

from photo_video_maker.media.collect import collect
from photo_video_maker.media.probe import probe
from photo_video_maker.media.refs import to_ref
from photo_video_maker.model.draft import Draft
from photo_video_maker.model.layout import SlideshowOptions, build_slideshow
from photo_video_maker.planner import plan_render
from photo_video_maker.render.frames import FrameSource
from photo_video_maker.render.yuv import I420

ROOT = Path(__file__).resolve().parents[1]
TESTDATA = ROOT.parent / "shared" / "testdata"


def standard_draft(resolution: str) -> tuple[Draft, dict[str, Path]]:
    """The standard job's pictures and title (bench/standard_job.py), without its music."""
    files = {f"m{i}": p for i, p in enumerate(collect([TESTDATA / "photos"]), start=1)}
    refs = [to_ref(k, p.name, probe(p)) for k, p in files.items()]
    options = SlideshowOptions(
        resolution=resolution,
        seconds_per_photo=3.0,
        transition="crossfade",
        transition_ms=750,
        zoom=1.1,
        title="Summer 2026",
        fade_out_ms=0,
    )
    return build_slideshow(refs, options), files


def compose(draft: Draft, files: dict[str, Path], threads: int) -> tuple[int, float, float]:
    """Frames, wall seconds and CPU seconds of composing every frame into a null sink."""
    plan = plan_render(draft, files.__getitem__)  # with the photos' sizes, as a render
    source = FrameSource(plan, files.__getitem__, threads=threads)
    free = [I420(plan.w, plan.h) for _ in range(source.depth)]
    lock = threading.Lock()

    def acquire() -> I420:
        with lock:
            return free.pop()

    cpu, wall, count = time.process_time(), time.perf_counter(), 0
    for frame in source.frames(acquire):
        count += 1
        with lock:
            free.append(frame)  # the null sink: handed straight back
    return count, time.perf_counter() - wall, time.process_time() - cpu


def reference(threads: int) -> float:
    """Seconds for 16 rounds of a 1080p Gaussian blur split over ``threads`` threads: work
    that scales perfectly, to show how much of the cores the machine gives right now."""
    plane = np.random.default_rng(0).integers(0, 255, (1080, 1920), np.uint8)

    def work(_: int) -> None:
        for _ in range(16 // threads):
            cv2.GaussianBlur(plane, (9, 9), 0)

    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(work, range(threads)))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--resolution", default="1080p")
    args = parser.parse_args()
    if not (TESTDATA / "photos").is_dir():
        sys.exit(f"{TESTDATA} is absent: the standard job uses the shared test data")
    draft, files = standard_draft(args.resolution)
    results: dict[int, list[tuple[int, float, float]]] = {t: [] for t in args.threads}
    scaling: dict[int, list[float]] = {t: [] for t in args.threads}
    for _ in range(args.runs):
        for threads in args.threads:
            results[threads].append(compose(draft, files, threads))
            scaling[threads].append(reference(threads))
    base = None
    for threads, runs in results.items():
        frames = runs[0][0]
        wall = statistics.median(r[1] for r in runs)
        cpu = statistics.median(r[2] for r in runs)
        base = base or frames / wall
        print(
            f"threads {threads}: {frames / wall:6.1f} fps  wall {wall:.2f} s  "
            f"cpu {cpu / frames * 1000:.2f} ms/frame  speed-up {frames / wall / base:.2f}x  "
            f"(runs {' '.join(f'{r[0] / r[1]:.0f}' for r in runs)} fps)"
        )
    one = statistics.median(scaling[args.threads[0]])
    for threads, times in scaling.items():
        print(
            f"reference (blur, scales perfectly on idle cores), {threads} threads: "
            f"speed-up {one / statistics.median(times):.2f}x"
        )


if __name__ == "__main__":
    main()
