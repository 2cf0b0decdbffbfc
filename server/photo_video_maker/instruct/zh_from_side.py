"""Chinese transitions said from one side to the other around the verb ("转场从左边推到右边",
"从上面滑到下面的转场"): the move goes towards the side it ends at. "从左往右推" is one phrase
of the lexicon; here the verb stands between the two sides.
"""

from __future__ import annotations

import re

from .entities import Tok

SIDES = {"左": "right", "右": "left", "上": "down", "下": "up"}  # the way from that side
TO_SIDE = {"左": "left", "右": "right", "上": "up", "下": "down"}
# a verb the lexicon leaves unread when it stands alone ("擦到左边"): the move it names
VERBS = {"推": "push", "滑": "slide", "划": "slide", "擦": "wipe"}
FROM_TO = re.compile(
    r"从([左右上下])(?:边|面|侧)?[^，,。 从]{1,3}?(?:到|向|往)([左右上下])(?:边|面|侧)?"
)


def from_side_to_side(toks: list[Tok], orig: str) -> list[Tok]:
    """ "从左边推到右边": the push to the right (one move, the sides' words placed)."""
    for found in FROM_TO.finditer(orig):
        start, end = found.span()
        way = TO_SIDE[found.group(2)]
        if SIDES[found.group(1)] != way:
            continue  # sides that disagree ("从左边推到左边")
        inside = [t for t in toks if start <= t.start and t.end <= end]
        moves = [t for t in inside if t.kind == "trans"]
        said = [t for t in inside if t.kind == "?" and t.surface in VERBS]
        if not moves and len(said) == 1 and any(t.kind == "transition" for t in toks):
            verb = said[0]  # "转场从右边擦到左边": the wipe, as "擦除" would say it
            moves = [Tok("trans", VERBS[verb.surface] + way, verb.start, verb.end, verb.surface)]
        if len(moves) != 1:
            continue  # no move said between the sides
        kept = [t for t in toks if t not in inside]
        at = next((n for n, t in enumerate(kept) if t.start >= end), len(kept))
        kept[at:at] = [moves[0], Tok("direction", way, moves[0].end, end, found.group(0))]
        toks = kept
    return toks
