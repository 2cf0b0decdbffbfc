"""Frames composed on several threads are the frames composed on one, in the same order."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from photo_video_maker.model.draft import Draft
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow, relayout
from photo_video_maker.model.plan import make_plan
from photo_video_maker.planner import plan_render
from photo_video_maker.render.engine import render
from photo_video_maker.render.frames import FrameSource
from photo_video_maker.render.yuv import I420

from support import decode_video, gradient, make_clip, save_photo

pytestmark = pytest.mark.slow


def _mixed(tmp_path: Path) -> tuple[Draft, dict[str, Path]]:
    """Photos of several shapes, a clip, transitions, a title and fades: every kind of layer."""
    files = {
        "a": save_photo(tmp_path / "a.png", gradient(400, 300, seed=1)),
        "b": save_photo(tmp_path / "b.png", gradient(240, 360, seed=2)),
        "c": make_clip(tmp_path / "c.mp4", 1.0, None, (320, 180)),
        "d": save_photo(tmp_path / "d.png", gradient(900, 200, seed=3)),
    }
    refs = [
        MediaRef(id="a", name="a.png", kind="image", width=400, height=300),
        MediaRef(id="b", name="b.png", kind="image", width=240, height=360),
        MediaRef(id="c", name="c.mp4", kind="video", width=320, height=180, duration_ms=1000),
        MediaRef(id="d", name="d.png", kind="image", width=900, height=200),
    ]
    opts = SlideshowOptions(
        resolution="480p",
        seconds_per_photo=1.0,
        transition_ms=400,
        title="Parallel",
        fade_in_ms=300,
        fade_out_ms=300,
    )
    return build_slideshow(refs, opts), files


def _composed(draft: Draft, files: dict[str, Path], threads: int) -> list[bytes]:
    plan = plan_render(draft, files.__getitem__)  # with the photos' sizes, as a render
    source = FrameSource(plan, files.__getitem__, threads=threads)
    # exactly the buffers the source says it holds, reused: a frame handed out while another
    # thread still wrote into its buffer would show here as a wrong frame
    free = [I420(plan.w, plan.h) for _ in range(source.depth)]
    lock = threading.Lock()

    def acquire() -> I420:
        with lock:
            return free.pop()

    frames = []
    for frame in source.frames(acquire):
        frames.append(frame.buf.tobytes())
        with lock:
            free.append(frame)
    assert len(frames) == plan.frames
    return frames


def test_frames_composed_on_three_threads_are_byte_identical_to_one(tmp_path: Path) -> None:
    draft, files = _mixed(tmp_path)
    serial = _composed(draft, files, threads=1)
    parallel = _composed(draft, files, threads=3)
    assert len(set(serial)) > len(serial) // 2  # the video moves: order matters
    assert [i for i, (a, b) in enumerate(zip(serial, parallel, strict=True)) if a != b] == []


def test_a_render_composed_in_parallel_decodes_to_the_serial_frames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft, files = _mixed(tmp_path)
    decoded = []
    for threads in ("1", "3"):
        monkeypatch.setenv("PVM_COMPOSE_THREADS", threads)
        out = tmp_path / f"t{threads}.mp4"
        render(plan_render(draft, files.__getitem__), out, resolve=files.__getitem__)
        decoded.append(decode_video(out)[0])
    serial, parallel = decoded
    assert len(serial) == len(parallel) == make_plan(relayout(draft)).frames
    assert all(np.array_equal(a, b) for a, b in zip(serial, parallel, strict=True))
