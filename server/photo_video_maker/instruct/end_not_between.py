""" "fade to black only at the end, not between the pics", "dont use fade to black between
photos, just at the end of the video": a fade to black put at the end and refused between the
photos is the video's fade-out alone; the refusal says where it does not go, so it neither
removes the fade (before: "not" took the fade at the end away) nor asks which photo to remove
(before: "dont use" read as a removal)."""

from __future__ import annotations

import re

from .entities import Tok

BETWEEN = re.compile(
    r"^\W*(?:in\s+)?between(?:\s+(?:the\s+|my\s+|all\s+the\s+|each\s+)?(?:photos|pics|pictures|"
    r"images|slides|them|each|shots))?\b"
)
REFUSED = ("not", "no", "remove", "off", "except")
FADES = ("from_black", "fade_out")
BESIDE = ("sep", "just", "pic")


def _fade(tok: Tok) -> bool:
    return tok.kind in FADES or (tok.kind == "trans" and tok.value == "fadeblack")


def _between(fade: Tok, low: str) -> bool:
    return "between" in fade.surface.lower() or BETWEEN.match(low[fade.end :]) is not None


def end_not_between(toks: list[Tok], orig: str) -> list[Tok]:
    """The refusal and what it refuses go, and the words joining it to the end (a comma,
    "just"), so that the fade and the end are read as one request."""
    fades = [k for k, t in enumerate(toks) if _fade(t)]
    ends = [k for k, t in enumerate(toks) if t.kind == "end"]
    if not fades or len(ends) != 1:
        return toks
    fade, end = fades[0], ends[0]  # "fade out to black": two words, one fade
    low = orig.lower()
    gone: set[int] = set()
    for k, tok in enumerate(toks):
        if tok.kind not in REFUSED:
            continue
        after = BETWEEN.match(low[tok.end :])
        if after is not None and k > end:  # "... at the end, not between the pics"
            gone.add(k)
            stop = tok.end + after.end()
        elif k + 1 == fade < end and _between(toks[fade], low):
            gone.add(k)  # "dont use fade to black between photos, just at the end"
            stop = toks[end].start
        else:
            continue
        gone |= {
            n for n in range(k + 1, len(toks)) if toks[n].end <= stop and toks[n].kind in BESIDE
        }
    if not gone:
        return toks
    gone |= {n for n in range(fade + 1, end) if toks[n].kind in BESIDE}
    return [t for n, t in enumerate(toks) if n not in gone]
