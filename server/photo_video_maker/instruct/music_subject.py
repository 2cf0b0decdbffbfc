"""A sentence about the music asks for music: "the piano is nice but a bit sad, something more
cheerful maybe" is a more cheerful song, not a faster video too, and of the songs it names on
the way only the one it ends on is meant."""

from __future__ import annotations

from ..model.edit_types import Edit, RemoveMusic, SetMusic, SetMusicVolume, Speed
from .entities import Tok

SUBJECTS = ("music", "builtin", "song", "one_song")
PACE = ("faster", "slower", "pace", "speed", "dur", "pic", "photo", "each", "video")


def about_the_music(edits: list[Edit], toks: list[Tok]) -> list[Edit]:
    said = [t for t in toks if t.kind not in ("sep", "then")]
    said = said[1:] if said and said[0].kind == "change" else said  # "swap the piano for ..."
    said = said[1:] if said and said[0].kind == "it" else said  # "这个钢琴有点闷 换首欢快的"
    if not said or said[0].kind not in SUBJECTS or any(t.kind in PACE for t in said):
        return edits
    songs = [e for e in edits if isinstance(e, SetMusic)]
    if not songs:
        return edits
    return [e for e in edits if not isinstance(e, Speed | SetMusic) or e is songs[-1]]


def volume_of_removed(edits: list[Edit]) -> list[Edit]:
    """ "音乐别要了 太吵": a volume said after the music is taken off is why it goes (there is
    no music left to make quieter), unless a song is put on after it."""
    out: list[Edit] = []
    gone = False
    for edit in edits:
        if isinstance(edit, RemoveMusic):
            gone = True
        elif isinstance(edit, SetMusic):
            gone = False
        elif gone and isinstance(edit, SetMusicVolume):
            continue
        out.append(edit)
    return out
