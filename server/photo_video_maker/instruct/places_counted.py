""" "move the dog photo two spots earlier", "the beach pic 2 places to the right": a number
after a photo already named, before the places it moves by, counts those places; it is no
photo's number (before, "photo two" was read as photo 2 and the move was asked about)."""

from __future__ import annotations

import re

from .entities import Tok

STEPPED = ("position", "earlier", "later")
CLIPS = ("clip", "the clip", "video clip", "the video clip")
LAST_WORD = re.compile(r"(\S+)\s*$")


def places_counted(toks: list[Tok], orig: str, clip: int | None = None) -> list[Tok]:
    """Split "pic 2" into the noun and a count when a named photo comes just before it and the
    places moved by just after; "the clip 2 spots up" (``clip``: the number of the video's one
    clip) is the clip and a count."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        named = k > 0 and toks[k - 1].kind == "photo" and isinstance(toks[k - 1].value, str)
        stepped = k + 1 < len(toks) and toks[k + 1].kind in STEPPED
        numbered = tok.kind == "photo" and isinstance(tok.value, int) and tok.value > 0
        word = LAST_WORD.search(orig[tok.start : tok.end]) if tok.end <= len(orig) else None
        said = orig[tok.start : tok.end].lower()
        if clip is not None and stepped and numbered and said.startswith(CLIPS) and word:
            at = tok.start + word.start()
            out.append(Tok("photo", clip, tok.start, at - 1, "clip"))
            out.append(Tok("num", float(tok.value), at, tok.end, word.group(1)))
            continue
        if not (named and stepped and numbered) or word is None or word.start() == 0:
            out.append(tok)
            continue
        at = tok.start + word.start()
        out.append(Tok("pic", None, tok.start, at - 1, orig[tok.start : at].strip()))
        out.append(Tok("num", float(tok.value), at, tok.end, word.group(1)))
    return out
