""" "a glitch effect between each photo", "lens flare between the pics", "a vhs effect when the
photo changes", "flip transitions": a thing the tool cannot do, asked for between the photos,
is a transition there is none of; the person is told about the transitions there are, not
about colour looks, motion or the order ("flip" said of a transition reverses nothing)."""

from __future__ import annotations

import re

from .entities import Tok

BETWEEN = re.compile(
    r"^\W*((effect|effects|transition|transitions|thing|things)\W+)?"
    r"(in\W+between\b|between\b|when\W+(the\W+)?(photos?|pics?|pictures?|slides?|images?|it)\W+"
    r"(change|changes|switch|switches|switch\W+photos?|changes\W+photos?)\b"
    r"|(on|at|for|in)\W+(each|every|the)\W+(transition|transitions|cut|cuts)\b)"
)
FLIPS = ("flip", "flips", "flipping", "3d flip")


def between_unmade(toks: list[Tok], orig: str) -> list[Tok]:
    """Each unsupported word followed by "between" (and those right before it) becomes one
    about the transitions; so does a "flip" beside a transition."""
    out = list(toks)
    low = orig.lower()
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        after = low[tok.end :] if tok.start >= 0 else ""
        flip = tok.kind == "reverse" and tok.surface.lower() in FLIPS
        beside = nxt is not None and nxt.kind == "transition"
        unmade = tok.kind == "unsupported" and tok.start >= 0 and bool(BETWEEN.match(after))
        if not (unmade or (flip and (beside or BETWEEN.match(after)))):
            continue
        out[k] = Tok("unsupported", "transition", tok.start, tok.end, tok.surface)
        n = k - 1
        while n >= 0 and toks[n].kind == "unsupported":  # "a spinning cube between pics"
            out[n] = Tok("unsupported", "transition", toks[n].start, toks[n].end, toks[n].surface)
            n -= 1
    return out
