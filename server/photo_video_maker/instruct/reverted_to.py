""" "revert the volume to 80", "revert the transitions to crossfade": the thing set back to a
value said in the same clause, not the last change undone as well (before, an undo came first,
taking back whatever the previous turn did besides)."""

from __future__ import annotations

import re

from .entities import Tok

# what a thing may be set back to
VALUES = ("num", "pct", "dur", "full", "mood", "builtin", "song", "trans", "look", "aspect")
ENDS = ("sep", "then")


def reverted_to(toks: list[Tok], orig: str) -> list[Tok]:
    out = list(toks)
    for k, tok in enumerate(toks):
        if tok.kind != "undo":
            continue
        if _back_to_value(toks, k, orig):  # "put it back to 50", "go back up to 80": that level
            out[k] = Tok("change", None, tok.start, tok.end, tok.surface)
            continue
        if " " in tok.surface.strip():  # "revert", not "undo that"
            continue
        rest = toks[k + 1 :]
        clause = rest[: next((j for j, t in enumerate(rest) if t.kind in ENDS), len(rest))]
        to = next((j for j, t in enumerate(clause) if t.kind == "to"), None)
        if to is None or to == 0 or not any(t.kind in VALUES for t in clause[to + 1 :]):
            continue  # "revert to the old one": back to before, no value said
        out[k] = Tok("change", None, tok.start, tok.end, tok.surface)
    return out


# a level said right after "put it back", "go back", "change it back" (not "undo that")
LEVELS = ("num", "pct", "full")
TO_LEVEL = re.compile(r"\b(?:to|at)\b", re.IGNORECASE)


def _back_to_value(toks: list[Tok], k: int, orig: str) -> bool:
    words = toks[k].surface.lower().split()
    if "back" not in words and words != ["revert"]:
        return False
    rest = toks[k + 1 : k + 3]
    rest = rest[1:] if rest and rest[0].kind in ("to", "up", "down") else rest[:1]
    if not rest or rest[0].kind not in LEVELS or rest[0].start < toks[k].end:
        return False
    # "go back to 50", "go back up to 80" (never "go back two steps": how many undos)
    return bool(TO_LEVEL.search(orig[toks[k].end : rest[0].start])) or rest[0].kind != "num"
