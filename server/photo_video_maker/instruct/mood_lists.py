""" "a soft, romantic song", "a calm, relaxing track": two words of one mood with a comma
between them describe one thing. The comma made the first word a clause of its own, and a
mood alone sets the pace, so "use a soft, romantic song" also slowed the photos down."""

from __future__ import annotations

from .entities import Tok


def mood_lists(toks: list[Tok]) -> list[Tok]:
    """A mood word, a comma and a word of the same mood: the first and the comma go."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        nxt = toks[k + 2] if k + 2 < len(toks) else None
        if (
            tok.kind == "mood"
            and nxt is not None
            and nxt.kind == "mood"
            and nxt.value == tok.value
            and toks[k + 1].kind == "sep"
            and toks[k + 1].surface.strip() in (",", "，", "、")
        ):
            k += 2  # "soft, romantic": read as "romantic" alone
            continue
        out.append(tok)
        k += 1
    return out
