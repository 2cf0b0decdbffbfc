"""English ways of saying how the music comes in and how loud it is, where the words of one
request are split around the music ("start the music softly", "bring the song in gently") or
fused with it ("bit too much music, lower it")."""

from __future__ import annotations

import re

from .entities import Tok

# "start the music softly": the music coming in gently is a fade-in
GENTLY = re.compile(
    r"^\W*(in\W+)?(very\W+|really\W+|nice\W+and\W+)?(softly|gently|slowly|quietly)\b"
)
BRINGS = ("start", "ease", "bring", "move")
BRING_WORDS = ("start", "ease", "bring", "begin", "let", "fade")


def music_coming_in(toks: list[Tok], orig: str) -> list[Tok]:
    """ "start the music softly", "bring the song in gently", "ease the music in": a fade-in of
    the music, said around it."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        said = tok.surface.lower()
        if nxt is not None and nxt.kind == "music" and said in BRING_WORDS:
            after = toks[k + 2] if k + 2 < len(toks) else None
            into = after is not None and after.kind == "in"
            end = after.end if into and after is not None else nxt.end
            gently = GENTLY.match(orig[end:].lower())
            if gently or (into and said == "ease"):
                out += [Tok("fade_in", None, tok.start, tok.end, tok.surface), nxt]
                k += 3 if into else 2
                continue
        out.append(tok)
        k += 1
    return out


def music_in_a_step(toks: list[Tok]) -> list[Tok]:
    """ "bit too much music, lower it": "too much music" is the music and a step down, so what
    follows can say "it" of the music."""
    out: list[Tok] = []
    for tok in toks:
        said = tok.surface.lower()
        if tok.kind in ("quieter", "louder") and re.search(r"\b(music|song)\b", said):
            out.append(Tok("music", None, tok.start, tok.end, tok.surface))
        out.append(tok)
    return out


# "can't hear the voices over the music": what is not heard is heard under the music
DROWNED_BY = re.compile(r"\b(over|because of|cause of|due to|with|under|behind|for)\b")


def drowned_by_the_music(toks: list[Tok], orig: str) -> list[Tok]:
    """ "i can barely hear the voices over the music", "can't hear the talking in the clip
    because of the music": something else is not heard for the music, so the music is too
    loud (never louder)."""
    for k, tok in enumerate(toks):
        if tok.kind != "louder" or "hear" not in tok.surface.lower():
            continue
        for j in range(k + 1, len(toks)):
            if toks[j].kind in ("sep", "then", "and"):
                break
            if toks[j].kind == "music":
                gap = orig[tok.end : toks[j].start].lower()
                if gap.strip() and DROWNED_BY.search(gap):
                    quieter = Tok("quieter", None, tok.start, toks[j - 1].end, tok.surface)
                    return [*toks[:k], quieter, *toks[j:]]
                break
    return toks


LOUDNESS = ("quieter", "louder")


def song_upload(toks: list[Tok]) -> list[Tok]:
    """ "change the song to my summer breeze upload": the upload named is the song, not a
    request to upload (before: the upload was asked for too)."""
    return [
        Tok("just", None, tok.start, tok.end, tok.surface)
        if tok.kind == "upload" and k > 0 and toks[k - 1].kind == "song" and tok.surface.isascii()
        else tok
        for k, tok in enumerate(toks)
    ]


def not_heard_for_it(toks: list[Tok]) -> list[Tok]:
    """ "music is way too loud, i cant hear the party clip", "cant hear the clip, the music is too
    loud": what is not heard, said in another clause than the music's loudness, is why (never a
    second request: the clip louder)."""
    for k, tok in enumerate(toks):
        if tok.kind != "louder" or "hear" not in tok.surface.lower():
            continue
        for n, said in enumerate(toks):
            loud = said.kind in LOUDNESS or "loud" in said.surface.lower()
            if n == k or not loud:
                continue
            apart = any(t.kind == "sep" for t in toks[min(n, k) : max(n, k)])
            clause = n - 1
            while clause >= 0 and toks[clause].kind != "sep":
                clause -= 1
            if apart and any(t.kind == "music" for t in toks[clause + 1 : n]):
                reason = Tok("reason", None, tok.start, tok.end, tok.surface)
                return [*toks[:k], reason, *toks[k + 1 :]]
    return toks


FADES = ("fade_in", "fade_out", "fade_inout")


def music_said_after_its_fades(toks: list[Tok]) -> list[Tok]:
    """ "fade in 2s fade out 3s on the music": the music named after both fades is what both
    fade, as when it is named before each ("music fade in 2 s and music fade out 4 s")."""
    start = 0
    for k in range(len(toks) + 1):
        if k < len(toks) and toks[k].kind not in ("sep", "then"):
            continue
        clause = toks[start:k]
        kinds = [t.kind for t in clause]
        fades = [n for n, kind in enumerate(kinds) if kind in FADES]
        music = [n for n, kind in enumerate(kinds) if kind == "music"]
        if len(fades) > 1 and len(music) == 1 and music[0] > fades[-1]:
            said = clause[music[0]]
            moved: list[Tok] = []
            for n, tok in enumerate(clause[: music[0]]):
                moved += [said, tok] if n in fades else [tok]  # each fade, the music's
            return [*toks[:start], *moved, *clause[music[0] + 1 :], *toks[k:]]
        start = k + 1
    return toks


STEP_UP = ("louder", "up", "more")
STEP_DOWN = ("quieter", "lower", "down", "less")
BY = re.compile(r"\bby\W*$")


CLAUSE = ("sep", "then", "and")


def percent_step(toks: list[Tok], orig: str) -> list[Tok]:
    """ "make the music 10% quieter", "turn the music up by 20 percent": a percentage said as a
    step is a change by that much (a factor), not the level to set ("down to 30%")."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        english = orig[: tok.start].isascii()  # zh says its steps its own way
        reading = _way if english else _zh_way
        way = reading(tok, nxt, out, orig) if tok.kind == "pct" else None
        if way is not None and 0 < float(tok.value) < 100:
            change = float(tok.value) / 100
            tok = Tok("pct_step", 1 + change if way else 1 - change, tok.start, tok.end, "")
        out.append(tok)
    return out


def _way(pct: Tok, nxt: Tok | None, before: list[Tok], orig: str) -> bool | None:
    """Up (True) or down (False) when the percentage is a step; None when it is a level."""
    prev = before[-1] if before else None
    if nxt is not None and nxt.kind in (*STEP_UP, *STEP_DOWN):
        return nxt.kind in STEP_UP  # "10% quieter"
    stepped = prev is not None and prev.kind in (*STEP_UP, *STEP_DOWN)
    if prev is not None and stepped and prev.surface.lower().endswith((" up", " down")):
        return prev.surface.lower().endswith("up")  # "turn it down 10%"
    if prev is not None and prev.kind in ("up", "down"):
        return prev.kind == "up"  # "volume down 10%"
    if BY.search(orig[: pct.start].lower()):
        steps = [t.kind for t in reversed(before) if t.kind in (*STEP_UP, *STEP_DOWN, *CLAUSE)]
        if steps and steps[0] not in CLAUSE:
            return steps[0] in STEP_UP  # "lower the music by 10%"
        if _volume_cut(before):
            return False  # "cut the music volume by 30%"
    return None


def _volume_cut(before: list[Tok]) -> bool:
    """ "cut" and then the volume, in the clause before the percentage."""
    clause: list[Tok] = []
    for tok in reversed(before):
        if tok.kind in CLAUSE:
            break
        clause.insert(0, tok)
    kinds = [t.kind for t in clause]
    return "cut" in kinds and "volume" in kinds[kinds.index("cut") :]


def _zh_way(pct: Tok, nxt: Tok | None, before: list[Tok], orig: str) -> bool | None:
    """ "音乐降低20%", "调大20%": a step of that much; "降低到20%", "调到20%": the level."""
    prev = before[-1] if before else None
    if prev is None or prev.kind not in (*STEP_UP, *STEP_DOWN, "bigger", "smaller"):
        return None
    said = orig[prev.start : pct.start]
    if any(word in said for word in ("到", "至", "成", "为")):
        return None
    return prev.kind in (*STEP_UP, "bigger")


# "no music during the clip": a stretch of the music, which no edit takes
DURING = re.compile(r"\b(during|over|on|from|under|behind|for|in)\b")


def music_at_one_photo(toks: list[Tok], orig: str) -> list[Tok]:
    """ "remove the music from the clip", "no music during the clip": the photo or clip names
    where the music should change, which no edit can do; it is never a photo to remove."""
    out: list[Tok] = []
    music: Tok | None = None
    steps = ("quieter", "louder", "lower", "less", "more", "up", "down")
    for k, tok in enumerate(toks):
        if tok.kind in CLAUSE:
            music = None
        if tok.kind == "music":
            music = tok
        clause = _clause_at(toks, k)
        if tok.kind == "photo" and music is not None and not any(t.kind in steps for t in clause):
            gap = orig[music.end : tok.start].lower()
            if DURING.search(gap) and orig[: tok.start].isascii():
                tok = Tok("unsupported", "music", tok.start, tok.end, orig[tok.start : tok.end])
        out.append(tok)
    return out


def _clause_at(toks: list[Tok], k: int) -> list[Tok]:
    """The tokens of the clause ``toks[k]`` is in ("the music drowns out the voices in the
    party clip" is about the volume: the clip is no stretch of the music there)."""
    start = max((n + 1 for n in range(k) if toks[n].kind in CLAUSE), default=0)
    end = next((n for n in range(k, len(toks)) if toks[n].kind in CLAUSE), len(toks))
    return toks[start:end]
