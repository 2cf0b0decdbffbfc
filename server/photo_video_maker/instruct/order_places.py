""" "move the dog to number 1": a number said as a place after "to", once the photo moved has been
named, is the place it goes to (it was read as a second photo, and not understood)."""

from __future__ import annotations

from .entities import Tok

MOVING = ("move", "put")
NUMBER_WORDS = ("number", "no.", "no", "#")


def numbered_place(toks: list[Tok], orig: str) -> list[Tok]:
    """A photo by number right after "to", in a clause that moves another photo, is a slot."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        said = orig[tok.start : tok.end].lower()
        numbered = tok.kind == "photo" and isinstance(tok.value, int) and tok.value > 0
        numbered = numbered and said.startswith(NUMBER_WORDS)
        after_move = k >= 3 and toks[k - 3].kind in MOVING and toks[k - 2].kind == "photo"
        if numbered and after_move and toks[k - 1].kind == "to":
            tok = Tok("slot", tok.value, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out
