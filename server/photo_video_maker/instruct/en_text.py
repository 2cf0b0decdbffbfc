"""English word orders about the texts and what is not wanted: "put the caption higher" (a
place, not more of it), "no captions or titles" (neither, nothing to ask about)."""

from __future__ import annotations

from .entities import Tok

TEXTS = ("title", "caption", "closing", "textnoun")
NEGATIONS = ("no", "not", "without")
CLAUSE = ("sep", "then", "and")


def placed_higher(toks: list[Tok]) -> list[Tok]:
    """ "put the caption higher", "the title a bit lower": up or down the screen."""
    out: list[Tok] = []
    for tok in toks:
        said = tok.surface.lower()
        text = next((t for t in reversed(out[-3:]) if t.kind in TEXTS), None)
        if text is not None and said in ("higher", "higher up", "lower", "lower down"):
            way = "up" if said.startswith("higher") else "down"
            tok = Tok(way, None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def neither(toks: list[Tok]) -> list[Tok]:
    """ "no captions or titles", "without music or transitions": after a "no" in English, "or"
    joins what is not wanted; it offers no choice."""
    out: list[Tok] = []
    negated = False
    for tok in toks:
        if tok.kind in CLAUSE:
            negated = False
        if tok.kind in NEGATIONS:
            negated = True
        if tok.kind == "or" and negated and tok.surface.lower() == "or":
            tok = Tok("and", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def quoted_old_text(toks: list[Tok], names: dict[str, tuple[str, object]]) -> list[Tok]:
    """'change "Our trip" to "Our big trip"': of two quoted texts, one that the video already
    shows names the text to rewrite (as its unquoted words do)."""
    said = [t for t in toks if t.kind == "text" and isinstance(t.value, str)]
    if len(said) != 2:
        return toks
    old = said[0]
    kind, role = names.get(str(old.value).lower().strip(), ("", None))
    if kind != "it_text":
        return toks
    named = Tok("it_text", role, old.start, old.end, str(old.value).lower().strip())
    return [named if t is old else t for t in toks]
