"""Choosing fits again when the frame changes shape: only the ones the person did not choose."""

from __future__ import annotations

from .draft import Draft
from .layout import MediaRef, default_fit


def refit(draft: Draft, media: dict[str, MediaRef]) -> None:
    """Give every photo and clip whose fit the person did not choose the default fit for the
    draft's frame.

    Media the draft refers to but ``media`` does not know gets blur, which never crops.
    """
    track = draft.video_track()
    for seg in track.sg if track is not None else []:
        if seg.m.fit_by == "person":
            continue
        ref = media.get(seg.m.src)
        seg.m.fit = default_fit(ref, draft.m.w, draft.m.h) if ref is not None else "blur"
