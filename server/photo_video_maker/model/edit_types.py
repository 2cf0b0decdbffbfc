"""Edits as plain data: what a person asked to change, before it touches a draft.

Each edit is a small frozen pydantic model with a ``kind`` tag, so a list of edits can travel as
JSON (an MCP tool argument, a history entry) and be validated back. ``model.edits.apply_edits``
turns them into a new draft.

Photo numbers are 1-based positions on the video track as people say them ("the third photo"
is 3); negative numbers count from the end (-1 is the last photo, -2 the one before it).
Photos and clips share the numbering because they share the timeline.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

TextTarget = Literal["all", "title", "captions", "closing"]


class _Edit(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SetSecondsPerPhoto(_Edit):
    kind: Literal["seconds_per_photo"] = "seconds_per_photo"
    seconds: float = Field(description="Time each photo stays on screen, seconds")
    index: int | None = Field(None, description="One photo (1-based, -1 = last); None = all")


class SetTotalLength(_Edit):
    kind: Literal["total_length"] = "total_length"
    seconds: float = Field(description="Length of the whole video, seconds")


class SetTransition(_Edit):
    kind: Literal["transition"] = "transition"
    name: str = Field(description='Transition name or alias, "random", or "none" to remove them')
    ms: int | None = Field(None, description="Duration in ms; None keeps the current one")


class SetMotion(_Edit):
    kind: Literal["motion"] = "motion"
    on: bool = Field(description="Ken Burns zoom and pan on photos")


class SetAspect(_Edit):
    kind: Literal["aspect"] = "aspect"
    aspect: str = Field(description='Aspect ratio such as "9:16"')
    platform: str | None = Field(None, description='Who it is for, e.g. "TikTok" (for the reply)')


class SetResolution(_Edit):
    kind: Literal["resolution"] = "resolution"
    resolution: str = Field(description='"480p", "720p", "1080p", "1440p" or "2160p"')


class SetFps(_Edit):
    kind: Literal["fps"] = "fps"
    fps: int = Field(description="Frames per second: 24, 25, 30 or 60")


class SetFit(_Edit):
    kind: Literal["fit"] = "fit"
    fit: str = Field(description='"cover", "contain" or "blur"')
    index: int | None = Field(None, description="One photo (1-based, -1 = last); None = all")


class SetTitle(_Edit):
    kind: Literal["title"] = "title"
    text: str = Field(description="Title shown at the start; replaces any title")


class SetCaption(_Edit):
    kind: Literal["caption"] = "caption"
    index: int = Field(description="Photo the caption belongs to (1-based, -1 = last)")
    text: str = Field(description="Caption text; replaces that photo's caption")


class SetClosing(_Edit):
    kind: Literal["closing"] = "closing"
    text: str = Field(description="Text shown at the end; replaces any closing text")


class RemoveText(_Edit):
    kind: Literal["remove_text"] = "remove_text"
    which: TextTarget = Field("all", description="Which texts to remove")


class SetTextStyle(_Edit):
    kind: Literal["text_style"] = "text_style"
    target: TextTarget = Field("all", description="Which texts to restyle")
    color: str | None = Field(None, description='Colour name ("yellow") or "#RRGGBB"')
    size: float | None = Field(None, description="Size as a factor of the current size")
    pos: str | None = Field(None, description='"top", "center" or "bottom"')


class SetMusic(_Edit):
    kind: Literal["music"] = "music"
    source: str = Field(description='Uploaded audio media id, or a built-in name such as "calm"')


class SetMusicVolume(_Edit):
    kind: Literal["music_volume"] = "music_volume"
    percent: float | None = Field(None, description="New volume in percent (0-100)")
    factor: float | None = Field(None, description="Or: multiply the current volume")


class SetMusicFade(_Edit):
    kind: Literal["music_fade"] = "music_fade"
    fade_in_ms: int | None = Field(None, description="Music fade-in, ms; None keeps it")
    fade_out_ms: int | None = Field(None, description="Music fade-out, ms; None keeps it")


class RemoveMusic(_Edit):
    kind: Literal["remove_music"] = "remove_music"


class MuteClips(_Edit):
    kind: Literal["mute_clips"] = "mute_clips"
    on: bool = Field(True, description="True mutes the video clips' own sound")


class Reverse(_Edit):
    kind: Literal["reverse"] = "reverse"


class SortByDate(_Edit):
    kind: Literal["sort_by_date"] = "sort_by_date"
    newest_first: bool = Field(False, description="Newest photo first instead of oldest")


class Shuffle(_Edit):
    kind: Literal["shuffle"] = "shuffle"
    seed: int = Field(description="Same seed, same order")


class Move(_Edit):
    kind: Literal["move"] = "move"
    index: int = Field(description="Photo to move (1-based, -1 = last)")
    to: Literal["start", "end"] | int = Field(description='"start", "end" or final position')


class Swap(_Edit):
    kind: Literal["swap"] = "swap"
    i: int = Field(description="First photo (1-based, -1 = last)")
    j: int = Field(description="Second photo (1-based, -1 = last)")


class Remove(_Edit):
    kind: Literal["remove"] = "remove"
    index: int | None = Field(None, description="Photo to remove (1-based, -1 = last)")
    name: str | None = Field(None, description="Or: its file name (with or without extension)")


class SetLook(_Edit):
    kind: Literal["look"] = "look"
    look: str = Field(description='"none", "bw", "sepia", "warm", "cool" or "vivid"')


class Speed(_Edit):
    kind: Literal["speed"] = "speed"
    factor: float = Field(description="Multiply photo durations: 0.75 faster, 1.33 slower")


class SetVideoFade(_Edit):
    kind: Literal["video_fade"] = "video_fade"
    fade_in_ms: int | None = Field(None, description="Fade from black at the start; None keeps")
    fade_out_ms: int | None = Field(None, description="Fade to black at the end; None keeps")


class MakeSlideshow(_Edit):
    kind: Literal["slideshow"] = "slideshow"
    with_music: bool = Field(False, description="Add a built-in track when there is no music")
    with_transitions: bool = Field(True, description="Crossfade between photos that have none")
    mood: str | None = Field(None, description='Built-in music mood, e.g. "calm"')


class Undo(_Edit):
    """Go back one step. The caller keeps the history; ``apply_edits`` refuses this edit."""

    kind: Literal["undo"] = "undo"


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
    | RemoveMusic
    | MuteClips
    | Reverse
    | SortByDate
    | Shuffle
    | Move
    | Swap
    | Remove
    | SetLook
    | Speed
    | SetVideoFade
    | MakeSlideshow
    | Undo,
    Field(discriminator="kind"),
]
