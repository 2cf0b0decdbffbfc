"""Two photos said as two Chinese digits run together: "二三两张换一下" (photos 2 and 3, the
count "两张" says so whatever the verb), "第二三张删掉" (the 2nd and the 3rd, not the 23rd).
"1 2 换一下": two numbers typed apart before a swap are two photos too.
Elsewhere "二三" stays "about two or three" ("两三秒") and "第二十三张" the 23rd.
"""

from __future__ import annotations

from .entities import Tok
from .numbers import ZH_DIGITS


def _digits(said: str) -> tuple[int, int] | None:
    """The two photo numbers of "二三" / "第二三张" (two different digits, no 十)."""
    core = said.removeprefix("第").removesuffix("张").removesuffix("个")
    if len(core) != 2 or core[0] == core[1]:
        return None
    if not all(ch in ZH_DIGITS and ZH_DIGITS[ch] > 0 for ch in core):
        return None
    return ZH_DIGITS[core[0]], ZH_DIGITS[core[1]]


def _pair(kind: str, pair: tuple[int, int], tok: Tok) -> list[Tok]:
    mid = tok.start + (2 if tok.surface.startswith("第") else 1)
    first: int | float = pair[0] if kind == "photo" else float(pair[0])
    second: int | float = pair[1] if kind == "photo" else float(pair[1])
    return [
        Tok(kind, first, tok.start, mid, tok.surface[: mid - tok.start]),
        Tok("and", None, mid, mid, ""),
        Tok(kind, second, mid, tok.end, tok.surface[mid - tok.start :]),
    ]


def _spaced_pair(tok: Tok, nxt: Tok | None) -> bool:
    """Two photo numbers typed with a space between ("1 2"), each a whole number."""
    return (
        nxt is not None
        and tok.kind == nxt.kind == "num"
        and all(float(t.value).is_integer() and 1 <= t.value <= 99 for t in (tok, nxt))
        and nxt.start > tok.end
    )


def digit_photo_pairs(toks: list[Tok]) -> list[Tok]:
    """ "二三两张" -> 2 and 3 (the count after them is dropped later, as after "狗和城市两张");
    "第二三张" -> photo 2 and photo 3."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        after = toks[k + 2] if k + 2 < len(toks) else None
        pair = _digits(tok.surface)
        counted = nxt is not None and nxt.kind == "num" and nxt.value == 2
        counted = counted and after is not None and after.kind == "pic"
        if tok.kind == "num" and pair is not None and counted:
            out += _pair("num", pair, tok)
            continue
        swapped = (after is not None and after.kind == "swap") or (out and out[-1].kind == "swap")
        if _spaced_pair(tok, nxt) and swapped:
            out += [tok, Tok("and", None, tok.end, tok.end, "")]  # "1 2 换一下", "swap 2 4"
            continue
        ordinal = tok.surface.startswith("第") and tok.surface.endswith("张")
        run_together = pair is not None and tok.value == pair[0] * 10 + pair[1]  # not 第二十三张
        if tok.kind == "photo" and ordinal and pair is not None and run_together:
            out += _pair("photo", pair, tok)
            continue
        out.append(tok)
    return out
