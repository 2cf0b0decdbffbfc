""" "revert the volume to 80", "revert the transitions to crossfade": the thing set back to a
value said in the same clause, not the last change undone as well (before, an undo came first,
taking back whatever the previous turn did besides)."""

from __future__ import annotations

from .entities import Tok

# what a thing may be set back to
VALUES = ("num", "pct", "dur", "full", "mood", "builtin", "song", "trans", "look", "aspect")
ENDS = ("sep", "then")


def reverted_to(toks: list[Tok]) -> list[Tok]:
    out = list(toks)
    for k, tok in enumerate(toks):
        if tok.kind != "undo" or " " in tok.surface.strip():  # "revert", not "undo that"
            continue
        rest = toks[k + 1 :]
        clause = rest[: next((j for j, t in enumerate(rest) if t.kind in ENDS), len(rest))]
        to = next((j for j, t in enumerate(clause) if t.kind == "to"), None)
        if to is None or to == 0 or not any(t.kind in VALUES for t in clause[to + 1 :]):
            continue  # "revert to the old one": back to before, no value said
        out[k] = Tok("change", None, tok.start, tok.end, tok.surface)
    return out
