"""English ways of choosing and refusing the sound (the music's kinds are in ``music_kinds``):
"no the chill one"
(a correction: that track instead, never no music); "no music, just the video sound" (what is
refused, then what stays); "i can hear the people talking in the video, get rid of that" (what
is heard is only named)."""

from __future__ import annotations

import re

from .entities import Tok
from .music_kinds import OCCASIONS, TRACK_NOUNS

SOUNDED = ("clip_sound", "music", "volume", "clip", "video")


def heard(toks: list[Tok]) -> list[Tok]:
    """ "i can hear the people talking in the video, get rid of that": hearing a sound names
    it, and what follows says what to do with it."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        said = tok.surface.lower()
        if tok.kind == "?" and said in ("hear", "hearing") and nxt and nxt.kind in SOUNDED:
            continue
        out.append(tok)
    return out


REFUSED = ("no", "remove", "off", "mute")
STAYS = ("clip_sound", "music")


def just_what_stays(toks: list[Tok]) -> list[Tok]:
    """ "no music at all please just the video sound": "just" after a refusal opens what
    stays, a clause of its own (the refusal is never of what stays)."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind == "just" and nxt is not None and nxt.kind in STAYS and out:
            clause = _clause_before(out)
            refused = any(t.kind in REFUSED for t in clause)
            named = any(t.kind in STAYS and t.kind != nxt.kind for t in clause)
            if refused and named and out[-1].kind not in ("sep", "then"):
                out.append(Tok("sep", None, tok.start, tok.start, ""))
        out.append(tok)
    return out


def _clause_before(toks: list[Tok]) -> list[Tok]:
    start = max((n + 1 for n, t in enumerate(toks) if t.kind in ("sep", "then")), default=0)
    return toks[start:]


ONE_AFTER = re.compile(r"^\W*(one|track|song|tune|music)\b")
THE_BEFORE = re.compile(r"^\W+the\W+$")
CHOSEN = ("mood", "builtin", "uploaded", "song")


def no_the_one(toks: list[Tok], orig: str) -> list[Tok]:
    """ "no the chill one", "no, the guitar track" after a change of music: "no" corrects which
    track, never refuses the music."""
    out = list(toks)
    for k in range(len(toks) - 1):
        tok, nxt = toks[k], toks[k + 1]
        first = k == 0 or toks[k - 1].kind in ("sep", "then")
        if tok.kind != "no" or not tok.surface.isascii() or not first or nxt.kind not in CHOSEN:
            continue
        the = THE_BEFORE.match(orig[tok.end : nxt.start].lower())
        if the and ONE_AFTER.match(orig[nxt.end :].lower()):
            out[k] = Tok("instead", None, tok.start, tok.end, tok.surface)
    return out


def occasion_music(toks: list[Tok], orig: str) -> list[Tok]:
    """ "birthday music", "a wedding song", "movie music", "a gym playlist": an occasion said
    right before a music noun is the mood of that track (alone it is only the story)."""
    toks = list(toks)
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        words = tok.surface.lower().split()
        mood = OCCASIONS.get(words[-1]) if words else None  # "a wedding" (a reason) song
        track = nxt is not None and nxt.surface.lower() in TRACK_NOUNS
        track = track and nxt is not None and orig[tok.end : nxt.start].strip(" -") == ""
        moody = bool(out) and out[-1].kind == "mood"  # "dramatic movie music": the mood is said
        if mood and track and not moody and tok.kind in ("?", "video", "reason") and nxt:
            out.append(Tok("mood", mood, tok.start, tok.end, tok.surface))
            if nxt.kind == "?":  # "a gym playlist": the music
                toks[k + 1] = Tok("music", None, nxt.start, nxt.end, nxt.surface)
            continue
        out.append(tok)
    return out


def en_audio(toks: list[Tok], orig: str) -> list[Tok]:
    return no_the_one(just_what_stays(heard(occasion_music(toks, orig))), orig)
