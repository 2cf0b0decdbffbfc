"""The pace said as a multiple: "1.5x slower" (each photo 1.5 times as long), "3x faster" (a
third as long). "2x" is the step "double" and is read as one already."""

from __future__ import annotations

from ..model.edit_types import SetSecondsPerPhoto, Speed
from .context import Ctx
from .intents import Out, Slots, intent


@intent("speed_times")
def speed_times(slots: Slots, ctx: Ctx) -> Out:
    times = float(slots.value("mult"))
    slower = slots.has("slower")
    return Out([Speed(factor=round(times if slower else 1 / times, 2))])


@intent("spp_times")
def spp_times(slots: Slots, ctx: Ctx) -> Out:
    """ "make the first picture 3 times as long", "each photo 3x shorter": that multiple of
    its time (a third of it when shorter)."""
    times = float(slots.value("mult"))
    tok = slots.get("photo", "ord")
    index = ctx.index_of(tok.value) if tok is not None else None
    step = times if slots.has("longer") else 1 / times
    return Out([SetSecondsPerPhoto(factor=round(step, 2), index=index)])
