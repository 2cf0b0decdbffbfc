"""MediaInfo (what probing found) -> MediaRef (what the pure layout needs)."""

from __future__ import annotations

from datetime import datetime

from ..model.layout import MediaRef
from .probe import MediaInfo


def to_ref(media_id: str, name: str, info: MediaInfo) -> MediaRef:
    return MediaRef(
        id=media_id,
        name=name,
        kind=info.kind.value,
        width=info.width,
        height=info.height,
        duration_ms=info.duration_ms,
        has_audio=info.has_audio,
    )


def taken_at(info: MediaInfo) -> datetime:
    """When the photo was taken (EXIF), else the file's time: the key of "order by date"."""
    captured = info.captured_at
    if captured is not None and captured.tzinfo is None:
        captured = captured.replace(tzinfo=info.file_time.tzinfo)
    return captured or info.file_time
