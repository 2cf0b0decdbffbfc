""" "its not the transitions, the music is too loud": what a sentence opens by saying is not
the trouble is only ruled out, so it is no request of its own (before, the transitions were
taken out)."""

from __future__ import annotations

import re

from .entities import Tok

# "it's not", "its not", "it is not", "it isnt": said of what follows (not "not the title, ...")
OPENS = re.compile(r"^\W*(?:(?:ok|okay|so|well|no|nah|hmm+)\W+)?(?:it'?s|it\s+is|its)\s+$", re.I)
THINGS: tuple[str, ...] = ("transition", "music", "title", "caption", "closing", "textnoun")
THINGS += ("look", "motion")
THINGS += ("pic", "photo", "clip_sound", "trans", "builtin", "speed", "pace")


def not_the_fault(toks: list[Tok], orig: str) -> list[Tok]:
    """The opening "it's not <thing>," clause dropped when a request follows it; said alone
    ("its not the transitions") it rules the thing out and asks nothing."""
    if len(toks) < 2 or toks[0].kind != "not" or toks[0].start < 0:
        return toks
    if not OPENS.match(orig[: toks[0].start]):
        return toks
    if all(t.kind in THINGS for t in toks[1:]):
        return [Tok("reason", None, toks[0].start, toks[-1].end, "not the trouble")]
    if len(toks) < 4:
        return toks
    end = next((k for k, t in enumerate(toks) if t.kind in ("sep", "then")), None)
    if end is None or end + 1 >= len(toks) or end > 3:
        return toks
    if not all(t.kind in THINGS for t in toks[1:end]):
        return toks
    return toks[end + 1 :]
