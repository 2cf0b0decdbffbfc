"""How to do the upload asked for in the same breath ("我要加几张新的照片进去 怎么弄"): the upload's
own reply says how, so the "how" is no separate question about what the assistant can do
(before, the help was answered and the upload was lost)."""

from __future__ import annotations

from collections.abc import Sequence

from .intents import Out
from .match import Match
from .reading import Question


def how_to_upload(question: Question | None, outs: Sequence[tuple[Match, Out]]) -> bool:
    """Whether the question is only "how", asked of an upload said beside it."""
    return question == "help" and any(out.route == "upload" for _, out in outs)
