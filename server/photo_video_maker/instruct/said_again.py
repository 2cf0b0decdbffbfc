"""A complaint, then the same step asked of "it" ("the song fade out is too long make it
shorter", "the fade out of the music is too slow, can you shorten it", "the transitions are
too long, make them a lot shorter"): one request said twice. The second wording goes (its
"a lot" goes to the first), so that "it" never lands on another thing (the video's fade, every
photo) and the step is taken once."""

from __future__ import annotations

from .entities import Tok

STEPS = ("shorter", "longer", "faster", "slower", "quieter", "louder", "bigger", "smaller")
# "too slow, shorten it": a time made shorter is a quicker one
SAME = {"faster": "shorter", "slower": "longer"}
# what may stand between the complaint and the step said again ("..., can you make it ...")
BETWEEN: tuple[str, ...] = ("sep", "then", "put", "it", "degree", "q", "just", "please")
BETWEEN += ("change", "ask", "down", "up", "and")
BETWEEN += ("end",)  # "the fade is too short at the end, make it longer"


def _complaint(tok: Tok) -> bool:
    return tok.kind in STEPS and "too" in tok.surface.lower().split()


def _of_it(toks: list[Tok], k: int, faded: bool = False) -> bool:
    """The step said of "it" / "them": "make it shorter", "shorten it", "turn it down" (or of
    "the fade" when a fade was the complaint)."""
    tok = toks[k]
    words = tok.surface.lower().split()
    if "it" in words or "them" in words:
        return True
    near = [toks[j] for j in (k - 1, k - 2, k + 1) if 0 <= j < len(toks)]
    return any(t.kind == "it" or (faded and _a_fade(t)) for t in near)


def _a_fade(tok: Tok) -> bool:
    """ "fades out", "the fade" (a word the transitions also take)."""
    return tok.kind in ("fade_out", "fade_in") or (
        tok.kind == "trans" and tok.surface.lower() in ("fade", "fades", "fading")
    )


def said_again(toks: list[Tok]) -> list[Tok]:
    for k, first in enumerate(toks):
        if not _complaint(first):
            continue
        # "music fades out too fast, make the fade longer": "the fade" is that fade again
        faded = any(_a_fade(t) for t in toks[:k])
        for j in range(k + 1, len(toks)):
            tok = toks[j]
            same = SAME.get(tok.kind, tok.kind) == SAME.get(first.kind, first.kind)
            if same and tok.kind in STEPS and not _complaint(tok) and _of_it(toks, j, faded):
                return _once(toks, k, j)
            if tok.kind not in BETWEEN and not (faded and _a_fade(tok)):
                break
            if tok.surface == "?":
                break  # "is it too long? make it shorter": a question, then what is asked
    return toks


def _once(toks: list[Tok], k: int, j: int) -> list[Tok]:
    """The complaint at ``k`` stays; the words from the clause break up to the step at ``j``
    (and "it" / "down" right after it, and a degree after that) go, a degree among them before the
    complaint."""
    end = j + 1
    while end < len(toks) and toks[end].kind in ("it", "down", "up"):
        end += 1
    if end < len(toks) and toks[end].kind == "degree":
        end += 1  # "turn it down a lot": the degree of the step, said after it
    dropped = toks[k + 1 : end]
    degree = [t for t in dropped if t.kind == "degree"]
    had = k > 0 and toks[k - 1].kind == "degree"
    kept = [t for t in dropped if t.kind in ("sep", "then")][:1]
    head = toks[:k] if had or not degree else [*toks[:k], degree[-1]]
    return [*head, toks[k], *kept, *toks[end:]]
