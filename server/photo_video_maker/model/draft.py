"""The draft: the one description of a video project (see shared/spec/draft-format.md).

Short keys (``t``, ``tt``, ``sg``, ``d``, ``m``) are kept for compatibility with the cloud
format. Times are integer milliseconds. Unknown keys are kept and ignored.
"""

from __future__ import annotations

from typing import Annotated, Any, Final, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic_core import ErrorDetails
from uuid6 import uuid7

from ..errors import DraftError, shorten
from .catalog import LOOKS
from .meta import AudioMeta, NoTransition, TextMeta, TrackMeta, Transition, VideoMeta

VIDEO: Final = 0
AUDIO: Final = 1
TEXT: Final = 7


def new_id() -> str:
    """A time-ordered UUIDv7 string: stable ids for tracks and segments."""
    return str(uuid7())


class Segment(BaseModel):
    """What every segment has; its metadata ``m`` is typed by its track's type."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(default_factory=new_id, description="Stable segment id")
    s: int = Field(ge=0, description="Start on the timeline, ms")
    d: int = Field(gt=0, description="Duration on the timeline, ms")

    @property
    def end(self) -> int:
        return self.s + self.d


class VideoSegment(Segment):
    """A photo or clip on the video track."""

    m: VideoMeta = Field(description="The photo or clip and how it is shown")


class AudioSegment(Segment):
    """A sound on an audio track."""

    m: AudioMeta = Field(description="The sound and how it plays")


class TextSegment(Segment):
    """A title, caption or closing text."""

    m: TextMeta = Field(description="The text and how it looks")


class BaseTrack(BaseModel):
    """What every track has; each kind below fixes ``tt`` (its place among the keys stays)."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(default_factory=new_id, description="Stable track id")
    tt: int = Field(description="Track type: 0 video/photos, 1 audio, 7 text")
    m: TrackMeta = Field(default_factory=TrackMeta, description="Metadata; at least name")


class VideoTrack(BaseTrack):
    """The photos and clips (tt 0)."""

    tt: Literal[0] = Field(VIDEO, description="Track type: 0 video/photos")
    sg: list[VideoSegment] = Field(
        default_factory=list,
        description="Photos and clips ordered by start; each overlaps the one before by the "
        "duration of its incoming transition",
    )


class AudioTrack(BaseTrack):
    """Sound under the video (tt 1); the background music's track has m.role "bgm"."""

    tt: Literal[1] = Field(AUDIO, description="Track type: 1 audio")
    sg: list[AudioSegment] = Field(default_factory=list, description="Sounds ordered by start")


class TextTrack(BaseTrack):
    """Texts drawn over the video (tt 7)."""

    tt: Literal[7] = Field(TEXT, description="Track type: 7 text")
    sg: list[TextSegment] = Field(default_factory=list, description="Texts ordered by start")


AnySegment = VideoSegment | AudioSegment | TextSegment
# the track type ``tt`` says which kind of track, and so which segments, a track holds
Track = Annotated[VideoTrack | AudioTrack | TextTrack, Field(discriminator="tt")]
TRACK = TypeAdapter[Track](Track)  # reads one track alone (a cloud draft, track by track)
AnyTrack = TypeVar("AnyTrack", VideoTrack, AudioTrack, TextTrack)


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

    def tracks(self, kind: type[AnyTrack]) -> list[AnyTrack]:
        """The tracks of one kind (VideoTrack, AudioTrack or TextTrack), bottom first."""
        return [track for track in self.t if isinstance(track, kind)]

    def video_track(self) -> VideoTrack | None:
        tracks = self.tracks(VideoTrack)
        return tracks[0] if tracks else None

    def bgm_track(self) -> AudioTrack | None:
        for track in self.tracks(AudioTrack):
            if track.m.role == "bgm":
                return track
        return None

    def text_track(self) -> TextTrack | None:
        tracks = self.tracks(TextTrack)
        return tracks[0] if tracks else None

    def media_ids(self) -> set[str]:
        return {seg.m.src for tr in self.t if not isinstance(tr, TextTrack) for seg in tr.sg}

    def compute_duration(self) -> int:
        return max((seg.end for tr in self.t for seg in tr.sg), default=0)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def parse_draft(data: dict[str, Any], known_media: set[str] | None = None) -> Draft:
    """Validate a draft given as JSON; a broken one raises DraftError naming key and reason."""
    try:
        draft = Draft.model_validate(data)
    except ValidationError as exc:
        found = [_explain(error) for error in exc.errors()]
        where = found[0][0]
        # a value that fits no member of a union ("transition": a model or "none") fails
        # once per member, at the same key: all the reasons are said
        why = "; ".join(dict.fromkeys(reason for key, reason in found if key == where))
        raise DraftError(f"invalid draft: {where}: {why}") from None
    check_draft(draft, known_media)
    return draft


def _explain(error: ErrorDetails) -> tuple[str, str]:
    """The key (as the JSON spells it) and the reason of a validation error.

    Pydantic's location also names the track type it chose (``t.0.0.sg``) and the member of a
    union it tried (``transition.Transition.d``); neither is a key of the JSON.
    """
    loc = list(error["loc"])
    if len(loc) > 2 and loc[0] == "t":
        del loc[2]
    keys = [str(p) for p in loc if isinstance(p, int) or str(p).isidentifier()]
    keys = [k for k in keys if not k[:1].isupper()]
    if error["type"] in ("union_tag_invalid", "union_tag_not_found"):
        return ".".join([*keys, "tt"]), "Input should be 0, 1 or 7 (video, audio or text)"
    return ".".join(keys) or "draft", error["msg"]


def check_draft(draft: Draft, known_media: set[str] | None = None) -> None:
    """Contract checks that pydantic cannot express: order, overlaps and media references."""
    look = getattr(draft.m, "look", "none") or "none"
    if look not in LOOKS:  # checked before rendering: the render loop would meet it mid-way
        raise DraftError(
            f"invalid draft: m.look: unknown look {shorten(look)}",
            f"Use one of {', '.join(LOOKS)}",
        )
    for ti, track in enumerate(draft.t):
        previous: Segment | None = None
        segments: list[AnySegment] = list(track.sg)
        for si, seg in enumerate(segments):
            where = f"t.{ti}.sg.{si}"
            if previous is not None and seg.s < previous.s:
                raise DraftError(f"invalid draft: {where}.s: segments must be ordered by start")
            if isinstance(seg, VideoSegment) and previous is not None:
                overlap = previous.end - seg.s
                allowed = transition_ms(seg.m.transition)
                if overlap != allowed and not (overlap < 0 and allowed == 0):
                    raise DraftError(
                        f"invalid draft: {where}.s: overlaps the previous segment by "
                        f"{overlap} ms but its transition lasts {allowed} ms"
                    )
            if isinstance(seg, TextSegment) and not seg.m.text.strip():
                raise DraftError(f"invalid draft: {where}.m.text: a text segment needs text")
            src = None if isinstance(seg, TextSegment) else seg.m.src
            if known_media is not None and src is not None and src not in known_media:
                raise DraftError(f"invalid draft: {where}.m.src: unknown media {shorten(src)}")
            previous = seg


def transition_ms(value: Transition | NoTransition) -> int:
    """Duration of a segment's incoming transition (0 for none)."""
    if isinstance(value, Transition) and value.type != "none":
        return value.d
    return 0
