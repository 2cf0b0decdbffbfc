""" "add a title to the video", "add a title to the slideshow": the video the text goes on,
read as the words of the text (the title became "the video"). After "to", "on" or "for", words
that only name the video are where the text goes; nothing is written, so what the title says
is asked for ("put a title on the video that says Hello" writes "Hello")."""

from __future__ import annotations

import re

from .entities import Tok

VIDEO = re.compile(r"^(?:the|this|my|our) (?:video|slideshow|movie|clip|film)$", re.IGNORECASE)
PLACED = re.compile(r"\b(?:to|on|onto|for|in)\s*$", re.IGNORECASE)
# "put a title on the video that says Hello": the place, then the words
THEN_SAID = re.compile(
    r"^((?:to|on|onto|for|in) )?(?:the|this|my|our) (?:video|slideshow|movie|clip|film),? "
    r"(?:that says|which says|saying|that reads|reading|with|:)\s*(.+)$",
    re.IGNORECASE,
)


def video_named(toks: list[Tok], orig: str) -> list[Tok]:
    out: list[Tok] = []
    for t in toks:
        said = str(t.value).strip() if t.kind == "text" else ""
        then = THEN_SAID.match(said)
        placed = t.start >= 0 and bool(PLACED.search(orig[: t.start]))
        if then and (then.group(1) or placed):
            t = Tok("text", then.group(2), t.start, t.end, t.surface)
        elif VIDEO.match(said) and placed:
            t = Tok("video", None, t.start, t.end, said)
        out.append(t)
    return out
