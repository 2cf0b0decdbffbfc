"""A thing named with "the" and nothing asked of it: "the fade, hmm not sure", "hmm the zoom".
It names what the person is thinking about, not a request to set it (before, "the fade" set
crossfade transitions: a silent wrong edit). "fade", "crossfade pls", "use the fade" still ask
for it: a verb or no "the" makes it a request."""

from __future__ import annotations

import re

from .entities import Tok

# values whose word is also the name of what the video has now ("the fade", "the zoom")
NAMED_NOW = ("trans", "motion")
THE = re.compile(r"^\W*(?:(?:hmm+|um+|uh+|so|well|ok|okay|and|but)\W+)*the\s*$", re.IGNORECASE)


def bare_mention(toks: list[Tok], orig: str) -> list[Tok]:
    """No request when the sentence is only "the <value>" (with hesitation around it)."""
    said = [tok for tok in toks if tok.kind != "sep"]
    if len(said) == 1 and said[0].kind in NAMED_NOW and THE.match(orig[: said[0].start]):
        return []
    return toks
