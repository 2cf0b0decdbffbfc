"""The bitrate budget of a file of a chosen size, and the frame that budget can keep sharp.

Pure arithmetic on the draft, so that the frame size is decided when the video is planned
(model/plan.py); the renderer then only varies the bitrate until the file lands in the band
(render/size_target.py).
"""

from __future__ import annotations

import math

from .catalog import ASPECTS, RESOLUTIONS, frame_size
from .draft import Draft
from .share_size import describe

TARGET = 0.93  # of the limit: the middle of the band [0.85, 1.0] that counts as hitting it
OVERHEAD = 0.01  # the container's share of the file (MP4 index, packet headers)
AUDIO_BITRATE = 128_000  # AAC stereo; plenty for music on a phone, and leaves bits for video
MIN_BPP = 0.03
MIN_VIDEO_BITRATE = 150_000  # below this nothing looks good at any size


def video_bitrate(limit: int, seconds: float, audio_bitrate: int) -> int:
    """Bits a second for the video so the whole file comes out at TARGET of ``limit``."""
    budget = limit * TARGET * (1 - OVERHEAD) * 8 / seconds
    return math.floor(budget - audio_bitrate)


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


def frame_within(
    draft: Draft, size: int, label: str | None, seconds: float, has_sound: bool
) -> tuple[Draft, str | None]:
    """The draft at the frame a file of ``size`` bytes keeps sharp for ``seconds`` of video,
    and what was changed, for the person to know (None and the draft itself: nothing).

    A budget too small for any frame is refused by the renderer (size_target.check_budget).
    """
    rate = video_bitrate(size, seconds, AUDIO_BITRATE if has_sound else 0)
    sized = smaller_frame(draft, rate) if rate >= MIN_VIDEO_BITRATE else draft
    if sized is draft:
        return draft, None
    note = (
        f"made at {sized.m.w}x{sized.m.h} instead of {draft.m.w}x{draft.m.h} so that it "
        f"looks sharp within {describe(size, label)}"
    )
    return sized, note
