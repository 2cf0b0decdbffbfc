""" "put the title happy birthday tommy", "add a title sunny days in maine": a text added with
its words right after the text noun, unquoted, holding a word of the lexicon ("happy" is a
mood). When the words run on past it with a word the lexicon does not know, they are the
text (before, the whole request was not understood)."""

from __future__ import annotations

from .entities import Tok
from .fillers import SOFT

ADDING = ("add", "put")
# lexicon words that may sit inside a text's words ("happy", "sunny", "my mom")
INSIDE = ("?", "num", "mood", "look", "reason", "and", "color", "livelier", "calmer")
BREAKS = ("sep", "then")
PLACE = ("pos", "to", "start", "end", "in", "position")


def added_words(before: list[Tok], rest: list[Tok]) -> bool:
    """Whether ``rest`` is the words of a text that the clause before asks to add."""
    verb = next((t for t in reversed(before) if t.kind in (*ADDING, *BREAKS)), None)
    if verb is None or verb.kind in BREAKS or not verb.surface.isascii():
        return False
    while rest and rest[-1].kind in PLACE:  # "... at the top": where it goes
        rest = rest[:-1]
    if not any(t.kind == "?" for t in rest) or any(t.kind == "not" for t in rest):
        return False
    return all(t.kind in INSIDE or t.kind in SOFT for t in rest)
