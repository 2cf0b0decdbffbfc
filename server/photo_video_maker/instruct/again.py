"""One more of the step just taken: "还不够" (not enough yet), "再来一点" after "音乐小声一点" is
the same step again; nothing happens when the previous turn took no step (a value is no step).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model.edit_types import Edit
from .entities import Tok
from .fillers import SOFT
from .tidy import relative

ALONE = ("not_enough", "degree", "more", *SOFT)


def repeated(toks: list[Tok], last: Sequence[Edit]) -> Edit | None:
    """The previous turn's one step, again, when that is all the sentence asks."""
    steps = [e for e in last if relative(e)]
    if len(steps) != 1 or not any(t.kind == "not_enough" for t in toks):
        return None
    if any(t.kind not in ALONE for t in toks if t.kind not in ("sep", "then")):
        return None
    return steps[0].model_copy()
