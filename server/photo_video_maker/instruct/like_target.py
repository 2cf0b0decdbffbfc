""" "make the 2nd pic longer like 6 secs": "like" (or "about", "around") after "longer" says
the length wanted, as a comma does ("longer, like 6 secs"). "like" is a filler, so the words
read as "6 seconds longer" and photo 2 got 9 s. So after what the step is said of ("longer
transitions like 2 sec", "shorter photos pls like 2s")."""

from __future__ import annotations

import re

from .entities import Tok

STEPS = ("longer", "shorter", "faster", "slower", "louder", "quieter")
AMOUNTS = ("dur", "pct")
LIKE = re.compile(
    r"\s+(?:(?:pls|plz|please)\s+)?(?:like|about|around|roughly|maybe|say)\s+", re.IGNORECASE
)
# what the step is said of, between it and "like" ("longer transitions like 2 sec")
SAID_OF = ("transition", "trans", "pic", "photo", "photos", "video", "each", "clip")


def like_target(toks: list[Tok], text: str) -> list[Tok]:
    """A separator between a step and an amount that "like" joins."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        out.append(tok)
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        joined = nxt is not None and LIKE.fullmatch(text[tok.end : nxt.start]) is not None
        stepped = tok.kind in STEPS or (tok.kind in SAID_OF and k > 0 and toks[k - 1].kind in STEPS)
        if stepped and nxt is not None and nxt.kind in AMOUNTS and joined:
            out.append(Tok("sep", None, tok.end, tok.end, ","))
    return out
