"""English verbs of the order said in other words: names of transitions ("push the beach pic
back one spot", "slide the dog photo to the end"), everyday verbs ("send the forest one to the
end", "drag photo 2 to the start") and "take X and put it at the end" (one move, not a removal
and a move). A verb said right before a photo, in a clause that says where the photo goes and
names no transition, moves it."""

from __future__ import annotations

from .entities import Tok

CLAUSE_ENDS = ("sep", "then", "and")
PLACES = ("photo", "ord")  # what is moved
TRANSITION_WORDS = ("transition", "transitions", "trans_rel")
# where a photo goes, said after it
WHERE = ("start", "end", "earlier", "later", "up", "down", "slot", "to", "after", "before")
# everyday verbs that move a photo when a place follows ("send it to the end")
VERBS = ("send", "drag", "shove", "chuck", "throw", "pop", "stick", "shift", "nudge", "scoot")
TAKING = ("take", "grab", "pick")  # "take the city photo and put it at the end"
# a fade said before a photo fades it ("fade the last photo to black"): it never moves one
FADES = ("fade", "fades", "dissolve")


def moving_verbs(toks: list[Tok]) -> list[Tok]:
    """A transition's name or an everyday verb before a photo, with a place after it, moves
    that photo; "take X and put it ..." is the move alone."""
    out = list(toks)
    for k, tok in enumerate(toks[:-1]):
        if toks[k + 1].kind not in PLACES:
            continue
        start, stop = _clause(toks, k)
        named = tok.kind == "trans" and " " not in tok.surface and tok.surface not in FADES
        named = named and not any(t.kind in TRANSITION_WORDS for t in toks[start:stop])
        placed = any(t.kind in WHERE for t in toks[k + 2 : stop])
        if named or (tok.surface in VERBS and placed):  # ("drag" is also "it drags")
            out[k] = Tok("move", None, tok.start, tok.end, tok.surface)
        elif tok.surface in TAKING and _put_it_after(toks, k + 2):
            for n in (k, k + 2, k + 4):  # "take X and put it ...": "X put ..."
                out[n] = Tok("_", None, toks[n].start, toks[n].end, toks[n].surface)
    return [tok for tok in out if tok.kind != "_"]


def _put_it_after(toks: list[Tok], k: int) -> bool:
    """ "... and put it at the end", "... and move it to 2": the taken photo is moved."""
    said = [t.kind for t in toks[k : k + 3]]
    return said[:1] == ["and"] and said[1:2] in (["put"], ["move"]) and said[2:3] == ["it"]


def _clause(toks: list[Tok], k: int) -> tuple[int, int]:
    """Where the clause of ``toks[k]`` starts and stops."""
    start = max((n + 1 for n in range(k) if toks[n].kind in CLAUSE_ENDS), default=0)
    stop = next((n for n in range(k + 1, len(toks)) if toks[n].kind in CLAUSE_ENDS), len(toks))
    return start, stop
