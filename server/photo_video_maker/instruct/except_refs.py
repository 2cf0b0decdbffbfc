"""Photos left out of a request said across a comma: "each photo 4 seconds, except the first",
"除了第一张，其他每张4秒". The exception belongs to the request beside it, so the comma between
them does not end the clause (a template cannot match across one)."""

from __future__ import annotations

from .entities import Tok

REFS = ("photo", "ord", "and", "pic")


def excepted(toks: list[Tok]) -> list[Tok]:
    """Drop the separator just before an "except" and the first one after the photos it
    names."""
    drop: set[int] = set()
    for k, tok in enumerate(toks):
        if tok.kind != "except":
            continue
        if k > 0 and toks[k - 1].kind == "sep":
            drop.add(k - 1)
        j = k + 1
        while j < len(toks) and toks[j].kind in REFS:
            j += 1
        if j > k + 1 and j < len(toks) and toks[j].kind == "sep":
            drop.add(j)
    return [tok for k, tok in enumerate(toks) if k not in drop]
