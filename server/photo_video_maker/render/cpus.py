"""How many CPUs this process may really use: its affinity and its cgroup's quota.

``os.cpu_count()`` counts the machine's CPUs. Pinned with taskset or run in a container with
a CPU quota, a process that sizes its thread pools by it runs many more threads than it has
cores, and they take turns on them: x264's frame threads each hold frames in flight, so too
many cost memory and latency without adding speed.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

CGROUP = Path("/sys/fs/cgroup")
MAX_COMPOSERS = 4
CPUS_PER_COMPOSER = 3


def available_cpus() -> int:
    """The CPUs this process may run on, at least 1: the smaller of its affinity mask and its
    cgroup's CPU quota (rounded up: a quota of 1.5 CPUs keeps two threads busy)."""
    count = _affinity()
    quota = cgroup_quota()
    if quota is not None:
        count = min(count, max(1, math.ceil(quota)))
    return max(1, count)


def _affinity() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def cgroup_quota(root: Path = CGROUP) -> float | None:
    """The CPU quota in CPUs (cgroup v2 ``cpu.max``, or v1 ``cpu.cfs_quota_us``), or None
    where there is none or it cannot be read."""
    try:
        quota, period = (root / "cpu.max").read_text().split()[:2]
        if quota == "max":
            return None
        return int(quota) / int(period)
    except (OSError, ValueError):
        pass
    try:
        quota_us = int((root / "cpu" / "cpu.cfs_quota_us").read_text())
        period_us = int((root / "cpu" / "cpu.cfs_period_us").read_text())
    except (OSError, ValueError):
        return None
    if quota_us <= 0 or period_us <= 0:
        return None
    return quota_us / period_us


def compose_threads() -> int:
    """Threads that compose frames: one for every ``CPUS_PER_COMPOSER`` usable CPUs, up to
    ``MAX_COMPOSERS``.

    A 1080p frame costs 4-5 ms of composition and about 30 ms of x264 at veryfast (the
    standard job: 3.5 against 21 CPU seconds), so one composer keeps up with x264 on about
    six CPUs; one for every three leaves room for the frames that cost twice as much (a
    transition, a pan). More composers than that only compete with x264 for the cores and
    hold more frames: at 2 CPUs, two composers made the standard job cost 1.6 CPU s and
    16 MB more than one (docs/performance.md). ``PVM_COMPOSE_THREADS`` overrides it (1
    composes on the calling thread).
    """
    value = os.environ.get("PVM_COMPOSE_THREADS", "")
    if value.isdigit() and int(value) > 0:
        return int(value)
    return min(max(1, math.ceil(available_cpus() / CPUS_PER_COMPOSER)), MAX_COMPOSERS)
