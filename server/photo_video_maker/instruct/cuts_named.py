"""Cuts named as a kind of transition: "crossfades pls not cuts", "cuts instead of fades",
"no cuts, dissolves", "i prefer crossfades over cuts", "cuts between the photos". "cuts" (a noun
the scanner does not know, as "cut" is a verb) set against another transition is the plain cut
between photos, never a cut of the video."""

from __future__ import annotations

import re

from .entities import Tok

CUT_NOUNS = ("cuts", "jump cuts", "straight cuts", "plain cuts", "simple cuts")
# the words that set one transition against another
AGAINST = ("not", "no", "instead", "rather", "than", "or", "sep", "change", "and")
# the same, said between the two transitions: "crossfades over cuts", "cuts vs fades"
BETWEEN = re.compile(
    r"^\s*(?:over|not|rather\s+than|instead\s+of|than|vs\.?|versus|or|and(?:\s+not)?|,|)\s*$",
    re.IGNORECASE,
)
# of those, the ones that say the first is the one wanted: "crossfades over cuts", not
# "cuts vs fades", "fades, cuts" or "fades and cuts" (nothing says which is refused)
PREFERRED = re.compile(
    r"^\s*,?\s*(?:over|not|rather\s+than|instead\s+of|(?:more|better)\s+than|and\s+not)"
    r"(?:\s+(?:the|those|these|all\s+the))?\s*$",
    re.IGNORECASE,
)
# "than" alone prefers the first when a word before it said so: "i'd rather have cuts than fades"
THAN = re.compile(r"^\s*than(?:\s+(?:the|those|these|all\s+the))?\s*$", re.IGNORECASE)
RATHER = re.compile(r"\b(?:rather|sooner|prefer\w*|more|better)\b", re.IGNORECASE)
VERSUS = ("vs", "vs.", "versus")
TRANSITIONS = ("trans", "transition")


def cuts_named(toks: list[Tok], orig: str) -> list[Tok]:
    named = any(tok.kind in TRANSITIONS for tok in toks)
    out = list(toks)
    for k, tok in enumerate(toks):
        if tok.kind == "transition" and tok.surface.lower().startswith(CUT_NOUNS):
            out[k] = Tok("trans", "none", tok.start, tok.end, tok.surface)  # "cuts between"
            continue
        if tok.kind != "?" or str(tok.value or tok.surface).lower() not in CUT_NOUNS:
            continue
        beside = [toks[n] for n in (k - 1, k + 1) if 0 <= n < len(toks)]
        against = any(t.kind in AGAINST or t.surface.lower() in VERSUS for t in beside)
        over = any(t.kind in TRANSITIONS and BETWEEN.match(_gap(t, tok, orig)) for t in beside)
        # "cuts instead of crossfades", "cuts, not fades" (the refused one is gone by now)
        refused = k + 2 < len(toks) and toks[k + 1].kind == "sep" and _not(toks[k + 2])
        if any(t.kind == "instead" for t in beside) or refused or (named and (against or over)):
            out[k] = Tok("trans", "none", tok.start, tok.end, tok.surface)
    return out


def _not(tok: Tok) -> bool:
    return tok.kind in ("not", "reason") and tok.surface.lower() == "not"


def _gap(a: Tok, b: Tok, orig: str) -> str:
    first, second = (a, b) if a.start < b.start else (b, a)
    return orig[first.end : second.start] if first.end >= 0 and second.start >= 0 else "?"


# the words that put the unwanted transition after the wanted one: "crossfades not cuts"
REJECTING = ("not", "instead", "no")


def wanted_first(toks: list[Tok], orig: str) -> list[Tok]:
    """ "crossfades not cuts", "fades instead of cuts", "cuts over fades": the transition
    named first is the one wanted; the one refused after it asks nothing more."""
    for k in range(len(toks) - 1):
        want = toks[k]
        if want.kind != "trans" or any(t.kind in ("end", "start") for t in toks):
            continue
        if toks[k + 1].kind in REJECTING and k + 2 < len(toks):
            word, other = toks[k + 1], toks[k + 2]
        else:
            word, other = None, toks[k + 1]
        if other.kind != "trans" or want.value == other.value:
            continue
        if word is not None and word.kind == "instead" and TAKEN_BACK.match(word.surface.strip()):
            continue  # "slides no wait fades": the later one (said_again)
        gap = _gap(want, other, orig)
        rather = THAN.match(gap) and RATHER.search(orig[: max(want.start, 0)])
        if word is None and not (PREFERRED.match(gap) or rather):
            continue  # "fades, cuts", "cuts vs fades": nothing says which is refused
        return [*toks[: k + 1], *toks[toks.index(other) + 1 :]]
    return toks


# the words that take back what was just said: "slides, actually no, fades"
TAKEN_BACK = re.compile(
    r"^(?:actually|no|nope|nah|wait|no wait|hmm|i mean|sorry|scratch that|or rather|make that)$",
    re.IGNORECASE,
)


def said_again(toks: list[Tok]) -> list[Tok]:
    """ "slides, actually no, fades", "slides... hmm no, fades": the transition said after the
    first was taken back is the one wanted (not both, nor which one?)."""
    for k, first in enumerate(toks):
        if first.kind != "trans":
            continue
        j = k + 1
        while j < len(toks) and (toks[j].kind in ("sep", "instead") or _no_alone(toks, j)):
            j += 1
        words = [t for t in toks[k + 1 : j] if t.kind != "sep"]
        if j == len(toks) or toks[j].kind != "trans" or toks[j].value == first.value or not words:
            continue
        if all(TAKEN_BACK.match(t.surface.strip()) for t in words):
            return [*toks[:k], *toks[j:]]
    return toks


def _no_alone(toks: list[Tok], j: int) -> bool:
    """ "no," said alone (a take-back), not "no slides" (that one refused)."""
    return toks[j].kind == "no" and j + 1 < len(toks) and toks[j + 1].kind == "sep"
