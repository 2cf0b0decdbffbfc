""" "换成轻音乐", "来点纯音乐": a mood word that names music itself (轻音乐 is a kind of music,
not a calmer video) is the mood and the music: the music changes, the pace does not."""

from __future__ import annotations

from .entities import Tok

NAMES_MUSIC = ("音乐", "歌", "曲", "歌曲", "曲子")  # never 乐 alone: 快乐


def mood_music(toks: list[Tok]) -> list[Tok]:
    """A Chinese mood word ending in 音乐/歌/曲, with no music word beside it: music too."""
    if any(t.kind == "music" for t in toks):
        return toks
    out: list[Tok] = []
    for tok in toks:
        out.append(tok)
        named = not tok.surface.isascii() and tok.surface.endswith(NAMES_MUSIC)
        if tok.kind == "mood" and named:
            out.append(Tok("music", None, tok.end, tok.end, ""))
    return out
