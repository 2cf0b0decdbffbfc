"""An amount said after the way it should go: "the fade at the end should be shorter, half a
sec", "transitions longer, like 2 seconds". The length after the comma is how long the thing
just named should be; it is no second request (a photo or a video of half a second)."""

from __future__ import annotations

import re

from .entities import Tok

WAYS = ("shorter", "longer", "faster", "slower")
HEDGES = (
    r"(?:(?:like|say|maybe|about|around|roughly|so|more\s+like|just|"
    r"approx|approximately|ideally|perhaps|probably)\s+)*$"
)
# what may sit between the comparative and the amount: "shorter, half a sec", "longer - like 3"
BETWEEN = re.compile(r"^\s*[,;:\-–—]+\s*" + HEDGES, re.IGNORECASE)
ENDS = ("sep", "then", "and")


# "make it shorter - 10 secs": a dash with a space after it, between the way and the amount,
# sets the amount off as a comma does ("-10 secs" typed close may be a minus: left as said)
DASH = re.compile(r"^\s*[\-–—]+\s+" + HEDGES, re.IGNORECASE)


def _dashed(toks: list[Tok], orig: str) -> list[Tok]:
    """A dash between a comparative and the amount after it, as the comma it stands for."""
    for j in range(len(toks) - 1):
        way, dur = toks[j], toks[j + 1]
        if way.kind not in WAYS or dur.kind != "dur" or way.end < 0 or dur.start < 0:
            continue
        between = orig[way.end : dur.start]
        if DASH.match(between):
            at = way.end + len(between) - len(between.lstrip())  # the dash itself
            return [*toks[: j + 1], Tok("sep", None, at, at + 1, "-"), *toks[j + 1 :]]
    return toks


def amount_after(toks: list[Tok], orig: str) -> list[Tok]:
    toks = _dashed(toks, orig)
    for j in range(1, len(toks) - 1):
        sep, dur = toks[j], toks[j + 1]
        if sep.kind != "sep" or dur.kind != "dur" or dur.start < 0:
            continue
        each = j + 2 < len(toks) and toks[j + 2].kind == "each"
        ended = j + 3 >= len(toks) or toks[j + 3].kind in ENDS
        if each and ended and _transitions(toks[:j]) and BETWEEN.match(orig[sep.start : dur.start]):
            # "crossfade transitions between all photos, 1 second each": each transition's
            return [*toks[:j], dur, *toks[j + 3 :]]
        if j + 2 < len(toks) and toks[j + 2].kind not in ENDS:
            continue  # "shorter, 2 seconds per photo": a clause of its own
        if not BETWEEN.match(orig[sep.start : dur.start]):
            continue
        start = max((n + 1 for n in range(j) if toks[n].kind in ENDS), default=0)
        clause = toks[start:j]
        ways = [t for t in clause if t.kind in WAYS]
        if any(t.kind == "dur" for t in clause):
            continue
        kinds = {t.kind for t in clause}
        # "fade from black, 3 sec": from black is the video's own start too
        if not ways and kinds & FADES and (kinds & ENDS_OF_VIDEO or "from_black" in kinds):
            # "the fade at the start too, 1 sec": the length of that fade
            return [*toks[:j], *toks[j + 1 :]]
        if len(ways) != 1:
            continue
        if not any(t.kind not in (*WAYS, *LOOSE, "put") for t in clause):
            # "make it shorter, like 12 seconds": nothing named, so the way says which length
            # the amount is (the video's or each photo's): it is kept as a "toward"
            toward = Tok("toward", ways[0].kind, ways[0].start, ways[0].end, ways[0].surface)
            return [toward if t is ways[0] else t for t in toks[:j]] + toks[j + 1 :]
        # the amount is the length meant; the way only agrees with it
        return [t for t in toks[:j] if t is not ways[0]] + toks[j + 1 :]
    return toks


def _transitions(before: list[Tok]) -> bool:
    """The clause before names the transitions ("slides" alone may be the photos)."""
    start = max((n + 1 for n, t in enumerate(before) if t.kind in ENDS), default=0)
    clause = before[start:]
    named = any(t.kind == "transition" for t in clause)
    named = named or any(t.kind == "trans" and _not_photos(t.surface.lower()) for t in clause)
    # "no transitions, 2 seconds each": transitions refused have no length; it is each photo's
    refused = any(t.kind in ("no", "not", "remove", "off") or t.value == "none" for t in clause)
    return named and not refused and not any(t.kind == "dur" for t in clause)


def _not_photos(said: str) -> bool:
    """ "slides" may be the photos; "slide transitions" may not."""
    return not said.startswith("slide") or "transition" in said


# a fade of the video's own start or end: "the fade at the start", "fade in at the beginning"
FADES = {"trans", "fade_in", "fade_out", "from_black"}
ENDS_OF_VIDEO = {"start", "end"}
# words that name nothing to be changed
LOOSE = ("says", "it", "make", "change", "degree", "than")

# the way and the amount both said of a fade: the amount is the length meant
AMOUNT_TEMPLATES = """
video_fade_out: ~ longer|shorter|slower|faster fade_out video end? dur?
music_fade_out: ~ degree? longer|shorter|slower|faster trans=crossfade music out? end? dur
video_fade_out: ~ trans=crossfade end video? dur
video_fade_in: ~ trans=crossfade start video? dur
"""


SAID_OF = ("put", "make", "change", "set")
# what a fade may be said of before "it": "the fade out of the video", "the music fade in"
OF_WHAT = {"to", "video", "music"}


def fade_then_it(toks: list[Tok]) -> list[Tok]:
    """ "the fade out at the end, make it shorter", "the fade at the end, shorter pls", "the
    fade in, make it 2 seconds": "it" (or nothing) is the fade just named, never the photos
    (read as the fade alone and "shorter" of every photo), and the amount is that fade's."""
    for j in range(1, len(toks) - 1):
        if toks[j].kind != "sep":
            continue
        head = toks[:j]
        kinds = {t.kind for t in head}
        named = (kinds & FADES and kinds & ENDS_OF_VIDEO) or kinds & {"fade_in", "fade_out"}
        if not named or kinds - FADES - ENDS_OF_VIDEO - OF_WHAT:
            continue
        n = j + 1
        while n < len(toks) and toks[n].kind in SAID_OF:
            n += 1
        if n < len(toks) and toks[n].kind == "it" and n + 1 < len(toks):
            return [*head, *toks[n + 1 :]]
        if n == j + 1 and toks[n].kind in WAYS:  # "the fade at the end, shorter pls"
            return [*head, *toks[n:]]
    return toks
