""" "swap the title for Lake Days", "swap the caption on pic 2 for Downtown": a text swapped for
new words is changed to them, not two photos changing places."""

from __future__ import annotations

from .entities import Tok

NOUNS = ("title", "caption", "closing")
LEADS = ("for ", "with ", "to ")
QUOTES = "'\"“‘「"
# what may stand between the text named and its new words ("the caption on pic 2")
BETWEEN = ("photo", "ord", "pic", "in", "to")


def swapped_text(toks: list[Tok]) -> list[Tok]:
    """ "swap <text noun> ... for <words>": a change of that text to the words."""
    for k in range(len(toks) - 2):
        if toks[k].kind != "swap" or toks[k + 1].kind not in NOUNS:
            continue
        j = k + 2
        while j < len(toks) and toks[j].kind in BETWEEN:
            j += 1
        if j >= len(toks) or toks[j].kind != "text" or not isinstance(toks[j].value, str):
            continue
        said = toks[j].value
        lead = next((w for w in LEADS if said.lower().startswith(w)), None)
        if lead is None and toks[j].surface[:1] in QUOTES:
            lead = (
                ""  # "swap the end text for 'til next time'": the quoted words (the "for" dropped)
            )
        if lead is None or not said[len(lead) :].strip():
            continue
        change = Tok("change", None, toks[k].start, toks[k].end, toks[k].surface)
        words = Tok("text", said[len(lead) :].strip(), toks[j].start, toks[j].end, toks[j].surface)
        return [*toks[:k], change, *toks[k + 1 : j], words, *toks[j + 1 :]]
    return toks
