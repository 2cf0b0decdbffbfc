""" "a glitch effect between each photo", "lens flare between the pics": a thing the tool cannot
do, asked for between the photos, is a transition there is none of; the person is told about
the transitions there are, not about colour looks or motion."""

from __future__ import annotations

import re

from .entities import Tok

BETWEEN = re.compile(
    r"^\W*((effect|effects|transition|transitions|thing|things)\W+)?(in\W+)?between\b"
)


def between_unmade(toks: list[Tok], orig: str) -> list[Tok]:
    """Each unsupported word followed by "between" becomes one about the transitions."""
    return [
        Tok(tok.kind, "transition", tok.start, tok.end, tok.surface)
        if tok.kind == "unsupported" and tok.start >= 0 and BETWEEN.match(orig[tok.end :].lower())
        else tok
        for tok in toks
    ]
