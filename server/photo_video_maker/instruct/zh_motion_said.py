"""The photos' move said in the ways chat puts it, read as the move (``compose`` runs these):

- "我不想要照片动", "照片不想让它动": not wanting the photos to move (a bare 动 after them,
  ending the clause) keeps them still (before, 动 was an unknown word and nothing was done);
- "照片放大的那个效果 能弱一点吗": the zoom's effect with 那个/那种 between is the move, as
  "放大的效果" is;
- "图片一直在放大缩小 好烦 关掉": a complaint that already says the photos should stop, then a
  bare 关掉 (maybe after why): the verb repeats the request, it asks nothing more.
"""

from __future__ import annotations

from .entities import Tok

_ENDS = " ，,。.!！~～了的吧啊哈呀呢嘛"
_BETWEEN_NOT = ("pic", "it", "put", "each")  # "不想要照片动", "不想让它动"


def photos_not_moving(toks: list[Tok], orig: str) -> list[Tok]:
    """ "不想要照片动": the not and the bare 动 after the photos are the photos kept still."""
    for k, tok in enumerate(toks):
        if tok.kind != "?" or tok.surface != "动":
            continue
        after = orig[tok.end : tok.end + 1]
        if after and after not in _ENDS:
            continue  # "照片动一下位置": something else moved
        j = k - 1
        while j >= 0 and toks[j].kind in _BETWEEN_NOT:
            j -= 1
        named = any(t.kind in ("pic", "it") for t in toks[j + 1 : k])
        if j < 0 or toks[j].kind not in ("not", "no") or not named:
            continue
        still = Tok("still", None, toks[j].start, tok.end, orig[toks[j].start : tok.end])
        return [*toks[:j], *[t for t in toks[j + 1 : k] if t.kind == "pic"], still, *toks[k + 1 :]]
    return toks


_ZOOMS = ("放大", "缩小", "缩放", "推拉", "推近", "拉远")
_EFFECT = ("效果", "感觉", "动画")


def zoom_effect(toks: list[Tok], orig: str) -> list[Tok]:
    """ "放大的那个效果": the zoom and its effect, with the pointing word between, are the move."""
    for k, tok in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        pointed = nxt.kind == "it" and nxt.surface.startswith(("那", "这"))
        if tok.surface not in _ZOOMS or not pointed:
            continue
        if orig[tok.end : nxt.start].strip() not in ("", "的"):
            continue
        rest = orig[nxt.end :].lstrip()
        said = next((word for word in _EFFECT if rest.startswith(word)), None)
        if said is None:
            continue
        end = orig.index(said, nxt.end) + len(said)
        move = Tok("motion", None, tok.start, end, orig[tok.start : end])
        return [*toks[:k], move, *[t for t in toks[k + 2 :] if t.start >= end]]
    return toks


_BARE_OFF = ("off", "remove", "no")
_WHY = ("sep", "reason", "q", "it", "dislike")


def still_then_off(toks: list[Tok]) -> list[Tok]:
    """ "一直在放大缩小 好烦 关掉": the bare 关掉 after the complaint repeats it."""
    if not toks or toks[-1].kind not in _BARE_OFF:
        return toks
    k = len(toks) - 2
    while k >= 0 and toks[k].kind in _WHY:
        k -= 1
    crossed = any(t.kind == "sep" for t in toks[k + 1 : -1])
    if k < 0 or toks[k].kind != "still" or not crossed:
        return toks
    return toks[:-1]
