"""The metadata (``m``) of tracks and segments, typed by track type (shared/spec/draft-format.md).

A draft is JSON that people, the cloud and older versions of this program wrote, so these
models keep two promises of the format:
- unknown keys are kept and ignored (``extra="allow"``);
- a draft is written back with the keys it was read with: a key that was never given (nor set
  later by an edit) is not written, even where the model knows its default. Readers see the
  default; the JSON stays as it was, so stored drafts and the cloud's round-trip unchanged.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from .catalog import DEFAULT_ZOOM

Kind = Literal["image", "video"]
Fit = Literal["contain", "cover", "blur"]
Role = Literal["title", "caption", "closing"]
TextPos = Literal["top", "center", "bottom"]
Backdrop = Literal["outline", "shadow", "box", "none"]
NoTransition = Literal["none"]


class MetaModel(BaseModel):
    """Metadata written back with the keys it was given (see the module docstring)."""

    # by name too: ``in`` is a Python keyword, so its field is ``in_``, aliased
    model_config = ConfigDict(
        extra="allow", validate_by_name=True, validate_by_alias=True, serialize_by_alias=True
    )

    @model_serializer(mode="wrap")
    def _as_given(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # a dump by name (by_alias=False) or by alias: drop either spelling of an unset field;
        # extra keys never share a declared field's name or alias
        data: dict[str, Any] = handler(self)
        unset = set()
        for name, info in type(self).model_fields.items():
            if name not in self.model_fields_set:
                unset |= {name, info.alias or name}
        return {key: value for key, value in data.items() if key not in unset}


class Transition(MetaModel):
    """The transition into a segment from the one before it."""

    type: str = Field(
        description="Transition name: crossfade, fadeblack, fadewhite, slideleft/right/up/down, "
        "pushleft/right/up/down, wipeleft/right/up/down, zoom, circle; an alias (fade, "
        'dissolve, ...) or "random" is resolved once when the timeline is laid out'
    )
    d: int = Field(
        description="Duration in ms; the incoming segment overlaps the previous one by this much "
        "(at most half of either neighbour)",
    )


class Motion(MetaModel):
    """Movement of a photo while it is on screen (Ken Burns: zoom and pan)."""

    type: Literal["kenburns", "none"] = Field(
        "none", description='"kenburns" (zoom and pan) or "none" (the photo keeps still)'
    )
    zoom: tuple[float, float] = Field(
        (1.0, DEFAULT_ZOOM),
        description="[z0, z1]: zoom at the first and the last frame (1.0 = fitted)",
    )
    pan: tuple[tuple[float, float], tuple[float, float]] = Field(
        ((0.0, 0.0), (0.0, 0.0)),
        description="[[x0, y0], [x1, y1]]: centre of the view at the first and the last frame, "
        "-1..1 from one edge of the photo to the other (0, 0 = centred)",
    )


class VideoMeta(MetaModel):
    """A photo or clip on the video track."""

    src: str = Field(description="Media id of the photo or clip")
    name: str | None = Field(None, description="The file's original name")
    kind: Kind = Field("image", description='"image" (a photo) or "video" (a clip)')
    transition: Transition | NoTransition = Field(
        "none",
        description='Transition into this segment from the one before ({"type", "d"}), or '
        '"none" for a cut; the first segment has "none"',
    )
    fit: Fit = Field(
        "blur",
        description='How it fills the frame: "cover" (filled, edges cropped), "contain" (whole, '
        'with bars) or "blur" (whole, over a blurred copy of itself)',
    )
    fit_by: Literal["person"] | None = Field(
        None,
        description='"person": the fit was chosen by the person and is kept when the frame '
        "changes shape; absent: the default for the frame's shape, chosen again",
    )
    motion: Motion = Field(
        default_factory=Motion, description="Zoom and pan while on screen (photos)"
    )
    in_: int = Field(0, alias="in", description="A clip: where it starts in its source, ms")
    volume: float = Field(
        1.0, description="A clip: its own sound's volume, 0.0 (muted) to 1.0 or more"
    )


class AudioMeta(MetaModel):
    """A song or sound on an audio track (the background music)."""

    src: str = Field(description='Media id of the audio, or "builtin:<name>" for built-in music')
    name: str | None = Field(None, description="The song's name or file name")
    volume: float = Field(1.0, description="Volume, 0.0 to 1.0 (0.35 is 35 %)")
    fade_in: int = Field(0, description="Fade-in at the start, ms")
    fade_out: int = Field(0, description="Fade-out at the end, ms")
    loop: bool = Field(True, description="Start again from the beginning when it runs out")
    duck: float = Field(
        0.35, description="Music level while a clip's own sound plays (1.0: not lowered)"
    )
    in_: int = Field(0, alias="in", description="Where the music starts in its source, ms")


class TextMeta(MetaModel):
    """A title, caption or closing text on the text track."""

    text: str = Field(description="What it says")
    role: Role | None = Field(
        None,
        description='"title" (at the start), "caption" (under one photo) or "closing" (at the '
        "end); absent: drawn like a title",
    )
    pos: TextPos | None = Field(
        None,
        description="Where on the frame; absent: center for a title and a closing text (on "
        "its end card), else bottom",
    )
    anchor: str = Field(
        "start",
        description='What it is shown with: "start", "end" or the id of a video segment (a '
        "caption, removed with its photo)",
    )
    len: int | None = Field(
        None, description="Time on screen asked for, ms (anchored at the start or end)"
    )
    fade_in: int = Field(0, description="Fade-in, ms")
    fade_out: int = Field(0, description="Fade-out, ms")
    color: str | None = Field(
        None, description='Text colour: "#RRGGBB" or a colour name; absent: white'
    )
    size: float | None = Field(
        None, description="Size as a factor of the role's usual size; absent: 1.0"
    )
    backdrop: Backdrop | None = Field(
        None,
        description="What keeps it readable: outline, shadow, box or none; absent: a box for "
        "a caption, else an outline",
    )


class TrackMeta(MetaModel):
    """A track's name and role."""

    name: str | None = Field(None, description="The track's name, e.g. Video, BGM, Titles")
    role: str | None = Field(
        None, description='"bgm" on the audio track that is the background music'
    )
