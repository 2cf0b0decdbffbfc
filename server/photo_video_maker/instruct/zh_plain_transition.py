"""The plain transition asked for by that word alone: "转场就用普通的", "转场太花哨了 就用普通的",
"过渡用最简单的吧". With no transition named, the ordinary one is the crossfade (the one every
video starts with); said beside a name ("换成简单的叠化") the plain word only describes it."""

from __future__ import annotations

import re

from .entities import Tok

_PLAIN = re.compile(r"\s*(?:最|回)?(?:普通|简单|默认|基础|朴素)(?:点|一点)?的?")
# what may stand between the transitions named and the "use": why, a pause, a filler
_PAUSES = " ，,。；;！!"
_BETWEEN = ("sep", "dislike", "reason", "too", "it", "degree", "just")


def plain_transition(toks: list[Tok], orig: str) -> list[Tok]:
    """A change to the plain one, said of the transitions, becomes the crossfade; "转场简单点",
    "转场太花了 简单点就行" ask for it with no verb (too fancy is then only why)."""
    if any(tok.kind == "trans" for tok in toks):
        return toks
    for k, tok in enumerate(toks):
        verb = tok.kind == "change" and _of_transitions(toks, k)
        said_after = tok.kind == "transition" or (
            tok.kind in _BETWEEN and _of_transitions(toks, k + 1)
        )
        if not (verb or said_after):
            continue
        said = _PLAIN.match(orig, tok.end)
        if said is None or not said.group().strip():
            continue
        end = said.end()
        plain = Tok("trans", "crossfade", tok.end, end, orig[tok.end : end])
        rest = [t for t in toks[k + 1 :] if t.start >= end]
        gap = orig[end : rest[0].start] if rest else ""
        if gap[:1] in _PAUSES and gap and rest[0].kind != "sep":  # the filler took the pause
            rest.insert(0, Tok("sep", None, end, end + 1, gap[0]))
        before = [_why(t) for t in toks[: k + 1]]
        return [*before, plain, *rest]
    return toks


def _complaint(tok: Tok) -> bool:
    """ "太花了" (read as a look alone): said of the transitions, too fancy."""
    return tok.kind == "look" and tok.surface.startswith("太")


def _why(tok: Tok) -> Tok:
    return Tok("reason", None, tok.start, tok.end, tok.surface) if _complaint(tok) else tok


def _of_transitions(toks: list[Tok], k: int) -> bool:
    j = k - 1
    while j >= 0 and (toks[j].kind in _BETWEEN or _complaint(toks[j])):
        j -= 1
    return j >= 0 and toks[j].kind == "transition"
