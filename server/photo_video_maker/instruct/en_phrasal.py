"""English verbs split around their object ("take the music out", "leave photo 3 out"): the
particle after the object belongs to the verb before it, so the pair reads as the one verb."""

from __future__ import annotations

from .entities import Tok

CLAUSE_ENDS = ("sep", "and", "so")


def split_out(toks: list[Tok]) -> list[Tok]:
    """ "take X out", "leave X out", "cut X out" remove X; "fade the music out" stays a fade."""
    out: list[Tok] = []
    verb: int | None = None  # where the clause's remove verb is in ``out``
    for tok in toks:
        if tok.kind in CLAUSE_ENDS:
            verb = None
        if tok.kind in ("remove", "cut") or (tok.kind == "keep" and tok.surface == "leave"):
            verb = len(out)
        if tok.kind == "out" and verb is not None and verb < len(out) - 1:
            said = out[verb]
            out[verb] = Tok("remove", None, said.start, said.end, said.surface)
            verb = None
            continue  # the particle is read with its verb
        out.append(tok)
    return out
