"""Builders of the smart slideshow: cut to the beat, as long as the song, culling, and the
date (and place) on each photo."""

from __future__ import annotations

from ..model.edit_types import Cull, CutToBeat, DateCaptions, LengthToSong
from .context import Ctx
from .intents import Out, Slots, intent


@intent("cut_to_beat")
def cut_to_beat(slots: Slots, ctx: Ctx) -> Out:
    beats = slots.value("beats")  # "every 2 beats", "四拍一张"
    return Out([CutToBeat(beats=int(beats) if beats is not None else None)])


@intent("length_to_song")
def length_to_song(slots: Slots, ctx: Ctx) -> Out:
    return Out([LengthToSong()])


@intent("cull")
def cull(slots: Slots, ctx: Ctx) -> Out:
    """ "Leave out duplicates" culls duplicates only, "blurry shots" blurred only; both: both."""
    dupes = slots.has("dupes")
    blurred = slots.has("blurred", "dislike")
    return Out([Cull(duplicates=dupes or not blurred, blurry=blurred or not dupes)])


@intent("date_captions")
def date_captions(slots: Slots, ctx: Ctx) -> Out:
    return Out([DateCaptions(place=slots.has("date_place", "place_word"))])
