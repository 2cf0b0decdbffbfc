""" "each transition should take like 2 seconds", "make the transitions take 1 second", "double
how long the transitions take": "take" after what it is said of is how long that lasts, never
"take 2 seconds off" (before, the transitions were removed and the video cut by 2 seconds: a
silent wrong edit). "take 2 seconds off the dog pic" and "take 2 seconds" said first still take
that much off."""

from __future__ import annotations

import re

from .entities import Tok

TAKE = ("take", "takes", "taking", "took")
# what a "take" is said of: the transitions, a photo, every photo, the video
SUBJECTS: tuple[str, ...] = ("transition", "trans", "pic", "photo", "ord", "each", "video")
SUBJECTS += ("it", "slideshow", "clip", "length")
ENDS = ("sep", "then", "and")
OFF = re.compile(r"\s*(?:from|off|of|away)\b", re.IGNORECASE)


def time_taken(toks: list[Tok], orig: str) -> list[Tok]:
    """A "take" right after its subject, before a length or at the end of its clause, is
    dropped: the subject and the length are left, as if said "the transitions 2 seconds"."""
    for k in range(1, len(toks)):
        j = k - 1
        while j > 0 and toks[j].kind == "just":  # "the crossfades should only take 1 s"
            j -= 1
        tok, before = toks[k], toks[j]
        if tok.surface.lower() not in TAKE or before.kind not in SUBJECTS:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        ended = nxt is None or nxt.kind in ENDS
        timed = nxt is not None and nxt.kind == "dur" and not OFF.match(orig, max(nxt.end, 0))
        if ended or timed:
            return [*toks[:k], *toks[k + 1 :]]
    return toks
