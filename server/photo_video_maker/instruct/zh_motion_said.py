"""The photos' move said in the ways chat puts it, read as the move (``compose`` runs these):

- "我不想要照片动", "照片不想让它动": not wanting the photos to move (a bare 动 after them,
  ending the clause) keeps them still (before, 动 was an unknown word and nothing was done);
- "照片放大的那个效果 能弱一点吗": the zoom's effect with 那个/那种 between is the move, as
  "放大的效果" is;
- "图片一直在放大缩小 好烦 关掉": a complaint that already says the photos should stop, then a
  bare 关掉 (maybe after why): the verb repeats the request, it asks nothing more;
- "第2张晃得厉害 关掉动效": one photo's move complained about, then the move asked off with no
  photo named: that photo's (before, every photo was stilled and the complaint left unread);
- "别zoom来zoom去": the move said twice around 来…去 (back and forth) is one move (before, the
  "别" took the first off and the second turned it back on).
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


_MOVE = ("motion", "still")
_COMPLAINED = ("too", "less", "more", "degree", "dislike", "reason", "it", "q")
_ASKED = ("off", "remove", "no", "not", "less", "more", "smaller", "bigger", "on", "add", "down")
_ANOTHER = ("photo", "ord", "pic", "each", "photos", "pair", "and", "others")


_QUIET = ("degree", "it", "reason", "q", "too")
# "第二张太晃了 干脆都关了", "…其他的也别动": every photo, or the others, are said
_ALL = ("都", "全", "所有", "每", "其他", "其它", "别的", "统统", "一律", "干脆")


def one_photo_complained(toks: list[Tok], orig: str) -> list[Tok]:
    """ "第2张晃得厉害 关掉动效": the photo of the complaint is the one whose move the next
    clause changes; the complaint is why."""
    seps = [k for k, t in enumerate(toks) if t.kind == "sep"]
    if len(seps) != 1:
        return toks
    first, then = toks[: seps[0]], toks[seps[0] + 1 :]
    named = [t for t in first if t.kind in ("photo", "ord")]
    said = [t for t in first if t.kind not in ("photo", "ord")]
    if len(named) != 1 or not any(t.kind in _MOVE for t in said):
        return toks
    if any(t.kind not in (*_MOVE, *_COMPLAINED) for t in said):
        return toks  # "第二张缩放关掉 音乐也关掉": asked already
    kinds = {t.kind for t in then}
    if not kinds & set(_MOVE) or not kinds & set(_ASKED) or kinds & set(_ANOTHER):
        return toks
    if not kinds <= {*_MOVE, *_ASKED, *_QUIET} or any(w in orig[then[0].start :] for w in _ALL):
        return toks  # only the move asked of that photo, nothing more
    why = Tok("reason", None, said[0].start, said[-1].end, "")
    return [why, toks[seps[0]], named[0], *then]


def back_and_forth(toks: list[Tok], orig: str) -> list[Tok]:
    """ "zoom来zoom去", "缩放来缩放去": one move, said back and forth."""
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        twice = prev is not None and prev.kind == tok.kind == "motion"
        if twice and prev is not None and prev.surface.lower() == tok.surface.lower():
            between, after = orig[prev.end : tok.start].strip(), orig[tok.end : tok.end + 1]
            if between == "来" and after == "去":
                out[-1] = Tok(
                    "motion", None, prev.start, tok.end + 1, orig[prev.start : tok.end + 1]
                )
                continue
        out.append(tok)
    return out
