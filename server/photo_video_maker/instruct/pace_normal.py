""" "速度恢复正常", "节奏恢复正常", "speed back to normal": "back to normal" said of the pace is
the pace, never the colours (it was read as the look "none"). Right after the pace changed,
that change is taken back; otherwise which pace is "normal" is not known, so nothing changes."""

from __future__ import annotations

from collections.abc import Sequence

from ..model.edit_types import Edit, Undo
from .back_to_before import TIME
from .entities import Tok
from .fillers import SOFT

PACE = ("pace", "speed")
QUIET = ("sep", *SOFT)


def pace_to_normal(toks: list[Tok], last: Sequence[Edit]) -> list[Edit] | None:
    """[Undo] after a change of pace, [] (nothing known to do) before one, None: not this."""
    said = [t for t in toks if t.kind not in QUIET or t.kind in PACE]
    kinds = {t.kind for t in said}
    normal = [t for t in said if t.kind == "look" and t.value == "none"]
    if not normal or not kinds & set(PACE) or kinds - {"look", *PACE}:
        return None
    if any(edit.kind in TIME for edit in last):
        return [Undo()]
    return []
