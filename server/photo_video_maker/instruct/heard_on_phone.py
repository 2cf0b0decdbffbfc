""" "the bgm is too quiet i cant hear it on my phone", "i can barely hear the music on my phone",
"the title looks too small on my phone", "..., when i watch it on my phone i cant hear it": the
phone is where it is heard or seen, why the change
is asked, not a 9:16 frame (before, the video also became vertical)."""

from __future__ import annotations

import re

from .entities import Tok

# a sense said before the phone in the same clause: "hear it on my", "see anything on the",
# "the title looks too small on my", "the text is too tiny on the"
SENSED = re.compile(
    r"\b(?:hear|heard|read|see|make out|looks?|looked|looking|seems?|appears?|too\s+\w+|"
    r"when i watch(?: it)?|when we watch(?: it)?|when i play(?: it)?)\b"
    r"[^,.;!?]*\bon\s+(?:my|the|his|her|our|a|mum'?s|mom'?s|"
    r"dad'?s)\s+$",
    re.IGNORECASE,
)


def heard_on_phone(toks: list[Tok], orig: str) -> list[Tok]:
    if any(t.kind == "aspect" for t in toks):
        return toks  # "make it vertical, i watch on my phone": the shape is said anyway
    out = list(toks)
    for k, tok in enumerate(toks):
        if tok.kind != "platform" or tok.value != "phones" or tok.start <= 0:
            continue
        if SENSED.search(orig[: tok.start]):
            out[k] = Tok("reason", None, tok.start, tok.end, tok.surface)
            # "when i watch it on my phone": the watching is part of why, no view asked for
            for j in range(k - 1, -1, -1):
                if toks[j].kind in ("sep", "then"):
                    break
                if toks[j].kind == "state" and toks[j].surface.lower().startswith("watch"):
                    out[j] = Tok("reason", None, toks[j].start, toks[j].end, toks[j].surface)
    return out
