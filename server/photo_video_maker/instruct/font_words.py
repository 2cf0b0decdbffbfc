"""The font said for the text itself: "change the font color to white", "make the font bigger".

Alone, "font" asks for a typeface we do not offer (the lexicon's unsupported text word: "change
the font to comic sans"). Beside a colour or a size, in the same clause, it names the text whose
colour or size is asked for.
"""

from __future__ import annotations

from .entities import Tok

STYLED = ("color", "bigger", "smaller", "size_word")
BREAKS = ("sep", "then")


def font_as_text(toks: list[Tok]) -> list[Tok]:
    out = list(toks)
    for k, tok in enumerate(toks):
        font = "font" in tok.surface.lower() or tok.surface.startswith("字体")  # "字体红色"
        # "字体改成红色": the verb that swallowed 字体 names the letters too
        typeface = tok.kind == "unsupported" and tok.value == "text"
        if not font or not (typeface or (tok.kind == "change" and tok.surface.startswith("字体"))):
            continue
        if any(toks[j].kind in STYLED for j in _clause(toks, k)):
            out[k] = Tok("textnoun", None, tok.start, tok.end, tok.surface)
    return out


def _clause(toks: list[Tok], k: int) -> range:
    start = next((j + 1 for j in range(k - 1, -1, -1) if toks[j].kind in BREAKS), 0)
    end = next((j for j in range(k + 1, len(toks)) if toks[j].kind in BREAKS), len(toks))
    return range(start, end)
