"""The camera's move as people speak of it.

- One change said of two photos: "no zoom on the first and last photos", "less zoom on the dog
  and the city". Each photo gets it: the words of the change are said again before the second
  photo (before, "no ... the city" removed the city photo: a silent wrong edit).
- Its direction: "the zoom should go the other way" asks for a zoom out, which the engine does
  not make; it is never the photos' order reversed (as it was before).
"""

from __future__ import annotations

from .entities import Tok

PHOTO = ("photo", "ord")
# what may be said of the move before the first photo ("no", "less", "a bit more", "turn off")
SAID = ("no", "not", "less", "more", "off", "degree", "put", "change", "it", "to", "keep")


def shared_move(toks: list[Tok]) -> list[Tok]:
    """ "<change of the move> A and B": the change said again before B."""
    for k in range(1, len(toks) - 2):
        first, joined, second = toks[k], toks[k + 1], toks[k + 2]
        if first.kind not in PHOTO or joined.kind != "and" or second.kind not in PHOTO:
            continue
        start = k
        while start > 0 and toks[start - 1].kind not in ("sep", "then", "and"):
            start -= 1
        said = toks[start:k]
        if not any(t.kind == "motion" for t in said) or any(
            t.kind not in (*SAID, "motion") for t in said
        ):
            continue
        again = [Tok(t.kind, t.value, -1, -1, "") for t in said]
        gap = Tok("sep", None, -1, -1, "")
        return [*toks[: k + 1], gap, *again, *toks[k + 2 :]]
    return toks


def move_the_other_way(toks: list[Tok]) -> list[Tok]:
    """ "the zoom should go the other way": "the other way" said of the move is unread."""
    out = list(toks)
    for k in range(len(toks)):
        start = k
        while start > 0 and toks[start - 1].kind not in ("sep", "then", "and"):
            start -= 1
        clause = toks[start:k]
        moved = any(t.kind == "motion" for t in clause)
        ordered = any(t.kind in ("order", "pic", "photos") for t in clause)
        if toks[k].kind == "reverse" and moved and not ordered:
            out[k] = Tok("?", toks[k].surface, toks[k].start, toks[k].end, toks[k].surface)
    return out
