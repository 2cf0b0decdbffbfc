"""A length and a pace said together that pull opposite ways: "make it 30 seconds, and faster"
when it lasts 19 s (30 s makes every photo longer, faster makes them shorter). Neither is an
explanation of the other, so neither is dropped silently: the person is asked which one."""

from __future__ import annotations

from ..model.edit_types import Edit, SetTotalLength, Speed
from ..model.lang import secs
from .context import Ctx
from .intents import said
from .reading import Option
from .tidy import direction, relative


def pace_against_length(edits: list[Edit], ctx: Ctx) -> list[Option]:
    """Options when a new total length and a step of the pace go opposite ways ("shorter,
    about 20 s" is a length complaint the value explains, whichever way it goes)."""
    length = next((e for e in edits if isinstance(e, SetTotalLength)), None)
    step = next(
        (
            e
            for e in edits
            if isinstance(e, Speed) and relative(e)  # the pace ("faster"), not the length
        ),
        None,
    )
    if length is None or step is None or not ctx.draft.d:
        return []
    longer = length.seconds * 1000 > ctx.draft.d  # a longer video: every photo slower
    shorter = length.seconds * 1000 < ctx.draft.d
    slower = direction(step) > 0  # a factor above 1: more time on each photo
    if not ((longer and not slower) or (shorter and slower)):
        return []  # the same way ("15 seconds, faster"): the length says how far
    told = secs(length.seconds * 1000, ctx.lang)
    pace = said(ctx, "Slower", "慢一点") if slower else said(ctx, "Faster", "快一点")
    each = (
        said(ctx, "every photo a bit longer", "每张照片长一点")
        if slower
        else said(ctx, "every photo a bit shorter", "每张照片短一点")
    )
    whole = said(ctx, f"The whole video {told} long", f"整个视频 {told}")
    return [
        Option(whole, [length]),
        Option(said(ctx, f"{pace} ({each})", f"{pace}（{each}）"), [step]),
    ]
