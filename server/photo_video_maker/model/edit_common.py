"""What every edit handler shares: the context, photo lookup by number, and plain-word helpers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..errors import DraftError
from .catalog import DEFAULT_ZOOM
from .draft import Draft, Meta, VideoSegment, VideoTrack
from .lang import Lang, count, item_name, join
from .layout import MediaRef, default_motion
from .media_facts import MediaFacts
from .meta import Motion, NoTransition, Transition


@dataclass(frozen=True)
class EditContext:
    """Facts about the media that the draft alone does not hold, and the person's language."""

    media: dict[str, MediaRef]
    media_dates: dict[str, float] = field(default_factory=dict)
    lang: Lang = "en"
    # reads beats, photo looks, dates and places from the files (the smart edits need it)
    facts: MediaFacts | None = None


def video_segments(draft: Draft) -> list[VideoSegment]:
    """The photos and clips in order; a clear error when there are none yet."""
    track = draft.video_track()
    if track is None or not track.sg:
        raise DraftError("there are no photos in the video yet", hint="Upload some photos first")
    return track.sg


def video_track(draft: Draft) -> VideoTrack:
    """The video track, known to hold at least one photo or clip."""
    video_segments(draft)
    track = draft.video_track()
    assert track is not None  # checked by video_segments
    return track


def count_words(segments: list[VideoSegment], lang: Lang = "en") -> str:
    """ "10 photos", "1 photo", "8 photos and 2 clips" / "8 张照片和 2 段视频"."""
    clips = sum(1 for seg in segments if seg.m.kind == "video")
    photos = len(segments) - clips
    parts = [count(photos, "photo", lang)] if photos else []
    parts += [count(clips, "clip", lang)] if clips else []
    return join(parts, lang) or ("没有照片" if lang == "zh" else "no photos")


def position(segments: list[VideoSegment], index: int, what: str = "photo") -> int:
    """0-based position of photo ``index`` (1-based, negative from the end), or DraftError."""
    n = len(segments)
    pos = index - 1 if index > 0 else n + index
    if index == 0 or not 0 <= pos < n:
        shown = index if index > 0 else f"{abs(index)} from the end"
        raise DraftError(
            f"there is no {what} {shown}; the video has {count_words(segments)}",
            hint=f"Photos are numbered 1 to {n}" if n > 1 else "There is only photo 1",
        )
    return pos


def label(segments: list[VideoSegment], pos: int, lang: Lang = "en") -> str:
    """ "photo 3 (beach.jpg)" or "clip 2 (party.mp4)": how a person recognises one item."""
    seg = segments[pos]
    return item_name(seg.m.kind, pos + 1, seg.m.name or None, lang)


def set_meta(draft: Draft, **changes: Any) -> None:
    """Replace the draft's metadata with validated values (extra keys such as look are kept)."""
    data = draft.m.model_dump()
    data.update(changes)
    draft.m = Meta.model_validate(data)


def check_range(value: float, low: float, high: float, what: str, unit: str = "s") -> None:
    """DraftError unless ``low <= value <= high`` (the message names the allowed range)."""
    if not low <= value <= high:
        shown = f"{value:g}{unit}" if unit == "%" else f"{value:g} {unit}".strip()
        lo = f"{low:g}{unit}" if unit == "%" else f"{low:g} {unit}".strip()
        hi = f"{high:g}{unit}" if unit == "%" else f"{high:g} {unit}".strip()
        raise DraftError(f"{what} can't be {shown}", hint=f"Choose between {lo} and {hi}")


def prevailing_transition(segments: list[VideoSegment]) -> Transition | NoTransition:
    """The transition most photos use (ignoring the first, which never has one)."""
    found = [
        (seg.m.transition.type, seg.m.transition.d)
        for seg in segments[1:]
        if isinstance(seg.m.transition, Transition)
    ]
    if not found:
        return "none"
    (name, ms), _ = Counter(found).most_common(1)[0]
    return Transition(type=name, d=ms)


def zoom_of(motion: Motion) -> float:
    """The strongest zoom of a Ken Burns motion, so a re-applied motion keeps its strength."""
    return max(motion.zoom) or DEFAULT_ZOOM


def after_reorder(
    segments: list[VideoSegment], before: Transition | NoTransition, first: str | None = None
) -> None:
    """Keep a reordered timeline tidy: no transition into the first photo, the usual one into
    the photo that was first (``first``, its id; every cut when not known), and Ken Burns
    directions re-chosen by position so neighbours still differ. A cut asked for between two
    photos stays with the photo it leads into."""
    for pos, seg in enumerate(segments):
        if pos == 0:
            seg.m.transition = "none"
        elif seg.m.transition == "none" and first in (None, seg.id):
            seg.m.transition = before.model_copy() if isinstance(before, Transition) else before
        motion = seg.m.motion
        if motion.type == "kenburns":
            seg.m.motion = default_motion(pos, zoom_of(motion))


def sentence(text: str) -> str:
    """Upper-case the first letter only (str.capitalize would lower-case file names)."""
    return text[:1].upper() + text[1:]
