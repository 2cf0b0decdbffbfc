""" "the first photo can go quicker", "the transitions can go slower", "the music can go a bit
louder": "can go" / "has to go" said before how it should go is the verb "go", not "it can go"
(leave it out). Before, the photo was removed (or the transitions turned off) and the
comparative was read alone: a silent wrong edit. "the dog pic can go, its blurry" still
removes it: there nothing comparative follows."""

from __future__ import annotations

from .entities import Tok

# how a thing can go: a step up or down (with "a bit", "a lot" before it)
HOW: tuple[str, ...] = ("faster", "slower", "longer", "shorter", "louder", "quieter")
HOW += ("bigger", "smaller", "softer", "sharper")


def go_by_how(toks: list[Tok]) -> list[Tok]:
    """A "... go" read as remove, followed by a comparative, is dropped: the step says it all."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        if tok.kind == "remove" and tok.surface.lower().endswith(" go"):
            nxt = k + 1
            while nxt < len(toks) and toks[nxt].kind == "degree":
                nxt += 1
            if nxt < len(toks) and toks[nxt].kind in HOW:
                continue
        out.append(tok)
    return out
