"""How Chinese speakers name several photos at once and say what a value was before.

- "二、五两张", "第二、第五张": the enumeration comma "、" between two photo references lists
  them (it is no clause break there);
- "二三互换", "一五对调": two bare digits said before a swap are two photos, not 23;
- "狗和城市这两张", "第二和第五两张": a count after the photos it counts only restates them;
- "从30改到60", "音量从100%降到50%": the value after "从" is the one being replaced.
"""

from __future__ import annotations

from .entities import Tok
from .numbers import ZH_DIGITS

REFS = ("num", "ord", "photo")
PAIRS = ("swap",)  # verbs that take exactly two photos ("二三互换")
VALUES = (
    "num",
    "dur",
    "pct",
    "fps",
    "aspect",
    "res",
    "look",
    "trans",
    "mood",
    "color",
    "pos",
    "fit",
)


def listed(toks: list[Tok]) -> list[Tok]:
    """ "二、五两张对调": "、" between two photo references is "and"; "第一、三、五张": numbers
    listed after an ordinal are ordinals too."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        between = out and out[-1].kind in REFS and nxt is not None and nxt.kind in REFS
        if tok.kind == "sep" and tok.surface == "、" and between:
            tok = Tok("and", None, tok.start, tok.end, tok.surface)
        listing = len(out) > 1 and out[-1].kind == "and" and out[-2].kind == "ord"
        if tok.kind == "num" and listing and tok.value == int(tok.value):
            tok = Tok("ord", int(tok.value), tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def ends(toks: list[Tok]) -> list[Tok]:
    """ "头尾两个换一下": the first and the last photo."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        if tok.kind == "ends":
            out.append(Tok("photos", [1, -1], tok.start, tok.end, tok.surface))
            after = [t.kind for t in toks[k + 1 : k + 3]]
            two = k + 1 < len(toks) and toks[k + 1].kind == "num" and toks[k + 1].value == 2
            k += 1 + (two and 1) + (two and after[1:] == ["pic"] and 1)
            continue
        out.append(tok)
        k += 1
    return out


CUTS = ("remove", "cut")


def cut_by(toks: list[Tok]) -> list[Tok]:
    """ "砍掉一大截", "减掉一些": cutting by an amount is shorter, not a removal."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        chinese = not tok.surface.isascii()
        if tok.kind in CUTS and chinese and nxt is not None and nxt.kind == "degree":
            tok = Tok("shorter", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


NOT = ("not", "no")


def _complains(tok: Tok) -> bool:
    """ "太大了", "不好", "错了": what is said about a value that is not wanted."""
    return tok.kind in ("dislike", "wrong") or tok.surface.startswith("太")


def not_this_one(toks: list[Tok]) -> list[Tok]:
    """ "标题放上面，别在中间", "不要竖屏，横屏": a value said with "not" next to another value of
    the same kind is only the one not meant; "60帧太大了，改回30帧": a value complained about
    before or after another of its kind is the one replaced."""
    drop: set[int] = set()
    for k, tok in enumerate(toks):
        if tok.kind not in VALUES or tok.kind == "num":
            continue
        others = [j for j, t in enumerate(toks) if j != k and t.kind == tok.kind]
        if not others or any(t.value == tok.value for j, t in enumerate(toks) if j in others):
            continue
        before = toks[k - 1] if k > 0 else None
        after = toks[k + 1] if k + 1 < len(toks) else None
        if before is not None and before.kind in NOT and not before.surface.isascii():
            drop.update((k - 1, k))
        elif after is not None and _complains(after):  # "改成1080p吧 4k太大了" too
            drop.update((k, k + 1))
    return [t for k, t in enumerate(toks) if k not in drop]


def digit_pairs(toks: list[Tok]) -> list[Tok]:
    """ "二三互换", "把一五对调": two Chinese digits said right before or after a swap."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        near = [toks[j].kind for j in (k - 1, k + 1) if 0 <= j < len(toks)]
        # "一二张换换": counted in photos, then swapped: two photo numbers
        counted = k + 2 < len(toks) and toks[k + 1].kind == "pic" and toks[k + 2].kind in PAIRS
        said = tok.surface
        pair = len(said) == 2 and all(ch in ZH_DIGITS and ZH_DIGITS[ch] > 0 for ch in said)
        swapped = any(n in PAIRS for n in near) or counted
        if tok.kind == "num" and pair and said[0] != said[1] and swapped:
            mid = tok.start + 1
            first, second = ZH_DIGITS[said[0]], ZH_DIGITS[said[1]]
            out += [
                Tok("ord", first, tok.start, mid, said[0])
                if counted
                else Tok("num", float(first), tok.start, mid, said[0]),
                Tok("and", None, mid, mid, ""),
                Tok("ord", second, mid, tok.end, said[1])
                if counted
                else Tok("num", float(second), mid, tok.end, said[1]),
            ]
            continue
        out.append(tok)
    return out


def counted(toks: list[Tok]) -> list[Tok]:
    """ "删掉狗和城市这两张": "两张" after two photos joined by "and" restates them."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        pair = (
            len(out) >= 3
            and out[-1].kind in ("photo", "ord", "num")
            and out[-2].kind == "and"
            and out[-3].kind in ("photo", "ord", "num")
        )
        if pair and tok.kind == "num" and tok.value == 2 and nxt is not None and nxt.kind == "pic":
            k += 2  # the count and its measure word
            continue
        if tok.kind == "hash" and tok.surface == "号" and out and out[-1].kind == "photo":
            prev = out[-1]  # "二号和五号": the second "号" of a pair already named
            out[-1] = Tok("photo", prev.value, prev.start, tok.end, prev.surface)
            k += 1
            continue
        out.append(tok)
        k += 1
    return out


def replaced_value(toks: list[Tok]) -> list[Tok]:
    """ "帧率从30改到60": "从" and the value after it name what is replaced, when another
    value of the same kind follows."""
    out: list[Tok] = []
    skip: set[int] = set()
    for k, tok in enumerate(toks):
        if k in skip:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind == "from_old" and nxt is not None and nxt.kind in VALUES:
            later = [t for t in toks[k + 2 : k + 6] if t.kind == nxt.kind]
            if later:
                skip.add(k + 1)
            continue
        if tok.kind == "from_old" and (nxt is None or nxt.kind not in ("photo", "ord")):
            continue  # "从头": nothing to replace; "从第三张开始" stays unread (start where?)
        if _changed_into_another(toks, k):
            continue  # "横屏改竖屏", "横的换成竖的": the first is the one it was
        out.append(tok)
    return out


# the Chinese verbs of "A 改成 B": what it was, then what it becomes
INTO = ("改", "改成", "换成", "变成", "改为", "换为", "转成", "转为", "调成")


def _changed_into_another(toks: list[Tok], k: int) -> bool:
    """ "横屏改竖屏": a value, a verb of changing into, then another value of its kind."""
    tok = toks[k]
    if tok.kind not in VALUES or tok.kind == "num" or k + 2 >= len(toks):
        return False
    verb, then = toks[k + 1], toks[k + 2]
    return verb.surface in INTO and then.kind == tok.kind and then.value != tok.value


def lively_photos(toks: list[Tok]) -> list[Tok]:
    """ "给照片加点动感": liveliness given to the photos is their motion, not the music."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        clause = _clause(toks, k)
        if tok.surface == "动感" and any(toks[j].kind == "pic" for j in clause):
            tok = Tok("motion", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def _clause(toks: list[Tok], k: int) -> range:
    start = k
    while start > 0 and toks[start - 1].kind not in ("sep", "then"):
        start -= 1
    end = k
    while end < len(toks) and toks[end].kind not in ("sep", "then"):
        end += 1
    return range(start, end)


DIRECTED = ("wipe", "slide", "push")
WAYS = {"up": "up", "down": "down"}  # "向上", "向下" are also the words for up and down


def directed(toks: list[Tok]) -> list[Tok]:
    """ "转场用擦除，向右", "向左滑的转场": a direction said beside a wipe, slide or push is
    the way it goes."""
    toks = _way_said_once(toks)
    trans = [
        k for k, t in enumerate(toks) if t.kind == "trans" and str(t.value).startswith(DIRECTED)
    ]
    ways = [
        k
        for k, t in enumerate(toks)
        if t.kind == "direction" or (t.kind in WAYS and not t.surface.isascii())
    ]
    # "过渡改成推的 往上推": the same move said again with its way is one move, that way
    again = len({toks[k].value for k in trans}) == 1
    near = bool(trans) and len(ways) == 1 and min(abs(k - ways[0]) for k in trans) <= 3
    if not (again and near):
        return [t for t in toks if t.kind != "direction"] if trans else toks
    w = toks[ways[0]]
    family = next(f for f in DIRECTED if str(toks[trans[0]].value).startswith(f))
    way = w.value if w.kind == "direction" else WAYS[w.kind]
    out = list(toks)
    for k in trans:
        t = toks[k]
        out[k] = Tok("trans", family + way, t.start, t.end, t.surface)
    return [tok for k, tok in enumerate(out) if k != ways[0]]


_SAID_WAY = ("左", "右", "上", "下")


def _way_said_once(toks: list[Tok]) -> list[Tok]:
    """ "转场改成滑动 往下滑": the move said plainly, then again with its way ("往下滑"), is one
    move that way (never two transitions, the plain one first)."""
    moves = [
        k for k, t in enumerate(toks) if t.kind == "trans" and str(t.value).startswith(DIRECTED)
    ]
    said = [k for k in moves if any(w in toks[k].surface for w in _SAID_WAY)]
    if len(said) != 1 or len(moves) < 2:
        return toks
    value = str(toks[said[0]].value)
    family = next(f for f in DIRECTED if value.startswith(f))
    if any(not str(toks[k].value).startswith(family) for k in moves):
        return toks
    return [Tok("trans", value, t.start, t.end, t.surface) if k in moves else t
            for k, t in enumerate(toks)]  # fmt: skip


def summed_durations(toks: list[Tok]) -> list[Tok]:
    """ "一分钟二十秒": minutes said as a word, then seconds, are one length."""
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        whole = prev is not None and prev.kind == "dur" and prev.value % 60000 == 0
        if tok.kind == "dur" and whole and prev is not None and tok.value < 60000 <= prev.value:
            out[-1] = Tok("dur", prev.value + tok.value, prev.start, tok.end, prev.surface)
            continue
        out.append(tok)
    return out


MEASURES = ("张", "幅", "个")


def per_photo(toks: list[Tok]) -> list[Tok]:
    """ "照片一张两秒": "一张" after "照片" is each photo, not photo number one."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        after = toks[k + 2] if k + 2 < len(toks) else None
        one = nxt is not None and nxt.kind == "num" and nxt.surface == "一"
        if tok.kind == "pic" and one and after is not None and after.surface in MEASURES:
            continue
        out.append(tok)
    return out


def tenths(toks: list[Tok]) -> list[Tok]:
    """ "音量调成七成": "成" after a number up to ten is tenths (70 %)."""
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        counted = prev is not None and prev.kind == "num" and 0 < prev.value <= 10
        if tok.surface == "成" and counted and prev is not None and not prev.surface.isascii():
            out[-1] = Tok("pct", prev.value * 10, prev.start, tok.end, prev.surface + "成")
            continue
        out.append(tok)
    return out
