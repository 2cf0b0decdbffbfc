"""Which way a slide, push or wipe goes, said apart from it in English: "push transitions to the
right", "use a slide from the right", "wipe from left to right", "slides coming in from the top".
A photo that comes in from the right moves to the left: "from" names where it starts, "to"
where it goes."""

from __future__ import annotations

import re

from .entities import Tok

MOVING = ("slide", "push", "wipe")
SLIDES = ("slide", "slides", "a slide", "sliding")
SIDES = r"(left|right|top|bottom|up|down|above|below)"
# "from left to right", and "going right to left" or "slide right to left" with no "from"
FROM_TO = re.compile(
    r"(\b(from|going|moving|heading|coming|goes|moves)\W+|^\W*)(the\W+)?"
    rf"{SIDES}\W+(side\W+)?(to|towards)\W+(the\W+)?(?P<to>{SIDES})\b"
)
# "sliding up", "wipe downwards": the way itself ("slides up to a second": no way)
NEXT = re.compile(rf"^\W*{SIDES}(wards?)?\b(?!\W+to\b)")
TO = re.compile(  # "wipe going left": towards the left, as "to the left"
    rf"\b(to|towards|toward|into|going|moving|heading|go|goes|move|moves)\W+(the\W+)?{SIDES}\b"
    r"|\b(leftwards?|rightwards?|upwards?|downwards?)\b"
)
FROM = re.compile(rf"\b(from|in\W+from|off)\W+(the\W+)?{SIDES}\b")
GOES = {"left": "left", "right": "right", "top": "up", "up": "up", "bottom": "down", "down": "down"}
GOES |= {"above": "up", "below": "down"}
AWAY = {"left": "right", "right": "left", "top": "down", "up": "down", "bottom": "up", "down": "up"}
AWAY |= {"above": "down", "below": "up"}
# "top to bottom wipe", "left-to-right slides": the way said before the transition
BEFORE = re.compile(rf"\b{SIDES}\W+(side\W+)?(to|towards)\W+(the\W+)?(?P<to>{SIDES})\W*$")
# a text or a photo moved to a side is no transition ("push the title to the top")
OTHERS = ("title", "caption", "closing", "textnoun", "photo", "ord", "move")
CLAUSE = ("sep", "then", "and")


def slide_ways(toks: list[Tok], orig: str) -> list[Tok]:
    """A slide, push or wipe (or "a slide" with a side, which is the transition) takes the way
    said after it in its clause."""
    for k, tok in enumerate(toks):
        family = _family(tok)
        if family is None:
            continue
        end = next((n for n in range(k + 1, len(toks)) if toks[n].kind in CLAUSE), len(toks))
        if any(t.kind in OTHERS for t in toks[k + 1 : end]):
            continue
        stop = toks[end].start if end < len(toks) else len(orig)
        way = _way(orig[tok.end : stop].lower())
        if way is not None:  # "from the top" said the way: no place of a text
            rest = [t for t in toks[k + 1 : end] if t.kind != "pos" and not _said_way(t)]
            moving = Tok("trans", family + way, tok.start, tok.end, tok.surface)
            return [*toks[:k], moving, *rest, *slide_ways(toks[end:], orig)]
        first = next((n + 1 for n in range(k - 1, -1, -1) if toks[n].kind in CLAUSE), 0)
        if any(t.kind in OTHERS for t in toks[first:k]):
            continue
        begun = toks[first - 1].end if first > 0 else 0
        said = BEFORE.search(orig[begun : tok.start].lower())
        if said is not None:  # "top to bottom wipe"
            ahead = [t for t in toks[first:k] if t.kind != "pos" and not _said_way(t)]
            moving = Tok("trans", family + GOES[said.group("to")], tok.start, tok.end, tok.surface)
            return [*toks[:first], *ahead, moving, *slide_ways(toks[k + 1 :], orig)]
    return toks


def _family(tok: Tok) -> str | None:
    if tok.kind == "trans":
        return next((f for f in MOVING if str(tok.value).startswith(f)), None)
    if tok.kind in ("pic", "each") and tok.surface.lower() in SLIDES:
        return "slide"  # "use a slide from the right": a slide with a side is the transition
    return None


def _said_way(tok: Tok) -> bool:
    """A word the lexicon does not know that only says the way ("downwards")."""
    return tok.kind == "?" and re.fullmatch(rf"{SIDES}wards?", tok.surface.lower()) is not None


def _way(after: str) -> str | None:
    if m := FROM_TO.search(after):
        return GOES[m.group("to")]
    if m := NEXT.search(after):
        return GOES[m.group(1)]
    if m := TO.search(after):
        return GOES[m.group(3) or m.group(4).removesuffix("s").removesuffix("ward")]
    if m := FROM.search(after):
        return AWAY[m.group(3)]
    return None
