"""The person's own song described, not chosen ("我那首歌太长了", "我上传的歌有点吵", "my song is
too long"): the song is the subject of the complaint, so it stays a mere mention of the music.
Read as a choice, "我那首歌太长了" switched to the uploaded song and shortened every photo."""

from __future__ import annotations

from .entities import Tok
from .fillers import SOFT
from .match import BREAKS

# what may be said of a song as it sounds or lasts
SAID_OF = ("shorter", "longer", "quieter", "louder", "faster", "slower")
# a clause of a step alone, with no subject of its own ("剪短一点"; not "每张短一点")
SUBJECTS = ("each", "pic", "photos", "video", "photo", "ord")
STEP_WORDS = (*SAID_OF, *(kind for kind in SOFT if kind not in SUBJECTS), "cut", "change")


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
            out = _cut_with_it(out, after)
    return out


def _cut_with_it(toks: list[Tok], k: int) -> list[Tok]:
    """ "我上传的歌太长了 剪短一点": a next clause with no subject of its own, only a step, is
    still of the song (never every photo shorter): it is joined to the description."""
    end = k
    while end < len(toks) and toks[end].kind not in BREAKS:
        end += 1
    if end >= len(toks):
        return toks
    rest = end + 1
    while rest < len(toks) and toks[rest].kind not in BREAKS:
        rest += 1
    said = toks[end + 1 : rest]
    if said and any(t.kind in SAID_OF for t in said) and all(t.kind in STEP_WORDS for t in said):
        return [*toks[:end], *toks[end + 1 :]]
    return toks


def _starts_clause(toks: list[Tok], k: int) -> bool:
    """Nothing but soft words (or "the song" of "the song i uploaded") before it in its clause:
    the song is what the clause is about."""
    for tok in reversed(toks[:k]):
        if tok.kind in BREAKS:
            return True
        if tok.kind not in SOFT and tok.kind != "music":
            return False
    return True
