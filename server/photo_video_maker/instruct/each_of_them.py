""" "叠化转场 每个1秒": "each" said right after the transitions, in a clause of its own with a
length, is each transition (before, every photo became one second long)."""

from __future__ import annotations

from .entities import Tok

NAMED = ("transition", "trans")
EACH = ("每个", "每次", "每一个")


def each_of_them(toks: list[Tok]) -> list[Tok]:
    for k in range(1, len(toks) - 2):
        sep, each, dur = toks[k], toks[k + 1], toks[k + 2]
        if sep.kind != "sep" or toks[k - 1].kind not in NAMED:
            continue
        alone = k + 3 == len(toks) or toks[k + 3].kind in ("sep", "then")
        if each.kind == "each" and each.surface in EACH and dur.kind == "dur" and alone:
            return [*toks[:k], *toks[k + 1 :]]
    return toks
