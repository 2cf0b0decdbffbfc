"""A message signed like a letter: "... five seconds each. Regards, Harold", "thanks in
advance! best, Linda", "谢谢！王阿姨". The sign-off after the last sentence asks for nothing; it
is blanked (same length, so every position still points at the person's own text). Before,
its name was left unread and the whole request failed. A name right after a text word is
never touched ("closing: Love, Grandma" is the text). So is an opener said before the first
request: "ok lets start, make a video ...", "alright let's begin, ..." ("start" was left
unread)."""

from __future__ import annotations

import re

# a sentence end, a closing formula, and at most a short name after it
SIGN_OFF = re.compile(
    r"(?<=[.!?。！？])\s*(?i:(?:kind|best|warm|warmest|many|with)\s+)?"
    r"(?i:regards|wishes|thanks|thanks in advance|thank you|thank you in advance|sincerely|"
    r"thanks a lot|thanks so much|thank you so much|thanks again|thx|ty|"
    r"yours truly|yours|cheers|best|take care|love from|from)"
    r"(?:\s*[,，]\s*|\s+)(?i:(?:mr|mrs|ms|dr|grandpa|grandma|nana|papa|auntie|uncle)\.?\s+)?"
    r"[A-Za-z][a-z]+(?:\s+[A-Z][a-z]+)?[.!]*\s*$"
)


# words that lead a text: what follows them may be the text itself ("... Best, Nana")
# (an apostrophe inside a word, "I'd", "it's", quotes nothing)
TEXTY = re.compile(
    r"title|caption|closing|ending|text|says|saying|call|name|[:\"“‘]|'(?![a-z])|(?<![a-z])'",
    re.I,
)


OPENER = re.compile(
    r"^\s*(?:(?:ok|okay|alright|right|so|well|hi|hey)\s*[,!.]?\s*)*"
    r"(?:let'?s|lets|let us)\s+(?:start|begin|get started|go|do this|do it|get going)"
    r"(?:\s+then)?\s*[,!.;:]+",
    re.IGNORECASE,
)


def unsigned(text: str) -> str:
    """``text`` with a trailing sign-off and its name (and an opener) blanked out."""
    opened = OPENER.match(text)
    if opened is not None and text[opened.end() :].strip():
        text = " " * opened.end() + text[opened.end() :]
    found = SIGN_OFF.search(text)
    if found is None or TEXTY.search(text[: found.start()]):
        return text
    return text[: found.start()] + " " * (found.end() - found.start())
