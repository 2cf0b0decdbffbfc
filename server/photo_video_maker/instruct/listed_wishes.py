"""Wishes listed without commas: "fades no music", "crossfades no title", "slides no zoom". A
transition named in the plural, then "no" and something else, are two wishes: that transition,
and none of the other thing (before, the "no" was read back onto the fades: the video's
fade-out went, and "fades no music" was read as no music fade)."""

from __future__ import annotations

from .entities import Tok

# what "no" may take away after a transition, as a wish of its own
OTHERS = (
    "music", "title", "caption", "closing", "textnoun", "motion", "filter_word", "look",
    "clip_sound", "volume", "date",
)  # fmt: skip


def listed_wishes(toks: list[Tok]) -> list[Tok]:
    """A clause break between the plural transition and the "no" after it."""
    out = list(toks)
    for k in range(len(toks) - 2, 0, -1):
        trans, no, other = toks[k - 1], toks[k], toks[k + 1]
        plural = trans.kind == "trans" and trans.surface.lower().endswith("s")
        if plural and no.kind == "no" and other.kind in OTHERS:
            out.insert(k, Tok("sep", None, trans.end, trans.end, ","))
    return out
