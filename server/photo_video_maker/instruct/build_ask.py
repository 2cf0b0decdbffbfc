"""Builders for what is not an edit: actions (export with its format, resolution and frame rate;
credits; the timeline; uploading), questions answered from the draft, and "don't" requests."""

from __future__ import annotations

from ..model.edit_types import Edit, SetResolution
from .context import Ctx
from .intents import Out, Slots, intent, said


@intent("export")
def export(slots: Slots, ctx: Ctx) -> Out:
    """ "export it in 480p as a gif": the format for this file; a resolution (like a frame rate)
    the video keeps, so the next export is the same size."""
    params: dict[str, str | int] = {}
    kinds = (("format", "format"), ("res", "resolution"), ("fps", "fps"), ("quality", "quality"))
    for kind, key in kinds:
        value = slots.value(kind)
        if value is not None:
            params[key] = int(value) if kind == "fps" else str(value)
    res = slots.value("res")
    edits: list[Edit] = [SetResolution(resolution=res)] if res else []
    return Out(edits, route="export", export=params)


@intent("noop")
def noop(slots: Slots, ctx: Ctx) -> Out:
    return Out(noop=True)


@intent("credits")
def credits(slots: Slots, ctx: Ctx) -> Out:
    return Out(route="credits")


@intent("state")
def state(slots: Slots, ctx: Ctx) -> Out:
    return Out(route="state")


@intent("upload")
def upload(slots: Slots, ctx: Ctx) -> Out:
    return Out(route="upload")


@intent("unsupported")
def unsupported(slots: Slots, ctx: Ctx) -> Out:
    """ "speed up the music": not something the music can do here."""
    hint = said(
        ctx,
        "The music keeps its own tempo; a livelier or calmer track changes the feel.",
        "音乐的速度不能改；可以换成更欢快或更舒缓的音乐。",
    )
    return Out(problem="music", hint=hint)


@intent("q_length")
def q_length(slots: Slots, ctx: Ctx) -> Out:
    return Out(question="length")


@intent("q_count")
def q_count(slots: Slots, ctx: Ctx) -> Out:
    return Out(question="count")


@intent("q_music")
def q_music(slots: Slots, ctx: Ctx) -> Out:
    return Out(question="music")


@intent("q_last")
def q_last(slots: Slots, ctx: Ctx) -> Out:
    return Out(question="last_change")


@intent("q_help")
def q_help(slots: Slots, ctx: Ctx) -> Out:
    return Out(question="help")


@intent("q_output")
def q_output(slots: Slots, ctx: Ctx) -> Out:
    return Out(question="output")


@intent("q_format")
def q_format(slots: Slots, ctx: Ctx) -> Out:
    return Out(question="format")


@intent("q_texts")
def q_texts(slots: Slots, ctx: Ctx) -> Out:
    return Out(question="texts")


@intent("colour_of_photos")
def colour_of_photos(slots: Slots, ctx: Ctx) -> Out:
    """ "can the video feel purple": a colour is for texts; the photos take a look."""
    hint = said(
        ctx,
        "Colours are for texts; the photos can be black and white, sepia, warm, cool or vivid.",
        "颜色只能用于文字；照片可以用黑白、复古、暖色、冷色或鲜艳滤镜。",
    )
    return Out(problem="look", hint=hint)
