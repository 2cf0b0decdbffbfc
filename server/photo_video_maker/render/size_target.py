"""Making a file of a chosen size: the bitrate from the budget, checked against the result.

x264's average-bitrate mode lands within a few per cent of the rate asked on most videos, but
not all: a slideshow of still, smooth photos may not need the bits, and the container adds its
own. So the video is rendered at the rate the budget gives for a size a little under the limit
(TARGET), its size measured, and when it is over the limit or more than 15 % under it,
rendered again at a rate scaled by how far off it was (rarely needed more than once).

The frame gets smaller only when the bitrate would be too low for it to look good (MIN_BPP
bits a pixel a frame; below, x264 smears the texture of moving photos into blocks): the same
bits spread over fewer pixels look sharper. That frame is chosen when the video is planned
(model/size_budget.py): the plan carries the video at it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ..errors import InputError
from ..model.plan import FramePlan, SizeLimit
from ..model.share_size import MB, describe
from ..model.size_budget import (
    AUDIO_BITRATE,
    MIN_VIDEO_BITRATE,
    OVERHEAD,
    TARGET,
    video_bitrate,
)

LOWEST = 0.85
TRIES = 4


def check_budget(limit: int, label: str | None, seconds: float, audio_bitrate: int) -> int:
    """The video bitrate, or InputError when the video is too long to fit the limit."""
    rate = video_bitrate(limit, seconds, audio_bitrate)
    if rate < MIN_VIDEO_BITRATE:
        longest = limit * TARGET * (1 - OVERHEAD) * 8 / (MIN_VIDEO_BITRATE + audio_bitrate)
        raise InputError(
            f"a {seconds:.0f} s video cannot look good within {describe(limit, label)}",
            f"Make it {math.floor(longest)} s or shorter, or allow a larger size",
        )
    return rate


def within(
    plan: FramePlan,
    size_limit: SizeLimit,
    has_sound: bool,
    render_once: Callable[[FramePlan, int, int], int],
) -> tuple[int, list[str]]:
    """Render (through ``render_once(plan, video_bitrate, audio_bitrate) -> bytes``) until
    the file is at most the limit and at least LOWEST of it; the last size and notes.

    The frame was chosen when the video was planned (``size_limit.smaller``, from the same
    budget: model/size_budget.py); here only the bitrate changes from pass to pass.

    Raises InputError when the video is too long for the limit.
    """
    limit, label = size_limit.bytes, size_limit.label
    seconds = plan.duration_s
    audio = AUDIO_BITRATE if has_sound else 0
    rate = check_budget(limit, label, seconds, audio)
    sized = size_limit.smaller or plan
    notes = [size_limit.note] if size_limit.smaller is not None and size_limit.note else []
    size = 0
    for _ in range(TRIES):
        before, size = size, render_once(sized, rate, audio)
        if LOWEST * limit <= size <= limit:
            return size, notes
        if before and before * 1.05 >= size < LOWEST * limit:
            break  # more bits asked for and not taken: the picture needs no more
        # scale the video's share of the file by how far the whole file was off
        fixed = audio * seconds / 8 + limit * OVERHEAD
        wanted = limit * TARGET - fixed
        rate = max(MIN_VIDEO_BITRATE, math.floor(rate * wanted / max(size - fixed, 1.0)))
    if size > limit:
        return size, [*notes, f"{size / MB:.1f} MB: over {describe(limit, label)}"]
    notes.append(
        f"{size / MB:.1f} MB, more than 15 % under {describe(limit, label)}: the video needs "
        "no more to look its best"
    )
    return size, notes
