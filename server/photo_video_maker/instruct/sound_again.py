"""Follow-ups about the fades and the sound, read against the previous turn: "longer", "a bit
more" or "make it 2 seconds" right after a fade was set are that fade (never every photo's
length, never the whole video 2 s); "not that one" / "wrong song" after the music changed asks
which music instead; "go back to the old song" after it changed, and "bring the music back"
after it was removed, take that change back; "actually keep the sound" after the clip was muted
gives the clip its sound back."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.edit_types import (
    Edit,
    MuteClips,
    RemoveMusic,
    SetMusic,
    SetMusicFade,
    SetMusicVolume,
    SetVideoFade,
    Undo,
)
from .context import Ctx
from .entities import Tok
from .fillers import SOFT
from .intents import BUILDERS, DOWN, UP, Slots
from .reading import Reading

QUIET = ("sep", "then", *SOFT)
LONGER = ("longer", "slower", "softer", "more", "not_enough")
SHORTER = ("shorter", "faster", "sharper", "less")
STEPS = ("longer", "shorter")
TOP_MS = {SetVideoFade: 10000, SetMusicFade: 30000}


# a length said as the whole video's ("一共25秒", "30 seconds in total"): not the fade's
IN_ALL = ("一共", "总共", "总长", "总时长", "整个", "total", "altogether", "in all", "whole")


def fade_again(toks: list[Tok], last: Sequence[Edit], text: str = "") -> Edit | None:
    """A step or a length said alone right after a fade was set: that same fade."""
    edit = last[-1] if last else None
    if not isinstance(edit, SetVideoFade | SetMusicFade) or any(w in text.lower() for w in IN_ALL):
        return None
    fields = [f for f in ("fade_in_ms", "fade_out_ms") if getattr(edit, f) is not None]
    said = [t for t in toks if t.kind not in QUIET or t.kind in ("degree", "more")]
    said = [t for t in said if t.kind not in ("no", "not")]
    # "make that fade 3 seconds": the one word "fade" names the fade just set (never "fades",
    # "crossfade": the transitions between photos)
    said = [t for t in said if not (t.kind == "trans" and t.surface.lower() == "fade")]
    # "淡出再长点" after a fade out: the fade named is the one just set
    named = {"fade_in": "fade_in_ms", "fade_out": "fade_out_ms"}
    said = [t for t in said if named.get(t.kind) not in fields] if len(said) > 1 else said
    if not fields or not said:
        return None
    top = TOP_MS[type(edit)]
    said = _target(said, [int(getattr(edit, f)) for f in fields])
    if len(said) == 1 and said[0].kind in ("dur", "num"):  # "make it 2 seconds", "no, 3"
        ms = float(said[0].value) * (1.0 if said[0].kind == "dur" else 1000.0)
        if not 0 <= ms <= top:
            return None
        return type(edit)(**{f: round(ms) for f in fields})
    steps = [t for t in said if t.kind in (*LONGER, *SHORTER)]
    if len(steps) != 1 or any(t.kind not in (*LONGER, *SHORTER, "degree") for t in said):
        return None
    degree = next((str(t.value) for t in said if t.kind == "degree"), "small")
    size = (UP if steps[0].kind in LONGER else DOWN).get(degree)
    if size is None:
        return None
    # a fade that was none grows from a second, as "a longer fade" from nothing does
    now = {f: int(getattr(edit, f)) or 1000 for f in fields}
    return type(edit)(**{f: min(top, round(ms * size)) for f, ms in now.items()})


def _target(said: list[Tok], now: list[int]) -> list[Tok]:
    """ "make it longer, like 2 secs" after a 1 s fade: the length it goes to, where the step
    agrees with it (a step against it is left as said, and is not read)."""
    if len(said) != 2 or said[0].kind not in ("toward", *STEPS) or said[1].kind != "dur":
        return said
    ms = float(str(said[1].value))
    step = said[0].value if said[0].kind == "toward" else said[0].kind
    longer = step == "longer" and all(ms > n for n in now)
    shorter = step == "shorter" and all(ms < n for n in now)
    return [said[1]] if longer or shorter else said


ALSO_SAID = re.compile(r"\b(?:as\s+well|also|too)\b")


def fade_too(toks: list[Tok], last: Sequence[Edit], text: str = "") -> Edit | None:
    """ "fade to black at the end" then "and at the start too": the same fade at the other end."""
    edit = last[-1] if last else None
    if not isinstance(edit, SetVideoFade | SetMusicFade):
        return None
    said = {t.kind for t in toks if t.kind not in QUIET} - {"and", "too", "same"}  # "same at…"
    # "and fade in at the start as well": that fade named, with a word that adds it
    named = said in ({"fade_in"}, {"fade_in", "start"}, {"fade_out"}, {"fade_out", "end"})
    added = any(t.kind in ("and", "too") for t in toks) or ALSO_SAID.search(text.lower())
    if said not in ({"start"}, {"end"}) and not (named and added):
        return None
    start = bool(said & {"start", "fade_in"})
    field, other = ("fade_in_ms", "fade_out_ms") if start else ("fade_out_ms", "fade_in_ms")
    ms = getattr(edit, other)
    if ms is None or getattr(edit, field) is not None:
        return None
    return type(edit)(**{field: ms})


NOT_THIS = ("instead", "another", "not", "wrong", "dislike")
OLD = re.compile(r"\b(old|older|previous|original|earlier|former|before|first)\b")
BACK = re.compile(r"\bback\b")
AGAIN = re.compile(r"\bagain\b")
ABOUT_MUSIC = ("music", "change", "put", "move", "look", "just", "ord", "add", "undo", *QUIET)


def music_again(text: str, toks: list[Tok], ctx: Ctx) -> Reading | None:
    """After the music changed or went: another one asked for, or the one before wanted back;
    after the clip was muted: its sound kept after all."""
    last = list(ctx.last)
    kinds = [t.kind for t in toks if t.kind not in QUIET or t.kind in NOT_THIS]
    lower = text.lower()
    if last and isinstance(last[-1], MuteClips) and last[-1].on:
        said = {t.kind for t in toks}  # "keep" is a soft word: looked for among them all
        heard = {"volume", "clip_sound"} | ({"music"} if _audio(toks) else set())
        # "restore the clip audio", "can the clip have its sound again": kept after all
        kept = (said & {"keep", "on", "add", "undo"} and said & heard) or BACK.search(lower)
        kept = kept or (AGAIN.search(lower) and said & heard)
        if kept and said <= {"keep", "on", "add", "undo", "move", "clip", *heard, *QUIET}:
            return Reading(ctx.lang, edits=[MuteClips(on=False)])  # "actually keep the sound"
        if "music" in said and said <= MUSIC_STAYS and STAYS.search(lower):
            return Reading(ctx.lang, question="ok")  # "音乐还是要的": it was never muted
        if "music" in said and said & ALSO and said <= {"music", *ALSO, *BARE}:
            return Reading(ctx.lang, edits=[SetMusicVolume(percent=0)])  # "and the music"
        return None
    if any(isinstance(e, RemoveMusic) for e in last) and "music" in kinds and BACK.search(lower):
        if set(kinds) <= {"music", "put", "move", "add", "change", *QUIET}:
            return Reading(ctx.lang, edits=[Undo()])  # "bring the music back"
        return None
    if any(isinstance(e, SetMusic | SetMusicVolume) for e in last) and _fades_it(toks):
        fade_in = any(t.kind in ("fade_in", "in", "start") for t in toks)
        build = BUILDERS["music_fade_in" if fade_in else "music_fade_out"]
        return Reading(ctx.lang, edits=build(Slots(toks), ctx).edits)  # "fade it out at the end"
    if not any(isinstance(e, SetMusic) for e in last):
        return None
    if "music" in kinds and OLD.search(lower) and set(kinds) <= set(ABOUT_MUSIC):
        return Reading(ctx.lang, edits=[Undo()])  # "go back to the old song"
    others = [k for k in kinds if k not in NOT_THIS and k != "music"]
    playing = next(e.source for e in reversed(last) if isinstance(e, SetMusic))
    moods = {t.value for t in toks if t.kind == "mood"}
    if set(kinds) & set(NOT_THIS) and set(others) == {"mood"} and moods == {playing}:
        others = []  # "not that one, the other happy one" after the happy one: which other
    if set(kinds) & set(NOT_THIS) and not others and ("music" not in kinds or "no" not in kinds):
        clarify = BUILDERS["music_change"](Slots([]), ctx).clarify  # "not that one", "wrong song"
        return Reading(ctx.lang, clarify=clarify) if clarify else None
    return None


# "and the music", "the music too", "音乐也静音", "还有音乐" after the clip was muted: it too
ALSO = {"and", "too", "then", "same", "mute"}
BARE = {"sep", "it", "just"}
# "音乐还是要的", "背景音乐留着", "keep the music", "音乐别关" after the clip was muted: the
# music stays as it is (it was read as "and the music": muted too)
MUSIC_STAYS = {"music", "keep", "or", "reason", "not", "no", "off", "too", "with", *BARE}
STAYS = re.compile(r"要的|还要|还是要|要留|留|保留|别关|不要关|不关|keep|stay|leave")


def _audio(toks: list[Tok]) -> bool:
    """ "keep the audio" right after the clip was muted: its audio (the music was not touched)."""
    heard = (re.sub(r"^the ", "", t.surface.lower()) for t in toks if t.kind == "music")
    return any(word in ("audio", "sound") for word in heard)


FADING = ("trans", "fade_out", "fade_in")
OF_A_FADE = (*FADING, "out", "in", "end", "start", "dur", "longer", "shorter", "degree", "and")


def _fades_it(toks: list[Tok]) -> bool:
    """ "fade it out at the end" right after the music was chosen: "it" is the music."""
    if not any(t.kind == "it" for t in toks) or not any(t.kind in FADING for t in toks):
        return False
    if any(t.kind == "trans" and t.value != "crossfade" for t in toks):
        return False  # "make it fade to black": the picture's
    return all(t.kind in (*OF_A_FADE, *QUIET) for t in toks)
