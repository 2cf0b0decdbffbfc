""" "put the dog where the city is", "put the dog where the city is and the city where the dog
is": "where" between two photos, after a verb that places, is the place of the second one
(before, "where" was read as "where is my video?"). Said both ways it is one swap
(``said_beside.moved_into_each_other`` reads it so)."""

from __future__ import annotations

from .entities import Tok

PLACING = ("put", "move")


def where_put(toks: list[Tok]) -> list[Tok]:
    if not any(t.kind in PLACING for t in toks):
        return toks
    out = list(toks)
    for k in range(1, len(toks) - 1):
        before, where, after = toks[k - 1], toks[k], toks[k + 1]
        if where.kind == "where" and before.kind == "photo" and after.kind == "photo":
            out[k] = Tok("move", None, where.start, where.end, where.surface)
    return out
