"""Endings, starts and fades said without saying whose: "let it end abruptly" (the picture cut
without a fade to black, or the music stopped without a fade-out: asked), "it starts too
suddenly" (a fade-in of the picture or of the music: asked), and "a longer fade to black"
(the video's ending, since the photos do not fade to black between them; when they do, which
one is asked)."""

from __future__ import annotations

from ..model.edit_types import SetMusicFade, SetTransition, SetVideoFade
from .build_time import video_fade_out
from .context import Ctx
from .intents import Out, Slots, factor, intent, said
from .reading import Option


@intent("end_cold")
def end_cold(slots: Slots, ctx: Ctx) -> Out:
    """ "let it end abruptly": no fade at the end, of the picture or of the music?"""
    return Out(
        clarify=[
            Option(said(ctx, "End the picture without fading to black", "画面结尾不淡出"),
                   [SetVideoFade(fade_out_ms=0)]),
            Option(said(ctx, "Stop the music without fading it out", "音乐结尾不淡出"),
                   [SetMusicFade(fade_out_ms=0)]),
        ],
        unless="video_fade|music_fade|transition",  # "straight cuts, without fading"
    )  # fmt: skip


@intent("start_abrupt")
def start_abrupt(slots: Slots, ctx: Ctx) -> Out:
    """ "it starts too suddenly": fade the picture in from black, or fade the music in?"""
    return Out(
        clarify=[
            Option(said(ctx, "Fade the picture in from black", "画面从黑场淡入"),
                   [SetVideoFade(fade_in_ms=1000)]),
            Option(said(ctx, "Fade the music in", "音乐淡入"), [SetMusicFade(fade_in_ms=1000)]),
        ],
        unless="video_fade|music_fade",
    )  # fmt: skip


@intent("fade_black_rel")
def fade_black_rel(slots: Slots, ctx: Ctx) -> Out:
    """ "a longer fade to black": the ending's fade to black; when the photos also fade through
    black, the sentence could be either, and is asked."""
    ending = video_fade_out(slots, ctx)
    fading = [seg.m.transition for seg in ctx.segments()[1:]]
    if not any(getattr(t, "type", "") == "fadeblack" for t in fading):
        return ending
    longer = slots.has("longer", "slower", "softer")
    between = SetTransition(factor=factor(longer, slots))
    return Out(
        clarify=[
            Option(said(ctx, "The fade to black at the end", "结尾的黑场淡出"), ending.edits),
            Option(said(ctx, "The fades to black between photos", "照片之间的黑场转场"), [between]),
        ]
    )
