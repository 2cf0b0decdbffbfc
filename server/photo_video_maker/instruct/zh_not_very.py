"""A Chinese "not very ..." said of something: "转场不太好看诶", "音乐淡出不是很自然",
"720不太清晰 1080吧", "不太喜欢这个转场 换成闪白吧". "不太X" judges how a thing is; it is no
"不" that takes the thing away (before, "转场不太好看" removed the transitions) and no "太X"
that asks for the opposite. The judgement becomes one ``dislike`` of what it is said of, so
that alone it changes nothing and beside a request it says why ("..., 换成闪白吧")."""

from __future__ import annotations

import re

from .entities import Tok

# "不太", "不是很", "不怎么", "不是特别": "not very"; never "不要太" (a request: zh_compose)
NOT_VERY = re.compile(r"不(?:太|是很|是太|怎么|是特别|是那么)")
# words that may be the quality judged ("清晰", "快", "明显"): taken into the judgement while
# they follow it with nothing between; a word that names a thing or a value stops it
QUALITY = (
    "?", "degree", "too", "q", "dislike", "reason", "it", "faster", "slower", "longer",
    "shorter", "louder", "quieter", "bigger", "smaller", "softer", "sharper", "more", "less",
    "still", "livelier", "calmer",
)  # fmt: skip
# what a dislike is said of ("转场不太好看", "第三张不太清楚", "这首不太行")
THINGS: tuple[str, ...] = ("transition", "trans", "music", "song", "motion", "pic", "photo")
THINGS += ("title", "caption")
THINGS += ("closing", "textnoun", "look", "clip", "builtin", "res", "fps")
# a value judged ("60帧不太流畅") is the old one when another is said beside it
VALUES = ("res", "fps")  # "fps" is a rate already read ("60fps")
# where the judged quality ends at the latest: a space or a sign
_STOP = re.compile(r"[\s,，。.;；!！?？~～、]")


def not_very(toks: list[Tok], orig: str) -> list[Tok]:
    """Each "不太X" becomes one ``dislike``; what follows X in its clause is left as it was."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        said = NOT_VERY.match(orig, tok.start) if tok.start >= 0 else None
        if said is None or tok.kind not in ("not", "instead", "dislike", "no"):
            out.append(tok)
            k += 1
            continue
        j = k + 1
        while j < len(toks) and 0 <= toks[j].start < said.end():
            j += 1  # the "太" or "太快" read on its own
        gap = _STOP.search(orig, said.end())
        stop = gap.start() if gap is not None else len(orig)
        stop = max([stop, *(toks[i].end for i in range(k + 1, j))])
        while j < len(toks) and 0 <= toks[j].start < stop and toks[j].kind in QUALITY:
            j += 1
        if j < len(toks) and 0 <= toks[j].start < stop:
            stop = toks[j].start  # "不太喜欢这个转场": the thing judged stays itself
        if stop <= said.end():  # "不太" with nothing judged after it
            out.append(tok)
            k += 1
            continue
        # said of a thing ("转场不太好看"), a dislike of it; else why ("我不太懂这些", "画面…",
        # "这首歌我不太喜欢": the person's taste, asked about by nothing)
        kind = (
            "dislike" if out and out[-1].kind in THINGS and out[-1].end == tok.start else "reason"
        )
        start = tok.start
        said_value = _value_before(out)
        if said_value and not _another_value(toks, k - said_value, k):
            start = out[-said_value].start  # "30帧不是很流畅" alone: no rate asked for
            del out[-said_value:]
            kind = "reason"
        out.append(Tok(kind, None, start, stop, orig[start:stop]))
        k = j
    return out


def _value_before(out: list[Tok]) -> int:
    """How many tokens at the end of ``out`` say a size or rate ("1080p", "60" "帧"), or 0."""
    if out and out[-1].kind in VALUES:
        return 1
    if len(out) > 1 and out[-1].kind == "fps_word" and out[-2].kind == "num":
        return 2
    return 0


def _another_value(toks: list[Tok], start: int, end: int) -> bool:
    """Whether a size, rate or bare number is said outside ``toks[start:end]``."""
    return any(t.kind in (*VALUES, "num") for j, t in enumerate(toks) if not start <= j < end)
