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
