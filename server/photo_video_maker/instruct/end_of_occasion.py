"""The end of what the video is for, not the video's end: "some cinematic music for the end of
the trip", "something upbeat for the end of the party". "the end" there says when the video is
shown or what it remembers (a reason), never the end of the video (before: left unread)."""

from __future__ import annotations

import re

from .entities import Tok

FOR = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)
OF = re.compile(r"\s+of\b", re.IGNORECASE)
THE_VIDEO = ("video", "slideshow", "clip", "photo", "pic", "ord", "music", "title", "closing")


def end_of_occasion(toks: list[Tok], orig: str) -> list[Tok]:
    """ "for the end of <an occasion>": a reason, said with the occasion."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        occasion = (
            tok.kind == "end"
            and FOR.search(orig[: tok.start]) is not None
            and OF.match(orig, tok.end) is not None
            and (nxt is None or nxt.kind not in THE_VIDEO)
        )
        out.append(Tok("reason", None, tok.start, tok.end, tok.surface) if occasion else tok)
    return out
