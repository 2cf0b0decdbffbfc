"""A reason said after a request with no comma between ("less zoom its giving me a headache",
"turn the music down it hurts my ears"): the words after "it's", "it", "this is" that name
nothing the video has are why, not a request the lexicon missed."""

from __future__ import annotations

import re

from .entities import Tok

UNKNOWN = "?"
# what a reason may be made of: words no entity stands for, and reasons the lexicon knows
WHY = (UNKNOWN, "reason", "it")
# "it's", "its", "it", "this is", "that's", "they're", "cause": a remark begins
BEGINS = re.compile(
    r"\b(?:it'?s|it\s+is|it|this\s+is|that'?s|they'?re|cause|cuz|because)\s+$", re.IGNORECASE
)


def trailing_why(toks: list[Tok], orig: str) -> list[Tok]:
    """The last stretch of unknown words becomes one reason when a remark word begins it and a
    request came before ("less zoom" read, "giving me a headache" let go as why)."""
    k = len(toks)
    while k > 0 and toks[k - 1].kind in WHY:
        k -= 1
    rest = toks[k:]
    if k == 0 or not any(t.kind == UNKNOWN for t in rest) or toks[k - 1].kind == "sep":
        return toks
    first = next((t for t in rest if t.kind != "it"), rest[0])
    if first.start < 0 or not orig.isascii():
        return toks
    if not BEGINS.search(orig[toks[k - 1].end : first.start]):
        return toks
    return [*toks[:k], Tok("reason", None, rest[0].start, rest[-1].end, "")]
