"""Two photos said as two Chinese digits run together: "二三两张换一下" (photos 2 and 3, the
count "两张" says so whatever the verb), "第二三张删掉" (the 2nd and the 3rd, not the 23rd).
"1 2 换一下": two numbers typed apart before a swap are two photos too.
"一三五张都删掉", "第二四五张": three or more different digits run together, rising, and
counted in photos are that many photos (no one says 135 so; it is 一百三十五).
Elsewhere "二三" stays "about two or three" ("两三秒") and "第二十三张" the 23rd.
"""

from __future__ import annotations

from itertools import pairwise

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


def _run(said: str) -> list[int] | None:
    """The photo numbers of "一三五" / "第一三五张": three or more different digits, rising."""
    core = said.removeprefix("第").removesuffix("张").removesuffix("个")
    if len(core) < 3 or not all(ch in ZH_DIGITS and ZH_DIGITS[ch] > 0 for ch in core):
        return None
    numbers = [ZH_DIGITS[ch] for ch in core]
    return numbers if all(a < b for a, b in pairwise(numbers)) else None


def _listed(kind: str, numbers: list[int], tok: Tok) -> list[Tok]:
    """One token per photo number of a run, joined by "and"."""
    out: list[Tok] = []
    at = tok.start + (1 if tok.surface.startswith("第") else 0)
    for k, number in enumerate(numbers):
        if k:
            out.append(Tok("and", None, at, at, ""))
        start = tok.start if k == 0 else at
        end = tok.end if k == len(numbers) - 1 else at + 1
        value: int | float = float(number) if kind == "num" else number
        out.append(Tok(kind, value, start, end, tok.surface[start - tok.start : end - tok.start]))
        at += 1
    return out


def _pair(kind: str, pair: tuple[int, int], tok: Tok) -> list[Tok]:
    mid = tok.start + (2 if tok.surface.startswith("第") else 1)
    first: int | float = float(pair[0]) if kind == "num" else pair[0]
    second: int | float = float(pair[1]) if kind == "num" else pair[1]
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
        run = _run(tok.surface)
        if run is not None and tok.kind == "num" and nxt is not None and nxt.kind == "pic":
            out += _listed("ord", run, tok)  # photo numbers, as "第一、三、五张" lists them
            continue
        if run is not None and tok.kind == "photo" and tok.surface.startswith("第"):
            out += _listed("photo", run, tok)
            continue
        counted = nxt is not None and nxt.kind == "num" and nxt.value == 2
        counted = counted and after is not None and after.kind == "pic"
        if tok.kind == "num" and pair is not None and counted:
            out += _pair("ord", pair, tok)  # photo numbers: "两张" counts photos
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
