""" "since it's for tiktok make it vertical", "because grandma has a small phone make it bigger":
a sentence that opens with its reason and goes on, with no comma, to a request said of "it".
The request begins at its verb, as if a comma were typed there (the whole sentence was read as
the reason, and nothing changed)."""

from __future__ import annotations

from .entities import Tok

OPENERS = ("since", "because", "bc", "cuz", "cause", "coz", "as")
ASKING_VERBS = ("put", "add", "remove", "change", "move", "swap", "mute")


def reason_first(toks: list[Tok]) -> list[Tok]:
    """A break before the first "<verb> it" of a sentence that starts with a reason word."""
    if not toks or toks[0].kind != "reason" or toks[0].surface.lower() not in OPENERS:
        return toks
    for k in range(1, len(toks) - 1):
        if toks[k].kind in ("sep", "then"):
            return toks  # the reason already ends at a comma
        if toks[k].kind in ASKING_VERBS and toks[k + 1].kind == "it":
            at = toks[k].start
            return [*toks[:k], Tok("sep", None, at, at, ","), *toks[k:]]
    return toks
