"""A feeling said beside a concrete request describes that request: "转场慢一点 舒服点",
"1080p 舒服点", "转场我想要那种淡入淡出的 比较温柔", "照片太静了 加点动感". Alone, a feeling
asks for a calmer or livelier video (slower pace and calm music, or the reverse: ``pace_mood``);
next to a request it only says how that request should feel, so it adds no pace and no music
nobody asked for. A feeling that names what it is about ("节奏欢快一点", "音乐欢快一点") is no
bare feeling and stays a request of its own.

And "节奏跟音乐一样舒缓": a pace "as soothing as the music" compares, it does not make the video
as long as the song (``compared_to_music``)."""

from __future__ import annotations

from .entities import Tok
from .fillers import SOFT
from .match import BREAKS, Match

# the words of a bare feeling: a mood or a calmer / livelier wish, and how much of it
FEELING = ("mood", "calmer", "livelier")
BARE = (*FEELING, "degree", "more", "too", "q")
# readings that a feeling beside them does not turn into a mood of its own
NOT_ASKED = ("pace_mood", "noop")
MUSIC = ("music", "builtin", "mood", "song")
# "vertical and more upbeat", "竖屏 然后欢快一点": a further wish, joined to the request
JOINED = ("and", "then", "also")
# what a feeling may be said of, so that it is a request of its own (soft words elsewhere)
NAMED = ("pace", "video", "music")


def _bare(match: Match, toks: list[Tok], others: set[int]) -> bool:
    # the words around it that no other request placed: "节奏欢快一点" names the pace first
    start, end = match.start, match.end
    while start > 0 and toks[start - 1].kind not in BREAKS and start - 1 not in others:
        start -= 1
    while end < len(toks) and toks[end].kind not in BREAKS and end not in others:
        end += 1
    said = toks[start:end]
    kinds = {t.kind for t in [*match.toks, *said]}
    if kinds & set(NAMED):
        return False
    if any(t.surface.startswith("换") for t in said):  # "换欢快的 音量调40%": a song changed
        return False
    return bool(kinds & set(FEELING)) and all(k in BARE or k in SOFT for k in kinds)


def _of_music(match: Match) -> bool:
    return "music" in match.template.intent or any(t.kind in MUSIC for t in match.toks)


def feeling_beside(toks: list[Tok], matches: list[Match]) -> tuple[list[Match], set[int]]:
    """The matches less the bare feelings said beside a concrete request, and the token
    positions of those feelings (placed: they belong to the request they describe)."""
    asked = [m for m in matches if m.template.intent not in NOT_ASKED]
    if not asked or any(_of_music(m) for m in asked):
        return matches, set()  # "换首歌 欢快点": the feeling of the song, read with the music
    kept: list[Match] = []
    others = {k for m in matches if m.template.intent != "pace_mood" for k in range(m.start, m.end)}
    beside: set[int] = set()
    for m in matches:
        joined = m.start > 0 and toks[m.start - 1].kind in JOINED
        if m.template.intent == "pace_mood" and _bare(m, toks, others) and not joined:
            beside.update(range(m.start, m.end))
        else:
            kept.append(m)
    return kept, beside


def compared_to_music(toks: list[Tok]) -> list[Tok]:
    """ "节奏跟音乐一样舒缓": "as <feeling> as the music" is a comparison (a reason told about the
    request beside it), never the video cut to the song's length."""
    out = list(toks)
    for k, tok in enumerate(toks[:-1]):
        if tok.kind == "song_len" and toks[k + 1].kind in FEELING:
            out[k] = Tok("reason", None, tok.start, tok.end, tok.surface)
    return out
