"""The pace said as a multiple: "1.5x slower" (each photo 1.5 times as long), "3x faster" (a
third as long). "2x" is the step "double" and is read as one already."""

from __future__ import annotations

from ..model.edit_types import Speed
from .context import Ctx
from .intents import Out, Slots, intent


@intent("speed_times")
def speed_times(slots: Slots, ctx: Ctx) -> Out:
    times = float(slots.value("mult"))
    slower = slots.has("slower")
    return Out([Speed(factor=round(times if slower else 1 / times, 2))])
