""" "use my song not the piano one", "i want the song i uploaded not the built in one": a song
chosen, then "not" and the one playing now (a built-in track, by its title or as "the built in
one", "the default one") says what it replaces; it is no second request (before, the sentence
was not understood, or "one" was read as a photo to remove and asked about)."""

from __future__ import annotations

import re

from .entities import Tok

CHOSEN = ("uploaded", "mood", "builtin")
OLD = ("builtin", "mood")
# the built-in music said without its title
THE_OLD = re.compile(
    r"\s*(?:the\s+|that\s+)?(?:built[\s-]?in|default|stock|preset|standard|original|current)"
    r"(?:\s+(?:one|music|song|track|tune))?\b",
    re.IGNORECASE,
)
ONE = re.compile(r"\s*(?:one|song|track|music)\b", re.IGNORECASE)


def music_not_old(toks: list[Tok], orig: str) -> list[Tok]:
    """The "not ..." after a chosen song, dropped."""
    for k, tok in enumerate(toks[:-1]):
        if tok.kind in CHOSEN and toks[k + 1].kind == "music" and k + 2 < len(toks):
            k, tok = k + 1, toks[k + 1]  # "the upbeat song not the piano": past its noun
        elif tok.kind not in CHOSEN:
            continue
        if toks[k + 1].kind != "not" or toks[k + 1].end < 0:
            continue
        no = toks[k + 1]
        end = -1
        if k + 2 < len(toks) and toks[k + 2].kind in OLD:
            end = toks[k + 2].end
            one = ONE.match(orig, end)
            end = one.end() if one else end
        else:
            said = THE_OLD.match(orig, no.end)
            end = said.end() if said else -1
        if end < 0:
            continue
        rest = [t for t in toks[k + 2 :] if t.start >= end]
        return [*toks[: k + 1], *music_not_old(rest, orig)]
    return toks
