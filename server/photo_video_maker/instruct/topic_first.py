"""The thing named first, then a comma, then what to do with it ("ok now the photos, each one 4
seconds", "照片，每张3秒"): one request about that thing, not a bare mention left unread; and
the thing named last, after the request and a comma ("way too loud, the background music")."""

from __future__ import annotations

from .entities import Tok

# what a sentence may open with as its topic
TOPICS = ("pic", "music", "title", "caption", "closing", "transition", "textnoun")


THIS = ("this", "that", "these", "those")
# what the request after the comma may name of its own ("the photos, remove the dog one"), or
# a question or a remark about the topic ("the title, which is too small, should be ...")
OWN: tuple[str, ...] = (*TOPICS, "photo", "ord", "it", "clip", "video", "what", "how_long")
OWN += ("how_many", "ask")
OWN += ("motion", "reason", "dislike", "praised")  # a request or a remark of its own


def topic_first(toks: list[Tok]) -> list[Tok]:
    if len(toks) > 1 and toks[0].kind == "it" and toks[0].surface.lower() in THIS:
        rest = topic_first(toks[1:])  # "this music is too sad, something happy": "this" names it
        return toks if rest == toks[1:] else rest
    if len(toks) < 3 or toks[0].kind not in TOPICS or toks[1].kind != "sep":
        return toks
    clause = next((toks[2:k] for k in range(2, len(toks)) if toks[k].kind == "sep"), toks[2:])
    if any(t.kind in OWN for t in clause):
        return toks
    return [toks[0], *toks[2:]]


def topic_last(toks: list[Tok]) -> list[Tok]:
    """ "way too loud, the background music", "a bit quieter, the song": the thing named alone
    after the last comma is what the clause before it is about."""
    if len(toks) < 3 or toks[-1].kind not in TOPICS or toks[-2].kind != "sep":
        return toks
    seps = [k for k, t in enumerate(toks[:-2]) if t.kind == "sep"]
    clause = toks[seps[-1] + 1 if seps else 0 : -2]
    if not clause or any(t.kind in OWN for t in clause):
        return toks
    return [*toks[:-2], toks[-1]]
