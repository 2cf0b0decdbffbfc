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

from .entities import Tok

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
    return said_length(next_after_first(becomes(switched_with(toks), orig)), orig)


def switched_with(toks: list[Tok]) -> list[Tok]:
    """ "switch X with Y", "trade pic 2 with the last one": a swap."""
    out = list(toks)
    for k, tok in enumerate(toks[:-3]):
        if tok.kind != "change" or tok.surface.lower() not in SWITCHING:
            continue
        a, w, b = toks[k + 1 : k + 4]
        if a.kind in PLACES and w.kind == "with" and b.kind in PLACES:
            out[k] = Tok("swap", None, tok.start, tok.end, tok.surface)
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
    return toks
