"""A text found wanting, then its new words in the next clause: "标题太长了 改成 海南". The
complaint says why; the change is the text's ("标题 改成 海南"). Before, "太长" was read as a
length and the new words were left unread. Only words no lexicon entry knows follow the change
(so "标题太大了 改成红色" stays a colour and a size)."""

from __future__ import annotations

from .entities import Tok

NOUNS = ("title", "caption", "closing", "textnoun")
COMPLAINTS = ("too", "shorter", "longer", "dislike", "degree")


WORDS = ("?", "num", "reason", "mood", "day")


def renamed_after(toks: list[Tok], orig: str) -> list[Tok]:
    """The tokens, with the complaint between a text noun and its Chinese change left out."""
    for k, tok in enumerate(toks):
        if tok.kind not in NOUNS:
            continue
        j = k + 1
        while j < len(toks) and toks[j].kind in COMPLAINTS:
            j += 1
        if j == k + 1 or j >= len(toks):
            continue
        change, rest = toks[j], toks[j + 1 :]
        apart = orig[toks[j - 1].end : change.start]  # "太长了 ": the clause ends before it
        if " " not in apart or change.surface.isascii():
            continue
        shortened = [t.kind for t in toks[j:]]
        if {"shorter", "longer"} & set(shortened) and set(shortened) <= {*COMPLAINTS, "change"}:
            # "标题太长了 改短点": the text's own length, which no edit changes (before, every
            # photo was made shorter)
            return [*toks[:j], *(Tok("?", t.surface, t.start, t.end, t.surface) for t in toks[j:])]
        if change.kind != "change" or not rest:
            continue
        # "改成 旅行": words of an occasion or a feeling are the new text too
        if all(t.kind in WORDS for t in rest) and orig[change.end : change.end + 1] == " ":
            return [*toks[: k + 1], *toks[j:]]
    return toks
