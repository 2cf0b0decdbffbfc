""" "每张显示拍摄时间", "每张照片上都显示拍照日期": the date shown on each photo. "显示" is a filler
word elsewhere, so the clause reads "每张 … 拍摄时间": with no verb of ordering ("按", "排"), the
date taken said of each photo is a caption of it, not the order (English "all the photos in
the order of the date" is the order: only the Chinese "每张" says "on each one")."""

from __future__ import annotations

from .entities import Tok

ORDERING = ("sort", "reverse", "shuffle", "move", "swap", "remove")


def dates_shown(toks: list[Tok]) -> list[Tok]:
    start = 0
    out: list[Tok] = []
    for k in range(len(toks) + 1):
        if k < len(toks) and toks[k].kind not in ("sep", "then"):
            continue
        clause = toks[start:k]
        each = any(t.kind == "each" and not t.surface.isascii() for t in clause)
        ordered = any(t.kind in (*ORDERING, "add", "put") for t in clause)  # or a verb said
        for tok in clause:
            by = tok.surface.startswith(("按", "根据", "依"))  # "按拍摄时间": the order
            if each and not ordered and not by and tok.kind == "sort_key" and tok.value == "date":
                out.append(Tok("add", None, tok.start, tok.start, ""))
            out.append(tok)
        if k < len(toks):
            out.append(toks[k])
        start = k + 1
    return out
