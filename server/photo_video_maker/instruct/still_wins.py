""" "please no the zoom, the photos they move too much": the photos kept still, and the reason
given after it ("they move too much") read as "less movement", which turned the motion back on,
gentler. Less movement said beside no movement is the same wish: the photos stay still."""

from __future__ import annotations

from ..model.edit_types import Edit, SetMotion


def still_wins(edits: list[Edit]) -> list[Edit]:
    """Without a "less movement" said in the same message as "no movement"."""
    if not any(isinstance(e, SetMotion) and not e.on for e in edits):
        return edits
    less = [
        e
        for e in edits
        if isinstance(e, SetMotion) and e.on and e.factor is not None and e.factor < 1
    ]
    return [e for e in edits if all(e is not other for other in less)]
