"""A text's own last word: "caption photo 2 lights on", "title it game on". A particle that ends
the sentence (or its clause, before a comma) belongs to the words before it; no place follows it,
so it says where nothing goes."""

from __future__ import annotations

import re

PARTICLES = ("on", "off", "up", "in", "out", "over", "down", "away", "back", "around")
_TAIL = re.compile(
    r"\s+(?:" + "|".join(PARTICLES) + r")\b(?=\s*[!?.…]*\s*(?:$|[,;，；]))", re.IGNORECASE
)


def particle_end(orig: str, end: int) -> int:
    """Where a text that ends at ``end`` really ends: after a particle that closes the clause
    ("lights on", "hands off"), else ``end``."""
    found = _TAIL.match(orig, end)
    return found.end() if found is not None else end
