"""A cloud-rendered video brought within the draft's file-size limit.

The cloud API takes a format and a "quality", not a bitrate, so it cannot aim at a size; its
file is encoded again here, at the bitrate (and, when the bitrate is too low for the frame,
the smaller frame) that render/size_target.py chooses for a local render of the same limit.
A file already within the limit is kept as the cloud made it.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..media.probe import probe
from ..model.draft import Draft
from ..model.plan import FramePlan, SizeLimit
from ..model.share_size import describe, size_limit
from ..model.size_budget import frame_within
from ..render.refit import refit
from ..render.size_target import within


def bring_within(path: Path, draft: Draft) -> tuple[int, list[str]]:
    """The size of the video at ``path`` once within ``draft``'s limit (replaced in place when
    it was over), and notes for the reply, the first one saying the limit; no notes without
    a limit."""
    size = path.stat().st_size
    limit = size_limit(draft)
    if limit is None:
        return size, []
    if size <= limit[0]:
        return size, [f"within {describe(*limit)}"]
    info = probe(path)
    shaped = draft.model_copy(deep=True)  # the frame the cloud made, not the one asked for
    shaped.m.w, shaped.m.h = info.width or draft.m.w, info.height or draft.m.h
    seconds = (info.duration_ms or draft.d) / 1000
    sized, note = frame_within(shaped, *limit, seconds, info.has_audio)
    smaller = None if note is None else _as_made(sized, seconds)
    trial = path.with_name(f".{path.stem}.within{path.suffix}")

    def once(plan: FramePlan, video_bitrate: int, audio_bitrate: int) -> int:
        return refit(path, trial, plan.w, plan.h, video_bitrate, audio_bitrate)

    try:
        made = _as_made(shaped, seconds)
        size, notes = within(made, SizeLimit(*limit, smaller, note), info.has_audio, once)
        os.replace(trial, path)
    finally:
        trial.unlink(missing_ok=True)
    if size <= limit[0]:
        notes = [f"within {describe(*limit)}", "encoded again here to fit", *notes]
    return size, notes


def _as_made(draft: Draft, seconds: float) -> FramePlan:
    """The cloud's file as a plan: its frame and length, all that the size passes look at."""
    fps = draft.m.fps
    return FramePlan(draft.m.w, draft.m.h, fps, round(seconds * fps), [], [], 0, 0, "none")
