"""The standard job, timed against the encode floor measured in the same run.

    .venv/bin/python bench/standard_job.py [--runs N] [--keep]

1. Renders the 10 photos of ../shared/testdata/photos with the CLI: 3.0 s each, 0.75 s
   crossfades, Ken Burns zoom 1.0 to 1.1, 1920x1080, 30 fps, the title "Summer 2026" for
   3 s, the test music trimmed with a 1 s fade-out, H.264 veryfast CRF 20 + AAC 192 kb/s.
2. Decodes the finished frames to a raw yuv420p file and times the ffmpeg command line's
   libx264 encoding them with the same settings: the encode floor.
3. Prints wall time, CPU time and peak memory of the render, and its ratio to the floor.

With ``--runs N`` (3 by default) renders and floors alternate N times and the medians are
compared: on a shared machine one pair can be 15 % apart just from the neighbours' load.

Needs the ffmpeg command line (Debian: apt-get install ffmpeg) for the floor only.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import av

ROOT = Path(__file__).resolve().parents[1]
TESTDATA = ROOT.parent / "shared" / "testdata"
CLI = Path(sys.executable).with_name("photo-video-maker")
PROC = Path("/proc")
PAGE = resource.getpagesize()


def _tree_rss_mb(root: int) -> int:
    """Resident memory of a process and all its descendants, summed (Linux /proc).

    Follows each thread's ``children`` list instead of scanning every process on the machine:
    a scan cost 5 ms, a quarter of a core at this sampling rate, taken from the job measured.
    """
    total, todo, seen = 0, [root], set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            total += int((PROC / str(pid) / "statm").read_text().split()[1]) * PAGE
            for task in (PROC / str(pid) / "task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, IndexError, ValueError):
            continue  # the process ended between two reads
    return total // (1024 * 1024)


def run_timed(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system) and peak memory in MB of a command.

    Peak memory is the largest sum of the resident memory of the process and its children
    (sampled every 20 ms), so a helper process cannot hide memory.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_mb(proc.pid))
        time.sleep(0.02)
    if proc.returncode:
        sys.exit(f"{cmd[0]} failed with exit code {proc.returncode}")
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, peak


def render(out: Path) -> tuple[float, float, int]:
    return run_timed(
        [
            str(CLI),
            "make",
            str(TESTDATA / "photos"),
            "-o",
            str(out),
            "--quiet",
            "--seconds",
            "3",
            "--transition",
            "crossfade",
            "--transition-seconds",
            "0.75",
            "--zoom",
            "1.1",
            "--resolution",
            "1080p",
            "--aspect",
            "16:9",
            "--fps",
            "30",
            "--title",
            "Summer 2026",
            "--music",
            str(TESTDATA / "audio" / "crossroads_by_Shawn_Parrotte_40s.mp3"),
            "--music-fade-out",
            "1",
            "--fade-out",
            "0",
            "--crf",
            "20",
            "--preset",
            "veryfast",
        ]
    )


def to_raw(video: Path, raw: Path) -> tuple[int, int, int]:
    """The finished frames as one raw yuv420p file; returns width, height and frame count."""
    count = 0
    with av.open(str(video)) as container, open(raw, "wb") as fh:
        stream = container.streams.video[0]
        w, h = stream.codec_context.width, stream.codec_context.height
        for frame in container.decode(stream):
            fh.write(frame.to_ndarray(format="yuv420p").tobytes())
            count += 1
    return w, h, count


def encode_floor(raw: Path, w: int, h: int, out: Path) -> tuple[float, float, int]:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        sys.exit("the encode floor needs the ffmpeg command line: apt-get install ffmpeg")
    return run_timed(
        [
            ffmpeg,
            "-v",
            "error",
            "-y",
            "-f",
            "rawvideo",
            "-pix_fmt",
            "yuv420p",
            "-s",
            f"{w}x{h}",
            "-r",
            "30",
            "-i",
            str(raw),
            "-c:v",
            "libx264",
            "-preset",
            "veryfast",
            "-crf",
            "20",
            "-profile:v",
            "high",
            "-pix_fmt",
            "yuv420p",
            "-movflags",
            "+faststart",
            str(out),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="render/floor pairs (median)")
    parser.add_argument("--keep", action="store_true", help="keep the rendered video")
    args = parser.parse_args()
    if not (TESTDATA / "photos").is_dir():
        sys.exit(f"{TESTDATA} is absent: the standard job uses the shared test data")
    renders: list[tuple[float, float, int]] = []
    floors: list[tuple[float, float, int]] = []
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        folder = Path(tmp)
        video, raw = folder / "standard.mp4", folder / "frames.yuv"
        for run in range(max(1, args.runs)):
            renders.append(render(video))
            if run == 0:
                w, h, frames = to_raw(video, raw)
            floors.append(encode_floor(raw, w, h, folder / "floor.mp4"))
        if args.keep:
            shutil.copy(video, ROOT / "standard.mp4")
    wall, cpu = _median(renders, 0), _median(renders, 1)
    floor, floor_cpu = _median(floors, 0), _median(floors, 1)
    peak, floor_peak = max(r[2] for r in renders), max(f[2] for f in floors)
    print(f"standard job: {frames} frames {w}x{h}, {frames / 30:.2f} s of video")
    print(f"runs: {len(renders)} (medians; peak memory is the largest)")
    print(f"render (CLI):  wall {wall:.2f} s  cpu {cpu:.2f} s  peak memory {peak} MB")
    print(
        f"encode floor:  wall {floor:.2f} s  cpu {floor_cpu:.2f} s  peak memory {floor_peak} MB"
        "  (ffmpeg libx264 veryfast crf 20 from raw yuv)"
    )
    pairs = "  ".join(f"{r[0] / f[0]:.2f}" for r, f in zip(renders, floors, strict=True))
    print(f"ratio to floor: {wall / floor:.2f}  (target <= 1.15; run by run: {pairs})")


def _median(runs: list[tuple[float, float, int]], field: int) -> float:
    return float(statistics.median(run[field] for run in runs))


if __name__ == "__main__":
    main()
