"""The draft: the one description of a video project (see shared/spec/draft-format.md).

Short keys (``t``, ``tt``, ``sg``, ``d``, ``m``) are kept for compatibility with the cloud
format. Times are integer milliseconds. Unknown keys are kept and ignored.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from uuid6 import uuid7

from ..errors import DraftError, shorten
from .catalog import LOOKS

VIDEO, AUDIO, TEXT = 0, 1, 7


class TrackType(IntEnum):
    VIDEO = VIDEO
    AUDIO = AUDIO
    TEXT = TEXT


def new_id() -> str:
    """A time-ordered UUIDv7 string: stable ids for tracks and segments."""
    return str(uuid7())


class Segment(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str = Field(default_factory=new_id, description="Stable segment id")
    s: int = Field(ge=0, description="Start on the timeline, ms")
    d: int = Field(gt=0, description="Duration on the timeline, ms")
    m: dict[str, Any] = Field(default_factory=dict, description="Metadata, by track type")

    @property
    def end(self) -> int:
        return self.s + self.d


class Track(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str = Field(default_factory=new_id, description="Stable track id")
    tt: TrackType = Field(description="Track type: 0 video/photos, 1 audio, 7 text")
    m: dict[str, Any] = Field(default_factory=dict, description="Metadata; at least name")
    sg: list[Segment] = Field(default_factory=list, description="Segments ordered by start")


class Meta(BaseModel):
    model_config = ConfigDict(extra="allow")

    w: int = Field(1920, gt=0, description="Output width, pixels (even)")
    h: int = Field(1080, gt=0, description="Output height, pixels (even)")
    fps: int = Field(30, description="Frames per second: 24, 25, 30 or 60")
    aspect: str = Field("16:9", description="Aspect ratio, e.g. 16:9 or 9:16")

    @model_validator(mode="after")
    def _even(self) -> Meta:
        if self.w % 2 or self.h % 2:
            raise ValueError("w and h must be even")
        if self.fps not in (24, 25, 30, 60):
            raise ValueError("fps must be 24, 25, 30 or 60")
        return self


class Draft(BaseModel):
    model_config = ConfigDict(extra="allow")

    v: int = Field(1, ge=1, description="Format version")
    d: int = Field(0, ge=0, description="Total duration, ms")
    m: Meta = Field(default_factory=Meta, description="Output size, fps, aspect and look")
    t: list[Track] = Field(default_factory=list, description="Tracks, bottom layer first")

    def tracks(self, tt: int) -> list[Track]:
        return [track for track in self.t if track.tt == tt]

    def video_track(self) -> Track | None:
        tracks = self.tracks(VIDEO)
        return tracks[0] if tracks else None

    def bgm_track(self) -> Track | None:
        for track in self.tracks(AUDIO):
            if track.m.get("role") == "bgm":
                return track
        return None

    def text_track(self) -> Track | None:
        tracks = self.tracks(TEXT)
        return tracks[0] if tracks else None

    def media_ids(self) -> set[str]:
        return {str(seg.m["src"]) for tr in self.t for seg in tr.sg if "src" in seg.m}

    def compute_duration(self) -> int:
        return max((seg.end for tr in self.t for seg in tr.sg), default=0)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def parse_draft(data: dict[str, Any], known_media: set[str] | None = None) -> Draft:
    """Validate a draft given as JSON; a broken one raises DraftError naming key and reason."""
    try:
        draft = Draft.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "draft"
        raise DraftError(f"invalid draft: {where}: {first['msg']}") from None
    check_draft(draft, known_media)
    return draft


def check_draft(draft: Draft, known_media: set[str] | None = None) -> None:
    """Contract checks that pydantic cannot express: order, overlaps and media references."""
    look = getattr(draft.m, "look", "none") or "none"
    if look not in LOOKS:  # checked before rendering: the render loop would meet it mid-way
        raise DraftError(
            f"invalid draft: m.look: unknown look {shorten(look)}",
            f"Use one of {', '.join(LOOKS)}",
        )
    for ti, track in enumerate(draft.t):
        previous = None
        for si, seg in enumerate(track.sg):
            where = f"t.{ti}.sg.{si}"
            if previous is not None and seg.s < previous.s:
                raise DraftError(f"invalid draft: {where}.s: segments must be ordered by start")
            if track.tt == VIDEO:
                if "src" not in seg.m:
                    raise DraftError(f"invalid draft: {where}.m.src: a video segment needs media")
                if previous is not None:
                    overlap = previous.end - seg.s
                    allowed = transition_ms(seg.m.get("transition"))
                    if overlap != allowed and not (overlap < 0 and allowed == 0):
                        raise DraftError(
                            f"invalid draft: {where}.s: overlaps the previous segment by "
                            f"{overlap} ms but its transition lasts {allowed} ms"
                        )
            if track.tt == TEXT and not str(seg.m.get("text", "")).strip():
                raise DraftError(f"invalid draft: {where}.m.text: a text segment needs text")
            if track.tt == AUDIO and "src" not in seg.m:
                raise DraftError(f"invalid draft: {where}.m.src: an audio segment needs media")
            src = seg.m.get("src")
            if known_media is not None and src is not None and str(src) not in known_media:
                raise DraftError(f"invalid draft: {where}.m.src: unknown media {shorten(src)}")
            previous = seg


def transition_ms(value: Any) -> int:
    """Duration of a segment's incoming transition (0 for none)."""
    if isinstance(value, dict) and value.get("type", "none") != "none":
        return int(value.get("d", 0))
    return 0
