"""Run a Python program as an N-core machine would: ``pinned.py N (-m MODULE | SCRIPT) ARGS``.

The process is pinned to the first N CPUs it may use (as ``taskset`` would; its threads and
children inherit it) and ``os.cpu_count()`` answers N, so code that sizes pools by either
sees the same N-core machine.
"""

from __future__ import annotations

import os
import runpy
import sys


def pin(cores: int) -> set[int]:
    """Pin this process to its first ``cores`` allowed CPUs; exits if it has fewer."""
    allowed = sorted(os.sched_getaffinity(0))
    if cores > len(allowed):
        sys.exit(f"asked for {cores} cores, this process may use {len(allowed)}")
    chosen = set(allowed[:cores])
    os.sched_setaffinity(0, chosen)
    return chosen


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    cores = int(sys.argv[1])
    pin(cores)
    os.cpu_count = lambda: cores  # what the affinity now says, as an N-core machine would
    if sys.argv[2] == "-m":
        sys.argv = [sys.argv[3], *sys.argv[4:]]
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
    else:
        sys.argv = sys.argv[2:]
        runpy.run_path(sys.argv[0], run_name="__main__")


if __name__ == "__main__":
    main()
