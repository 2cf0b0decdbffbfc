"""English ways of naming the music without saying "music": "something more upbeat", "play
something relaxing", "put on something epic" (a mood said of "something" is a track's mood, not
the pace of the video); "swap the music for my own song" (a swap of the music is a change of it,
never of two photos); "let the song fade out slowly" (a slow fade is a longer one)."""

from __future__ import annotations

import re

from .entities import Tok

MOODS = ("mood", "livelier", "calmer")
# "something", "something a bit more", "some really": a thing of that mood, said before it
SOMETHING = re.compile(
    r"\b(something|anything)((\W+(a|bit|little|tad|more|much|way|really|very|kinda|slightly|"
    r"that's|thats|that|is|which|a lot|sounds|sound|feels|like|more\s+like))*)\W*$"
)
MUSICAL = ("music", "builtin", "uploaded", "song")
CLAUSE = ("sep", "then", "and")
SLOWLY = re.compile(r"\b(slowly|gradually|gently)\b")
SLOWLY_BEFORE = re.compile(r"\b(slowly|gradually|gently)\W*$")  # "gradually fade ...": before
# "the ending should fade to black, slowly": said last, after a comma, alone
SLOWLY_AFTER = re.compile(r"^\W*(?:but\s+|really\s+|very\s+)?(slowly|gradually|gently)\W*$")


def something_of_a_mood(toks: list[Tok], orig: str) -> list[Tok]:
    """ "something more upbeat", "play something relaxing": in a sentence that names no music, a
    mood said of "something" is the music's (a ``music`` token stands for "something")."""
    for k, tok in enumerate(toks):
        if tok.kind not in MOODS:
            continue
        after = toks[k + 1 :]
        after = after[: next((j for j, t in enumerate(after) if t.kind in CLAUSE), len(after))]
        if any(t.kind in MUSICAL for t in after) or _music_in_clause(toks, k):
            continue  # "something upbeat for the music": the music is named (in a clause after,
            # "something happier, the piano's boring", it is only complained about)
        if _music_alone_before(toks, k):
            continue  # "the music, something calmer": that music, said before
        said = SOMETHING.search(orig[: tok.start].lower())
        if said is None or not orig[: tok.start].isascii():
            continue
        start = said.start(1)
        between = [j for j in range(k) if toks[j].end > start]
        if not all(_describing(toks[j]) for j in between):
            continue  # a word of the lexicon sits between "something" and the mood
        music = Tok("music", None, start, said.end(1), orig[start : said.end(1)])
        kept = [t for j, t in enumerate(toks[:k]) if j not in between or toks[j].kind != "it"]
        kept = [t for t in kept if t.kind != "volume" or t.end <= start]
        at = next((j for j, t in enumerate(kept) if t.end > start), len(kept))
        return [*kept[:at], music, *kept[at:], *toks[k:]]
    return toks


def _describing(tok: Tok) -> bool:
    """The words between "something" and its mood: "a bit more", "that sounds", "that feels"."""
    sounds = tok.kind == "volume" and tok.surface.lower() in ("sounds", "sound")
    return tok.kind in ("degree", "more", "it") or sounds


def _music_in_clause(toks: list[Tok], k: int) -> bool:
    """Whether the clause of ``toks[k]`` names the music before it ("the music, something
    happier" is two clauses: the mood of the second is still the music's)."""
    for tok in reversed(toks[:k]):
        if tok.kind in ("sep", "then"):
            return False
        if tok.kind in MUSICAL:
            return True
    return False


def _music_alone_before(toks: list[Tok], k: int) -> bool:
    """Whether an earlier clause names the music and nothing else, so that it is the subject
    of the mood at ``k`` ("the music is too sad, something happier"); a clause that also says
    how it is ("the music feels too sleepy") stands on its own."""
    clause: list[Tok] = []
    for tok in reversed(toks[:k]):
        if tok.kind not in ("sep", "then"):
            clause.append(tok)
            continue
        if any(t.kind in MUSICAL for t in clause):
            break
        clause = []
    # "this music is too sad": "this" only points at it
    said = [t for t in clause if t.kind not in ("sep", "then") and not _this(t)]
    return bool(said) and all(t.kind in MUSICAL for t in said)


def _this(tok: Tok) -> bool:
    return tok.kind == "it" and tok.surface.lower() in ("this", "that")


def another_of_a_mood(toks: list[Tok]) -> list[Tok]:
    """ "这首不行，换个安静点的", "not this song, change to a calm one",
    "加个背景音乐，要温柔一点的": a mood to change to, in the clause after one about the song, is
    the song's (never the pace too)."""
    out = list(toks)
    for k in range(1, len(toks)):
        change, mood = toks[k - 1], toks[k]
        if mood.kind != "mood":
            continue
        if change.kind in ("sep", "then"):  # "加个背景音乐，要温柔一点的": the clause opens with it
            before = toks[:k]
        elif change.kind in ("change", "another"):
            before = toks[: k - 1]
        elif change.kind == "music" and k >= 2 and toks[k - 2].kind == "add":
            # "加个音乐 温柔一点": the mood said right after the music asked for is the song's
            out.insert(out.index(mood), Tok("music", None, mood.start, mood.start, ""))
            return out
        else:
            continue
        if not before or before[-1].kind not in ("sep", "then"):
            continue
        clause = _last_clause(before[:-1])
        opens = change.kind in ("sep", "then")  # then the song was asked for: "加个背景音乐"
        if opens and not any(t.kind in ("add", "change") for t in clause):
            continue
        if any(t.kind in (*MUSICAL, "one_song") for t in clause):
            at = out.index(mood)
            out.insert(at, Tok("music", None, mood.start, mood.start, ""))
            return out
    return out


def _last_clause(toks: list[Tok]) -> list[Tok]:
    start = max((k + 1 for k, t in enumerate(toks) if t.kind in ("sep", "then")), default=0)
    return toks[start:]


def swapped_music(toks: list[Tok]) -> list[Tok]:
    """ "swap the music for my own song", "swap out the piano": the music swapped is the music
    changed."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind == "swap" and nxt is not None and nxt.kind in ("music", "builtin"):
            tok = Tok("change", None, tok.start, tok.end, tok.surface)
        # "swap it to my song", "swap it for lofi": a swap to a track is a change of the music
        after = toks[k + 2 : k + 4]
        after = after[1:] if after and after[0].kind in ("to", "with") else after[:1]
        to_music = bool(after) and after[0].kind in (*MUSICAL, "mood")
        if tok.kind == "swap" and nxt is not None and nxt.kind == "it" and to_music:
            tok = Tok("change", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def slow_fades(toks: list[Tok], orig: str) -> list[Tok]:
    """ "let the song fade out slowly", "gradually fade the music out": a slow fade is a longer
    one than now."""
    for k, tok in enumerate(toks):
        fade = tok.kind in ("fade_in", "fade_out") or (
            tok.kind == "trans" and tok.surface in ("fade", "fade to black")
        )
        if not fade:
            continue
        clause = _clause(toks, k)
        first = max(clause[0].start, 0)
        stop = next((t.start for t in toks[k:] if t.kind in CLAUSE), len(orig))
        said, before = orig[first:stop].lower(), orig[:first].lower()
        slow = SLOWLY.search(said) or SLOWLY_BEFORE.search(before)
        slow = slow or SLOWLY_AFTER.search(orig[stop:].lower())
        if slow and not any(t.kind in ("longer", "slower", "dur") for t in clause):
            longer = Tok("longer", None, tok.end, tok.end, slow.group(1))  # "gently" too
            return [*toks[: k + 1], longer, *toks[k + 1 :]]
    return toks


def _clause(toks: list[Tok], k: int) -> list[Tok]:
    start = max((n + 1 for n in range(k) if toks[n].kind in CLAUSE), default=0)
    end = next((n for n in range(k, len(toks)) if toks[n].kind in CLAUSE), len(toks))
    return toks[start:end]


# "a slower song", "another faster track": a song of another pace is a song of another mood
PACED_SONG = {"slower": "calm", "faster": "upbeat"}


def a_song_of_a_pace(toks: list[Tok], orig: str) -> list[Tok]:
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        said = orig[: tok.start].lower().rstrip()
        other = said.endswith((" a", " another", " some")) or said in ("a", "another", "some")
        if tok.kind in PACED_SONG and other and nxt is not None and nxt.kind == "music":
            tok = Tok("mood", PACED_SONG[tok.kind], tok.start, tok.end, tok.surface)
        out.append(tok)
    return out
