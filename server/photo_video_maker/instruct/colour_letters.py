"""A colour said with the letters it is written in: "title 'Congrats Sam' in gold letters",
"at the end, 'Bye' in white writing". The letters are those of the text just given, so the
phrase is only its colour (before, "letters" named every text: all of them were made gold, or
the title was not understood)."""

from __future__ import annotations

from .entities import Tok

LETTERS = ("letters", "lettering", "writing", "text", "font", "words")
CLAUSE_ENDS = ("sep", "then", "and")


def colour_letters(toks: list[Tok]) -> list[Tok]:
    """ "'X' in gold letters": the letters dropped after the colour of a text just given."""
    out: list[Tok] = []
    for tok in toks:
        said = tok.kind == "textnoun" and tok.surface.lower() in LETTERS
        if said and len(out) >= 2 and out[-1].kind == "color" and out[-2].kind == "in":
            clause = []
            for t in reversed(out[:-2]):
                if t.kind in CLAUSE_ENDS:
                    break
                clause.append(t)
            if clause and clause[0].kind == "text":
                continue  # the colour of the words right before it
        out.append(tok)
    return out
