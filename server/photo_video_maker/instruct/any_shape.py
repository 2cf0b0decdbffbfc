"""A place to post that takes every shape ("做成适合发朋友圈的", "for wechat moments"): which
shape is asked, with the three usual ones as options (before, the sentence was not understood
or read as a reason, and nothing was said back)."""

from __future__ import annotations

from ..model.edit_types import SetAspect
from .context import Ctx
from .intents import Out, Slots, intent, said
from .reading import Option

SHAPES = (
    ("9:16", "Vertical (9:16), fills a phone screen", "竖屏（9:16），手机全屏看"),
    ("1:1", "Square (1:1)", "正方形（1:1）"),
    ("16:9", "Landscape (16:9)", "横屏（16:9）"),
)


@intent("shape_for")
def shape_for(slots: Slots, ctx: Ctx) -> Out:
    return Out(
        clarify=[Option(said(ctx, en, zh), [SetAspect(aspect=shape)]) for shape, en, zh in SHAPES]
    )
