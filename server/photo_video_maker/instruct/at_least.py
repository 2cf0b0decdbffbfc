"""A least length for the whole video ("make it at least 25 secs", "the video needs to be at
least 30 seconds", "no shorter than 20 seconds", "longer than a minute"): a video already that
long is left as it is and the answer says how long it is; a shorter one is made that long (the
photos share the time). Its words and template: ``at_least_words``."""

from __future__ import annotations

import re

from ..model.edit_types import SetTotalLength
from .context import Ctx
from .entities import Tok
from .intents import Out, Slots, intent, seconds

THAN = re.compile(r"\s*than\s*$", re.IGNORECASE)


def longer_than(toks: list[Tok], orig: str) -> list[Tok]:
    """ "make it longer than 30 seconds": at least that long (before, 30 s were added)."""
    out = list(toks)
    for k in range(len(toks) - 1):
        longer, dur = toks[k], toks[k + 1]
        said = longer.kind == "longer" and dur.kind == "dur" and 0 <= longer.end <= dur.start
        if said and THAN.match(orig[longer.end : dur.start]):
            out[k] = Tok("at_least", None, longer.start, longer.end, longer.surface)
    return out


@intent("total_floor")
def total_floor(slots: Slots, ctx: Ctx) -> Out:
    ms = float(slots.value("dur"))
    if ctx.draft.d >= ms:
        return Out(question="length")
    return Out([SetTotalLength(seconds=seconds(ms))])
