"""A least length for the whole video ("make it at least 25 secs", "the video needs to be at
least 30 seconds", "no shorter than 20 seconds"): a video already that long is left as it is
and the answer says how long it is; a shorter one is made that long (the photos share the time).
Its words and template: ``at_least_words``."""

from __future__ import annotations

from ..model.edit_types import SetTotalLength
from .context import Ctx
from .intents import Out, Slots, intent, seconds


@intent("total_floor")
def total_floor(slots: Slots, ctx: Ctx) -> Out:
    ms = float(slots.value("dur"))
    if ctx.draft.d >= ms:
        return Out(question="length")
    return Out([SetTotalLength(seconds=seconds(ms))])
