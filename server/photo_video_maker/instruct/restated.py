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
    toks = not_removed(fitted_in_time(black_of_the_fit(blur_of_the_fit(toks))))
    toks = faded_to_black(toks)  # "fade the video to black": out, never in
    return fade_it(another_few_seconds(put_nowhere(picture_faded(so_it_says(toks)))))


INTO = ("to black", "into black", "to a black screen", "to black screen")
OPENING = ("start", "fade_in", "in", "between", "pic", "photo", "each", "transition", "ord")


def faded_to_black(toks: list[Tok]) -> list[Tok]:
    """ "fade the video to black (but keep the music)": a fade said with "to black" after what
    it fades is a fade out of the whole video (never a fade in, nor the transitions)."""
    for k, tok in enumerate(toks):
        if tok.kind != "trans" or tok.surface.lower() not in ("fade", "fades"):
            continue
        clause: list[Tok] = []
        for nxt in toks[k + 1 :]:
            if nxt.kind in ("sep", "then", "and"):
                break
            clause.append(nxt)
        black = next((t for t in clause if t.kind == "from_black"), None)
        if black is None or black.surface.lower() not in INTO:
            continue
        if not any(t.kind == "video" for t in clause[: clause.index(black)]):
            continue  # "fade to black" alone may be the transitions
        if any(t.kind in OPENING for t in clause):
            continue
        return [Tok("fade_out", None, t.start, t.end, t.surface) if t is tok else t for t in toks]
    return toks


def another_few_seconds(toks: list[Tok]) -> list[Tok]:
    """ "the garden pic could use another 2 seconds": 2 seconds more, not 2 seconds."""
    if not any(t.kind in ("photo", "ord", "pic", "each") for t in toks):
        return toks
    if any(t.kind in ("longer", "shorter", "more", "less") for t in toks):
        return toks
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        english = tok.surface.isascii()  # "其他的都2秒" is the others, not more time
        if tok.kind == "another" and english and nxt is not None and nxt.kind == "dur":
            out.append(nxt)
            out.append(Tok("more", None, tok.start, tok.end, tok.surface))
            continue
        if out and out[-1].kind == "more" and out[-2] is tok:
            continue
        out.append(tok)
    return out


HOW_MUCH = ("degree", "more", "q")  # "fade it a bit more?": still no fade of its own said
CLAUSES = ("sep", "then", "and")


def fade_it(toks: list[Tok]) -> list[Tok]:
    """ "fade it": a fade of what was said before, or asked (never the crossfades again)."""
    end = len(toks)
    while end > 0 and toks[end - 1].kind in CLAUSES:
        end -= 1  # "fade it a bit more?": the sign that ends it
    start = max((k + 1 for k, t in enumerate(toks[:end]) if t.kind in CLAUSES), default=0)
    # "the video cuts off abruptly at the end, fade it": the last clause alone
    said = [t for t in toks[start:] if t.kind not in ("just", "sep", *HOW_MUCH)]  # "a bit"
    if len(said) != 2 or said[1].kind != "it" or said[0].kind != "trans":
        return toks
    fade = said[0]
    if fade.surface.lower() != "fade":
        return toks
    return [
        Tok("fade_out", None, fade.start, fade.end, fade.surface) if t is fade else t for t in toks
    ]


def put_nowhere(toks: list[Tok]) -> list[Tok]:
    """ "hmm put the garden pic": a photo put with nothing else said is moved (where? asked)."""
    said = [t for t in toks if t.kind not in ("just", "sep")]
    if len(said) != 2 or said[0].kind != "put" or said[1].kind not in ("photo", "ord"):
        return toks
    verb = said[0]
    if verb.surface.lower() != "put":
        return toks
    return [Tok("move", None, verb.start, verb.end, verb.surface) if t is verb else t for t in toks]


SO = ("so", "so the", "so that", "so that the", "so it", "so that it")
PLACED = ("end", "start", "title", "closing", "caption")


def so_it_says(toks: list[Tok]) -> list[Tok]:
    """ "change the ending so the last screen says bye everyone": what the change is for is the
    words it should say, not a reason."""
    for k in range(1, len(toks) - 2):
        tok = toks[k]
        if tok.kind != "reason" or tok.surface.lower() not in SO:
            continue
        before = [t.kind for t in toks[:k]]
        after = [t.kind for t in toks[k + 1 :]]
        if "change" in before and set(before) & set(PLACED) and "says" in after and "text" in after:
            again = (
                toks[k + 1].kind == toks[k - 1].kind == "end"
            )  # "the ending ... the last screen"
            return [*toks[:k], *toks[k + 1 + again :]]
    return toks


PICTURE = ("picture", "image", "the picture", "the image")


def picture_faded(toks: list[Tok]) -> list[Tok]:
    """ "fade the picture out longer": the picture faded is the whole video (never the music)."""
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        faded = prev is not None and (
            prev.kind in ("fade_out", "fade_in")
            or (prev.kind == "trans" and prev.surface == "fade")
        )
        if faded and tok.kind == "pic" and tok.surface.lower() in PICTURE:
            tok = Tok("video", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


TEXTS = ("title", "caption", "closing", "textnoun", "says", "text", "sign")


def black_of_the_fit(toks: list[Tok]) -> list[Tok]:
    """ "i dont like the blurry background, can we do black instead": black beside the fit is
    black bars, not a colour of the text."""
    if not any(t.kind == "fit" for t in toks) or any(t.kind in TEXTS for t in toks):
        return toks
    return [
        Tok("fit", "contain", t.start, t.end, t.surface)
        if t.kind == "color" and t.value == "black"
        else t
        for t in toks
    ]


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
