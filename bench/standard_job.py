"""The standard job, timed against the encode floor measured in the same run.

    .venv/bin/python bench/standard_job.py [--runs N] [--cores N] [--floor ffmpeg|pyav]
                                           [--draft] [--keep] [--memory-photos N ...]
                                           [--memory-seconds S] [--memory-resolution R]
                                           [--compare SERVER_DIR]

1. Renders the 10 photos of ../shared/testdata/photos with the CLI: 3.0 s each, 0.75 s
   crossfades, Ken Burns zoom 1.0 to 1.1, 1920x1080, 30 fps, the title "Summer 2026" for
   3 s, the test music trimmed with a 1 s fade-out, H.264 veryfast CRF 20 + AAC 192 kb/s.
2. Decodes the finished frames to a raw yuv420p file and times libx264 encoding them with
   the same settings: the encode floor. ``--floor ffmpeg`` (the default where it is
   installed) uses the ffmpeg command line; ``--floor pyav`` the same libx264 through PyAV,
   for machines without it.
3. Prints wall time, CPU time and peak memory (the child's ru_maxrss) of the render and of
   the floor, and their ratio.

``--cores N`` pins both to the first N CPUs (as taskset does), with ``os.cpu_count()`` in
the Python processes answering N (bench/pinned.py): what an N-core machine would see.
``--memory-photos 10 500`` prints the render's peak memory with that many photos (the 10
repeated, ``--memory-seconds`` each, 0.5 by default, at ``--memory-resolution``, 1080p by
default: ``--memory-resolution 480p`` keeps 500 photos (a 250 s video) to a few
minutes). ``--draft`` renders the quick preview (480p, fastest preset) instead
and compares its time with the full render's. With ``--runs N`` (3 by default) renders and
floors alternate N times and the medians are compared: on a shared machine one pair can be
15 % apart just from the neighbours' load. ``--compare DIR`` also renders with another
version's ``server`` folder (``git archive main server | tar -x -C /tmp/main``, then
``--compare /tmp/main/server``), alternating with this one round by round against the same
floors, and prints both: an A/B on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import av

ROOT = Path(__file__).resolve().parents[1]
TESTDATA = ROOT.parent / "shared" / "testdata"
BENCH = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Timed:
    wall: float  # seconds
    cpu: float  # user + system seconds of the process and its children
    peak_mb: int  # the largest resident memory it reached (ru_maxrss)


def run_timed(cmd: list[str], cores: int | None = None, env: dict[str, str] | None = None) -> Timed:
    """Wall seconds, CPU seconds and peak memory of a command, pinned to ``cores`` CPUs.

    The peak is the child's own ru_maxrss from wait4: exact, and no sampling thread takes
    CPU from the job measured.
    """
    chosen = sorted(os.sched_getaffinity(0))[:cores] if cores else None

    def pin() -> None:
        if chosen is not None:
            os.sched_setaffinity(0, chosen)

    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, preexec_fn=pin, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.exit(f"{cmd[0]} failed with exit code {proc.returncode}")
    return Timed(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024)


def python_cmd(cores: int | None, *args: str) -> list[str]:
    """A Python command; with ``cores``, run as an N-core machine would see it."""
    if cores is None:
        return [sys.executable, *args]
    return [sys.executable, str(BENCH / "pinned.py"), str(cores), *args]


def render(
    out: Path,
    cores: int | None = None,
    draft: bool = False,
    photos: Path = TESTDATA / "photos",
    seconds: float = 3.0,
    resolution: str = "1080p",
    source: Path | None = None,
) -> Timed:
    """The standard job rendered by the CLI; with ``source``, by the package in that folder."""
    extra = ["--draft"] if draft else []
    env = None if source is None else {**os.environ, "PYTHONPATH": str(source)}
    return run_timed(
        python_cmd(
            cores,
            "-m",
            "photo_video_maker.cli",
            "make",
            str(photos),
            "-o",
            str(out),
            "--quiet",
            "--seconds",
            f"{seconds:g}",
            "--transition",
            "crossfade",
            "--transition-seconds",
            "0.75",
            "--zoom",
            "1.1",
            "--resolution",
            resolution,
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
            *extra,
        ),
        cores,
        env,
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


def encode_floor(raw: Path, w: int, h: int, out: Path, floor: str, cores: int | None) -> Timed:
    if floor == "pyav":
        cmd = python_cmd(cores, str(BENCH / "floor_pyav.py"), str(raw), str(w), str(h), "30")
        return run_timed([*cmd, str(out)], cores)
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        sys.exit("the ffmpeg floor needs the ffmpeg command line: use --floor pyav")
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
        ],
        cores,
    )


@dataclass(frozen=True)
class Measured:
    cores: int | None
    frames: int
    w: int
    h: int
    renders: list[Timed]
    floors: list[Timed]
    compared: list[Timed]  # the other version's renders (--compare), else empty

    @property
    def ratio(self) -> float:
        return _median(self.renders, "wall") / _median(self.floors, "wall")


def measure(
    runs: int, cores: int | None, floor: str, keep: bool = False, compare: Path | None = None
) -> Measured:
    """Renders and floors alternated ``runs`` times, each pinned to ``cores`` CPUs; with
    ``compare``, a render by that version too, first in every other round."""
    if not (TESTDATA / "photos").is_dir():
        sys.exit(f"{TESTDATA} is absent: the standard job uses the shared test data")
    renders: list[Timed] = []
    floors: list[Timed] = []
    compared: list[Timed] = []
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        folder = Path(tmp)
        video, raw = folder / "standard.mp4", folder / "frames.yuv"
        for run in range(max(1, runs)):
            if compare is not None and run % 2:
                compared.append(render(folder / "compared.mp4", cores, source=compare))
            renders.append(render(video, cores))
            if compare is not None and not run % 2:
                compared.append(render(folder / "compared.mp4", cores, source=compare))
            if run == 0:
                w, h, frames = to_raw(video, raw)
            floors.append(encode_floor(raw, w, h, folder / "floor.mp4", floor, cores))
        if keep:
            shutil.copy(video, ROOT / "standard.mp4")
    return Measured(cores, frames, w, h, renders, floors, compared)


def draft_vs_full(runs: int, cores: int | None) -> None:
    """The quick preview's time against the full render's, alternated, medians."""
    full: list[Timed] = []
    quick: list[Timed] = []
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        for _ in range(max(1, runs)):
            full.append(render(Path(tmp) / "full.mp4", cores))
            quick.append(render(Path(tmp) / "draft.mp4", cores, draft=True))
        _, _, frames = to_raw(Path(tmp) / "draft.mp4", Path(os.devnull))
    f, q = _median(full, "wall"), _median(quick, "wall")
    print(f"full render:  wall {f:.2f} s  cpu {_median(full, 'cpu'):.2f} s")
    print(f"draft (480p): wall {q:.2f} s  cpu {_median(quick, 'cpu'):.2f} s  ({frames} frames)")
    print(f"draft / full: {q / f:.2f}  (target <= 0.25; runs: {len(full)}, medians)")


def memory_by_photos(
    counts: list[int], cores: int | None, seconds: float = 0.5, resolution: str = "1080p"
) -> None:
    """Peak memory of the standard job's settings with more photos (the 10 repeated, each
    shown ``seconds``, so that the video stays short): it should not grow with their number.
    A lower ``resolution`` makes 500 photos a matter of minutes."""
    sources = sorted(p for p in (TESTDATA / "photos").iterdir() if p.suffix != ".md")
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        for count in counts:
            folder = Path(tmp) / f"photos{count}"
            folder.mkdir()
            for i in range(count):
                src = sources[i % len(sources)]
                shutil.copy(src, folder / f"{i:04d}{src.suffix}")
            out = Path(tmp) / "many.mp4"
            run = render(out, cores, photos=folder, seconds=seconds, resolution=resolution)
            print(
                f"{count:4} photos, {seconds:g} s each, {resolution}: peak {run.peak_mb} MB  "
                f"wall {run.wall:.1f} s  cpu {run.cpu:.1f} s"
            )
            shutil.rmtree(folder)


def default_floor() -> str:
    return "ffmpeg" if shutil.which("ffmpeg") else "pyav"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="render/floor pairs (median)")
    parser.add_argument("--cores", type=int, default=None, help="pin both to N CPUs")
    parser.add_argument("--floor", choices=["ffmpeg", "pyav"], default=default_floor())
    parser.add_argument("--draft", action="store_true", help="time the quick preview")
    parser.add_argument("--keep", action="store_true", help="keep the rendered video")
    parser.add_argument(
        "--memory-photos", type=int, nargs="+", help="peak memory with these many photos"
    )
    parser.add_argument(
        "--memory-seconds", type=float, default=0.5, help="each photo's time (--memory-photos)"
    )
    parser.add_argument(
        "--memory-resolution", default="1080p", help="the video's resolution (--memory-photos)"
    )
    parser.add_argument(
        "--compare", type=Path, help="another version's server folder, rendered alternately"
    )
    args = parser.parse_args()
    if args.memory_photos:
        memory_by_photos(
            args.memory_photos, args.cores, args.memory_seconds, args.memory_resolution
        )
        return
    if args.draft:
        draft_vs_full(args.runs, args.cores)
        return
    m = measure(args.runs, args.cores, args.floor, args.keep, args.compare)
    wall, cpu = _median(m.renders, "wall"), _median(m.renders, "cpu")
    floor, floor_cpu = _median(m.floors, "wall"), _median(m.floors, "cpu")
    peak, floor_peak = max(r.peak_mb for r in m.renders), max(f.peak_mb for f in m.floors)
    pinned = f"pinned to {args.cores} cores" if args.cores else "not pinned"
    print(f"standard job: {m.frames} frames {m.w}x{m.h}, {m.frames / 30:.2f} s of video, {pinned}")
    print(f"runs: {len(m.renders)} (medians; peak memory is the largest)")
    print(f"render (CLI):  wall {wall:.2f} s  cpu {cpu:.2f} s  peak memory {peak} MB")
    print(
        f"encode floor:  wall {floor:.2f} s  cpu {floor_cpu:.2f} s  peak memory {floor_peak} MB"
        f"  ({args.floor} libx264 veryfast crf 20 from raw yuv)"
    )
    pairs = "  ".join(f"{r.wall / f.wall:.2f}" for r, f in zip(m.renders, m.floors, strict=True))
    print(f"ratio to floor: {m.ratio:.2f}  (target <= 1.15; run by run: {pairs})")
    print(f"CPU ratio to floor: {cpu / floor_cpu:.2f}  (the wall ratio on saturated cores)")
    print(f"memory over the floor: {peak - floor_peak} MB  (target <= 100)")
    if m.compared:
        print(f"run by run, render cpu s: {_runs(m.renders, 'cpu')}")
        print(f"            floor cpu s:  {_runs(m.floors, 'cpu')}")
        other_cpu, other_peak = _median(m.compared, "cpu"), max(r.peak_mb for r in m.compared)
        print(
            f"compared ({args.compare}): wall {_median(m.compared, 'wall'):.2f} s  "
            f"cpu {other_cpu:.2f} s  peak memory {other_peak} MB  CPU ratio to floor "
            f"{other_cpu / floor_cpu:.2f}  (runs, cpu s: {_runs(m.compared, 'cpu')})"
        )
        print(f"this / compared, CPU: {cpu / other_cpu:.3f}")


def _runs(runs: list[Timed], field: str) -> str:
    return " ".join(f"{getattr(run, field):.2f}" for run in runs)


def _median(runs: list[Timed], field: str) -> float:
    return float(statistics.median(getattr(run, field) for run in runs))


if __name__ == "__main__":
    main()
