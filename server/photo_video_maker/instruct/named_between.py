""" "no transition between the dog and the city", "put the garden one between the beach and the
city": between two photos named by file is right after the earlier of the two when they are
neighbours in the video as it is now, and no one place when they are not (left unread). Before,
the first named was taken as the earlier: "between the dog and the city" was read as after the
dog (the transition into the forest photo), a silent wrong edit."""

from __future__ import annotations

from .context import Ctx
from .entities import Tok

PLACES = ("photo", "ord", "num")


def named_between(toks: list[Tok], ctx: Ctx) -> list[Tok]:
    """ "between" A "and" B, with a photo named by file, -> "after" the earlier one."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        said = toks[k + 1 : k + 4]
        kinds = [t.kind for t in said]
        two = kinds[:1] in (["photo"], ["ord"], ["num"]) and kinds[1:2] == ["and"]
        if tok.kind != "between" or not two or len(said) < 3 or said[2].kind not in PLACES:
            out.append(tok)
            k += 1
            continue
        a, b = _number(said[0], ctx), _number(said[2], ctx)
        if a is None or b is None or abs(a - b) != 1:
            out.append(Tok("?", "between", tok.start, said[2].end, tok.surface))
        else:
            first = said[0] if a < b else said[2]
            out += [Tok("after", None, tok.start, tok.end, tok.surface), first]
        k += 4
    return out


def _number(tok: Tok, ctx: Ctx) -> int | None:
    names = [seg.m.name for seg in ctx.segments()]
    if isinstance(tok.value, str):
        return names.index(tok.value) + 1 if tok.value in names else None
    if isinstance(tok.value, int | float) and float(tok.value).is_integer() and tok.value > 0:
        return int(tok.value)
    return None
