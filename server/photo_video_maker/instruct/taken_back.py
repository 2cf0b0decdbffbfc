"""A request taken back at the end of the same message: "can you play it slower? nah never
mind", "make it 30 seconds... actually forget it" (nothing changes; "nvm, undo it" said first
is the undo asked, and stays so)."""

from __future__ import annotations

import re

LAST_WORDS = re.compile(
    r"[?.!,;]\s*(?:(?:nah|no|actually|hmm|oh|wait|jk)\W+)*"
    r"(?:never\s*mind|nvm|forget it|forget that|scratch that|ignore that|don'?t bother)"
    r"(?:\W+(?:then|lol|haha|sorry))*\W*$"
)


def taken_back(text: str) -> bool:
    """Whether the message ends by taking back what it asked before."""
    return LAST_WORDS.search(text.lower()) is not None
