"""A story, then the request it leads to: "派对很吵，所以把音乐调大声点", "照片有点多，所以每张
短一点". What is told before "所以" / "于是" explains the request after it and asks for
nothing itself (its "吵" is no request to make the music quieter).
"""

from __future__ import annotations

from .entities import Tok

THEREFORE = ("所以", "所以说", "所以就", "因此", "因此就", "于是", "于是就", "所以呢")


def told(toks: list[Tok], asked_from: set[int]) -> set[int]:
    """Positions of the story before the last "therefore" word, when a request (a match
    starting at a position in ``asked_from``) follows it."""
    marks = [k for k, tok in enumerate(toks) if tok.kind == "then" and tok.surface in THEREFORE]
    if not marks or not any(k > marks[-1] for k in asked_from):
        return set()
    return set(range(marks[-1]))
