""" "bump the garden one up to first", "move the dog one down to the end": "up"/"down" on the way
to a place said after "to" is the direction, not a step of one place ("the garden one" keeps
its "one")."""

from __future__ import annotations

from .entities import Tok

STEPS = ("earlier", "later")
PLACES = ("ord", "start", "end", "slot", "num")


def step_to_place(toks: list[Tok]) -> list[Tok]:
    """Drop a one-place step that runs on into "to <place>"."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1 : k + 3]
        runs_on = len(nxt) == 2 and nxt[0].kind == "to" and nxt[1].kind in PLACES
        if tok.kind in STEPS and runs_on and k > 0 and toks[k - 1].kind == "photo":
            continue
        out.append(tok)
    return out
