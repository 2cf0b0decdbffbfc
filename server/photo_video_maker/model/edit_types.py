"""Edits as plain data: what a person asked to change, before it touches a draft.

Each edit is a small frozen pydantic model with a ``kind`` tag, so a list of edits can travel as
JSON (an MCP tool argument, a history entry) and be validated back. ``model.edits.apply_edits``
turns them into a new draft.

Photo numbers are 1-based positions on the video track as people say them ("the third photo"
is 3); negative numbers count from the end (-1 is the last photo, -2 the one before it).
Photos and clips share the numbering because they share the timeline.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from ..errors import InputError
from .catalog import RESOLUTION_ALIASES, resolve_transition


def _resolution(value: Any) -> Any:
    """ "4K", "1080", "FHD": the names people and models use for the resolutions."""
    if not isinstance(value, str | int):
        return value
    key = str(value).strip().lower().replace(" ", "").replace("-", "")
    key = RESOLUTION_ALIASES.get(key, key)
    return key + "p" if key.isdigit() else key


def _transition(value: Any) -> Any:
    """Aliases such as "fade" or "dissolve" are the transitions they stand for."""
    try:
        return resolve_transition(value) if isinstance(value, str) else value
    except InputError:
        return value  # validation then names the allowed values


TextTarget = Literal["all", "title", "captions", "closing"]
AspectName = Literal["16:9", "9:16", "1:1", "4:5", "4:3", "3:4", "21:9"]
ResolutionName = Annotated[
    Literal["480p", "720p", "1080p", "1440p", "2160p"], BeforeValidator(_resolution)
]
FitName = Literal["cover", "contain", "blur"]
LookName = Literal["none", "bw", "sepia", "warm", "cool", "vivid"]
TextPos = Literal["top", "center", "bottom"]
TransitionName = Annotated[
    Literal[
        "crossfade",
        "fadeblack",
        "fadewhite",
        "slideleft",
        "slideright",
        "slideup",
        "slidedown",
        "pushleft",
        "pushright",
        "pushup",
        "pushdown",
        "wipeleft",
        "wiperight",
        "wipeup",
        "wipedown",
        "zoom",
        "circle",
        "random",
        "none",
    ],
    BeforeValidator(_transition),
]
Index = Annotated[int, Field(description="Photo or clip number: 1-based, -1 = the last")]
Factor = Annotated[
    float,
    Field(
        gt=0,
        le=10,
        description="Relative change: multiply the current value (1.25 a bit more, 0.8 a bit "
        "less, 1.5 much more, 0.67 much less, 2 double, 0.5 half)",
    ),
]
COLOR_HELP = (
    "Colour name (white, black, yellow, gold, orange, red, pink, purple, blue, light blue, "
    'green, grey) or "#RRGGBB"'
)


class _Edit(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _one_of(edit: BaseModel, *names: str) -> None:
    given = [name for name in names if getattr(edit, name) is not None]
    if len(given) != 1:
        raise ValueError(f"give exactly one of {', '.join(names)}")


class SetSecondsPerPhoto(_Edit):
    """How long photos stay on screen: an absolute time or a relative change."""

    kind: Literal["seconds_per_photo"] = "seconds_per_photo"
    seconds: float | None = Field(None, description="Time on screen, seconds (0.5 to 3600)")
    factor: Factor | None = Field(None, description="Or: multiply the current time on screen")
    index: Index | None = Field(None, description="One photo or clip; omit for every photo")

    @model_validator(mode="after")
    def _either(self) -> SetSecondsPerPhoto:
        _one_of(self, "seconds", "factor")
        return self


class SetTotalLength(_Edit):
    """The whole video's length; the photos share the time (clips keep theirs)."""

    kind: Literal["total_length"] = "total_length"
    seconds: float = Field(description="Length of the whole video, seconds (1 to 3600)")


class SetTransition(_Edit):
    """The transition between every two photos, or into one photo only: its type, its length,
    or both."""

    kind: Literal["transition"] = "transition"
    name: TransitionName | None = Field(
        None, description='Type; "random" mixes them, "none" cuts straight; omit to keep it'
    )
    ms: int | None = Field(None, ge=0, le=5000, description="Length in ms; omit to keep it")
    factor: Factor | None = Field(
        None, description="Or: multiply the current length (softer: longer, snappier: shorter)"
    )
    index: int | None = Field(
        None,
        description="Only the transition into this photo (2: between photos 1 and 2; -1: into "
        "the last one); omit for the transitions between all photos",
    )


class SetMotion(_Edit):
    """Ken Burns zoom and pan on the photos."""

    kind: Literal["motion"] = "motion"
    on: bool = Field(True, description="False: photos stay still")
    zoom: float | None = Field(
        None, ge=1.0, le=1.5, description="Strength as the largest zoom (1.1 gentle, 1.3 strong)"
    )
    factor: Factor | None = Field(None, description="Or: multiply the current movement")
    index: Index | None = Field(None, description="One photo; omit for every photo")


class SetAspect(_Edit):
    kind: Literal["aspect"] = "aspect"
    aspect: AspectName = Field(description="Frame shape; 9:16 vertical (TikTok, Reels, Shorts)")
    platform: str | None = Field(None, description='Who it is for, e.g. "TikTok" (for the reply)')


class SetResolution(_Edit):
    kind: Literal["resolution"] = "resolution"
    resolution: ResolutionName = Field(description="Short side of the frame; 2160p is 4K")


class SetFps(_Edit):
    kind: Literal["fps"] = "fps"
    fps: Literal[24, 25, 30, 60] = Field(description="Frames per second")


class SetFit(_Edit):
    kind: Literal["fit"] = "fit"
    fit: FitName = Field(
        description="cover fills the frame (may crop), contain shows all with bars, blur shows "
        "all over a blurred copy"
    )
    index: Index | None = Field(None, description="One photo; omit for every photo")


class _Styled(_Edit):
    color: str | None = Field(None, description=COLOR_HELP)
    size: float | None = Field(
        None, ge=0.3, le=4.0, description="Size as a factor of the usual size (1.0)"
    )
    pos: TextPos | None = Field(None, description="Where on the frame")


class SetTitle(_Styled):
    kind: Literal["title"] = "title"
    text: str = Field(description="Title shown at the start; replaces any title")


class SetCaption(_Styled):
    kind: Literal["caption"] = "caption"
    index: Index = Field(description="Photo the caption belongs to")
    text: str = Field(description="Caption text; replaces that photo's caption")


class SetClosing(_Styled):
    kind: Literal["closing"] = "closing"
    text: str = Field(description="Text that ends the video (a sign-off); replaces any")


class RemoveText(_Edit):
    kind: Literal["remove_text"] = "remove_text"
    which: TextTarget = Field("all", description="Which texts to remove")


class SetTextStyle(_Edit):
    """Restyle texts that exist."""

    kind: Literal["text_style"] = "text_style"
    target: TextTarget = Field("all", description="Which texts to restyle")
    color: str | None = Field(None, description=COLOR_HELP)
    size: float | None = Field(
        None, ge=0.2, le=5.0, description="Multiply the current size (1.25 bigger, 0.8 smaller)"
    )
    pos: TextPos | None = Field(None, description="Where on the frame")


class SetMusic(_Edit):
    kind: Literal["music"] = "music"
    source: str = Field(
        description="Uploaded audio (media id or file name), or built-in music by name or mood "
        "(calm, upbeat, cinematic, lofi, acoustic; happy, epic, chill, warm ...)"
    )


class SetMusicVolume(_Edit):
    kind: Literal["music_volume"] = "music_volume"
    percent: float | None = Field(None, ge=0, le=100, description="New volume, percent")
    factor: Factor | None = Field(None, description="Or: multiply the current volume")

    @model_validator(mode="after")
    def _either(self) -> SetMusicVolume:
        _one_of(self, "percent", "factor")
        return self


# the longest fades: a song may fade over half a minute, the picture to black over 10 s
MUSIC_FADE_MAX_MS = 30000
VIDEO_FADE_MAX_MS = 10000


class SetMusicFade(_Edit):
    kind: Literal["music_fade"] = "music_fade"
    fade_in_ms: int | None = Field(
        None, ge=0, le=MUSIC_FADE_MAX_MS, description="Fade-in, ms; omit: keep"
    )
    fade_out_ms: int | None = Field(
        None, ge=0, le=MUSIC_FADE_MAX_MS, description="Fade-out, ms; omit: keep"
    )


class SetMusicStart(_Edit):
    """When the background music comes in: a time into the video, with a photo or clip, or
    later or earlier than now. Before it the video plays without music (a clip's own sound
    still plays)."""

    kind: Literal["music_start"] = "music_start"
    seconds: float | None = Field(
        None, ge=0, le=3600, description="Seconds into the video; 0 starts it with the video"
    )
    index: Index | None = Field(None, description="Or: with this photo or clip")
    shift: float | None = Field(
        None, ge=-3600, le=3600, description="Or: seconds later (positive) or earlier (negative)"
    )

    @model_validator(mode="after")
    def _either(self) -> SetMusicStart:
        _one_of(self, "seconds", "index", "shift")
        return self


class RemoveMusic(_Edit):
    kind: Literal["remove_music"] = "remove_music"


class MuteClips(_Edit):
    kind: Literal["mute_clips"] = "mute_clips"
    on: bool = Field(True, description="True mutes the video clips' own sound, False restores it")


class Reverse(_Edit):
    kind: Literal["reverse"] = "reverse"


class Sort(_Edit):
    kind: Literal["sort"] = "sort"
    by: Literal["date", "name"] = Field("date", description="Capture date or file name")
    reverse: bool = Field(False, description="Newest first / Z to A")


class Shuffle(_Edit):
    kind: Literal["shuffle"] = "shuffle"
    seed: int | None = Field(None, description="Same seed, same order; omit for a fresh one")


class Move(_Edit):
    kind: Literal["move"] = "move"
    index: Index = Field(description="Photo to move")
    to: Literal["start", "end"] | int = Field(description='"start", "end" or its new number')


class Swap(_Edit):
    kind: Literal["swap"] = "swap"
    i: Index = Field(description="First photo")
    j: Index = Field(description="Second photo")


class Remove(_Edit):
    kind: Literal["remove"] = "remove"
    index: Index | None = Field(None, description="Photo to leave out")
    name: str | None = Field(None, description="Or: its file name (with or without extension)")

    @model_validator(mode="after")
    def _either(self) -> Remove:
        _one_of(self, "index", "name")
        return self


class SetLook(_Edit):
    kind: Literal["look"] = "look"
    look: LookName = Field(description="Colour look; bw is black and white, none the original")


class Speed(_Edit):
    """The pace: every photo's time multiplied (clips keep their own pace)."""

    kind: Literal["speed"] = "speed"
    factor: Factor = Field(description="Multiply photo times: 0.8 a bit faster, 1.25 slower")


class SetVideoFade(_Edit):
    kind: Literal["video_fade"] = "video_fade"
    fade_in_ms: int | None = Field(
        None, ge=0, le=VIDEO_FADE_MAX_MS, description="Fade from black at the start, ms; omit: keep"
    )
    fade_out_ms: int | None = Field(
        None, ge=0, le=VIDEO_FADE_MAX_MS, description="Fade to black at the end, ms; omit: keep"
    )


class MakeSlideshow(_Edit):
    kind: Literal["slideshow"] = "slideshow"
    with_music: bool = Field(False, description="Add built-in music when there is none")
    with_transitions: bool = Field(True, description="Crossfade between photos that have none")
    mood: str | None = Field(None, description='Built-in music mood, e.g. "calm"')


class CutToBeat(_Edit):
    """Every photo change lands on a beat of the music; each photo lasts a whole number of
    beats (1, 2, 4 or 8: nearest to the current pace unless given)."""

    kind: Literal["cut_to_beat"] = "cut_to_beat"
    beats: Literal[1, 2, 4, 8] | None = Field(
        None, description="Beats per photo; omit to keep close to the current pace"
    )


class LengthToSong(_Edit):
    """The video lasts as long as its music: to the song's end, or to the end of a musical
    phrase (faded) when the song is much longer than the photos need."""

    kind: Literal["length_to_song"] = "length_to_song"


class Cull(_Edit):
    """Leave out near-duplicates (the sharpest of each group stays) and clearly blurred photos;
    never every photo, never one the person put back. Undo brings them back."""

    kind: Literal["cull"] = "cull"
    duplicates: bool = Field(True, description="Leave out near-duplicates")
    blurry: bool = Field(True, description="Leave out clearly blurred photos")


class DateCaptions(_Edit):
    """A caption on each photo with the date it was taken (EXIF), and the place (EXIF GPS,
    named offline) when asked; in the person's language. Replaces those photos' captions."""

    kind: Literal["date_captions"] = "date_captions"
    place: bool = Field(False, description="Also the place where it was taken, when known")


class SetSizeLimit(_Edit):
    """A largest file size, to send the video where files are limited: the bitrate (and if
    need be the frame) is chosen so the file fits, at most 15 % under the limit."""

    kind: Literal["size_limit"] = "size_limit"
    target: Literal["whatsapp", "email", "discord"] | None = Field(
        None, description="Where it is sent: WhatsApp (16 MB), email (25 MB), Discord (10 MB)"
    )
    mb: float | None = Field(None, ge=1, le=4000, description="Or: the largest size, MB")
    off: bool | None = Field(None, description="Or: true to remove the size limit")

    @model_validator(mode="after")
    def _either(self) -> SetSizeLimit:
        _one_of(self, "target", "mb", "off")
        return self


UNDO_STEPS = 50  # the changes a session can take back (store.sessions keeps this many)


class Undo(_Edit):
    """Go back one step, or several. The caller keeps the history; ``apply_edits`` refuses
    this edit."""

    kind: Literal["undo"] = "undo"
    steps: int = Field(
        1,
        ge=1,
        le=UNDO_STEPS,
        description="How many changes to take back (several only when alone)",
    )


class Redo(_Edit):
    """Make again what undo just took back, one step or several; any other change in between
    leaves nothing to redo. The caller keeps the history; ``apply_edits`` refuses this edit."""

    kind: Literal["redo"] = "redo"
    steps: int = Field(
        1,
        ge=1,
        le=UNDO_STEPS,
        description="How many undone changes to make again (always alone in a call)",
    )


Edit = Annotated[
    SetSecondsPerPhoto
    | SetTotalLength
    | SetTransition
    | SetMotion
    | SetAspect
    | SetResolution
    | SetFps
    | SetFit
    | SetTitle
    | SetCaption
    | SetClosing
    | RemoveText
    | SetTextStyle
    | SetMusic
    | SetMusicVolume
    | SetMusicFade
    | SetMusicStart
    | RemoveMusic
    | MuteClips
    | Reverse
    | Sort
    | Shuffle
    | Move
    | Swap
    | Remove
    | SetLook
    | Speed
    | SetVideoFade
    | MakeSlideshow
    | CutToBeat
    | LengthToSong
    | Cull
    | DateCaptions
    | SetSizeLimit
    | Undo
    | Redo,
    Field(discriminator="kind"),
]
