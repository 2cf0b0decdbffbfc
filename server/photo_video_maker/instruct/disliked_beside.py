"""A clause that only dislikes, said beside a request: "too gloomy, undo that", "this is ugly,
make it black and white", "looks bad lol, undo", "太暗了 撤销", "不好看 还原". The dislike is
why the request is made and asks nothing of its own (before, the reply said it did not
understand "too gloomy" after doing what was asked). A clause that names what it dislikes ("the
music is ugly") is not one of these: it may ask for something else."""

from __future__ import annotations

from collections.abc import Iterable

from .entities import Tok
from .match import Match

# what a bare dislike may be said with: "this is", "way too", "so", "lol"
ONLY = ("dislike", "it", "too", "degree", "?")


def _disliked(tok: Tok) -> bool:
    """A dislike, or a change we cannot make said as a complaint ("太亮了", "too bright")."""
    said = tok.surface.lower()
    too = said.startswith("太") or "too" in said.split()
    return tok.kind == "dislike" or (tok.kind == "unsupported" and too)


def disliked_beside(toks: list[Tok], clauses: Iterable[range], matches: list[Match]) -> set[int]:
    out: set[int] = set()
    asked = [m for m in matches if not m.template.fallback]
    for clause in clauses:
        if not any(_disliked(toks[k]) for k in clause):
            continue
        if any(toks[k].kind not in ONLY and not _disliked(toks[k]) for k in clause):
            continue
        if any(m.start not in clause for m in asked):
            out.update(clause)
    return out
