""" "halve how long each photo shows", "double how long the photos stay", "set how long each pic
shows to 4 secs": "how long" after a verb or a step is the length it changes, never a question
(before, the video's length was told and nothing changed). A sentence that ends with "?" still
asks ("can you tell me how long each photo is?"), and so does a "how long" in a question's word
order ("more or less how long is it")."""

from __future__ import annotations

import re

from .entities import Tok

# what changes a length: "halve", "double", "cut", "increase", "set", "make", "change"
CHANGERS = ("degree", "cut", "more", "less", "longer", "shorter", "put", "change", "add")
# "how long is it", "how long does each photo stay": asked, whatever comes before
ASKED = re.compile(r"\s*(?:is|are|was|were|does|do|did|will|would|should|can|'s)\b", re.I)


def how_long_changed(toks: list[Tok], orig: str) -> list[Tok]:
    """A "how long" said right after a verb or a step becomes the length it names."""
    if orig.rstrip().endswith(("?", "？")):
        return toks
    out: list[Tok] = []
    for tok in toks:
        # "放多久" asks how long it plays: English only
        asked = ASKED.match(orig, tok.end) is not None or not tok.surface.isascii()
        if tok.kind == "how_long" and out and out[-1].kind in CHANGERS and not asked:
            tok = Tok("length", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out
