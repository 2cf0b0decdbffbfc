"""Chinese "X了点" ("快了点", "节奏慢了点", "转场长了一点"): a comparative word, then 了 and a
little amount, says the thing is a bit too X, as "有点快" does, so it asks for the opposite.
"快点" and "快一点" (no 了) still ask for X itself.
"""

from __future__ import annotations

from .entities import Tok

# the pace and the length only: "音乐小了一点" is read as turned down a bit (the 了 closes it)
STEPS = ("faster", "slower", "longer", "shorter")
# what may follow the 了: a little amount ("快了点", "快了一点", "快了些")
LITTLE = ("点", "一点", "些", "一些", "点儿", "一点儿", "一点点")


def a_bit_too(toks: list[Tok], orig: str) -> list[Tok]:
    """ "快了点" -> slower, "拖了点" (a fault already) stays faster; the amount is kept."""
    from .compose import COMPLAINTS, FLIP  # compose runs this rule: imported when it runs

    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        said = (
            tok.kind in STEPS
            and not tok.surface.isascii()
            and orig[tok.end : tok.end + 1] == "了"
            and nxt is not None
            and nxt.kind == "degree"
            and nxt.value == "small"
            and nxt.start == tok.end + 1
            and orig[nxt.start : nxt.end] in LITTLE
            and not (out and out[-1].kind == "too")  # "太快了点": already the fault
        )
        # "太快了点", "拖了点": the word already names the fault (as "有点太快" does)
        if said and tok.surface not in COMPLAINTS and not tok.surface.startswith("太"):
            tok = Tok(FLIP[tok.kind], tok.value, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out
