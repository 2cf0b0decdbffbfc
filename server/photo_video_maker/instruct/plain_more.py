"""Comparatives said with "more" and a plain word, as people learning English say them:
"make more short the video" (shorter, never "more length"), "more slow please" (slower, never
louder music too), "put the music more down",
"the music is more low" (lower); "to" typed for "too" ("the video is to long", "the zoom is
to strong", "to much zoom"); and "the music is very
much loud", which is a complaint ("too loud"), never a step up.
"""

from __future__ import annotations

import re

from .entities import Tok, table

# "more" + the word -> the comparative it says
MORE_PLAIN = {"short": "shorter", "down": "lower", "low": "lower"}
# "is to long": "to" typed for "too" right after these words
TOO_TYPED = re.compile(r"\b(is|are|its|it's|way|bit|kinda|so|much|just|far)\s+$")
# what "too" turns round ("too strong" asks for less)
FLIP_KINDS = (
    "longer", "shorter", "faster", "slower", "louder", "quieter", "bigger", "smaller", "more",
    "less", "softer", "sharper",
)  # fmt: skip
FLIPPED = ("louder", "quieter", "longer", "shorter", "faster", "slower", "bigger", "smaller")
# plain words a step is said with after "more": "more slow" is slower, never more of anything
PLAIN_STEPS = ("slow", "fast", "quick", "big", "small", "long", "loud", "quiet", "large")


def more_plain(toks: list[Tok], orig: str) -> list[Tok]:
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        said = tok.surface or str(tok.value)
        if prev is not None and prev.kind == "to" and prev.surface == "to" and _too(orig, prev):
            phrase = table().get(f"too {said}")
            if phrase is not None:  # "the video is to long", "the music is to soft"
                out[-1] = Tok(*phrase, prev.start, tok.end, f"too {said}")
                continue
            if tok.kind in FLIP_KINDS:  # "the zoom is to strong": "too", then what is too much
                out[-1] = Tok("too", None, prev.start, prev.end, "too")
        if prev is not None and prev.kind == "more" and prev.surface == "more":
            kind = MORE_PLAIN.get(said) if tok.kind in ("length", "down", "?") else None
            if kind is not None:
                out[-1] = Tok(kind, None, prev.start, tok.end, f"more {said}")
                continue
            if tok.kind in FLIPPED and said.lower() in PLAIN_STEPS:  # "more slow", "more big"
                out[-1] = Tok(tok.kind, tok.value, prev.start, tok.end, f"more {said}")
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


def _too(orig: str, to: Tok) -> bool:
    """ "to" typed for "too": after "is", "its", "way" ... or first in the message."""
    before = orig[: to.start].lower()
    return not before.strip() or TOO_TYPED.search(before) is not None
