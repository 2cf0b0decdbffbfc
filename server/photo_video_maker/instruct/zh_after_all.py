""" "原声还是留着吧", "第三张还是删了吧": 还是 between a subject and what is done to it means
"after all", not "or", as it is with nothing after it ("动效还是要的"); "删掉还是留着" (a verb
on either side) and "视频还是相册" still ask."""

from __future__ import annotations

from .entities import Tok

DONE = (
    "keep", "add", "remove", "no", "not", "off", "on", "mute", "unmute", "put", "move",
    "change", "cut", "swap", "still",
)  # fmt: skip


def after_all(toks: list[Tok]) -> list[Tok]:
    """ "X 还是 <verb>": the 还是 is dropped (a choice needs two things to choose from)."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        said = tok.kind == "or" and tok.surface == "还是" and 0 < k < len(toks) - 1
        if said and toks[k + 1].kind in DONE and toks[k - 1].kind not in DONE:
            continue
        out.append(tok)
    return out


def nothing_to_choose(toks: list[Tok]) -> list[Tok]:
    """ "动效还是要的 弱一点": a 还是 with nothing after it in its clause (要的 are fillers) is
    "after all"; run once the spaces between clauses are read."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        last = k == len(toks) - 1 or toks[k + 1].kind == "sep"
        if tok.kind == "or" and tok.surface == "还是" and k > 0 and last:
            continue
        out.append(tok)
    return out
