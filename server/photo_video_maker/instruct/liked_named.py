""" "i love the dog pic, can it stay on screen a bit more", "i really like the forest photo so
make it longer": the praise names the photo that the request after it ("it") is about; it asks
for nothing itself, so it is not left over (before, "i love" was reported as not understood)."""

from __future__ import annotations

from collections.abc import Iterable

from .entities import Tok


def praised_named(toks: list[Tok], clauses: Iterable[range], borrowed: set[int]) -> set[int]:
    """The "i like" of a clause whose other words a later request borrowed."""
    out: set[int] = set()
    for clause in clauses:
        liked = [k for k in clause if toks[k].kind == "liked"]
        rest = [k for k in clause if toks[k].kind != "liked"]
        if liked and rest and all(k in borrowed for k in rest):
            out.update(liked)
    return out
