"""A comparative with its opposite after "or" ("longer or shorter transitions, you pick"): two
choices, never the limit "or shorter" (as in "30 seconds or shorter"); "fade in or fade out"
without a "no" before it is one or the other, not both."""

from __future__ import annotations

from .entities import Tok

STEPS = {
    "longer": "longer", "shorter": "shorter", "faster": "faster", "quicker": "faster",
    "slower": "slower", "more": "more", "less": "less", "bigger": "bigger",
    "smaller": "smaller", "louder": "louder", "quieter": "quieter",
}  # fmt: skip


def or_opposite(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for tok in toks:
        words = str(tok.surface).lower().split()
        if (
            out
            and out[-1].kind in STEPS.values()
            and len(words) == 2
            and words[0] == "or"
            and words[1] in STEPS
            and tok.start >= 0
        ):
            out.append(Tok("or", None, tok.start, tok.start + 2, "or"))
            out.append(Tok(STEPS[words[1]], None, tok.end - len(words[1]), tok.end, words[1]))
            continue
        if (
            tok.kind == "fade_inout"
            and " or " in f" {str(tok.surface).lower()} "
            and not any(t.kind in NOT for t in out)
        ):  # "fade in or fade out, dunno": one or the other ("no fade in or out": neither)
            said = str(tok.surface).lower()
            cut = tok.start + said.index(" or ")
            out.append(Tok("fade_in", None, tok.start, cut, said[: cut - tok.start]))
            out.append(Tok("or", None, cut + 1, cut + 3, "or"))
            out.append(Tok("fade_out", None, cut + 4, tok.end, said[cut - tok.start + 4 :]))
            continue
        out.append(tok)
    return out


NOT = ("no", "not", "remove", "off", "without", "except")
