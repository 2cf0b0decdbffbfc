""" "finish with a message saying we love you grandma", "end on a text that says miss you",
"start with a little card reading Welcome": the words before "saying" name the kind of text,
the words after it are the text itself."""

from __future__ import annotations

import re

FRAME = re.compile(
    r"^(?:(?:a|an|the|some|one)\s+(?:[a-z']+\s+){0,3}?|(?:little|short|small|nice|big|final|"
    r"last|cute|sweet)\s+)?"
    r"(?:message|text|note|line|card|slide|screen|sign|caption|banner|title|heading|words?)"
    r"(?:\s+(?:that\s+|which\s+)?(?:says|saying|reading|reads|read|with)|\s*:)\s+",
)  # lower case only: "The Line Saying Hi" in capitals is the person's own text


def unframed(said: str) -> str:
    """``said`` without a leading "a message saying" (unchanged when nothing follows it)."""
    m = FRAME.match(said)
    if m is None or not said[m.end() :].strip():
        return said
    return said[m.end() :].strip()
