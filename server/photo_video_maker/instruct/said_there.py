""" "转场那里的音乐挺好听", "标题那儿的字": a thing named with "那里的" before another is only
where the other is; the sentence is about the second ("the music at the transitions").
The first becomes a word of no kind, so that nothing is changed of it and what is said is
about the second."""

from __future__ import annotations

from .entities import Tok

PLACED = ("there",)


def said_there(toks: list[Tok]) -> list[Tok]:
    """A subject, "那里的", another subject: the first only says where the second is."""
    from .suggest import TOPIC_OF  # suggest reads tokens: imported when first used

    out = list(toks)
    for k, tok in enumerate(toks[1:-1], 1):
        before, after = toks[k - 1], toks[k + 1]
        if tok.kind in PLACED and before.kind in TOPIC_OF and after.kind in TOPIC_OF:
            out[k - 1] = Tok("?", before.surface, before.start, before.end, before.surface)
    return out


SOUNDS = ("music", "volume", "video")
FADES = ("fade_out", "fade_in", "fade_inout")
WHEN = ("的时候", "时候", "的那一刻", "那一刻", "的那一下", "那一下")
OTHERS = ("transition", "trans", "motion", "still", "pic", "photo", "title", "caption", "closing")


def when_said(toks: list[Tok], orig: str) -> list[Tok]:
    """ "音乐淡出的时候转场也慢一点": a fade said as the time of another request is when,
    not a fade asked for; only the other request is read."""
    for k, tok in enumerate(toks[:-2]):
        fade = toks[k + 1]
        if tok.kind not in SOUNDS or fade.kind not in FADES:
            continue
        if not orig[fade.end :].lstrip().startswith(WHEN):
            continue
        if any(t.kind in OTHERS for t in toks[k + 2 :]):
            when = Tok("reason", None, tok.start, fade.end, orig[tok.start : fade.end])
            cut = Tok("sep", None, fade.end, fade.end, "")  # the request follows on its own
            return [*toks[:k], when, cut, *toks[k + 2 :]]
    return toks
