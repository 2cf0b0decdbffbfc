"""A text asked for with no words, then its words after a comma: "the wine pic needs a caption,
cheers to 40 years", "add a title, summer in italy". The comma reads as the colon of "title:
Summer in Italy" when nothing after it asks for anything (before, both halves were left
unread). "add a title, make it yellow" stays two requests."""

from __future__ import annotations

from .entities import Tok

TEXT_NOUNS = ("title", "caption", "closing")
# what says the clause already has its words, or takes a text away
WORDED = ("text", "says", "colon", "call", "sign", "it_text", "remove", "no", "off", "not")
# what the words of a text may be read as, when they ask for nothing
WORDISH: tuple[str, ...] = ("?", "to", "num", "in", "and", "of", "for", "with", "at", "on")
WORDISH += ("reason", "it", "ord", "each")  # "love you all"
# "make the title smaller, it covers the face": a text restyled already has its words (one
# added bigger, "add a bigger title, summer in italy", has them after the comma)
STYLED = ("smaller", "bigger")


def words_after_comma(toks: list[Tok]) -> list[Tok]:
    """The comma after a text named with no words becomes a colon when only words follow."""
    for k, tok in enumerate(toks):
        if tok.kind != "sep" or tok.surface.strip() != ",":
            continue
        clause = [t.kind for t in toks[:k]]
        rest = [t.kind for t in toks[k + 1 :]]
        named = any(kind in TEXT_NOUNS for kind in clause)
        restyled = any(kind in STYLED for kind in clause) and "add" not in clause
        if not named or restyled or any(kind in WORDED for kind in clause) or "sep" in clause:
            continue
        if rest and "?" in rest and all(kind in WORDISH for kind in rest):
            return [*toks[:k], Tok("colon", None, tok.start, tok.end, ":"), *toks[k + 1 :]]
    return toks
