"""Requests about a group of photos named at once: "只保留前三张" (the others go), "前两张每张一秒",
"后三张快一点" (each photo of the group, not the whole video)."""

from __future__ import annotations

from ..model.edit_types import Edit, Remove, SetSecondsPerPhoto
from .context import Ctx
from .intents import Out, Slots, factor, intent, seconds

PLACES = ("photo", "ord", "photos", "num")  # "remove all photos except 1 and 2"


def _group(slots: Slots, ctx: Ctx) -> list[int]:
    """The numbers of the photos named, as they are now."""
    count = len(ctx.segments())
    out: list[int] = []
    for tok in slots.all(*PLACES):
        values = tok.value if tok.kind == "photos" else [tok.value]
        for value in values:
            index = ctx.index_of(value) if isinstance(value, str) else int(value)
            out.append(index if index > 0 else count + 1 + index)
    return sorted(set(out))


@intent("keep_only")
def keep_only(slots: Slots, ctx: Ctx) -> Out:
    """ "只保留前三张", "只留狗和海边那两张": every other photo is removed, from the last back."""
    kept = _group(slots, ctx)
    count = len(ctx.segments())
    gone = [n for n in range(count, 0, -1) if n not in kept]
    return Out([Remove(index=n) for n in gone])


@intent("spp_group")
def spp_group(slots: Slots, ctx: Ctx) -> Out:
    """ "前两张每张一秒", "后三张快一点": the time of each photo of the group."""
    ms = slots.value("dur")
    longer = slots.has("longer", "slower")
    edits: list[Edit] = []
    for index in _group(slots, ctx):
        if ms is not None:
            edits.append(SetSecondsPerPhoto(seconds=seconds(ms), index=index))
        else:
            edits.append(SetSecondsPerPhoto(factor=factor(longer, slots), index=index))
    return Out(edits)
