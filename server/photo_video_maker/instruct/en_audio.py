"""English ways of choosing and refusing the sound (the music's kinds are in ``music_kinds``):
"no the chill one"
(a correction: that track instead, never no music); "no music, just the video sound" (what is
refused, then what stays); "i can hear the people talking in the video, get rid of that" (what
is heard is only named)."""

from __future__ import annotations

import re

from .entities import Tok
from .music_kinds import OCCASIONS, TRACK_NOUNS
from .refs import VIDEO_FILES

SOUNDED = ("clip_sound", "music", "volume", "clip", "video")


WANTED = re.compile(r"\b(want|wanna|wanted|like|love|need)( to)?\W*$")
PEOPLE = ("people", "everyone", "everybody", "kids", "guests", "friends", "voices")


def heard(toks: list[Tok], orig: str) -> list[Tok]:
    """ "i can hear the people talking in the video, get rid of that": hearing a sound names
    it, and what follows says what to do with it; "i want to hear the people in the clip"
    keeps the clip's sound."""
    toks = _people_in_the_clip(toks, orig)
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        said = tok.surface.lower()
        if tok.kind == "?" and said in ("hear", "hearing") and nxt and nxt.kind in SOUNDED:
            if nxt.kind == "clip_sound" and WANTED.search(orig[: tok.start].lower()):
                out.append(Tok("keep", None, tok.start, tok.end, tok.surface))
            continue
        out.append(tok)
    return out


def _people_in_the_clip(toks: list[Tok], orig: str) -> list[Tok]:
    """ "the people in the clip" (heard): the clip's own sound."""
    for k, tok in enumerate(toks[:-2]):
        inside = toks[k + 1].kind == "in" and _a_clip(toks[k + 2])
        who = re.sub(r"^(the|my|our|all the) ", "", tok.surface.lower())
        heard = k > 0 and toks[k - 1].surface.lower().endswith(("hear", "hearing"))
        if tok.kind in ("?", "reason") and who in PEOPLE and inside and heard:
            sound = Tok("clip_sound", None, tok.start, toks[k + 2].end, "")
            return [*toks[:k], sound, *toks[k + 3 :]]
    return toks


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


MUSIC_NOUNS = ("music", "uploaded", "song", "builtin", "one_song")
INSTRUMENTS = (
    "piano", "guitar", "acoustic guitar", "violin", "violins", "cello", "strings", "orchestra",
    "ukulele", "uke", "banjo", "strumming",
)  # fmt: skip


def refused_kind(toks: list[Tok]) -> list[Tok]:
    """ "no sad piano", "no upbeat music": a kind of music refused is a dislike of that kind
    (which music instead?), never no music at all ("no music" is)."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        first = not out or out[-1].kind in ("sep", "then")
        english = tok.surface.isascii()
        if tok.kind == "no" and english and first and nxt is not None and nxt.kind == "mood":
            music = Tok("music", None, nxt.start, nxt.end, nxt.surface)
            out += [music, Tok("dislike", None, tok.start, tok.end, tok.surface)]
            k += 3 if k + 2 < len(toks) and toks[k + 2].kind == "music" else 2
            continue
        out.append(tok)
        k += 1
    return out


def instrument_is_music(toks: list[Tok]) -> list[Tok]:
    """ "play something with violins", "the ukulele one": an instrument is the music's (never
    the look of the video), in a sentence that names no music otherwise."""
    if any(t.kind in MUSIC_NOUNS for t in toks):
        return toks
    for k, tok in enumerate(toks):
        if tok.kind == "mood" and tok.surface.lower() in INSTRUMENTS:
            return [*toks[:k], Tok("music", None, tok.start, tok.start, ""), *toks[k:]]
    return toks


# "the upbeat one", "that calm one", "this chill one": a mood said of "one" with an article
THE_MOOD = re.compile(r"\b(?:the|that|this)\W+(?:(?:more|most|really|very)\W+)?$")
ONE = re.compile(r"^\W*(one)\b")


def mood_of_one(toks: list[Tok], orig: str) -> list[Tok]:
    """ "use the upbeat one", "the calm one pls": a mood said of "the ... one" names one of the
    tracks (the only things told apart by a mood), never a livelier or calmer video too."""
    if any(t.kind in MUSIC_NOUNS for t in toks):
        return toks
    for k, tok in enumerate(toks):
        if tok.kind not in ("mood", "livelier", "calmer") or not tok.surface.isascii():
            continue
        if not THE_MOOD.search(orig[: tok.start].lower()):
            continue
        value = tok.value if tok.kind == "mood" else MOOD_OF[tok.kind]
        said = orig[tok.start : tok.end]
        if said.lower().endswith(" one"):  # "the happy one", a phrase of the lexicon
            start, end = tok.end - 3, tok.end
            mood = Tok("mood", value, tok.start, start - 1, said[:-4])
        else:
            one = ONE.match(orig[tok.end :].lower())
            if one is None:
                continue
            start, end = tok.end + one.start(1), tok.end + one.end(1)
            if any(t.start < end and t.end > start for t in toks):
                continue  # "one" read as something else
            mood = Tok("mood", value, tok.start, tok.end, tok.surface)
        music = Tok("music", None, start, end, orig[start:end])
        return [*toks[:k], mood, music, *toks[k + 1 :]]
    return toks


MOOD_OF = {"livelier": "upbeat", "calmer": "calm"}


def builtin_music(toks: list[Tok], orig: str) -> list[Tok]:
    """ "remove the piano music": a built-in track said with the music noun is one subject."""
    out: list[Tok] = []
    for tok in toks:
        last = out[-1] if out else None
        joined = last is not None and orig[last.end : tok.start].strip() == ""
        named = tok.kind == "music" and tok.surface.lower() in TRACK_NOUNS
        if named and last is not None and last.kind == "builtin" and joined:
            out[-1] = Tok("builtin", last.value, last.start, tok.end, last.surface)
            continue
        out.append(tok)
    return out


VOICES = re.compile(r"\b(voices?|talking|speech|chatter|sound|audio)\b")


def kept_voices(toks: list[Tok], orig: str) -> list[Tok]:
    """ "keep the voices in the party clip": the voices kept are the clip's own sound."""
    out = list(toks)
    for k, tok in enumerate(toks[:-1]):
        j = k + 2 if toks[k + 1].kind == "in" and k + 2 < len(toks) else k + 1
        if tok.kind != "keep" or not _a_clip(toks[j]):
            continue
        if VOICES.search(orig[tok.end : toks[k + 1].start].lower()):
            sound = Tok("clip_sound", None, toks[k + 1].start, toks[j].end, "")
            return [*out[: k + 1], sound, *out[j + 1 :]]
    return out


def _a_clip(tok: Tok) -> bool:
    if tok.kind in ("clip", "video"):
        return True
    named = isinstance(tok.value, str) and tok.value.lower().endswith(VIDEO_FILES)
    return tok.kind == "photo" and (named or tok.surface in ("clip", "video"))


LIFTS = ("bring", "take", "move", "pull", "get", "put")
DROPS = ("drop", "knock", "cut")


def music_brought_down(toks: list[Tok]) -> list[Tok]:
    """ "bring the music down", "take the song volume up a bit": the verb only carries "down"
    or "up" (the music's volume), it moves and removes nothing."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        rest = toks[k + 1 : k + 4]
        heard = [t.kind for t in rest]
        said = tok.surface.lower() in LIFTS and heard[:1] == ["music"]
        if said and ("up" in heard or "down" in heard) and "off" not in heard:
            nxt = heard[1:2] if heard[1:2] != ["volume"] else heard[2:3]
            if nxt and nxt[0] in ("up", "down"):
                continue
        # "bring the volume of the music down a notch": the volume named first
        lifted = tok.surface.lower() in LIFTS and heard[:2] == ["volume", "music"]
        if lifted and heard[2:3] in (["up"], ["down"]):
            continue
        # "drop the music to 30%", "drop the song volume to 20": lowered, not removed
        dropped = tok.kind == "remove" and tok.surface.lower() in DROPS and heard[:1] == ["music"]
        level = heard[1:] if heard[1:2] != ["volume"] else heard[2:]
        valued = any(t.kind in ("pct", "num") for t in toks[k + 1 : k + 6])
        if dropped and level[:1] in (["to"], ["down"]) and valued:
            out.append(Tok("lower", None, tok.start, tok.end, tok.surface))
            continue
        out.append(tok)
    return out


FOR = re.compile(r"^\W*for\b")


def music_for_an_occasion(toks: list[Tok], orig: str) -> list[Tok]:
    """ "music for a funeral", "a song for my daughter's wedding": the occasion said of the
    music is its mood."""
    for k, tok in enumerate(toks):
        if tok.kind != "music" or k + 1 >= len(toks) or not FOR.match(orig[tok.end :].lower()):
            continue
        if any(t.kind in ("mood", "builtin", "uploaded") for t in _clause_of(toks, k)):
            return toks  # "happy music for my daughter's birthday": the mood is said
        for j in range(k + 1, len(toks)):
            said = toks[j]
            if said.kind not in ("reason", "?"):
                break
            words = said.surface.lower().split()
            mood = OCCASIONS.get(words[-1]) if words else None
            if mood:  # "my daughter's" (a reason) is the occasion's
                occasion = Tok("mood", mood, toks[k + 1].start, said.end, said.surface)
                return [*toks[: k + 1], occasion, *toks[j + 1 :]]
    return toks


def _clause_of(toks: list[Tok], k: int) -> list[Tok]:
    start = max((n + 1 for n in range(k) if toks[n].kind in ("sep", "then")), default=0)
    end = next((n for n in range(k, len(toks)) if toks[n].kind in ("sep", "then")), len(toks))
    return toks[start:end]


STARTS = ("starts", "start", "begins", "begin", "comes in", "kicks in")
# "drowning out the talking", "overpowering the voices": too loud, over the clip's sound
DROWNS = ("drown", "overpower", "covers", "buries", "burying", "covering")


def loud_at_first(toks: list[Tok]) -> list[Tok]:
    """ "the music starts way too loud": the music coming in too loud wants a fade-in (as "the
    song kicks in too loud" does); "drowning out the talking": the talking is only what is
    drowned (the music is too loud)."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        rest = toks[k + 1 : k + 3]
        loud = [t for t in rest if t.kind == "quieter" and "loud" in t.surface.lower()]
        said = tok.kind in ("start", "?") and tok.surface.lower() in STARTS
        if said and out and out[-1].kind == "music" and loud:
            end = toks.index(loud[0])
            if all(t.kind == "degree" for t in toks[k + 1 : end]):
                out.append(Tok("abrupt_start", None, tok.start, loud[0].end, tok.surface))
                k = end + 1
                continue
        drowned = [t.kind for t in rest[:1]] == ["clip_sound"]
        drowns = any(w in tok.surface.lower() for w in DROWNS)
        if tok.kind == "quieter" and drowns and drowned:
            out.append(tok)
            k += 2
            continue
        out.append(tok)
        k += 1
    return out


def en_audio(toks: list[Tok], orig: str) -> list[Tok]:
    toks = loud_at_first(toks)
    toks = music_for_an_occasion(kept_voices(music_brought_down(toks), orig), orig)
    toks = no_the_one(just_what_stays(heard(occasion_music(toks, orig), orig)), orig)
    toks = mood_of_one(toks, orig)  # "use the upbeat one": a track, not a livelier video
    return instrument_is_music(refused_kind(builtin_music(toks, orig)))
