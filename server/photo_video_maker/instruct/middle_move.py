""" "put the clip in the middle", "move the dog photo to the middle": the place in the order with
as many others before it as after; with an odd number of others there are two such places,
asked about (it asked "to the start or to the end?", or did not understand)."""

from __future__ import annotations

from ..model.edit_types import Move
from .context import Ctx
from .intents import Out, Slots, intent, said
from .reading import Option


@intent("move_middle")
def move_middle(slots: Slots, ctx: Ctx) -> Out:
    tok = slots.get("photo", "ord")
    if tok is None:
        return Out(problem="order")
    count = len(ctx.segments())
    index = ctx.index_of(tok.value)
    if index < 0:
        index += count + 1
    if not 1 <= index <= count or count < 3:
        return Out(problem="order")
    others = count - 1
    if others % 2 == 0:
        return Out([Move(index=index, to=others // 2 + 1)])
    places = (others // 2 + 1, others // 2 + 2)
    return Out(
        clarify=[
            Option(said(ctx, f"To place {n} of {count}", f"放到第 {n} 个（共 {count} 个）"),
                   [Move(index=index, to=n)])
            for n in places
        ]
    )  # fmt: skip
