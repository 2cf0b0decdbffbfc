"""Photos named as a run in Chinese: "第1到3张", "第2到第4张", "2至4张" are photos 2, 3 and 4
(not photo 1 moved to place 3, nor photos 2 and 4 alone)."""

from __future__ import annotations

from .entities import Tok

LINKS = ("到", "至", "~", "-")


def zh_photo_ranges(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        found = _run(toks, k)
        if found is None:
            out.append(toks[k])
            k += 1
            continue
        first, last, end = found
        span = list(range(first, last + 1))
        out.append(Tok("photos", span, toks[k].start, toks[end - 1].end, toks[k].surface))
        k = end
    return out


def _run(toks: list[Tok], k: int) -> tuple[int, int, int] | None:
    """The first and last photo of a run starting at ``k``, and where the run's words end."""
    if k + 2 >= len(toks):
        return None
    start, link, stop = toks[k], toks[k + 1], toks[k + 2]
    if start.kind not in ("ord", "num") or not _whole(start.value):
        return None
    if not (link.kind == "to" or link.kind == "?") or link.surface not in LINKS:
        return None
    if stop.kind == "photo" and _whole(stop.value):
        end = k + 3
    elif stop.kind == "num" and _whole(stop.value) and k + 3 < len(toks):
        if toks[k + 3].kind != "pic":
            return None
        end = k + 4
    else:
        return None
    if start.kind == "num" and stop.kind != "num":
        return None  # "2到第4张" is no way people say it
    first, last = int(start.value), int(stop.value)
    return (first, last, end) if 0 < first < last <= 50 else None


def _whole(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and float(value) == int(value)
    )


def that_one_named(toks: list[Tok]) -> list[Tok]:
    """ "第三张那个酒的照片", "把第二张这个照片放最后": "那个/这个", a few words saying what is
    in it and "照片" right after a photo's number are that same photo (not another photo to
    ask about)."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        out.append(tok)
        k += 1
        if tok.kind != "photo" or tok.surface.isascii():
            continue
        j = k
        while j < len(toks) and toks[j].kind == "it" and not toks[j].surface.isascii():
            j += 1
        said = j
        while said < len(toks) and said - j < 4 and toks[said].kind == "?":
            said += 1
        if said < len(toks) and toks[said].kind == "pic" and said > j:
            j = said + 1  # "酒的照片": what the photo shows, then the word for photo
        k = j
    return out
