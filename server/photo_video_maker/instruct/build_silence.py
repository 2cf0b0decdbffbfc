"""No sound at all: "make the video silent", "no audio at all", "remove all audio", "mute
everything" (the music goes and the clip's own sound is muted; one of them alone left the other
playing)."""

from __future__ import annotations

from ..model.edit_types import MuteClips, RemoveMusic
from .context import Ctx
from .intents import Out, Slots, intent


@intent("silence_all")
def silence_all(slots: Slots, ctx: Ctx) -> Out:
    return Out([RemoveMusic(), MuteClips(on=True)])
