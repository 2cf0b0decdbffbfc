"""A render request, checked and frozen before anything is queued or any credit is frozen.

The limits (docs/workers.md) keep one request from holding a worker for hours or running it
out of memory: the frame at most a 2160p preset, the video at most ``max_render_seconds``
long with at most ``max_render_items`` photos and clips, and an account's renders at most
``render_seconds_per_day`` of video a day. Each is a clear error before the job exists.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from ..backends.exports import normal_resolution
from ..backends.local import LocalBackend
from ..config import Settings
from ..errors import (
    DraftError,
    InputError,
    NothingToRender,
    RenderQuotaUsed,
    RenderTooLarge,
    shorten,
)
from ..model.catalog import ASPECTS, RESOLUTIONS, frame_size
from ..model.draft import Draft, parse_draft
from ..model.layout import relayout
from ..model.plan import make_plan
from ..music.builtin import is_builtin
from ..render.encode import get_format

LARGEST = "2160p"
MAX_SHORT = RESOLUTIONS[LARGEST]
MAX_LONG = max(max(frame_size(aspect, LARGEST)) for aspect in ASPECTS)


@dataclass(frozen=True)
class RenderRequest:
    """What to render: the sized draft, the format, and how many seconds of video it makes."""

    draft: Draft
    format: str
    resolution: str | None
    seconds: float

    def row(self) -> dict[str, Any]:
        """The job row's copy of the request."""
        return {"draft": self.draft.to_json(), "format": self.format, "resolution": self.resolution}


def prepare(
    backend: LocalBackend,
    settings: Settings,
    session_id: str,
    draft_json: dict[str, Any] | None,
    fmt: str,
    resolution: str | None,
) -> RenderRequest:
    """Check a render request against the session and the limits (400/4002-class errors)."""
    if draft_json is None:
        draft = backend.sessions.draft(session_id)
    else:
        draft = parse_draft(draft_json)
        known = {m.id for m in backend.sessions.media(session_id)}
        unknown = sorted(s for s in draft.media_ids() if s not in known and not is_builtin(s))
        if unknown:
            raise DraftError(f"invalid draft: media {shorten(unknown[0])} is not in this session")
    video = draft.video_track()
    if video is None or not video.sg:
        raise NothingToRender("nothing to export yet: the video has no photos or clips")
    try:
        fmt = get_format(fmt).name
    except ValueError as exc:
        raise InputError(str(exc)) from None
    res = normal_resolution(resolution)
    if res is not None and draft.m.aspect in ASPECTS:
        draft = draft.model_copy(deep=True)
        draft.m.w, draft.m.h = frame_size(draft.m.aspect, res)
    w, h = draft.m.w, draft.m.h
    if min(w, h) > MAX_SHORT or max(w, h) > MAX_LONG:
        raise RenderTooLarge(
            f"a {w}x{h} frame is larger than the largest preset ({LARGEST}: at most "
            f"{MAX_LONG}x{MAX_SHORT} or {MAX_SHORT}x{MAX_LONG})"
        )
    if len(video.sg) > settings.max_render_items:
        raise RenderTooLarge(
            f"the video has {len(video.sg)} photos and clips; at most "
            f"{settings.max_render_items} can be rendered at once"
        )
    seconds = make_plan(relayout(draft)).duration_s
    if seconds > settings.max_render_seconds:
        raise RenderTooLarge(
            f"the video would last {seconds / 60:.1f} minutes; at most "
            f"{settings.max_render_seconds / 60:g} minutes can be rendered"
        )
    return RenderRequest(draft, fmt, res, seconds)


def check_allowance(settings: Settings, used: float, until: float, wanted: float) -> None:
    """RenderQuotaUsed when ``wanted`` more seconds would pass the account's daily allowance
    (``used`` so far; the oldest counted render stops counting at ``until``)."""
    allowance = settings.render_seconds_per_day
    if allowance and used + wanted > allowance:
        raise RenderQuotaUsed(
            f"this render ({wanted:.0f} s of video) would pass the daily allowance of "
            f"{allowance:.0f} s ({used:.0f} s used in the last 24 hours)",
            retry_after_s=max(1.0, until - time.time()),
        )
