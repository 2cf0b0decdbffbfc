"""Why something is taken out, said after it: "remove the party clip, its too noisy", "take
the music off, way too loud", "get rid of pic 4 its too slow anyway", "把音乐去掉 太吵",
"转场去掉吧 太花了". The
complaint is the reason for the removal, not a request of its own (before, the music also got
quieter, or the video faster: a silent wrong edit)."""

from __future__ import annotations

import re

from .entities import Tok

TAKING_OUT = ("remove", "mute", "cut")
COMPLAINTS = ("quieter", "louder", "faster", "slower", "shorter", "longer", "dislike")
# words that may stand between what is taken out and why: "it's", "it makes the video", "way"
BETWEEN = ("sep", "it", "degree", "too", "put", "video", "off")
TOO = re.compile(r"\btoo\b|太|\bso\b|\bway\b", re.IGNORECASE)
ASKING = ("change", "add", "move", "swap", "then", "and", "instead")
THINGS: tuple[str, ...] = ("photo", "music", "clip", "title", "caption", "closing", "pic", "song")
THINGS += ("textnoun",)
THINGS += ("transition", "motion")  # "转场去掉吧 太花了"


def said_why(toks: list[Tok], orig: str) -> list[Tok]:
    """Complaints said right after a removal, turned into reasons."""
    out: list[Tok] = []
    verb = named = False
    taken: int | None = None  # the last word of the removal ("remove the clip", "音乐去掉")
    for tok in toks:
        if tok.kind in TAKING_OUT or tok.kind in THINGS:
            verb = verb or tok.kind in TAKING_OUT
            named = named or tok.kind in THINGS
            taken = len(out) if verb and named else taken
        elif _complaint(tok) and taken is not None:
            between = out[taken + 1 :]
            said = orig[out[taken].end : tok.end]
            if all(t.kind in BETWEEN for t in between) and TOO.search(said):
                out.append(Tok("reason", None, tok.start, tok.end, tok.surface))
                continue
        elif tok.kind in ASKING:
            verb = named = False
            taken = None
        out.append(tok)
    return out


def _complaint(tok: Tok) -> bool:
    """A complaint: a step ("too loud"), or a look said with "too" ("转场去掉吧 太花了": too
    busy, never the colours made plain)."""
    return tok.kind in COMPLAINTS or (tok.kind == "look" and tok.surface.startswith("太"))
