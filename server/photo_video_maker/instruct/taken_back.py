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
    return LAST_WORDS.search(text.lower()) is not None or zh_taken_back(text)


# "能不能高清一点啊 还是算了", "改成1080p，算了吧": the Chinese request let go at the end
ZH_LAST_WORDS = re.compile(
    r"\S[\s,，。.!！?？~～…]+(?:(?:哎|唉|呃|嗯|额|啊)\W*)?"
    r"(?:还是算了|那还是算了|那算了|算了|当我没说)(?:吧|啦|哈|了)?[\s.!！。~～…]*$"
)


def zh_taken_back(text: str) -> bool:
    """Whether a Chinese message ends by letting go of what it asked before."""
    return ZH_LAST_WORDS.search(text) is not None
