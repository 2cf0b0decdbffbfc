"""A remark said after the words of a text, in lower case, is no part of them: "title it
Christmas at Nana's because thats where we were", "make the title say Anna and Tom, its their
wedding", "the title should be Camping for Beginners lol", "call it Tokyo Nights pls 🙏".

A text's own words keep these words where they begin it or are written with a capital
("Because of You", "Together Since 2010", "Just Because"), and "since" goes on with the
text unless someone is named right after it ("together since 2010" is a text)."""

from __future__ import annotations

import re

# a reason begun: whatever follows is why, never the text
BECAUSE = ("because", "cause", "'cause", "cuz", "coz", "bc", "bcuz", "becuz")
# "since" begins a reason only before someone or something named ("since we went")
SINCE = ("since",)
WHO: tuple[str, ...] = (
    "we",
    "i",
    "it",
    "its",
    "it's",
    "that",
    "thats",
    "that's",
    "they",
    "he",
    "she",
    "my",
)
WHO += ("our", "this", "u", "you", "theyre", "they're", "were", "we're", "im", "i'm")
# laughter or a wink at the end of a chat line
LAUGHS = ("lol", "lmao", "haha", "hahaha", "hehe", "xd", "jk", "rofl", "lolol")
# after a comma: a remark on what the text is ("..., its their wedding")
COMMA_REMARK = re.compile(
    r",\s+(?:its|it's|it is|thats|that's|this is|these are|because|cause|cuz|coz|bc|since)\b"
    r"[^A-Z]*$"
)


def without_remark(words: list[str]) -> list[str]:
    """The words of a text without a remark said after them in lower case."""
    said = " ".join(words)
    comma = COMMA_REMARK.search(said)
    if comma is not None and comma.start() > 0:
        words = said[: comma.start()].split()
    for k in range(1, len(words) - 1):
        word, nxt = words[k], words[k + 1]
        if word in BECAUSE or (word in SINCE and nxt.lower().strip(",") in WHO):
            return words[:k]
    while len(words) > 1 and words[-1] in LAUGHS:
        words = words[:-1]
    return words
