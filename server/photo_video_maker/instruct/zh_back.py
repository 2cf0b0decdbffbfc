""" "换回去", "算了改回去吧" said with nothing after: the last change taken back. With words after
("换回去原来的音乐") it stays a verb of changing, and those words say to what."""

from __future__ import annotations

from .entities import Tok
from .fillers import SOFT

BACK = ("换回去", "改回去", "变回去", "弄回去", "调回去")
AROUND = ("instead", "sep", "then", *SOFT)  # "算了，", "还是…吧"


def back_alone(toks: list[Tok]) -> list[Tok]:
    backs = [k for k, t in enumerate(toks) if t.kind == "change" and t.surface in BACK]
    if len(backs) != 1 or any(t.kind not in AROUND for k, t in enumerate(toks) if k != backs[0]):
        return toks
    tok = toks[backs[0]]
    undo = Tok("undo", None, tok.start, tok.end, tok.surface)
    return [t for t in toks[: backs[0]] if t.kind != "instead"] + [undo] + toks[backs[0] + 1 :]
