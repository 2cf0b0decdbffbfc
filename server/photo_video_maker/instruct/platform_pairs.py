"""Two platforms said side by side name one place: "ins的reels", "instagram reels" is Reels,
"抖音的竖屏" aside. The second is the narrower one (a part of the first), so it is kept."""

from __future__ import annotations

from .entities import Tok


def narrower_platform(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for tok in toks:
        if tok.kind == "platform" and out and out[-1].kind == "platform":
            out[-1] = Tok(tok.kind, tok.value, out[-1].start, tok.end, tok.surface)
            continue
        out.append(tok)
    return out


def shape_said_first(toks: list[Tok]) -> list[Tok]:
    """ "make it square, i post on instagram and facebook": with the shape said, the places
    listed after the first are where it goes too, never a second shape (before, Facebook's 4:5
    replaced the square asked for)."""
    if not any(tok.kind == "aspect" for tok in toks):
        return toks
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        listed = k >= 2 and toks[k - 1].kind == "and" and toks[k - 2].kind == "platform"
        if tok.kind == "platform" and listed:
            out.pop()  # the "and" before it
            continue
        out.append(tok)
    return out
