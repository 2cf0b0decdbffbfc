"""A mood said of the colours ("清新一点的色调", "色调清新一点", "a calm colour tone"): there is no
look of that name, and it is no wish for music of that mood (before, "清新一点的色调" changed the
music to acoustic: a silent wrong edit). It is left unread, about the look."""

from __future__ import annotations

from .entities import Tok

COLOURS = (
    "色调", "色彩", "颜色", "色系", "调色", "色调风格", "color", "colour", "colors", "colours",
    "tone", "tones", "tint", "hue", "grade", "grading", "color grading", "colour grading",
)  # fmt: skip
ENDS = ("sep", "then", "and")


def mood_of_colours(toks: list[Tok]) -> list[Tok]:
    out = list(toks)
    start = 0
    for end in range(len(toks) + 1):
        if end < len(toks) and toks[end].kind not in ENDS:
            continue
        clause = range(start, end)
        coloured = any(
            toks[k].kind == "filter_word"
            or (toks[k].kind == "look_word" and toks[k].surface.lower() in COLOURS)
            for k in clause
        )
        if coloured and not any(toks[k].kind in ("music", "look") for k in clause):
            for k in clause:
                if toks[k].kind == "mood":
                    tok = toks[k]
                    out[k] = Tok("unsupported", "look", tok.start, tok.end, tok.surface)
        start = end + 1
    return out
