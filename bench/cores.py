"""The standard job against the encode floor at several core counts, as one table.

    .venv/bin/python bench/cores.py [--cores 2 4 8 16] [--runs 3] [--floor ffmpeg|pyav]

For each N, renders and floors alternate ``--runs`` times pinned to N CPUs with
``os.cpu_count()`` answering N (bench/standard_job.py --cores N), and the medians are
printed: render and floor wall seconds, their ratio (target <= 1.15), CPU seconds, and peak
memory (target: the render at most 100 MB over the floor). Meant for a quiet machine with at
least the largest N cores; a count above what this process may use is skipped with a note.
"""

from __future__ import annotations

import argparse
import os

import standard_job
from standard_job import Measured, default_floor


def row(m: Measured) -> str:
    med = standard_job._median
    render_peak = max(r.peak_mb for r in m.renders)
    floor_peak = max(f.peak_mb for f in m.floors)
    return (
        f"{m.cores:>5}  {med(m.renders, 'wall'):8.2f}  {med(m.floors, 'wall'):7.2f}  "
        f"{m.ratio:5.2f}  {med(m.renders, 'cpu'):8.1f}  {med(m.floors, 'cpu'):7.1f}  "
        f"{render_peak:7}  {floor_peak:6}  {render_peak - floor_peak:+5}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cores", type=int, nargs="+", default=[2, 4, 8, 16])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--floor", choices=["ffmpeg", "pyav"], default=default_floor())
    args = parser.parse_args()
    usable = len(os.sched_getaffinity(0))
    print(f"standard job vs {args.floor} floor, {args.runs} alternating runs each (medians)")
    print("cores  render s  floor s  ratio  render cpu  floor cpu  peak MB  floor MB   over")
    for cores in args.cores:
        if cores > usable:
            print(f"{cores:>5}  skipped: this process may use {usable} CPUs")
            continue
        print(row(standard_job.measure(args.runs, cores, args.floor)), flush=True)


if __name__ == "__main__":
    main()
