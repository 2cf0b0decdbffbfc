""" "since it's for tiktok make it vertical", "because grandma has a small phone make it bigger":
a sentence that opens with its reason and goes on, with no comma, to a request said of "it".
The request begins at its verb, as if a comma were typed there (the whole sentence was read as
the reason, and nothing changed).

"it's a birthday so the music should be fun": a remark, then "so the" and what the request is
about: the request begins there (the rest was read as the reason too)."""

from __future__ import annotations

from .entities import Tok

OPENERS = ("since", "because", "bc", "cuz", "cause", "coz", "as")
ASKING_VERBS = ("put", "add", "remove", "change", "move", "swap", "mute")


# "朋友圈发方的吧": where it is posted, said first, then the shape wanted there
POSTED = ("朋友圈", "发朋友圈", "微信", "发微信")
SHAPED = ("aspect", "fit")


def reason_first(toks: list[Tok]) -> list[Tok]:
    """A break before the first "<verb> it" of a sentence that starts with a reason word; a
    break after a place to post said first, right before a shape ("朋友圈发方的吧")."""
    toks = _so_the(toks)
    if len(toks) > 1 and toks[0].kind == "reason" and toks[0].surface in POSTED:
        verb = 2 if toks[1].kind in ("change", "put") else 1  # "朋友圈用方的吧"
        if len(toks) > verb and toks[verb].kind in SHAPED:
            at = toks[0].end
            return [toks[0], Tok("sep", None, at, at, ","), *toks[1:]]
    if not toks or toks[0].kind != "reason" or toks[0].surface.lower() not in OPENERS:
        return toks
    for k in range(1, len(toks) - 1):
        if toks[k].kind in ("sep", "then"):
            return toks  # the reason already ends at a comma
        if toks[k].kind in ASKING_VERBS and toks[k + 1].kind == "it":
            at = toks[k].start
            return [*toks[:k], Tok("sep", None, at, at, ","), *toks[k:]]
    return toks


# what a request after "so the" may be about
ABOUT = ("music", "pic", "photos", "video", "title", "caption", "closing", "transition", "clip")


def _so_the(toks: list[Tok]) -> list[Tok]:
    """ "its a birthday so the music should be fun": "so the" after a remark, before the thing
    the request is about, is a break."""
    for k in range(1, len(toks) - 1):
        tok = toks[k]
        said = tok.kind == "reason" and tok.surface.lower() in ("so the", "so")
        remark = toks[k - 1].kind == "reason" or (
            toks[k - 1].kind in ("video", "it") and k > 1 and toks[k - 2].kind == "reason"
        )  # "its a birthday video so the music ..."
        if said and remark and toks[k + 1].kind in ABOUT:
            return [*toks[:k], Tok("then", None, tok.start, tok.end, tok.surface), *toks[k + 1 :]]
    return toks
