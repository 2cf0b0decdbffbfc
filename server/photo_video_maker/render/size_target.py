"""Making a file of a chosen size: the bitrate from the budget, checked against the result.

x264's average-bitrate mode lands within a few per cent of the rate asked on most videos, but
not all: a slideshow of still, smooth photos may not need the bits, and the container adds its
own. So the video is rendered at the rate the budget gives for a size a little under the limit
(TARGET), its size measured, and when it is over the limit or more than 15 % under it,
rendered again at a rate scaled by how far off it was (rarely needed more than once).

The frame gets smaller only when the bitrate would be too low for it to look good (MIN_BPP
bits a pixel a frame; below, x264 smears the texture of moving photos into blocks): the same
bits spread over fewer pixels look sharper.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ..errors import InputError
from ..model.catalog import ASPECTS, RESOLUTIONS, frame_size
from ..model.draft import Draft
from ..model.share_size import MB, describe

TARGET = 0.93  # of the limit: the middle of the band [0.85, 1.0] that counts as hitting it
LOWEST = 0.85
TRIES = 4
AUDIO_BITRATE = 128_000  # AAC stereo; plenty for music on a phone, and leaves bits for video
OVERHEAD = 0.01  # the container's share of the file (MP4 index, packet headers)
MIN_BPP = 0.03
MIN_VIDEO_BITRATE = 150_000  # below this nothing looks good at any size


def video_bitrate(limit: int, seconds: float, audio_bitrate: int) -> int:
    """Bits a second for the video so the whole file comes out at TARGET of ``limit``."""
    budget = limit * TARGET * (1 - OVERHEAD) * 8 / seconds
    return math.floor(budget - audio_bitrate)


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


def smaller_frame(draft: Draft, rate: int) -> Draft:
    """The draft at the largest standard size (no larger than its own) where ``rate`` gives at
    least MIN_BPP; the smallest standard size if none does. The draft itself if it is fine."""
    m = draft.m
    if rate / (m.w * m.h * m.fps) >= MIN_BPP or m.aspect not in ASPECTS:
        return draft
    sizes = sorted(
        (frame_size(m.aspect, name) for name in RESOLUTIONS),
        key=lambda size: size[0] * size[1],
        reverse=True,
    )
    smaller = [size for size in sizes if size[0] * size[1] < m.w * m.h]
    if not smaller:
        return draft
    w, h = next((s for s in smaller if rate / (s[0] * s[1] * m.fps) >= MIN_BPP), smaller[-1])
    out = draft.model_copy(deep=True)
    out.m.w, out.m.h = w, h
    return out


def within(
    draft: Draft,
    limit: int,
    label: str | None,
    seconds: float,
    has_sound: bool,
    render_once: Callable[[Draft, int, int], int],
) -> tuple[int, list[str]]:
    """Render (through ``render_once(draft, video_bitrate, audio_bitrate) -> bytes``) until
    the file is at most ``limit`` and at least LOWEST of it; the last size and notes.

    Raises InputError when the video is too long for the limit.
    """
    audio = AUDIO_BITRATE if has_sound else 0
    rate = check_budget(limit, label, seconds, audio)
    sized = smaller_frame(draft, rate)
    notes = []
    if (sized.m.w, sized.m.h) != (draft.m.w, draft.m.h):
        notes.append(
            f"made at {sized.m.w}x{sized.m.h} instead of {draft.m.w}x{draft.m.h} so that it "
            f"looks sharp within {describe(limit, label)}"
        )
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
