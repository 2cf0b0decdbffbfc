"""What the video is for, said after a value: "make it 1 min for the contest", "4 sec each for
the recital", "the video has to be 20 secs for the competition". The thing it is for is a word
the lexicon does not know; after "for" and a value it is why, never a request nor a text
(before, the whole sentence was left unread, or "20 secs for the competition" became a text).
Only words no entity reads are taken: "for the beach photo", "for tiktok", "for each photo" keep
their meaning."""

from __future__ import annotations

import re

from .entities import Tok

FOR = re.compile(
    r"^\s*(?:(?:in\s+)?total\s+|overall\s+|long\s+)?,?\s*(?:just\s+|only\s+|mainly\s+)?for\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+|his\s+|"
    r"her\s+|their\s+|this\s+|that\s+|some\s+|tomorrow'?s\s+|today'?s\s+)?$",
    re.IGNORECASE,
)
# a value said just before "for": the request is complete, what follows says why
VALUES = ("dur", "pct", "aspect", "res", "fps", "look")
# words that may stand between the value and "for" ("4 sec each for ...", "3 secs per photo")
AFTER_VALUE = ("each", "pic", "length", "video", "it")
# words that may follow the unknown one in the same reason ("for the contest tomorrow")
TRAILING = ("?", "reason")
BREAKS = ("sep", "and", "then")


def purpose_said(toks: list[Tok], orig: str) -> list[Tok]:
    """An unknown word after "for" that follows a value, and ends its clause, is a reason."""
    out = list(toks)
    for k in range(1, len(toks)):
        tok = toks[k]
        if tok.kind != "?" or not _after_value(toks[:k]):
            continue
        if FOR.match(orig[max(t.end for t in toks[:k]) : tok.start]) is None:
            continue
        rest = toks[k + 1 : next((n for n in range(k + 1, len(toks)) if toks[n].kind in BREAKS),
                                 len(toks))]  # fmt: skip
        if all(t.kind in TRAILING for t in rest):
            out[k] = Tok("reason", None, tok.start, tok.end, tok.surface)
    return out


def _after_value(before: list[Tok]) -> bool:
    """A value said last, or a value and the words that say what it is of ("4 sec each")."""
    for tok in reversed(before[-4:]):
        if tok.kind in VALUES:
            return True
        if tok.kind not in AFTER_VALUE:
            return False
    return False
