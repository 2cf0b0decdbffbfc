"""A look said to be too strong while it is on ("hmm too orange" or "tone it down" after
"warmer", "太黄了" with the warm look): the original colours again.

A look has no strength to step down, and the opposite look overshoots what was asked: "too
orange" with the warm look on turned the video blue (cool), and a bare "tone it down" after a
look made the music quieter, in a video that had none. Where the look is not the one
complained of ("the photos look too yellow" with no look on), the opposite look is still what
the lexicon reads."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.draft import Draft
from ..model.edit_types import Edit, SetLook

# what is said of the look on now that complains of it, and the look the lexicon reads it as
_TOO = {
    "warm": (r"too (?:warm|yellow|orange|golden)|looks? (?:warm|yellow|orange)|偏黄|太黄|发黄|太暖",
             "cool"),
    "cool": (r"too (?:cold|cool|blue)|looks? (?:cold|blue)|偏蓝|太蓝|发蓝|太冷", "warm"),
    "sepia": (r"too (?:brown|yellow|orange)|太黄|发黄", "cool"),
}  # fmt: skip
# a step down of whatever was just put on: the look, when that is all the last turn changed
_DOWN = re.compile(
    r"^(?:hmm+|ok|okay|um+|ah|yeah|actually)?[\s,.]*(?:can you |could you |pls |please )?"
    r"(?:tone (?:it|that|this) down|tone down|too strong|a bit much|less strong"
    r"|not so strong|over the top|overdone)(?: a bit| a little| please| pls)?[\s.!]*$",
    re.IGNORECASE,
)


def softened(text: str, edits: Sequence[Edit], draft: Draft) -> list[Edit]:
    """The edits, with the opposite look read from a complaint of the look on made the
    original colours."""
    look = getattr(draft.m, "look", "none") or "none"
    if look not in _TOO or not re.search(_TOO[look][0], text.lower()):
        return list(edits)
    opposite = _TOO[look][1]
    return [
        SetLook(look="none") if isinstance(e, SetLook) and e.look == opposite else e for e in edits
    ]


def toned_down(text: str, last: Sequence[Edit], draft: Draft) -> Edit | None:
    """The original colours, for "tone it down" said right after a look was all that changed."""
    look = getattr(draft.m, "look", "none") or "none"
    if look == "none" or not last or not all(isinstance(e, SetLook) for e in last):
        return None
    return SetLook(look="none") if _DOWN.match(text.strip()) else None
