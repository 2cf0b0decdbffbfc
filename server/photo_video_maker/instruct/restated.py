"""A request said a second time in other words, beside the first: "no fade to black at the end,
just cut" (the ending cut, not the transitions), "fill the frame so there's no blur" (the blurred
background of the fit, not a blur look). The second wording adds no edit of its own."""

from __future__ import annotations

from .entities import Tok

NOT = ("no", "not", "remove", "off", "without")
BLUR = ("blur", "blurring", "blurriness", "the blur", "any blur")
FADES = ("fade_out", "fade_inout")
# words that put the cut between the photos after all ("just cut between the pics")
BETWEEN = ("pic", "photo", "between", "transition", "each", "ord")


def restated(toks: list[Tok]) -> list[Tok]:
    """The rules said late in the entity pass (the cut at the end goes early, before a value
    refused is dropped as replaced)."""
    return not_removed(fitted_in_time(blur_of_the_fit(toks)))


ORDER_VERBS = ("move", "put", "swap")
REFS = ("it", "photo", "pic", "ord")


def not_removed(toks: list[Tok]) -> list[Tok]:
    """ "move the dog photo to the end, not delete it": what is not wanted, said after the move,
    asks nothing more."""
    for k in range(1, len(toks) - 1):
        if toks[k].kind != "sep" or toks[k + 1].kind not in ("not", "no"):
            continue
        tail = toks[k + 2 :]
        if not tail or tail[0].kind != "remove" or any(t.kind not in REFS for t in tail[1:]):
            continue
        if any(t.kind in ORDER_VERBS for t in toks[:k]):
            return toks[:k]
    return toks


def fitted_in_time(toks: list[Tok]) -> list[Tok]:
    """ "fit the whole thing in 30 seconds": the whole video into that length, not a fit."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        rest = [t for t in toks[k + 1 : k + 3] if t.kind != "to"]
        timed = bool(rest) and rest[0].kind == "dur"
        if timed and tok.kind == "fit" and tok.surface.lower().startswith(("fit ", "fits ")):
            tok = Tok("video", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def cut_at_the_end(toks: list[Tok]) -> list[Tok]:
    """ "no fade to black at the end pls, just cut": the cut is the ending without its fade."""
    if not any(t.kind == "end" for t in toks) or any(t.kind in BETWEEN for t in toks):
        return toks
    no_fade = any(
        t.kind in NOT and any(_fade(n) for n in toks[k + 1 : k + 3]) for k, t in enumerate(toks)
    )
    if not no_fade:
        return toks
    return [t for t in toks if not (t.kind == "trans" and t.value == "none" and "cut" in t.surface)]


def _fade(tok: Tok) -> bool:
    return tok.kind in FADES or (tok.kind == "trans" and tok.value in ("fadeblack", "crossfade"))


def blur_of_the_fit(toks: list[Tok]) -> list[Tok]:
    """ "black bars pls, no blur": the blur said not wanted beside a fit is the fit's blurred
    background."""
    if not any(t.kind == "fit" and t.value in ("cover", "contain") for t in toks):
        return toks
    out: list[Tok] = []
    for tok in toks:
        said = tok.surface.lower() in BLUR
        if said and tok.kind == "unsupported" and out and out[-1].kind in NOT:
            tok = Tok("fit", "blur", tok.start, tok.end, tok.surface)
        out.append(tok)
    return out
