"""The fit asked about and the space around the photos disliked (templates: en_visual_music):
"why is there a black bar on top" is answered, never a change; "the black edges are ugly"
asks how to fill the frame instead."""

from __future__ import annotations

from ..model.edit_types import FitName, SetAspect, SetFit, SetTransition
from .build_time import TRANSITION_CHOICES
from .context import Ctx
from .intents import Out, Slots, intent, said
from .reading import Option


@intent("q_fit")
def q_fit(slots: Slots, ctx: Ctx) -> Out:
    """ "why is there a black bar on top": how the photos sit in the frame, told."""
    return Out(question="fit")


# how each way of fitting is offered, in the person's words
FIT_CHOICES: dict[FitName, tuple[str, str]] = {
    "cover": (
        "Fill the frame (the edges of the photos are cropped)",
        "铺满画面（照片边缘会被裁掉）",
    ),
    "blur": ("Blurred background behind the photos", "照片后面用模糊背景"),
    "contain": ("Plain black bars", "用黑边"),
}


@intent("fit_gap_dislike")
def fit_gap_dislike(slots: Slots, ctx: Ctx) -> Out:
    """ "the black edges are ugly": the space around the photos disliked; filled how? Asked,
    offering the ways of fitting besides the one in use."""
    used = {getattr(seg.m, "fit", "blur") for seg in ctx.segments() if seg.m.kind != "video"}
    now = used.pop() if len(used) == 1 else None
    return Out(
        clarify=[
            Option(said(ctx, en, zh), [SetFit(fit=name)])
            for name, (en, zh) in FIT_CHOICES.items()
            if name != now
        ],
        unless="fit",
    )


@intent("keep_fit")
def keep_fit(slots: Slots, ctx: Ctx) -> Out:
    """ "keep the blurry background": nothing when the photos are fitted so already; else back
    to it ("no, keep the black bars" after the frame was filled)."""
    fit = slots.value("fit")
    used = {getattr(seg.m, "fit", "blur") for seg in ctx.segments() if seg.m.kind != "video"}
    return Out() if used == {fit} else Out([SetFit(fit=fit)])


@intent("keep_aspect")
def keep_aspect(slots: Slots, ctx: Ctx) -> Out:
    """ "i need this horizontal again", "keep it square": that shape, unless it is so already."""
    aspect = slots.value("aspect")
    return Out() if ctx.draft.m.aspect == aspect else Out([SetAspect(aspect=aspect)])


@intent("trans_other")
def trans_other(slots: Slots, ctx: Ctx) -> Out:
    """ "the crossfades feel dated, something else?": another style, which is asked; the one
    disliked (and the one in use, if all are alike) is not offered again."""
    disliked = slots.value("trans")
    used = {getattr(seg.m.transition, "type", "none") for seg in ctx.segments()[1:]}
    now = used.pop() if len(used) == 1 else None
    return Out(
        clarify=[
            Option(said(ctx, en, zh), [SetTransition(name=name)])
            for name, (en, zh) in TRANSITION_CHOICES.items()
            if name not in (disliked, now)
        ],
        unless="transition",
    )


LIVELY = ("slideleft", "zoom", "circle", "random")


@intent("trans_livelier")
def trans_livelier(slots: Slots, ctx: Ctx) -> Out:
    """ "can the transitions be less boring", "make the transitions nicer": a livelier style,
    which is asked; any change of the transitions said beside it ("..., make them faster",
    "..., use slides") is what is wanted instead."""
    return Out(
        clarify=[
            Option(said(ctx, *TRANSITION_CHOICES[name]), [SetTransition(name=name)])
            for name in LIVELY
        ],
        unless="transition",
    )
