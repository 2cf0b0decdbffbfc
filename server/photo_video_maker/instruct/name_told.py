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


# "my daughter's name", "my sons name", "the baby's name": whose name, said before "name"
WHOSE = re.compile(r"^(?:my|our|his|her|the)\s+[a-z]+(?:'s|s'|s)?\s+names?$", re.IGNORECASE)


def _whose(toks: list[Tok], orig: str) -> list[Tok]:
    """Whose name and "name" as one text noun, read as "my name" is."""
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and tok.kind == "?"
            and tok.surface.lower() in ("name", "names")
            and prev.kind in ("reason", "?")
            and WHOSE.match(_with_determiner(orig, prev.start, tok.end))
        ):
            out[-1] = Tok("textnoun", None, prev.start, tok.end, "my name")
            continue
        out.append(tok)
    return out


def _with_determiner(orig: str, start: int, end: int) -> str:
    """The words from ``start`` to ``end``, with the word before them when it is a determiner
    the scanner dropped ("the baby's name")."""
    words = orig[:start].split()
    before = words[-1] if words and words[-1].lower() in ("my", "our", "his", "her", "the") else ""
    return f"{before} {orig[start:end]}".strip()


def name_told(toks: list[Tok], orig: str) -> list[Tok]:
    toks = _whose(toks, orig)
    named = next((k for k, t in enumerate(toks) if t.surface.lower() in NAMES), None)
    if named is None:
        toks = [_handle(t) if t.kind == "text" else t for t in toks]
        return [_bare(t) if t.kind == "text" and _starts_named(t) else t for t in toks]
    out = toks[: named + 1]
    for tok in toks[named + 1 :]:
        if tok.surface.lower() in NAMES and tok.kind in ("textnoun", "closing", "title"):
            continue  # "..., my name is Doris": the name again, then the name
        if tok.kind == "text" and isinstance(tok.value, str):
            tok = _bare(tok)
        elif (tok.kind == "?" or orig[tok.start : tok.start + 1].isupper()) and SAID_BEFORE.search(
            orig[out[-1].end : tok.start]
        ):  # "..., its Max": a name, whatever word of the lexicon it also is
            said = orig[tok.start : tok.end]
            tok = Tok("text", said, tok.start, tok.end, "")
        if tok.kind == "text" and out[-1].kind == "sep":
            out.pop()  # "put my name at the end, its Margaret": one request
        out.append(tok)
    return out


# "end with my insta handle @lena.bakes", "our website: bellasbakery.com": the handle or address
HANDLE_AS = re.compile(
    r"^(?:my|our|the)\s+(?:(?:insta|instagram|ig|tiktok|twitter|x|youtube|yt|facebook|fb|"
    r"shop|store|business|web)\s+)?(?:handle|username|user name|account|page|channel|website|"
    r"site|web site|url|link|address)\s*(?:is\s+|:\s*)?(?=[@\w.-]*[@.][\w.-]+$)",
    re.IGNORECASE,
)


def _handle(tok: Tok) -> Tok:
    said = str(tok.value)
    found = HANDLE_AS.match(said)
    if found is None:
        return tok
    return Tok(tok.kind, said[found.end() :], tok.start, tok.end, tok.surface)


def _starts_named(tok: Tok) -> bool:
    """ "end with my name Margaret": the text begins with "my name", then the name."""
    return isinstance(tok.value, str) and tok.value.lower().startswith(NAMES)


def _bare(tok: Tok) -> Tok:
    said = str(tok.value)
    found = SAID_AS.match(said)
    if found is None:
        return tok
    return Tok(tok.kind, said[found.end() :], tok.start, tok.end, tok.surface)
