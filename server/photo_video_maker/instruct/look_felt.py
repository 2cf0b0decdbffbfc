"""A look said of "it" after another look was asked for: "use a black and white look, it feels
nostalgic", "make it warm, it looks cosy". How the asked look feels, not a second look (before,
"nostalgic" put sepia over the black and white)."""

from __future__ import annotations

from .entities import Tok

# what may stand with the feeling in its clause: "it feels", "so", "kinda"
WITH = ("it", "degree", "too")


def look_felt(toks: list[Tok]) -> list[Tok]:
    out = list(toks)
    asked = False
    for k, tok in enumerate(toks):
        if tok.kind != "look":
            continue
        start = next((j + 1 for j in range(k - 1, -1, -1) if toks[j].kind == "sep"), 0)
        stop = next((j for j in range(k + 1, len(toks)) if toks[j].kind == "sep"), len(toks))
        clause = [t for t in toks[start:stop] if t is not tok]
        said_of_it = start > 0 and bool(clause) and clause[0].kind == "it"
        if asked and said_of_it and all(t.kind in WITH for t in clause):
            out[k] = Tok("reason", None, tok.start, tok.end, tok.surface)
        asked = True
    return out
