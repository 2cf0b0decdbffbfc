"""The CPUs a render may use: affinity and cgroup quota, and x264 sized by them."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from photo_video_maker.render import cpus as cpus_module
from photo_video_maker.render.cpus import (
    CPUS_PER_COMPOSER,
    MAX_COMPOSERS,
    available_cpus,
    cgroup_quota,
    compose_threads,
)

from support import gradient, save_photo

ROOT = Path(__file__).resolve().parents[1]


def test_a_cgroup_v2_quota_is_read_in_cpus(tmp_path: Path) -> None:
    (tmp_path / "cpu.max").write_text("150000 100000\n")
    assert cgroup_quota(tmp_path) == 1.5


def test_a_cgroup_v2_without_a_limit_has_no_quota(tmp_path: Path) -> None:
    (tmp_path / "cpu.max").write_text("max 100000\n")
    assert cgroup_quota(tmp_path) is None


def test_a_cgroup_v1_quota_is_read_and_minus_one_means_none(tmp_path: Path) -> None:
    (tmp_path / "cpu").mkdir()
    (tmp_path / "cpu" / "cpu.cfs_period_us").write_text("100000\n")
    (tmp_path / "cpu" / "cpu.cfs_quota_us").write_text("250000\n")
    assert cgroup_quota(tmp_path) == 2.5
    (tmp_path / "cpu" / "cpu.cfs_quota_us").write_text("-1\n")
    assert cgroup_quota(tmp_path) is None


def test_no_cgroup_files_means_no_quota(tmp_path: Path) -> None:
    assert cgroup_quota(tmp_path) is None


def test_the_count_follows_the_affinity_not_the_machine() -> None:
    code = "import os; os.sched_setaffinity(0, {min(os.sched_getaffinity(0))});"
    code += "from photo_video_maker.render.cpus import available_cpus; print(available_cpus())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1"
    assert 1 <= available_cpus() <= (os.cpu_count() or 1)


def test_composers_follow_the_cpus_up_to_a_bound_and_the_variable_overrides(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PVM_COMPOSE_THREADS", raising=False)
    expected = min(max(1, -(-available_cpus() // CPUS_PER_COMPOSER)), MAX_COMPOSERS)
    assert compose_threads() == expected
    monkeypatch.setenv("PVM_COMPOSE_THREADS", "3")
    assert compose_threads() == 3
    monkeypatch.setenv("PVM_COMPOSE_THREADS", "zero")
    assert compose_threads() == expected


@pytest.mark.parametrize(("cpus", "composers"), [(1, 1), (2, 1), (3, 1), (4, 2), (8, 3), (64, 4)])
def test_one_composer_for_every_three_cpus(
    monkeypatch: pytest.MonkeyPatch, cpus: int, composers: int
) -> None:
    """Composition is about a sixth of x264's work a frame: at 2 CPUs a second composer only
    competed with x264 for the cores."""
    monkeypatch.delenv("PVM_COMPOSE_THREADS", raising=False)
    monkeypatch.setattr(cpus_module, "available_cpus", lambda: cpus)
    assert compose_threads() == composers


@pytest.mark.slow
def test_x264_runs_as_many_threads_as_the_process_may_use(tmp_path: Path) -> None:
    """x264 writes its settings into the stream: a render pinned to one CPU says threads=1."""
    photo = save_photo(tmp_path / "p.png", gradient(320, 240))
    out = tmp_path / "one.mp4"
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        os.sched_setaffinity(0, {{min(os.sched_getaffinity(0))}})
        from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
        from photo_video_maker.planner import plan_render
        from photo_video_maker.render.engine import render
        ref = MediaRef(id="p", name="p.png", kind="image", width=320, height=240)
        draft = build_slideshow([ref], SlideshowOptions(resolution="480p", seconds_per_photo=0.5))
        files = lambda _: Path({str(photo)!r})
        render(plan_render(draft, files), Path({str(out)!r}), resolve=files)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT)
    data = out.read_bytes()
    assert b"x264 - core" in data
    assert b" threads=1 " in data
