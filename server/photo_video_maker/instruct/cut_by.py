"""A length taken off, said with "by": "cut the video by 5 seconds", "trim it by 5 secs" take
5 seconds off the video; they never make it 5 seconds long ("cut the video to 5 seconds" does).
"""

from __future__ import annotations

import re

from .entities import Tok

BY = re.compile(r"\bby\s*$")
OBJECTS = ("video", "it", "photo")  # "cut photo 3 by 1 second": that photo


def cut_by(toks: list[Tok], orig: str) -> list[Tok]:
    """ "cut <the video> by <dur>" -> "<the video> <dur> shorter"."""
    for k, tok in enumerate(toks):
        if tok.kind != "cut":
            continue
        j = k + 1
        while j < len(toks) and toks[j].kind in OBJECTS:
            j += 1
        if j < len(toks) and toks[j].kind == "dur" and BY.search(orig[: toks[j].start].lower()):
            dur = toks[j]
            shorter = Tok("shorter", None, dur.end, dur.end, "shorter")
            return [*toks[:k], *toks[k + 1 : j + 1], shorter, *cut_by(toks[j + 1 :], orig)]
    return toks
