"""One fade said of two things at once: "结尾音乐和画面一起淡出 3秒", "画面和音乐都在结尾淡出
1.5秒", "最后音乐跟画面同时淡出，4秒吧": the music and the picture (the video's own fade) each
fade, and the length said once is the length of both.

The fade word and its length are copied after every subject of the list but the last, so that
each subject's template finds its own ("音乐 淡出 3秒 和 画面 淡出 3秒"); a length said in a
clause of its own right after ("淡出，4秒吧") is the fade's.
"""

from __future__ import annotations

from .entities import Tok
from .fillers import SOFT

FADES = ("fade_out", "fade_in", "fade_inout")
MUSIC = ("music", "volume")
PICTURE = ("video",)
PLACES = ("end", "start")
TOGETHER = ("同时", "一起", "一同")  # "同时淡出": at once, not "and then"


def _family(tok: Tok) -> str | None:
    if tok.kind in MUSIC:
        return "music"
    if tok.kind in PICTURE or (tok.kind in PLACES and "画面" in tok.surface):
        return "picture"
    return None


def _subjects(toks: list[Tok], f: int) -> tuple[list[int], int]:
    """The subjects joined by "和/跟" before the fade at ``f`` and where they start."""
    k = f - 1
    while k >= 0 and (
        (toks[k].kind in PLACES and _family(toks[k]) is None)
        or (toks[k].kind == "then" and toks[k].surface in TOGETHER)
    ):
        k -= 1  # "都在结尾淡出", "同时淡出"
    subjects: list[int] = []
    while k >= 0 and _family(toks[k]) is not None:
        subjects.append(k)
        if k >= 1 and toks[k - 1].kind == "and":
            k -= 2
            continue
        break
    return subjects[::-1], k


def _length(toks: list[Tok], f: int) -> int | None:
    """The length said right after the fade, or alone in the clause after it."""
    j = f + 1
    if j < len(toks) and toks[j].kind == "dur":
        return j
    if j + 1 < len(toks) and toks[j].kind == "sep" and toks[j + 1].kind == "dur":
        rest = toks[j + 2 :]
        alone = all(t.kind in SOFT and t.kind != "video" for t in rest[:1]) or not rest
        if alone or rest[0].kind in ("sep", "then"):
            return j + 1
    return None


def faded_together(toks: list[Tok]) -> list[Tok]:
    """ "音乐和画面一起淡出 3秒": a fade (with its length) after each of the subjects."""
    for f, tok in enumerate(toks):
        if tok.kind not in FADES:
            continue
        subjects, _ = _subjects(toks, f)
        families = {_family(toks[k]) for k in subjects}
        if len(subjects) < 2 or families != {"music", "picture"}:
            continue
        d = _length(toks, f)
        said = [tok] if d is None else [tok, toks[d]]
        out: list[Tok] = []
        for k, t in enumerate(toks):
            if k == d:
                continue
            if t.kind == "then" and t.surface in TOGETHER and subjects[-1] < k < f:
                continue
            out.append(t)
            if k in subjects[:-1]:
                out += [Tok(s.kind, s.value, s.start, s.end, s.surface) for s in said]
            if k == f and d is not None:
                out.append(toks[d])
        return out
    return toks
