""" "it" right after the music was brought in later: "actually start it with the second photo",
"make it come in after the title" move the music's start again (before, "start it with the
second photo" moved photo 2 to the front); so do "can it start a bit later" and "make it start
with the second photo" right after the song was changed."""

from __future__ import annotations

from ..model.edit_types import SetMusic, SetMusicFade, SetMusicStart, SetMusicVolume
from .context import Ctx
from .entities import Tok

STARTING = ("start", "come_in", "delay", "earlier")
LATER = ("delay", "earlier")  # "no, a bit later": said of what just moved, the music
# what is said of a song: its name asked, its volume turned
OF_A_SONG = {"what", "call", "says", "textnoun", "down", "up", "quieter", "louder"}
BARE = {*LATER, "instead", "no", "sep", "degree", "dur", "more", "even"}  # nothing else named


def it_is_the_music(toks: list[Tok], ctx: Ctx) -> list[Tok]:
    """ "it" is the music when the last change was when the music comes in and the sentence
    says when something starts, naming nothing else that starts; so is a bare "later"."""
    last = list(ctx.last)[-1:]
    kinds = {tok.kind for tok in toks}
    said = kinds - {"it", "degree", "sep", "q"}
    heard = bool(last) and isinstance(last[0], SetMusic | SetMusicVolume | SetMusicFade)
    if heard and "it" in kinds and said and said <= OF_A_SONG:
        # "what's it called", "它叫什么名字", "把它调小一点" right after the song changed (or
        # its volume or fades)
        return [
            Tok("music", None, t.start, t.end, t.surface) if t.kind == "it" else t for t in toks
        ]
    # "can it start a bit later", "make it start with the second photo" right after the song
    # changed: "it" is the song
    song = bool(last) and isinstance(last[0], SetMusic) and bool(kinds & {*LATER, "it"})
    if not last or not (isinstance(last[0], SetMusicStart) or song):
        return toks
    if "music" in kinds or not kinds & set(STARTING):
        return toks
    out = [Tok("music", None, t.start, t.end, t.surface) if t.kind == "it" else t for t in toks]
    said_it = any(t.kind == "start" and " it " in f" {t.surface.lower()} " for t in toks)
    bare = kinds & set(LATER) and kinds <= BARE  # "no, a bit later", "even later"
    if said_it or bare:  # "start it with": its "it" is inside the phrase
        k = next(k for k, t in enumerate(out) if t.kind in STARTING)
        out.insert(k, Tok("music", None, out[k].start, out[k].start, ""))
    return out
