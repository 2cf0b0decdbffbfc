"""A photo said to fade out: "the last photo should fade to black slowly", "fade out slowly on
the last photo", "the first photo should fade in from black", "photo 3 should fade to black".
The last photo of the video fading out is the video's own fade-out (the first fading in, its
fade-in); before, the last photo also got longer, read from "slowly". A photo with more after it
that fades to black does so into the next one: that transition only."""

from __future__ import annotations

from .context import Ctx
from .entities import Tok
from .pair_said import into_said

OUT = ("fade_out",)
IN = ("fade_in", "from_black")
CLAUSE = ("sep", "then", "and")
# a clause naming one of these says more than the photo's fade: left as said
NAMED = ("photo", "ord", "music", "title", "caption", "transition", "pair")


def _fade_out(tok: Tok) -> bool:
    return tok.kind in OUT or (tok.kind == "trans" and tok.value == "fadeblack")


def _clause(toks: list[Tok], k: int) -> list[Tok]:
    """The other tokens of toks[k]'s clause."""
    lo = k
    while lo > 0 and toks[lo - 1].kind not in CLAUSE:
        lo -= 1
    hi = k + 1
    while hi < len(toks) and toks[hi].kind not in CLAUSE:
        hi += 1
    return toks[lo:k] + toks[k + 1 : hi]


def _paired(toks: list[Tok], k: int) -> bool:
    """ "fade to black between the dog and the forest": the photo is one of two, whose
    transition is meant (read as a pair later), not the photo's own fade; so is the photo of
    "fade to black into the forest pic" (the transition into it) and of "... after the forest
    photo"."""
    if k > 0 and (into_said(toks, k - 1) or toks[k - 1].kind in ("after", "before")):
        return True  # "a fade to black after the forest photo": read as a pair later
    nxt = toks[k + 1 : k + 3]
    if k > 1 and toks[k - 1].kind == "and" and toks[k - 2].kind in ("photo", "ord"):
        return True  # "第三张和第五张之间用黑场": the second of two named, never its own fade
    return (
        [t.kind for t in nxt][:1] == ["and"] and len(nxt) == 2 and nxt[1].kind in ("photo", "ord")
    )


# "fade the last photo to black", "fade photo 3 into black", "fade the last photo out": the
# fade verb said before the photo and where it goes said after it
FADE_VERBS = ("fade", "fades", "fading")
MANNER = ("longer", "shorter", "slower", "faster", "dur")
TO_BLACK = ("to black", "into black", "to a black screen", "into a black screen")


def _verb_said(toks: list[Tok]) -> list[Tok]:
    """ "fade <photo> to black" is the fade to black of "<photo> should fade to black"; "fade
    <photo> out" its fade-out: the verb and its end as one token, where the photo is named
    between them."""
    for k, tok in enumerate(toks[:-2]):
        if tok.kind != "trans" or tok.surface not in FADE_VERBS:
            continue
        at = k + 2 if toks[k + 1].kind in MANNER else k + 1  # "slowly", read before the photo
        if at + 1 >= len(toks) or toks[at].kind not in ("photo", "ord"):
            continue
        end = toks[at + 1]
        if end.kind == "from_black" and end.surface in TO_BLACK:
            said = Tok("trans", "fadeblack", tok.start, tok.end, "fade to black")
        elif end.kind == "out":
            said = Tok("fade_out", None, tok.start, tok.end, "fade out")
        else:
            continue
        return [*toks[:k], said, *toks[k + 1 : at + 1], *toks[at + 2 :]]
    return toks


def edge_photo_fade(toks: list[Tok], ctx: Ctx) -> list[Tok]:
    """The photo named becomes the video's "end" or "start", or the "pair" of the transition
    after it, when the only other thing its clause names is that fade."""
    count = len(ctx.segments())
    toks = _verb_said(toks)
    for k, tok in enumerate(toks):
        if tok.kind not in ("photo", "ord") or not isinstance(tok.value, int | str):
            continue
        number = ctx.index_of(tok.value)
        number = count + 1 + number if number < 0 else number
        others = _clause(toks, k)
        if any(t.kind in NAMED for t in others) or _paired(toks, k):
            continue
        if k + 1 < len(toks) and toks[k + 1].kind in ("after", "before"):
            continue  # "狗狗那张之前用黑场": which side is said (pair_said reads it)
        black = any(t.kind == "trans" and t.value == "fadeblack" for t in others)
        if number == count and any(_fade_out(t) for t in others):
            said = Tok("end", None, tok.start, tok.end, tok.surface)
        elif number == 1 and any(t.kind in IN for t in others):
            said = Tok("start", None, tok.start, tok.end, tok.surface)
        elif 1 <= number < count and black:
            said = Tok("pair", number + 1, tok.start, tok.end, "pair")
        else:
            continue
        return [*toks[:k], said, *toks[k + 1 :]]
    return toks
