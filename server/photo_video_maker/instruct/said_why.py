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
    """Complaints said right after a removal, or right after the effect ("转场太花了 去掉吧":
    the transitions too busy, never the colours made plain), or "收尾嘛" alone after a request
    (it is the ending, you see: no move to the end), turned into reasons."""
    toks = _explained_end(_of_an_effect(toks))
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


def _of_an_effect(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for tok in toks:
        said = [t for t in out if t.kind not in BETWEEN]
        if (
            tok.kind == "look"
            and tok.surface.startswith("太")
            and said
            and said[-1].kind
            in (
                "transition",
                "motion",
            )
        ):
            tok = Tok("reason", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def _explained_end(toks: list[Tok]) -> list[Tok]:
    """ "最后那张停久一点 收尾嘛": the end said with 嘛 in a clause of its own explains."""
    out = list(toks)
    for k in range(2, len(toks) - 1):
        clause_ends = k + 2 == len(toks) or toks[k + 2].kind in ("sep", "then")
        alone = toks[k - 1].kind == "sep" and clause_ends
        if alone and toks[k].kind == "end" and toks[k + 1].surface == "嘛":
            out[k] = Tok("reason", None, toks[k].start, toks[k + 1].end, toks[k].surface)
            out[k + 1] = Tok("reason", None, toks[k + 1].start, toks[k + 1].end, "嘛")
    return out
