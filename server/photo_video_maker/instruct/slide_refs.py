""" "the first slide", "the last slide", "slide 3": a slide counted or pointed at is one photo
of the slideshow, not the slide transition ("make the first slide longer" lengthened photo 1
and also put slides between every photo; "remove the last slide" did the same). A transition
counted ("remove the last transition") is one we cannot change alone: no photo is meant (it
removed the last photo and every transition)."""

from __future__ import annotations

import re

from .entities import Tok

SINGLE = ("slide",)  # "slides" is already the photos; "slide transition" stays the transition
POINTING = ("this", "that")  # "this slide is too long"


def slide_as_photo(toks: list[Tok]) -> list[Tok]:
    """A singular "slide" right after an ordinal or "this", or right before its number, is
    the word for one photo (kind "pic"), which the photo references then count (a number with
    a unit after it is the transition's length)."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        if tok.kind == "trans" and tok.surface.lower() in SINGLE:
            prev = toks[k - 1] if k > 0 else None
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            counted = prev is not None and prev.kind == "ord"
            pointed = prev is not None and prev.surface.lower() in POINTING
            numbered = nxt is not None and nxt.kind == "num" and _integer(nxt.value)
            unit = k + 2 < len(toks) and toks[k + 2].kind == "unit"  # "slide 2 seconds"
            numbered = numbered and not unit
            if counted or pointed or numbered:
                tok = Tok("pic", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def _integer(value: object) -> bool:
    return isinstance(value, int | float) and float(value).is_integer() and 0 < float(value) < 100


TRANSITIONS = ("trans", "transition")


FINAL = re.compile(r"\b(?:final|closing|very last)\s+$", re.IGNORECASE)


def final_transition(toks: list[Tok], orig: str) -> list[Tok]:
    """ "the final transition should be a fade to black": "final" (a filler alone, "the final
    video") before one transition is the last one, as "last" is."""
    out: list[Tok] = []
    for tok in toks:
        said = tok.kind in TRANSITIONS and tok.start > 0 and FINAL.search(orig[: tok.start])
        if said and not (out and out[-1].kind == "ord"):
            out.append(Tok("ord", -1, tok.start, tok.start, "final"))
        out.append(tok)
    return out


def one_transition(toks: list[Tok]) -> list[Tok]:
    """An ordinal right before one transition counts transitions: "the last transition", "the
    second crossfade", "第一个转场" is the transition into the photo after that many (a "pair"
    token, as "between photos 2 and 3" is; the last one is the one into the last photo).
    Before a plural ("first transitions longer, then ...") or a fade (the video's fade-out?) it
    counts nothing and is unread."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        counted = not (k > 0 and toks[k - 1].kind == "num")  # "a 4 second fade": a length
        # "第二个转场": counted with 个 (never "第二张的转场": into that photo or out of it?)
        zh_counted = tok.kind == "photo" and tok.surface.endswith("个")
        said = tok.kind == "ord" or zh_counted
        if said and counted and nxt is not None and nxt.kind in TRANSITIONS:
            out.append(_counted(tok, nxt))
        else:
            out.append(tok)
    return out


def _counted(tok: Tok, noun: Tok) -> Tok:
    n = tok.value
    word = noun.surface.lower()
    one = not word.endswith("s") and "fade" not in word.replace("crossfade", "")
    if one and isinstance(n, int) and (n == -1 or 1 <= n < 100):
        return Tok("pair", -1 if n == -1 else n + 1, tok.start, tok.end, "pair")
    return Tok("?", tok.surface, tok.start, tok.end, tok.surface)
