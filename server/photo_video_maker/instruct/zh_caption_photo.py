"""The photo a Chinese caption goes on, said after its words: "加字幕：海边，放在第一张",
"字幕写海边，第一张的", "字幕：海边，加到第三张上面". A clause that only names one photo
(with "放在 / 加到 / 在" and a place on it) right after a caption with no photo of its own is
that caption's photo; it reads as if said first ("第一张加字幕：海边").
"""

from __future__ import annotations

from .entities import Tok

# what a clause that only says where the caption goes may hold besides the photo
WHERE = ("put", "add", "to", "in", "pos")
# a caption clause naming one of these already says which photo, or is about something else
OTHER = ("photo", "ord", "each", "pic", "title", "closing", "then")
REACH = 8  # tokens looked back from the text to its caption noun


def _clause(toks: list[Tok], k: int) -> tuple[int, int]:
    """The tokens around ``k`` between hard separators: [start, end)."""
    start = k
    while start > 0 and toks[start - 1].kind != "sep":
        start -= 1
    end = k
    while end < len(toks) and toks[end].kind != "sep":
        end += 1
    return start, end


def _caption_before(toks: list[Tok], sep: int) -> int | None:
    """Where the caption clause said before ``sep`` starts, if it ends with its text, names a
    caption and no photo."""
    if sep < 1 or toks[sep - 1].kind != "text":
        return None
    noun = None
    for j in range(sep - 1, max(-1, sep - 1 - REACH), -1):
        if toks[j].kind in OTHER:
            return None
        if toks[j].kind == "caption":
            noun = j
            break
    if noun is None:
        return None
    start, _ = _clause(toks, noun)
    if any(t.kind in OTHER for t in toks[:start]):
        return None  # a photo named earlier in the sentence may be the one meant
    return start


def caption_photo_after(toks: list[Tok]) -> list[Tok]:
    """A caption's photo said in the clause after it moves in front of the caption."""
    for k, tok in enumerate(toks):
        if tok.kind != "photo":
            continue
        start, end = _clause(toks, k)
        where = toks[start:end]
        if start == 0 or any(t.kind not in (*WHERE, "photo") for t in where):
            continue
        if sum(t.kind == "photo" for t in where) != 1:
            continue
        begin = _caption_before(toks, start - 1)
        if begin is None:
            continue
        places = [t for t in where if t.kind == "pos"]
        return [*toks[:begin], tok, *places, *toks[begin : start - 1], *toks[end:]]
    return toks
