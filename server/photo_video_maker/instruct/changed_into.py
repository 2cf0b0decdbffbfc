""" "第一张和最后一张换成黑白": 换成 with what they become after it changes how the photos look;
it swaps nothing (换 alone, "第一张和最后一张换一下", is the swap)."""

from __future__ import annotations

from .entities import Tok

INTO = ("换成", "改成", "变成", "弄成", "调成")
# what photos may be changed into, other than each other
BECOME = ("look", "color", "aspect", "mood", "trans", "fit", "motion", "still")


def changed_into(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind == "change" and tok.surface in INTO and nxt is not None and nxt.kind in BECOME:
            tok = Tok("to", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out
