"""What the person said stays as it is, and nothing else: "leave the fit alone", "the music is
fine", "keep the transitions". Nothing changes, and that is said back ("OK, the framing stays as
it is"), not "I did not understand"."""

from __future__ import annotations

from collections.abc import Sequence

from .entities import Tok
from .intents import Out
from .match import Match

NOTHING = ("noop", "keep_fit", "keep_aspect")  # "keep the blurry background" when it is so
KEEPING = ("keep", "fine_as_is", "hands_off", "nothing_else", "liked")


def kept_said(outs: Sequence[tuple[Match, Out]], toks: Sequence[Tok]) -> bool:
    """Every clause placed was a "noop" and one of them keeps something as it is."""
    if not outs or any(m.template.intent not in NOTHING or o.edits or o.problem for m, o in outs):
        return False
    return any(tok.kind in KEEPING for m, _ in outs for tok in m.toks)
