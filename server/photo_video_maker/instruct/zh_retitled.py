""" "标题不要our trip了 换成 成都三日游", "标题不要了 换成 海边日记": a text turned down and
at once another given in its place is the text changed, never the text removed."""

from __future__ import annotations

from .entities import Tok

TEXTS = ("title", "caption", "closing")
DROPPED = ("no", "remove", "not")
BETWEEN = ("it_text", "sep")


def retitled(toks: list[Tok]) -> list[Tok]:
    """A text noun, "不要", the old text, then "换成 X": the noun changed to X."""
    for k, tok in enumerate(toks[:-2]):
        if tok.kind not in TEXTS or toks[k + 1].kind not in DROPPED:
            continue
        j = k + 2
        while j < len(toks) and toks[j].kind in BETWEEN:
            j += 1
        if j < len(toks) and toks[j].kind == "change" and toks[j].surface.endswith(("成", "为")):
            return [*toks[: k + 1], *toks[j:]]
    return toks
