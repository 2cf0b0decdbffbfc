"""The order of the photos said in everyday English (after photo names are read):

- "switch the dog pic with the garden pic": "switch"/"swap" X with Y trades their places
  ("replace X with Y" still asks: swap them, or put Y there?);
- "can the 4th pic be the first one", "could photo 2 be number 4": one photo to become
  another's place, said with "be" (a word that is otherwise dropped);
- "dog pic goes first then the beach": a photo named after one put first comes next;
- "keep it under 20 seconds, say 18": the length said after a limit is the length meant.
"""

from __future__ import annotations

import re

from .en_order import VERBS
from .entities import Tok
from .take_time import time_taken

PLACES = ("photo", "ord")
# "switch"/"swap"/"trade" read as "change": with a photo on each side of "with" they swap
SWITCHING = ("switch", "swap", "swop", "trade", "exchange", "switch up", "flip")
# the words between a photo and the place it becomes: "can the 4th pic be the first one"
BECOMES = re.compile(
    r"^\s*(?:(?:can|could|should|would|will|must|needs\s+to|has\s+to|ought\s+to|to|please)\s+)?"
    r"(?:just\s+)?(?:be|become|becomes|turn\s+into|be\s+moved\s+to|go\s+to|move\s+to)\s+"
    r"(?:the\s+)?$"
)
# a length said after a limit: "under 15 secs, like 14", "under 20 seconds, say 18"
HEDGE = re.compile(
    r"^\s*[,;]?\s*(?:like|say|maybe|ideally|around|about|roughly|so|more\s+like|"
    r"preferably|probably|perhaps|i'd\s+say|id\s+say|let's\s+say|lets\s+say)\s*$"
)
CAP = ("under", "fits_in")
CLAUSE_ENDS = ("sep", "then", "and")


def order_said(toks: list[Tok], orig: str) -> list[Tok]:
    toks = least_of_video(toks)
    toks = time_taken(said_length(broken_off(toks), orig), orig)  # "should take 2 seconds"
    toks = clip_sound_why(taken_off(toks, orig), orig)
    toks = held_for(cut_short(plural_places(toks, orig), orig), orig)
    toks = placed_exactly(up_front(ord_put(middle_verbs(toks))))
    toks = one_then_place(toks, orig)  # "put the beach one second": a place, not 1 s
    return next_after_first(becomes(switched_with(place_said_first(toks)), orig))


def one_then_place(toks: list[Tok], orig: str) -> list[Tok]:
    """ "put the beach one second", "move the dog one third": after a photo's name, "one" is
    the photo ("the beach one"), so with a verb of moving before it the ordinal after it is
    the place it goes to (before, "one second" made the photo 1 s long: a silent wrong edit)."""
    out: list[Tok] = []
    moving = False
    for tok in toks:
        if tok.kind in CLAUSE_ENDS:
            moving = False
        moving = moving or tok.kind in MOVING
        prev = out[-1] if out else None
        named = prev is not None and prev.kind == "photo" and isinstance(prev.value, str)
        said = orig[tok.start : tok.end].lower() if tok.end > tok.start else ""
        one = moving and named and tok.kind == "dur" and said == "one second"
        if one and prev is not None and not orig[prev.end : tok.start].strip():
            at = tok.start + said.index("second")
            out.append(Tok("ord", 2, at, tok.end, "second"))
            continue
        out.append(tok)
    return out


def place_said_first(toks: list[Tok]) -> list[Tok]:
    """ "after the beach one i want the party clip", "right before the dog, the garden pic": a
    place said first, then the photo to put there ("i want" is dropped), is a move of that photo
    to the place (read as "move the party clip after the beach one")."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        leading = k == 0 or toks[k - 1].kind in ("sep", "then")
        if leading and tok.kind in ("after", "before") and k + 2 < len(toks):
            where = toks[k + 1]
            j = k + 2
            if toks[j].kind == "sep":
                j += 1
            if j < len(toks) and toks[j].kind in MOVING:
                j += 1
            what = toks[j] if j < len(toks) else None
            ends = j + 1 >= len(toks) or toks[j + 1].kind in CLAUSE_ENDS
            if where.kind == "photo" and what is not None and what.kind == "photo" and ends:
                verb = Tok("move", None, tok.start, tok.start, "")
                out += [verb, what, tok, where]
                k = j + 1
                continue
        out.append(tok)
        k += 1
    return out


MOVING = ("put", "move")
PLACE_AFTER = ("ord", "start", "end", "slot")


def middle_verbs(toks: list[Tok]) -> list[Tok]:
    """ "stick the party clip in the middle": an everyday verb of moving, a photo, the middle."""
    out = list(toks)
    for k in range(len(toks) - 2):
        verb, photo, pos = toks[k : k + 3]
        middle = pos.kind == "pos" and pos.value == "center"
        if verb.surface.lower() in VERBS and photo.kind in PLACES and middle:
            out[k] = Tok("move", None, verb.start, verb.end, verb.surface)
    return out


def ord_put(toks: list[Tok]) -> list[Tok]:
    """ "put the final photo first", "put the 3rd first": the first number said after the verb
    is the photo, the second its place."""
    out = list(toks)
    for k in range(len(toks) - 2):
        verb, said, place = toks[k : k + 3]
        if verb.kind in MOVING and said.kind == "ord" and place.kind in PLACE_AFTER:
            out[k + 1] = Tok("photo", said.value, said.start, said.end, said.surface)
    return out


def up_front(toks: list[Tok]) -> list[Tok]:
    """ "move the last one up front": "one" is the photo's, "up front" the start (not a step
    up and then the start)."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        stepped = tok.kind == "earlier" and tok.surface.lower() in ("one up", "up")
        if stepped and nxt is not None and nxt.kind == "start" and out and out[-1].kind in PLACES:
            out.append(Tok("to", None, tok.start, tok.end, ""))
            continue
        out.append(tok)
    return out


# "so it's after the city one", "so its first": where the moved photo ends up
SO_ITS = ("so its", "so it's", "so it is", "so that its", "so that it's", "so that it is")
STEPS = ("earlier", "later", "up", "down")
EXACT = re.compile(
    r"\s*[,;]?\s*(?:like|say|maybe|ideally|so|i\s+mean|as\s+in|preferably|to)?\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def placed_exactly(toks: list[Tok]) -> list[Tok]:
    """ "move the beach one so its after the city one": where it goes; "the dog photo needs to
    be earlier, like 2nd": the place said after a step is where it goes."""
    out = list(toks)
    for k in range(1, len(toks) - 1):
        prev, tok, nxt = toks[k - 1], toks[k], toks[k + 1]
        so_its = tok.kind == "reason" and tok.surface.lower() in SO_ITS
        if prev.kind in PLACES and so_its and nxt.kind in (*PLACE_AFTER, "after", "before"):
            out[k] = Tok("to", None, tok.start, tok.end, "")
        before = toks[k - 2].kind if k > 1 and prev.kind == "says" else prev.kind
        if before in PLACES and tok.kind in STEPS:
            n = k + 1
            while n < len(toks) and toks[n].kind in ("sep", "to"):
                n += 1
            if n < len(toks) and toks[n].kind in ("ord", "slot"):
                last = n + 1 == len(toks) or toks[n + 1].kind in CLAUSE_ENDS
                last = last or toks[n + 1].surface.lower() in ("place", "spot", "position")
                if last:
                    gone = range(k, n)
                    return [t for m, t in enumerate(out) if m not in gone]
    return out


# a length said whole: "4 full seconds", "a full minute", "two whole seconds"
WHOLE = ("full", "whole", "entire", "solid", "good")


def full_lengths(toks: list[Tok], orig: str) -> list[Tok]:
    """ "every photo gets 4 full seconds": the word between the number and its unit is
    dropped, so that the two make one length (before lengths are composed)."""
    out: list[Tok] = []
    skip = False
    for k, tok in enumerate(toks):
        if skip:
            skip = False
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        whole = tok.kind == "?" and str(tok.value).lower() in WHOLE
        if whole and nxt is not None and nxt.kind == "unit":
            before = orig[: tok.start].lower().split()
            if out and out[-1].kind == "num":
                continue  # "4 full seconds"
            if before and before[-1] in ("a", "an"):  # "a full minute": one minute
                out.append(Tok("dur", float(nxt.value), tok.start, nxt.end, ""))
                skip = True
                continue
        out.append(tok)
    return out


# what a length is taken off: the video ("cut 5 seconds from the video", "knock 3 seconds off")
WHOLE_VIDEO = ("video", "length", "it", "slideshow")
# a photo named by its length: "remove the 3 second one"
NAMED_BY_LENGTH = re.compile(
    r"\s*(?:long\s+)?(?:one|ones|photo|photos|pic|pics|clip|shot|image|video)\b", re.IGNORECASE
)
# what may sit between "remove"/"add" and a length said alone: "take off like 3 seconds"
PLAIN_AMOUNT = re.compile(
    r"^\s*(?:(?:off|on)\s+)?(?:(?:like|about|around|another|an\s+extra|an\s+additional|a\s+further|"
    r"additional|extra|maybe|just|roughly)\s+)*$",
    re.IGNORECASE,
)
OFF = re.compile(r"\s*(?:from|off\s+of|off|of)\b", re.IGNORECASE)


def _another(tok: Tok) -> bool:
    """ "another", "extra", "additional": more of a length said again."""
    return tok.kind in ("another", "more") or str(tok.value).lower() == "additional"


def taken_off(toks: list[Tok], orig: str) -> list[Tok]:
    """ "cut 5 seconds from the video", "trim 3 seconds off the total", "knock 3 seconds off":
    that much less, never a video of 5 seconds."""
    for k in range(len(toks) - 1):
        verb, dur = toks[k], toks[k + 1]
        if dur.kind == "off" and k + 2 < len(toks) and toks[k + 2].kind == "dur":
            return taken_off([*toks[: k + 1], *toks[k + 2 :]], orig)  # "trim off 3 seconds"
        if verb.kind not in ("cut", "remove", "less", "add"):
            continue
        if _another(dur) and k + 2 < len(toks) and toks[k + 2].kind == "dur":
            dur = toks[k + 2]  # "add another 5 seconds"
        if dur.kind != "dur" or dur.end < 0:
            continue
        after = toks.index(dur) + 1
        if after < len(toks) and toks[after].kind == "more":
            after += 1  # "remove 2 more seconds"
        # "cut 3 seconds", "remove 3 seconds", "lose 2 seconds" said alone are that much off
        # too (no photo is called "3 seconds"; a video of 3 s is said "cut it to 3");
        # "add 3 seconds" alone is that much more
        alone = after == len(toks) or toks[after].kind in CLAUSE_ENDS
        alone = alone and orig[verb.start : dur.start].isascii()
        alone = alone and " to " not in f" {orig[verb.start : dur.start].lower()} "
        alone = alone and bool(PLAIN_AMOUNT.match(orig[verb.end : dur.start]))  # not "give it"
        alone = alone and not NAMED_BY_LENGTH.match(orig, dur.end)  # "the 3 second one"
        alone = alone and not orig[: dur.start].lower().rstrip().endswith(" the")
        if verb.kind == "add":  # "add 3 seconds"; "give it 5 seconds" is a length of 5
            if alone and verb.surface.lower() in ("add", "add on", "tack on"):
                return [
                    *toks[:k],
                    verb,
                    dur,
                    Tok("video", None, dur.end, dur.end, ""),
                    *toks[after:],
                ]
            continue
        if after > k + 2:  # "remove another 2 seconds", "lose 2 more seconds"
            if not alone:
                continue
            less = Tok("less", None, verb.start, verb.end, verb.surface)
            whole = Tok("video", None, dur.end, dur.end, "")
            return [
                *toks[:k],
                less,
                dur,
                Tok("off", None, dur.end, dur.end, "off"),
                whole,
                *toks[after:],
            ]
        if not OFF.match(orig, dur.end) and not alone:
            continue
        rest = toks[k + 2 :]
        if rest and rest[0].kind == "off":
            rest = rest[1:]
        clause = []
        for tok in rest:
            if tok.kind in CLAUSE_ENDS:
                break
            clause.append(tok.kind)
        at = dur.end
        off = Tok("off", None, at, at, "off")
        # "the dog pic take 2 seconds off", "the forest one, knock a second off": the photo
        # said first is what it comes off ("knock", "shave" are the cut of a photo too)
        first = k - 2 if k == 2 and toks[1].kind == "sep" else k - 1
        said = toks[first] if first >= 0 else None
        cut = Tok("cut", None, verb.start, verb.end, verb.surface)
        if not clause and said is not None and said.kind in ("photo", "ord"):
            return [*toks[:first], cut, dur, off, said, *rest]
        if not clause or all(kind in WHOLE_VIDEO for kind in clause):
            less = Tok("less", None, verb.start, verb.end, verb.surface)
            named = any(kind != "it" for kind in clause)  # "drop 4 seconds from it"
            video = [] if named else [Tok("video", None, at, at, "")]
            return [*toks[:k], less, dur, off, *video, *rest]
        if clause and all(kind in ("transition", "each") for kind in clause):
            shorter = Tok("shorter", None, verb.start, verb.end, verb.surface)
            return [*toks[:k], shorter, *rest, dur]  # "cut 2 seconds off the transitions"
        if clause and all(
            kind in ("photo", "ord", "pic", "each", "photos", "clip") for kind in clause
        ):
            return [*toks[:k], cut, dur, off, *rest]  # "cut 2 seconds from the dog pic"
        return toks
    return toks


def switched_with(toks: list[Tok]) -> list[Tok]:
    """ "switch X with Y", "trade pic 2 with the last one": a swap; so is "switch them" said
    last ("dog and forest pics, switch them"), where nothing says what they switch to."""
    out = list(toks)
    for k, tok in enumerate(toks):
        if tok.kind != "change" or tok.surface.lower() not in SWITCHING:
            continue
        them = toks[k + 1] if k + 1 < len(toks) else None
        ends = k + 2 >= len(toks) or toks[k + 2].kind in CLAUSE_ENDS
        if them is not None and them.kind == "it" and them.surface in ("them", "em") and ends:
            out[k] = Tok("swap", None, tok.start, tok.end, tok.surface)
            continue
        # "switch the dog pic" and no more: a swap with which one is asked (as "swap the dog")
        alone = k == 0 or toks[k - 1].kind in CLAUSE_ENDS
        if alone and them is not None and them.kind in PLACES and ends and len(toks) <= k + 2:
            out[k] = Tok("swap", None, tok.start, tok.end, tok.surface)
            continue
        if k + 3 >= len(toks):
            continue
        a, w, b = toks[k + 1 : k + 4]
        if a.kind in PLACES and w.kind == "with" and b.kind in PLACES:
            out[k] = Tok("swap", None, tok.start, tok.end, tok.surface)
    return _numbers_with(out)


def _numbers_with(toks: list[Tok]) -> list[Tok]:
    """ "swap 4 with 5", "switch 2 with 3": two bare numbers on each side of "with" after a
    verb of switching are two photos, as "swap 4 and 5" (never 5 of something)."""
    out = list(toks)
    for k, tok in enumerate(toks[:-3]):
        switching = tok.kind == "swap" or (
            tok.kind == "change" and tok.surface.lower() in SWITCHING
        )
        a, w, b = toks[k + 1 : k + 4]
        ends = k + 4 >= len(toks) or toks[k + 4].kind in CLAUSE_ENDS
        if switching and a.kind == b.kind == "num" and w.kind == "with" and ends:
            out[k] = Tok("swap", None, tok.start, tok.end, tok.surface)
            out[k + 2] = Tok("and", None, w.start, w.end, w.surface)
    return out


def becomes(toks: list[Tok], orig: str) -> list[Tok]:
    """ "can the 4th pic be the first one": the photo is put in the other's place ("says"
    joins them, as "should be" does)."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        out.append(tok)
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind != "photo" or nxt is None or nxt.kind not in PLACES:
            continue
        if tok.end < 0 or nxt.start < tok.end:
            continue
        gap = orig[tok.end : nxt.start].lower()
        if BECOMES.match(gap):
            out.append(Tok("says", None, tok.end, tok.end, "be"))
    return out


def next_after_first(toks: list[Tok]) -> list[Tok]:
    """ "dog pic goes first then the beach": the beach comes second (and "..., then the
    city" third): each photo named alone after "then" takes the next place."""
    for k in range(len(toks) - 3):
        a, first = toks[k : k + 2]
        leading = k == 0 or toks[k - 1].kind in (*CLAUSE_ENDS, "put", "move")
        said_first = (first.kind == "ord" and first.value == 1) or first.kind == "start"
        if not leading or not ((a.kind == "photo" and said_first) or _starts(a, first)):
            continue
        out, place, n = toks[: k + 2], 2, k + 2
        while n + 1 < len(toks):
            m = n + 1 if toks[n].kind == "sep" else n
            if toks[m].kind != "then" or m + 1 >= len(toks) or toks[m + 1].kind != "photo":
                break
            photo = toks[m + 1]
            if m + 2 < len(toks) and toks[m + 2].kind not in ("then", "sep"):
                return toks  # "then the beach one 5 seconds": more is said of it
            out += [*toks[n : m + 2], Tok("ord", place, photo.end, photo.end, "")]
            place, n = place + 1, m + 2
        return out + toks[n:] if place > 2 else toks
    return toks


def _starts(said: Tok, photo: Tok) -> bool:
    """ "start with the forest pic"."""
    return said.kind == "start" and photo.kind == "photo"


def said_length(toks: list[Tok], orig: str) -> list[Tok]:
    """ "keep the video under 20 seconds, say 18": 18 seconds is the length asked for."""
    for k in range(len(toks) - 2):
        cap, dur = toks[k], toks[k + 1]
        if cap.kind not in CAP or dur.kind != "dur" or dur.end < 0:
            continue
        n = k + 2
        while n < len(toks) and toks[n].kind in ("sep", "says"):
            n += 1
        if n >= len(toks) or toks[n].kind != "num" or toks[n].start < dur.end:
            continue
        num = toks[n]
        if n + 1 < len(toks) and toks[n + 1].kind not in CLAUSE_ENDS:
            continue
        gap = orig[dur.end : num.start].lower()
        if not HEDGE.match(gap) or not 0 < float(num.value) * 1000 < float(dur.value):
            continue
        meant = Tok("dur", float(num.value) * 1000, num.start, num.end, "")
        length = Tok("length", None, cap.start, cap.end, cap.surface)
        return [*toks[:k], length, meant, *toks[n + 1 :]]
    return limit_then_length(toks, orig)


# "25 secs max, make it 25": the clause after a limit that says the length
THEN_SAID = re.compile(
    r"^\s*[,;.]+\s*(?:(?:so|ok|okay|actually|just|maybe|then)\s+)*"
    r"(?:(?:make|do|go\s+with|let's\s+do|lets\s+do|set|aim\s+for)\s+(?:it\s+)?)"
    r"(?:(?:like|around|about|exactly|say)\s+)?$",
    re.IGNORECASE,
)


def limit_then_length(toks: list[Tok], orig: str) -> list[Tok]:
    """ "the whole video needs to be 25 secs max, make it 25": the length said after the limit
    (within it) is the length asked for."""
    for k in range(len(toks) - 2):
        a, b = toks[k], toks[k + 1]
        if {a.kind, b.kind} != {"dur", "under"}:
            continue
        dur, last = (a, b) if a.kind == "dur" else (b, a)
        n = next((m for m in range(k + 2, len(toks)) if toks[m].kind == "num"), None)
        if n is None or (n + 1 < len(toks) and toks[n + 1].kind not in CLAUSE_ENDS):
            continue
        num = toks[n]
        if last.end < 0 or num.start < last.end or not THEN_SAID.match(orig[last.end : num.start]):
            continue
        if not 0 < float(num.value) * 1000 <= float(dur.value):
            continue
        meant = Tok("dur", float(num.value) * 1000, num.start, num.end, "")
        length = Tok("length", None, a.start, a.start, "")
        return [*toks[:k], length, meant, *toks[n + 1 :]]
    return toks


# a clip left out, and its sound disliked after: why, not a second request
CLIPS = (".mp4", ".mov", ".m4v", ".webm", ".avi", ".mkv")
REMOVING = ("remove", "cut", "no")
SOUNDS = ("sound", "audio", "noise", "noisy")
WHY = ("dislike", "reason", "unsupported", "louder", "too", "degree", "it", "?")


def clip_sound_why(toks: list[Tok], orig: str) -> list[Tok]:
    """ "cut the party clip, the sound is awful": the clip's sound is why it goes (the music
    is not what is disliked)."""
    for k in range(len(toks) - 3):
        verb, clip, sep = toks[k : k + 3]
        said = orig[clip.start : clip.end].lower() if clip.start >= 0 else ""
        is_clip = isinstance(clip.value, str) and clip.value.lower().endswith(CLIPS)
        is_clip = is_clip or any(w in said.split() for w in ("clip", "video"))
        if verb.kind not in REMOVING or clip.kind != "photo" or not is_clip or sep.kind != "sep":
            continue
        rest = toks[k + 3 :]
        stop = next((n for n, t in enumerate(rest) if t.kind in CLAUSE_ENDS), len(rest))
        clause = rest[:stop]
        heard = [t for t in clause if t.kind in ("volume", "music", "clip_sound")]
        if len(heard) != 1 or not any(
            w in orig[heard[0].start : heard[0].end].lower() for w in SOUNDS
        ):
            continue
        others = [t for t in clause if t is not heard[0]]
        if not others or any(t.kind not in WHY for t in others):
            continue
        if not any(t.kind in ("dislike", "reason", "unsupported", "louder") for t in others):
            continue
        why = Tok("reason", None, clause[0].start, clause[-1].end, "why")
        return [*toks[: k + 3], why, *rest[stop:]]
    return toks


# a verb alone, broken off and taken back: "can u swap.. actually just put the city pic last"
BARE_VERBS = ("swap", "move", "remove", "put", "change", "cut", "add", "sort", "reverse")


def broken_off(toks: list[Tok]) -> list[Tok]:
    """The request begun and dropped before "actually" / "wait" is no request."""
    n = 0
    while n < len(toks) and toks[n].kind in BARE_VERBS:
        n += 1
    if n == 0 or n + 1 >= len(toks):
        return toks
    k = n
    while k < len(toks) and toks[k].kind in ("sep", "no"):
        k += 1
    if k < len(toks) - 1 and toks[k].kind == "instead":
        return toks[k + 1 :]
    return toks


def cut_short(toks: list[Tok], orig: str) -> list[Tok]:
    """ "cut the city pic short": shorter, never left out; "..., like 1.5 secs": that long."""
    for k in range(len(toks) - 2):
        verb, photo, short = toks[k : k + 3]
        if verb.kind != "cut" or photo.kind not in PLACES or short.kind != "length":
            continue
        if short.surface.lower() != "short":
            continue
        n = k + 3
        while n < len(toks) and toks[n].kind == "sep":
            n += 1
        if n < len(toks) and toks[n].kind == "dur" and HEDGE.match(orig[short.end : toks[n].start]):
            return [*toks[:k], photo, toks[n], *toks[n + 1 :]]  # "..., like 1.5 secs"
        shorter = Tok("shorter", None, verb.start, short.end, "cut short")
        return [*toks[:k], shorter, photo, *toks[k + 3 :]]
    return toks


HOLDING = ("linger", "lingers", "dwell", "dwells", "stay", "stays", "hold", "sit", "rest")
FOR = re.compile(r".*\bfor\s+(?:about\s+|like\s+|around\s+|a\s+good\s+)?$", re.IGNORECASE)


def held_for(toks: list[Tok], orig: str) -> list[Tok]:
    """ "linger on the dog pic for 6 seconds": for that long, not 6 seconds more."""
    for k in range(len(toks) - 2):
        tok, photo, dur = toks[k : k + 3]
        if tok.kind != "longer" or tok.surface.lower() not in HOLDING or photo.kind not in PLACES:
            continue
        if dur.kind == "dur" and photo.end >= 0 and FOR.match(orig[photo.end : dur.start]):
            return [*toks[:k], photo, *toks[k + 2 :]]
    return toks


PLURAL_PLACES = re.compile(r"(?:the\s+)?(?:positions|places|spots)\s+of\s+", re.IGNORECASE)


def plural_places(toks: list[Tok], orig: str) -> list[Tok]:
    """ "switch positions of 1 and 4": the places of two photos, not place 1."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        found = (
            PLURAL_PLACES.match(orig, tok.start) if tok.kind == "slot" and tok.start >= 0 else None
        )
        paired = k + 2 < len(toks) and toks[k + 1].kind == "and"
        if found is not None and found.end() < tok.end and paired:
            out.append(Tok("position", None, tok.start, found.end(), "positions"))
            out.append(Tok("num", float(tok.value), found.end(), tok.end, str(tok.value)))
            continue
        out.append(tok)
    return out


PHOTO_WORDS = ("each", "pic", "photo", "ord", "photos", "clip")


def least_of_video(toks: list[Tok]) -> list[Tok]:
    """ "at least" is a floor of the whole video only right before its length, in a clause that
    names no photo ("each pic at least 4 seconds" is 4 seconds each; "at least make it
    vertical" asks for no length)."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        if tok.kind == "at_least":
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            start = max((n + 1 for n in range(k) if toks[n].kind in CLAUSE_ENDS), default=0)
            stop = next((n for n in range(k, len(toks)) if toks[n].kind in CLAUSE_ENDS), len(toks))
            named = any(t.kind in PHOTO_WORDS for t in toks[start:stop])
            if nxt is None or nxt.kind != "dur" or named:
                continue
        out.append(tok)
    return out
