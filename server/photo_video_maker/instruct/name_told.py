""" "put my name at the end? It's Margaret", "add my name at the end please, my name is Doris",
"end with my name Margaret": the name said after "my name" is the text; the words that
introduce it ("it's", "my name is") are not part of it."""

from __future__ import annotations

import re

from .entities import Tok

NAMES = ("my name", "our names", "our name")
# what introduces the name, at the start of the text
SAID_AS = re.compile(
    r"^(?:my name is|my name's|my name|our names are|our names|name is|name's|it'?s|it is|"
    r"i'?m|i am|is|are)\s+(?=\S)",
    re.IGNORECASE,
)
# the same, right before unknown words ("..., its Margaret")
SAID_BEFORE = re.compile(r"\b(?:it'?s|it is|my name is|name is|i'?m|i am)\s*$", re.IGNORECASE)


def name_told(toks: list[Tok], orig: str) -> list[Tok]:
    named = next((k for k, t in enumerate(toks) if t.surface.lower() in NAMES), None)
    if named is None:
        return [_bare(t) if t.kind == "text" and _starts_named(t) else t for t in toks]
    out = toks[: named + 1]
    for tok in toks[named + 1 :]:
        if tok.surface.lower() in NAMES and tok.kind in ("textnoun", "closing", "title"):
            continue  # "..., my name is Doris": the name again, then the name
        if tok.kind == "text" and isinstance(tok.value, str):
            tok = _bare(tok)
        elif tok.kind == "?" and SAID_BEFORE.search(orig[out[-1].end : tok.start]):
            said = orig[tok.start : tok.end]
            tok = Tok("text", said, tok.start, tok.end, "")
        if tok.kind == "text" and out[-1].kind == "sep":
            out.pop()  # "put my name at the end, its Margaret": one request
        out.append(tok)
    return out


def _starts_named(tok: Tok) -> bool:
    """ "end with my name Margaret": the text begins with "my name", then the name."""
    return isinstance(tok.value, str) and tok.value.lower().startswith(NAMES)


def _bare(tok: Tok) -> Tok:
    said = str(tok.value)
    found = SAID_AS.match(said)
    if found is None:
        return tok
    return Tok(tok.kind, said[found.end() :], tok.start, tok.end, tok.surface)
