"""A remark said after the words of a text, in lower case, is no part of them: "title it
Christmas at Nana's because thats where we were", "make the title say Anna and Tom, its their
wedding", "the title should be Camping for Beginners lol", "call it Tokyo Nights pls 🙏", "title it
Fishing Trip - its for my dads bday", "call it Zoo Day (my sister's idea)".

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
# after a comma or a dash: a remark on what the text is ("..., its their wedding", "... - its
# for my dads bday")
COMMA_REMARK = re.compile(
    r"(?:,|\s[-—–])\s+(?:its|it's|it is|thats|that's|this is|these are|because|cause|cuz|coz|"
    r"bc|since)\b[^A-Z]*$"
)
# a remark in brackets at the end, in lower case ("Zoo Day (my sister's idea)")
BRACKETED = re.compile(r"\s*\((?=[^)]*\s)[a-z' ,.!]+\)$")


def without_remark(words: list[str]) -> list[str]:
    """The words of a text without a remark said after them in lower case."""
    said = BRACKETED.sub("", " ".join(words))
    words = said.split()
    comma = COMMA_REMARK.search(said)
    if comma is not None and comma.start() > 0:
        words = said[: comma.start()].split()
    for k in range(1, len(words) - 1):
        word, nxt = words[k], words[k + 1]
        if word in BECAUSE or (word in SINCE and nxt.lower().strip(",") in WHO):
            return words[:k]
    laugh = next((k for k in range(1, len(words)) if words[k] in LAUGHS), None)
    if laugh is not None:  # "Zoo Day haha the kids will love it": the rest is chat
        words = words[:laugh]
    while words and words[-1] in ("-", "—", "–"):  # "Zoo Day — thanks!"
        words = words[:-1]
    return words
