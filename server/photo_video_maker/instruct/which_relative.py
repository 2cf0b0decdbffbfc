""" "which" right after a photo named, then what it should be: "each pic 4 secs except the first
one which should be 6", "every photo 4 seconds, except the first which is 6 seconds". It says
more about that photo and asks nothing (before, the request was read as a question about the
texts or the length). Between commas ("make the dog pic, which is blurry, shorter") it says why:
the request goes on with the photo named (before, every photo got shorter)."""

from __future__ import annotations

from .entities import Tok

NAMED = ("photo", "ord")
VALUE = ("says", "dur", "num")
# what "which" may say more about, between commas
ASIDE = ("photo", "ord", "title", "caption", "closing", "music", "clip", "textnoun")


def which_relative(toks: list[Tok], orig: str) -> list[Tok]:
    """The "which" between a photo and its value is dropped, unless the sentence asks."""
    if orig.rstrip().endswith(("?", "？")):
        return toks
    toks = _aside(toks)
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        which = tok.kind == "what" and tok.surface.lower() == "which"
        if which and out and out[-1].kind in NAMED and nxt is not None and nxt.kind in VALUE:
            continue
        out.append(tok)
    return out


def _aside(toks: list[Tok]) -> list[Tok]:
    """ "the dog pic, which is blurry, ...": the words between the commas become one reason,
    told after the rest."""
    for k in range(1, len(toks) - 2):
        named, comma, which = toks[k - 1], toks[k], toks[k + 1]
        if named.kind not in ASIDE or comma.kind != "sep" or which.kind != "what":
            continue
        if which.surface.lower() != "which":
            continue
        end = next((n for n in range(k + 2, len(toks)) if toks[n].kind == "sep"), len(toks))
        why = Tok("reason", None, which.start, toks[end - 1].end, which.surface)
        # told after the request, as a reason is: "make the dog pic shorter, (it is blurry)"
        return [*toks[:k], *toks[end + 1 :], comma, why]
    return toks
