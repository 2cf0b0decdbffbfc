""" "每张照片时间平均一下 一共20秒": a length said with 一共/总共 is the whole video's, never the
length of each photo named in the clause before (一共 is otherwise a filler word)."""

from __future__ import annotations

import re

from .entities import Tok

IN_ALL = re.compile(r"(一共|总共|总长|全长|总时长)(?:是|就|要|大概|大约)?\s*$")


def in_all(toks: list[Tok], orig: str) -> list[Tok]:
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        if tok.kind == "dur" and tok.start >= 0:
            begin = toks[k - 1].end if k else 0
            said = IN_ALL.search(orig, begin, tok.start)
            if said is not None and not (out and out[-1].kind in ("video", "length")):
                out.append(Tok("video", None, said.start(), said.end(), said.group(1)))
        out.append(tok)
    return out
