""" "change the title color", "标题换个颜色": a text's colour to change with no colour named in
the sentence is asked (which colour?), never read as words of the text (the title became
"颜色 显眼") nor left unread. With a colour said anywhere ("给标题换个颜色 黄色") it is that one."""

from __future__ import annotations

from .entities import Tok

COLOUR_WORDS = ("颜色", "color", "colour", "colors", "colours", "字色", "字的颜色")
TEXTS = ("title", "caption", "closing", "textnoun")


def colour_unnamed(toks: list[Tok]) -> list[Tok]:
    kinds = {t.kind for t in toks}
    if "color" in kinds or not kinds & set(TEXTS) or not kinds & {"change", "another"}:
        return toks
    return [
        Tok("colour_which", None, t.start, t.end, t.surface)
        if t.kind == "look_word" and t.surface.lower() in COLOUR_WORDS
        else t
        for t in toks
    ]
