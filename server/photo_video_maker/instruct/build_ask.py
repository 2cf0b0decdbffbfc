"""Builders for what is not an edit: actions (export with its format, resolution and frame rate;
credits; the timeline; uploading), questions answered from the draft, and "don't" requests."""

from __future__ import annotations

from ..model.edit_types import Edit, SetResolution
from ..model.music_catalog import TITLES_ZH, list_tracks
from .context import Ctx
from .intents import Builder, Out, Slots, intent, refuse
from .reading import Question


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
    return refuse(
        "music",
        ctx,
        "The music keeps its own tempo; a livelier or calmer track changes the feel.",
        "音乐的速度不能改；可以换成更欢快或更舒缓的音乐。",
    )


@intent("genre")
def genre(slots: Slots, ctx: Ctx) -> Out:
    """ "something more classical", "来点摇滚": a kind of music no built-in track is; the ones
    there are, and the person's own song, are offered instead of "I did not understand"."""
    tok = slots.get("genre")
    name = tok.surface if tok is not None else ""
    titles = [track.title for track in list_tracks()]
    titles_zh = [TITLES_ZH.get(track.name, track.title) for track in list_tracks()]
    return refuse(
        "music",
        ctx,
        f"There is no {name} music built in. The tracks there are: {', '.join(titles)}; "
        "say one of them, or upload a song of your own.",
        f"没有内置的{name}音乐。现有的曲目：{'、'.join(titles_zh)}；选一首，或上传你自己的歌。",
    )


# Questions are answered from the draft (``model.answers``): the intent names which one.
QUESTIONS: dict[str, Question] = {
    "q_length": "length",
    "q_count": "count",
    "q_music": "music",
    "q_last": "last_change",
    "q_help": "help",
    "q_output": "output",
    "q_format": "format",
    "q_texts": "texts",
    "q_style": "style",
}


def _asking(question: Question) -> Builder:
    return lambda slots, ctx: Out(question=question)


for _name, _question in QUESTIONS.items():
    intent(_name)(_asking(_question))


@intent("colour_of_photos")
def colour_of_photos(slots: Slots, ctx: Ctx) -> Out:
    """ "can the video feel purple": a colour is for texts; the photos take a look."""
    return refuse(
        "look",
        ctx,
        "Colours are for texts; the photos can be black and white, sepia, warm, cool or vivid.",
        "颜色只能用于文字；照片可以用黑白、复古、暖色、冷色或鲜艳滤镜。",
    )
