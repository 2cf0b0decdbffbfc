""" "a soft, romantic song", "a calm, relaxing track": two words of one mood with a comma
between them describe one thing. The comma made the first word a clause of its own, and a
mood alone sets the pace, so "use a soft, romantic song" also slowed the photos down."""

from __future__ import annotations

from .entities import Tok


def mood_lists(toks: list[Tok]) -> list[Tok]:
    """A mood word (or "slow", "fast"), a comma and a word of the same mood: the first and the
    comma go."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        nxt = toks[k + 2] if k + 2 < len(toks) else None
        if (
            nxt is not None
            and nxt.kind == "mood"
            and _mood(tok) == nxt.value
            and toks[k + 1].kind == "sep"
            and toks[k + 1].surface.strip() in (",", "，", "、")
        ):
            k += 2  # "soft, romantic": read as "romantic" alone
            continue
        out.append(tok)
        k += 1
    return out


# "a slow, gentle song": the plain word for a pace describes the song as a mood does
AS_MOOD = {("slower", "slow"): "calm", ("faster", "fast"): "upbeat"}


def _mood(tok: Tok) -> object:
    if tok.kind == "mood":
        return tok.value
    return AS_MOOD.get((tok.kind, tok.surface.lower()))
