"""Words to show at a place, said with "show" in English ("at the end show Happy Holidays!",
"at the start display Welcome Home"): "show" leads the text in, as "write" does. It leads a text
only right after the start or the end, before words begun with a capital or quoted, so "at the
end show the dog pic" or "at the end show the dates" is no text."""

from __future__ import annotations

import re

from .entities import Tok

PLACES = ("end", "start")
SHOWN = re.compile(r"\s*,?\s*(show|display|flash up|flash|pop up|put up)\s+(?=[A-Z\"“'])")
# what the words after it may hold: unknown words, and words that are often a text's own
FREE = ("?", "text", "reason", "mood", "name", "praised", "and", "it", "num", "sep")
BREAKS = ("then",)


def shown_at_place(toks: list[Tok], orig: str) -> list[Tok]:
    """A "says" put in for "show" right after the start or the end, when words follow."""
    out: list[Tok] = []
    skip = -1
    for k, tok in enumerate(toks):
        if tok.start < skip:
            continue  # the comma before "show" ("at the end, show …") goes with it
        out.append(tok)
        if tok.kind not in PLACES or tok.end <= 0 or not tok.surface.isascii():
            continue
        said = SHOWN.match(orig, tok.end)
        if said is None:
            continue
        rest = []
        for later in toks[k + 1 :]:
            if later.kind in BREAKS:
                break
            if later.start >= said.end():
                rest.append(later)
        worded = bool(rest) or any(ch.isalpha() for ch in orig[said.end() :])
        if not worded or any(t.kind not in FREE for t in rest):
            continue
        out.append(Tok("says", None, said.start(1), said.end(1), said.group(1)))
        skip = said.end()
    return out
