""" "the beach and city pics are in the wrong order": two photos said to be in the wrong order
change places (as "the other way round" does); "the photos are in the wrong order", with no two
photos named, stays a question of which order is wanted."""

from __future__ import annotations

from .entities import Tok

PAIR = ("photo", "ord")


def wrong_order(toks: list[Tok]) -> list[Tok]:
    """ "wrong" then "order" after exactly two photos joined by "and": the two swapped."""
    kinds = [t.kind for t in toks]
    for k in range(len(toks) - 1):
        if kinds[k : k + 2] != ["wrong", "order"]:
            continue
        before = [t for t in toks[:k] if t.kind in PAIR]
        joined = any(t.kind == "and" for t in toks[:k])
        if (
            len(before) == 2
            and joined
            and all(t.kind in (*PAIR, "and", "in", "ask", "says") for t in toks[:k])
        ):
            a, b = toks[k], toks[k + 1]
            return [*toks[:k], Tok("reverse", None, a.start, b.end, "wrong order"), *toks[k + 2 :]]
    return toks
