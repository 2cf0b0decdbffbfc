"""Two photos named after a swap that named none ("这两张换一下 第二和第五", "两张照片换一下：第二张
和第五张", "swap these two: 2 and 5"): the swap is of those two. Read apart, the swap asked which
two and the photos named after it were left over."""

from __future__ import annotations

from .entities import Tok

# what a swap may say of its photos without naming them: "这两张", "these two", "photos"
VAGUE = ("num", "pic", "it", "photos", "clip")
PLACES = ("photo", "ord", "num")
ENDS = ("sep", "then", "colon")


def pair_named_after(toks: list[Tok]) -> list[Tok]:
    for k, tok in enumerate(toks):
        if tok.kind != "swap":
            continue
        start = k
        while start > 0 and toks[start - 1].kind not in ENDS:
            start -= 1
        end = k + 1
        while end < len(toks) and toks[end].kind not in ENDS:
            end += 1
        vague = toks[start:k] + toks[k + 1 : end]
        if any(t.kind not in VAGUE for t in vague):
            continue
        if any(t.kind == "num" and t.value != 2 for t in vague):
            continue  # "三张换一下": not two
        pair = toks[end + 1 : end + 4]
        if len(pair) < 3 or not _pair(pair):
            continue
        if end + 4 == len(toks) or toks[end + 4].kind in ENDS:
            return [*toks[:start], tok, *pair, *toks[end + 4 :]]
    return toks


def _pair(toks: list[Tok]) -> bool:
    first, joined, second = toks
    return first.kind in PLACES and joined.kind == "and" and second.kind in PLACES
