"""The other thing said not to do the same, with the verb left out: "the song should fade in
over 2 sec, the picture shouldnt", "fade the music out, but the video doesn't". The last clause
only says what stays as it is (before: left unread, and the request with it)."""

from __future__ import annotations

from .entities import Tok

THINGS = ("pic", "video", "music", "title", "caption", "closing", "clip", "photo", "trans")
SAID_NOT = (
    "shouldnt", "shouldn't", "should not", "doesnt", "doesn't", "does not", "dont", "don't",
    "do not", "not", "isnt", "isn't", "wont", "won't", "cant", "can't", "needn't", "neednt",
)  # fmt: skip
OPENING = ("sep", "then")


def not_the_other(toks: list[Tok]) -> list[Tok]:
    """A closing clause of only a thing and a bare "shouldn't": what stays, no request."""
    if len(toks) < 4:
        return toks
    said = [t for t in toks[-4:] if t.kind not in ("just",)]
    if len(said) >= 3 and said[-2].kind in ("not", "no") and said[-1].kind in THINGS:
        said = [*said[:-2], said[-1], said[-2]]  # "..., not the captions": the same, said first
        plain = not any(t.kind in ("no", "instead", "remove_not") for t in toks[:-2])
        if not plain or said[-1].surface.lower() not in ("not",):
            return toks
    opening = [t for t in said[:-2] if t.kind in OPENING]
    thing, negated = said[-2], said[-1]
    if not opening or thing.kind not in THINGS or negated.surface.lower() not in SAID_NOT:
        return toks
    if negated.kind not in ("not", "?", "no"):
        return toks
    first = min(thing, negated, key=lambda t: t.start)
    k = next(n for n, t in enumerate(toks) if t is first)
    if k == 0 or not any(t.kind not in OPENING for t in toks[: k - 1]):
        return toks
    reason = Tok("reason", None, first.start, max(thing.end, negated.end), first.surface)
    return [*toks[:k], reason]
