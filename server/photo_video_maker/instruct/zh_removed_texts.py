""" "片尾不要字了", "开头的字都删掉": the letters at the start or at the end, taken away, are the
title or the closing text (not every text: the captions on the photos stay)."""

from __future__ import annotations

from .entities import Tok

TAKING = ("remove", "no", "off")
PLACED = {"end": "closing", "start": "title"}


def removed_at_place(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    start = 0
    for k in range(len(toks) + 1):
        if k < len(toks) and toks[k].kind not in ("sep", "then"):
            continue
        clause = toks[start:k]
        places = {t.kind for t in clause if t.kind in PLACED}
        nouns = [t for t in clause if t.kind in ("textnoun", "title", "caption", "closing")]
        taken = any(t.kind in TAKING for t in clause)
        plain = len(nouns) == 1 and nouns[0].kind == "textnoun" and not nouns[0].surface.isascii()
        for tok in clause:
            if taken and plain and len(places) == 1 and tok is nouns[0]:
                tok = Tok(PLACED[places.pop()], None, tok.start, tok.end, tok.surface)
            out.append(tok)
        if k < len(toks):
            out.append(toks[k])
        start = k + 1
    return out
