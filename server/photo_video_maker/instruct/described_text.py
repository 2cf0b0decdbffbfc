""" "add our website at the end: www.bestcafe.com", "put our slogan at the start: Fresh every
day": the words before the colon say what the text is, the words after it are the text. Both
were read as texts, so the video got a card saying "our website" as well."""

from __future__ import annotations

from .entities import Tok

# a text that starts with one of these names what is written, not the writing itself
_DESCRIBES = ("our ", "my ", "the ", "your ", "his ", "her ", "their ", "a ", "an ")
_BETWEEN = {"to", "end", "start", "closing", "title", "at"}  # "at the end", "to the start"


def described_text(toks: list[Tok]) -> list[Tok]:
    """A text like "our website" followed, past only a place, by a colon and a text: it goes."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        if tok.kind == "text" and str(tok.value).lower().startswith(_DESCRIBES):
            rest = toks[k + 1 :]
            colon = next((n for n, t in enumerate(rest) if t.kind not in _BETWEEN), None)
            if (
                colon is not None
                and rest[colon].kind == "colon"
                and colon + 1 < len(rest)
                and rest[colon + 1].kind == "text"
            ):
                continue
        out.append(tok)
    return out
