"""Texts people ask for by what they say, not in quotes: "close with a thank you message" ends
with "Thank you" (the words are fillers elsewhere, so without this the text would be "a");
"credits: made by dad" is closing text (not the account's credits)."""

from __future__ import annotations

import re

from .entities import Tok

GREETINGS = {
    "thank you": "Thank you", "thanks": "Thanks", "goodbye": "Goodbye", "bye": "Bye",
    "happy birthday": "Happy birthday", "merry christmas": "Merry Christmas",
    "happy new year": "Happy New Year", "congratulations": "Congratulations",
    "congrats": "Congrats", "welcome": "Welcome", "happy anniversary": "Happy anniversary",
    # "put a see you next time message at the very end": a farewell said as what it says
    "see you next time": "See you next time", "see you soon": "See you soon",
    "see you later": "See you later", "see ya": "See ya", "good night": "Good night",
    "goodnight": "Goodnight", "happy holidays": "Happy holidays", "love you": "Love you",
    "miss you": "Miss you", "thanks for watching": "Thanks for watching",
}  # fmt: skip
# "a thank you message", "a goodbye at the end", "thank you message at the end" (said first)
A_MESSAGE = re.compile(
    r"(?:\b(?:a|an) |^)(" + "|".join(sorted(GREETINGS, key=len, reverse=True)) + r")"
    r"(?: (?:message|note|card|text|line)\b|$| (?=(?:at|to) the (?:end|start)\b))"
)


def greeting_texts(toks: list[Tok], orig: str) -> list[Tok]:
    found = A_MESSAGE.search(orig.lower())
    if found is None:
        return toks
    start, end = found.span()
    text = Tok("text", GREETINGS[found.group(1)], start, end, orig[start:end])
    # a word reaching past the message ("message at the end": the closing) stays
    kept = [tok for tok in toks if tok.end <= start or tok.end > end]
    at = next((k for k, tok in enumerate(kept) if tok.end > end), len(kept))
    return [*kept[:at], text, *kept[at:]]


def credits_listed(toks: list[Tok]) -> list[Tok]:
    """ "credits: made by dad": credits with their words after a colon are the closing text."""
    out = list(toks)
    for k, tok in enumerate(toks[:-1]):
        if tok.kind == "credits" and toks[k + 1].kind == "colon":
            out[k] = Tok("closing", None, tok.start, tok.end, tok.surface)
    return out


def the_end_said(toks: list[Tok], orig: str) -> list[Tok]:
    """ "a final title that says the end": the words after "says" are the text, even when they
    are a place too."""
    if len(toks) < 2 or toks[-1].kind != "end":
        return toks
    last = toks[-1]
    said = orig[last.start : last.end]
    lead = toks[-2]
    zh_lead = lead.kind in ("add", "says") and not lead.surface.isascii()
    placed = any(t.kind in ("end", "closing") for t in toks[:-2])  # "结尾加上 the end"
    if zh_lead and placed and said.lower() in ("the end", "end"):
        return [*toks[:-1], Tok("text", said, last.start, last.end, said)]
    if lead.kind != "says":
        return toks
    if said.lower() != "the end" or orig[toks[-2].start : toks[-2].end].lower() == "write":
        return toks  # "write see you soon at the end": a place
    return [*toks[:-1], Tok("text", said[:1].upper() + said[1:], last.start, last.end, said)]


PUTTING = ("add", "put", "says")
PLACED = ("end", "to", "photo", "ord", "pic")


def the_end_put(toks: list[Tok], orig: str) -> list[Tok]:
    """ "add the end at the end", "put the end on the last slide": "the end" put somewhere is
    the text, the second place is where it goes."""
    out = list(toks)
    for k in range(1, len(toks) - 1):
        tok = toks[k]
        said = orig[tok.start : tok.end]
        put = said.lower() == "the end" and toks[k - 1].kind in PUTTING
        if tok.kind == "end" and put and toks[k + 1].kind in PLACED:
            written = said if said != said.lower() else "The end"  # "THE END": as typed
            out[k] = Tok("text", written, tok.start, tok.end, said)
    return out
