"""A plain judgement of the whole video said beside a request: "faster pls its boring", "its so
boring, faster", "music pls, this is kinda boring", "快一点 太无聊了". It says why the request is
made and asks nothing of its own (before, the request was refused for the words left over).
"the transitions are boring" names what is judged, so it stays a request of its own."""

from __future__ import annotations

import re

from .entities import Tok

JUDGED = ("boring", "dull", "bland", "无聊", "没意思")
# what may stand before the judgement in its clause: "this", "is kinda", "太"
SAYING = ("it", "too", "degree")
CLAUSE = ("sep", "then")
# "its", "it's so", "this is kinda": said before it and dropped by the scanner
IT_IS = re.compile(
    r"\b(its|it'?s|it is|this is|this'?s|that'?s|that is)"
    r"(\W+(so|soo+|kinda|kind of|too|very|pretty|really|rly|super|a bit|a little|just))*\W*$",
    re.IGNORECASE,
)


# "our trip is boring as a title, call it Wild West": the text judged, then its new words
TEXT_JUDGED = ("title", "closing", "it_text", "textnoun", "says", "it", "too", "degree")


def _text_judged(toks: list[Tok]) -> list[Tok]:
    """A first clause that only judges a text, before a clause that writes new words for it:
    why the words change, no request of its own."""
    cut = next((k for k, t in enumerate(toks) if t.kind in CLAUSE), None)
    if cut is None or not any(t.kind == "text" for t in toks[cut:]):
        return toks
    said = toks[:cut]
    judged = [t for t in said if t.kind == "unsupported" and t.surface.lower() in JUDGED]
    named = [t for t in said if t.kind in ("title", "closing", "it_text", "textnoun")]
    if (
        len(judged) != 1
        or not named
        or any(t.kind not in TEXT_JUDGED for t in said if t not in judged)
    ):
        return toks
    why = Tok("reason", None, said[0].start, said[-1].end, judged[0].surface)
    return [why, *toks[cut:]]


def judged(toks: list[Tok], orig: str) -> list[Tok]:
    """A clause that only judges the video, beside a request, becomes a reason."""
    toks = _text_judged(toks)
    for k, tok in enumerate(toks):
        if tok.kind != "unsupported" or tok.surface.lower() not in JUDGED:
            continue
        if k + 1 < len(toks) and toks[k + 1].kind not in CLAUSE:
            continue
        start = k
        while start > 0 and toks[start - 1].kind in SAYING:
            start -= 1
        if start > 0 and toks[start - 1].kind not in CLAUSE:
            gap = orig[toks[start - 1].end : toks[start].start] if toks[start].start >= 0 else ""
            if not IT_IS.search(gap):
                continue  # "the transitions are boring": what is judged is named
        if not any(t.kind not in CLAUSE for t in toks[:start] + toks[k + 1 :]):
            continue  # the judgement alone is read as it is
        why = Tok("reason", None, toks[start].start, tok.end, tok.surface)
        return [*toks[:start], why, *toks[k + 1 :]]
    return toks
