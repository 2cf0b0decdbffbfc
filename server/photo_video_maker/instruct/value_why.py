"""A complaint said after the value that answers it: "music volume to 30%, it's too loud rn",
"fade the music out over 3 secs, it ends too abruptly". The level or the length said first is
the change; the complaint after the comma is why (before, it was a second step on top: the
music at 24 %, the fade at 2.5 s instead of 3)."""

from __future__ import annotations

from .entities import Tok

# the complaint, and what the clause before must have said exactly for it to be the reason
ANSWERED = {
    "quieter": (("music", "volume"), ("pct", "num", "full")),
    "louder": (("music", "volume"), ("pct", "num", "full")),
    "abrupt_end": (("fade_out", "fade_inout"), ("dur",)),
    "abrupt_start": (("fade_in", "fade_inout"), ("dur",)),
}
# words the complaint's own clause may hold besides it: "it's way too loud", "the music is"
AROUND = ("it", "degree", "too", "music", "reason")


def value_why(toks: list[Tok]) -> list[Tok]:
    for k, tok in enumerate(toks):
        if tok.kind not in ANSWERED:
            continue
        start = _clause_start(toks, k)
        ends = (j for j in range(k + 1, len(toks)) if toks[j].kind in ("sep", "then"))
        end = next(ends, len(toks))
        if start == 0 or toks[start - 1].kind != "sep":
            continue
        own = toks[start:end]
        if any(t.kind not in AROUND and t is not tok for t in own):
            continue
        before = toks[_clause_start(toks, start - 1) : start - 1]
        things, values = ANSWERED[tok.kind]
        kinds = {t.kind for t in before}
        if kinds & set(things) and kinds & set(values):  # the whole clause is the reason
            said = [t for t in own if t.start >= 0] or [tok]
            why = Tok("reason", None, said[0].start, said[-1].end, tok.surface)
            return [*toks[:start], why, *value_why(toks[end:])]
    return toks


def _clause_start(toks: list[Tok], k: int) -> int:
    """Where the clause holding ``toks[k]`` begins (after the last comma or "then")."""
    return next((j + 1 for j in range(k - 1, -1, -1) if toks[j].kind in ("sep", "then")), 0)
