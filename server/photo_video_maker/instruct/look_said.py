"""Look and mood words that, where they stand, are not the look or the mood asked for.

- "make everything a bit warmer in color": "in color" says where the warmth goes, it does not
  take the look back to plain colour;
- "her grandma is old": "old" said of a person is no vintage look;
- "that's too loud, keep it soft": "soft" beside a quieter request is the volume, not a calmer
  mood (which would also slow the pace);
- "use soft fades", "gentle transitions": softer transitions, not a calmer video.
"""

from __future__ import annotations

from .entities import Tok

IN_COLOUR = ("in color", "in colour", "in colors", "in colours")
AGED = ("old", "older", "old-fashioned")
SOFT = ("soft", "softer", "softly", "gentle", "gentler", "quiet")


def looks_in_passing(toks: list[Tok]) -> list[Tok]:
    quieter = any(t.kind == "quieter" for t in toks)
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        surface = tok.surface.lower()
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind == "mood" and surface in SOFT and nxt and nxt.kind in ("trans", "transition"):
            out.append(Tok("softer", None, tok.start, tok.end, tok.surface))  # "soft fades"
            continue
        prev = next((t for t in reversed(out) if t.kind != "degree"), None)
        if tok.kind == "look" and surface in IN_COLOUR and prev is not None and prev.kind == "look":
            continue
        if tok.kind == "look" and surface in AGED and _said_of_a_person(out):
            continue
        if tok.kind == "mood" and surface in SOFT and quieter:
            continue
        out.append(tok)
    return out


def _said_of_a_person(before: list[Tok]) -> bool:
    """A person ("grandma", "my dad") is named earlier in the same clause."""
    for tok in reversed(before):
        if tok.kind == "sep":
            return False
        if tok.kind == "reason":
            return True
    return False
