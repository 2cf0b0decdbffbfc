"""A text asked for with no words, then an idea of its words after a comma or a question mark:
"can you put a title on it? something like Backyard BBQ", "add a caption to the dog pic, maybe
Good boy". The sign between reads as the colon of "title: Backyard BBQ" (the hedge itself is
dropped where the text is cut)."""

from __future__ import annotations

from .entities import Tok
from .lead_text import HEDGED, TEXT_NOUNS

SIGNS = (",", "?", "-", "...", ".", ";")
QUOTES = "\"'“‘"
# what says the clause already has its words, or asks something else
WORDED: tuple[str, ...] = ("text", "says", "colon", "call", "sign", "it_text", "remove", "no")
WORDED += ("off", "not")
WORDED += ("photo", "ord", "pic", "clip")  # "a caption to the dog pic, ...": read elsewhere


def hedged_after(toks: list[Tok], orig: str) -> list[Tok]:
    """The sign after a text named with no words becomes a colon when an idea follows."""
    out = list(toks)
    clause: list[Tok] = []
    for k, tok in enumerate(toks):
        if tok.kind not in ("sep", "then"):
            clause.append(tok)
            continue
        named = any(t.kind in TEXT_NOUNS for t in clause)
        worded = any(t.kind in WORDED for t in clause)
        after = orig[tok.end :].lstrip()
        hedge = HEDGED.match(after.lower())
        if named and not worded and tok.surface.strip() in SIGNS and hedge:
            idea = after[hedge.end() :].lstrip()
            if idea[:1].isupper() or idea[:1] in QUOTES:  # "maybe make it yellow" is no idea
                out[k] = Tok("colon", None, tok.start, tok.end, ":")
        clause = []
    return out
