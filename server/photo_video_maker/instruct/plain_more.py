"""Comparatives said with "more" and a plain word, as people learning English say them:
"make more short the video" (shorter, never "more length"), "put the music more down",
"the music is more low" (lower); "the video is to long" (too long); and "the music is very
much loud", which is a complaint ("too loud"), never a step up.
"""

from __future__ import annotations

import re

from .entities import Tok

# "more" + the word -> the comparative it says
MORE_PLAIN = {"short": "shorter", "down": "lower", "low": "lower"}
# "is to long": "to" typed for "too" right after these words, before a length
TOO_TYPED = re.compile(r"\b(is|are|its|it's|way|bit|kinda|so|much|just|far)\s+$")
TOO_LENGTH = {"long": "shorter", "short": "longer"}
FLIPPED = ("louder", "quieter", "longer", "shorter", "faster", "slower", "bigger", "smaller")


def more_plain(toks: list[Tok], orig: str) -> list[Tok]:
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        said = tok.surface or str(tok.value)
        if (  # "the video is to long": the complaint "too long"
            prev is not None
            and prev.kind == "to"
            and prev.surface == "to"
            and tok.kind == "length"
            and said in TOO_LENGTH
            and TOO_TYPED.search(orig[: prev.start].lower())
        ):
            out[-1] = Tok(TOO_LENGTH[said], None, prev.start, tok.end, f"too {said}")
            continue
        if prev is not None and prev.kind == "more" and prev.surface == "more":
            kind = MORE_PLAIN.get(said) if tok.kind in ("length", "down", "?") else None
            if kind is not None:
                out[-1] = Tok(kind, None, prev.start, tok.end, f"more {said}")
                continue
        if (  # "is very much loud": "much" says how wrong it is, as "too" does
            len(out) > 1
            and out[-2].kind == "too"
            and prev is not None
            and prev.kind == "degree"
            and prev.surface == "much"
            and tok.kind in FLIPPED
        ):
            out.pop()
        out.append(tok)
    return out
