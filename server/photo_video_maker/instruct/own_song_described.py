"""The person's own song described, not chosen ("我那首歌太长了", "我上传的歌有点吵", "my song is
too long"): the song is the subject of the complaint, so it stays a mere mention of the music.
Read as a choice, "我那首歌太长了" switched to the uploaded song and shortened every photo."""

from __future__ import annotations

from .entities import Tok
from .fillers import SOFT
from .match import BREAKS

# what may be said of a song as it sounds or lasts
SAID_OF = ("shorter", "longer", "quieter", "louder", "faster", "slower")


def own_song_described(toks: list[Tok]) -> list[Tok]:
    out = list(toks)
    for k, tok in enumerate(toks):
        if tok.kind != "uploaded" or not _starts_clause(toks, k):
            continue
        after = k + 1
        if after < len(toks) and toks[after].kind == "music":  # "我上传的 歌"
            after += 1
        said = after < len(toks) and toks[after].kind in SAID_OF
        # "我那首歌 太长了": a clause of the complaint alone, said with "too"
        said = said or (
            after + 1 < len(toks)
            and toks[after].kind in BREAKS
            and toks[after + 1].kind in SAID_OF
            and toks[after + 1].surface.startswith(("太", "too "))
            and (after + 2 == len(toks) or toks[after + 2].kind in BREAKS)
        )
        if said:
            out[k] = Tok("music", None, tok.start, tok.end, tok.surface)
    return out


def _starts_clause(toks: list[Tok], k: int) -> bool:
    """Nothing but soft words (or "the song" of "the song i uploaded") before it in its clause:
    the song is what the clause is about."""
    for tok in reversed(toks[:k]):
        if tok.kind in BREAKS:
            return True
        if tok.kind not in SOFT and tok.kind != "music":
            return False
    return True
