"""Chinese "照片放大慢一点", "放大的时候慢一点", "放大的慢一点" (的 typed for 得): a zoom said with
how fast it goes is the photos' camera move, as "放大得慢一点" is; never bigger text or photos
filling the frame ("放大少一点" is less of it). And "缩放的时间长一点": the move made to last
longer is a slower move (never each photo shown longer beside it); "动效温柔点" a calmer move
(no calm music).
"""

from __future__ import annotations

from .entities import Tok

ZOOMS = ("放大", "缩小", "拉近", "拉远")
PACES = ("faster", "slower", "more", "less")  # "放大少一点": less of the zoom
TEXTS = ("title", "caption", "closing", "textnoun", "size_word")
WHEN = ("", "的", "得", "的时候", "时", "时候")
# the move's time made longer is the move slower (and shorter, faster)
PACE_OF = {"longer": "slower", "shorter": "faster"}


def zoom_paced(toks: list[Tok], orig: str) -> list[Tok]:
    """A zoom word straight before a pace word ("放大慢", "放大的时候快") reads as the move; the
    move's own time longer or shorter ("动效时间长一点") is how fast it goes."""
    out = list(toks)
    texts = any(t.kind in TEXTS for t in toks)  # "字幕放大多一点": the text's size
    for k, tok in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        between = orig[tok.end : nxt.start]
        if (
            not texts
            and tok.surface in ZOOMS
            and tok.kind in ("bigger", "smaller")
            and (nxt.kind in PACES or _timed(toks, k + 1))
            and between in WHEN
        ):
            out[k] = Tok("motion", None, tok.start, tok.end, tok.surface)
    return _move_timed(out, orig)


def _timed(toks: list[Tok], k: int) -> bool:
    """ "时间长一点" at ``k``: a length, then longer or shorter."""
    return toks[k].kind == "length" and k + 1 < len(toks) and toks[k + 1].kind in PACE_OF


def _move_timed(toks: list[Tok], orig: str) -> list[Tok]:
    """The move, its time ("时间", "时长"), then longer or shorter: one pace word."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        said = toks[k + 1 : k + 3]
        calm = bool(said) and said[0].kind == "mood" and said[0].value == "calm"
        if tok.kind == "motion" and calm and orig[tok.end : said[0].start] in WHEN:
            calm = said[0]  # "动效温柔点": the move calmer, as "动效柔和一点" is
            out += [tok, Tok("calmer", None, calm.start, calm.end, calm.surface)]
            k += 2
            continue
        if (
            tok.kind == "motion"
            and len(said) == 2
            and said[0].kind == "length"
            and said[1].kind in PACE_OF
        ):
            step = said[1]
            out += [tok, Tok(PACE_OF[step.kind], None, said[0].start, step.end, step.surface)]
            k += 3
            continue
        out.append(tok)
        k += 1
    return out


# "推" alone is a push transition, unless the camera's move was just said ("镜头推近一点 慢慢推")
CAMERA_PUSH = ("推", "推近", "拉", "拉远", "推进")


def camera_pushed(toks: list[Tok]) -> list[Tok]:
    """A bare "推" after the camera's move, with no transition named, is that move again."""
    if any(t.kind == "transition" for t in toks):
        return toks
    out: list[Tok] = []
    for tok in toks:
        moved = any(t.kind == "motion" for t in out)
        if moved and tok.kind == "trans" and tok.surface in CAMERA_PUSH:
            tok = Tok("motion", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out
