"""Cuts named as a kind of transition: "crossfades pls not cuts", "cuts instead of fades",
"no cuts, dissolves". "cuts" (a noun the scanner does not know, as "cut" is a verb) set against
another transition is the plain cut between photos, never a cut of the video."""

from __future__ import annotations

from .entities import Tok

CUT_NOUNS = ("cuts", "jump cuts", "straight cuts", "plain cuts", "simple cuts")
# the words that set one transition against another
AGAINST = ("not", "no", "instead", "rather", "than", "or", "sep", "change")


def cuts_named(toks: list[Tok]) -> list[Tok]:
    named = any(tok.kind in ("trans", "transition") for tok in toks)
    out = list(toks)
    for k, tok in enumerate(toks):
        if tok.kind != "?" or str(tok.value or tok.surface).lower() not in CUT_NOUNS:
            continue
        beside = [toks[n].kind for n in (k - 1, k + 1) if 0 <= n < len(toks)]
        # "cuts instead of crossfades" (the refused one is gone by now)
        if "instead" in beside or (named and any(kind in AGAINST for kind in beside)):
            out[k] = Tok("trans", "none", tok.start, tok.end, tok.surface)
    return out


# the words that put the unwanted transition after the wanted one: "crossfades not cuts"
REJECTING = ("not", "instead")


def wanted_first(toks: list[Tok]) -> list[Tok]:
    """ "crossfades not cuts", "fades instead of cuts": the transition named first is the one
    wanted; the one refused after it asks nothing more."""
    for k in range(len(toks) - 2):
        want, word, other = toks[k], toks[k + 1], toks[k + 2]
        if want.kind != "trans" or word.kind not in REJECTING or other.kind != "trans":
            continue
        if want.value == other.value or any(t.kind in ("end", "start") for t in toks):
            continue
        return [*toks[: k + 1], *toks[k + 3 :]]
    return toks
