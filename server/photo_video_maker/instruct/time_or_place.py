"""A bare number after one photo, with a verb that neither moves nor times it: "put the dog pic
for 5", "make the beach one 4", "set the city one to 2". Five seconds on screen, or the fifth
place? Asked, never guessed (a move read there put the photo somewhere else without a word).

The number must end the sentence (politeness aside), carry no unit or place word ("5 secs",
"5th", "number 5", "at 5", "to the end"), and name a place that exists. What the turn before changed
settles it: after a photo's time, a number is its seconds; after a move, its place.
"""

from __future__ import annotations

import re

from ..model.edit_types import Edit, Move, SetSecondsPerPhoto
from .context import Ctx
from .intents import said
from .reading import Option

WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
}  # fmt: skip
# the verbs that say neither: "put" also places ("put it first"), "make" also times
NEUTRAL = re.compile(r"\b(?:put|make|set|change|have|leave|turn)\b")
# words that settle it: a time ("stay", "secs", "longer") or a place ("move", "spot", "first")
SETTLED = re.compile(
    r"\b(?:move|moved|moving|swap|switch|stay|stays|show|shows|shown|hold|holds|lasts?|linger|"
    r"lingers|screen|onscreen|up|s|sec|secs|second|seconds|min|mins|minutes?|long|longer|"
    r"shorter|time|duration|each|every|all|place|spot|position|slot|number|no|#|first|last|"
    r"start|end|front|back|beginning|after|before|earlier|later|behind|between|order|"
    r"photos|pics|pictures)\b|#"
)
POLITE = re.compile(r"(?:[\s,]*(?:pls|plz|please|thx|thanks|thank you|ok|okay|[.!?]+))*\s*$")
TAIL = re.compile(r"(?P<before>\S+)\s+(?P<n>\d+|" + "|".join(WORDS) + r")$")
# the word right before the number: "for", "to", or the photo itself ("the beach one 4")
BEFORE = ("for", "to", "one", "pic", "photo", "picture", "shot", "image", "slide")


def time_or_place(text: str, edits: list[Edit], ctx: Ctx) -> list[Option]:
    """The two readings of "put the dog pic for 5", when the sentence was read as one of them."""
    if len(edits) != 1 or ctx.lang != "en":
        return []
    edit = edits[0]
    n: float
    if isinstance(edit, Move) and (isinstance(edit.to, int) or edit.to == "start"):
        index, n = edit.index, 1 if edit.to == "start" else edit.to  # "set it to 1": the start
    elif isinstance(edit, SetSecondsPerPhoto) and edit.index is not None and edit.seconds:
        index, n = edit.index, edit.seconds
    else:
        return []
    low = POLITE.sub("", " ".join(text.lower().split()))
    tail = TAIL.search(low)
    if tail is None or not NEUTRAL.search(low) or SETTLED.search(low):
        return []
    before = tail.group("before")
    photo = before in BEFORE or before.isdigit() or before.endswith((".jpg", ".jpeg", ".png"))
    if not photo and before not in ctx.stems:
        return []  # "put the forest one at 1", "at positon 1": a place
    said_n = tail.group("n")
    value = int(said_n) if said_n.isdigit() else WORDS[said_n]
    if value != n or not 1 <= value <= len(ctx.segments()):
        return []
    if any(isinstance(e, SetSecondsPerPhoto) for e in ctx.last):
        return []  # "make the dog one 5" right after a photo's time: its seconds
    if any(isinstance(e, Move) for e in ctx.last):
        return []  # ... right after a move: its place
    return [
        Option(
            said(ctx, f"Photo {index} on screen for {value} s", f"第 {index} 张显示 {value} 秒"),
            [SetSecondsPerPhoto(seconds=float(value), index=index)],
        ),
        Option(
            said(ctx, f"Move photo {index} to place {value}", f"第 {index} 张移到第 {value} 位"),
            [Move(index=index, to=value)],
        ),
    ]
