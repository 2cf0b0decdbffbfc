""" "字幕改成 谢谢老师", "标题写：谢谢": a text made only of words that are fillers elsewhere
(谢谢 and 老师 are politeness said to the assistant) is still the text when a text's lead-in is
the last thing read before them. Before, the words were dropped with the fillers and the caption
was left with no words at all (not understood)."""

from __future__ import annotations

from .entities import Tok
from .lead_text import ZH_NOTHING
from .zh_text_ends import unwrapped

TEXTS = ("title", "caption", "closing", "textnoun", "end", "start")
LEADS = ("change", "says", "colon", "to")
BREAKS = ("sep", "then")


def filler_text(toks: list[Tok], orig: str) -> list[Tok]:
    """A text token for the words after a last lead-in that the scanner dropped."""
    if len(toks) < 2 or toks[-1].kind not in LEADS or toks[-1].end <= 0:
        return toks
    lead = toks[-1]
    if lead.surface.isascii() and lead.kind != "colon":
        return toks
    clause = []
    for tok in reversed(toks[:-1]):
        if tok.kind in BREAKS:
            break
        clause.append(tok)
    if not any(t.kind in TEXTS for t in clause):
        return toks
    after = orig[lead.end :]
    if not after[:1].isspace() and after[:1] not in (":", "：") and lead.kind != "colon":
        return toks  # "字幕那个改一下": 一下 glued to the verb is the verb's, no text
    words = unwrapped(after.strip(" :：，,"), "text")
    if not words or words in ZH_NOTHING:
        return toks
    if not any("\u4e00" <= ch <= "\u9fff" or ch.isalpha() for ch in words):
        return toks
    return [*toks, Tok("text", words, lead.end, len(orig), "")]
