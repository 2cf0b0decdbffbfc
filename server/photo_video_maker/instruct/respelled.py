"""Corrections of a text just written: "it's spelled Lisboa not Lisbon", "是里斯本不是里斯班".

The previous turn wrote a title, caption or closing text; a sentence that says a word and then
"not" another word of that text replaces the one in the text. Nothing else is read from such a
sentence, and nothing happens when the replaced word is not in the text just written.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model.edit_types import Edit, SetCaption, SetClosing, SetTitle
from .entities import Tok

LEAD = ("says", "instead", "wrong", "to", "call", "it")  # "spelled", "是", "it should be"
NOT = ("not", "instead_not")
OWN = ("?", "num", "photo", "reason", "text")  # what a misspelt word is read as ("Mum": a person)
# "..., fix it pls", ", change that": asking for the fix, after the words
FIX_IT = ("sep", "change", "it", "wrong", "please")


def respelled(text: str, toks: list[Tok], last: Sequence[Edit]) -> Edit | None:
    """The text edit of the previous turn with one word put right, if that is what is said."""
    written = next(
        (e for e in reversed(last) if isinstance(e, SetTitle | SetCaption | SetClosing)), None
    )
    if written is None:
        return None
    cut = next((k for k, t in enumerate(toks) if _not(t)), None)
    if cut is None or cut == 0 or cut == len(toks) - 1:
        return None
    said, wrong = toks[:cut], toks[cut + 1 :]
    tail = next((k for k, t in enumerate(wrong) if t.kind == "sep"), None)
    if tail is not None and all(t.kind in FIX_IT for t in wrong[tail:]):
        wrong = wrong[:tail]  # "it's Mum not Mom, fix it pls"
    said = _after_preface(said, written)
    while said and said[0].kind in LEAD:
        said = said[1:]
    if not said or not wrong or any(t.kind not in OWN for t in [*said, *wrong]):
        return None
    right = text[said[0].start : said[-1].end].strip()
    old = text[wrong[0].start : wrong[-1].end].strip(" .。!！")
    if not right or not old or old not in written.text or right in written.text:
        return None
    return written.model_copy(update={"text": written.text.replace(old, right)})


# "the title has a typo, it's Barcelona not ...": which text is wrong, said first
PREFACE = (
    "title",
    "caption",
    "closing",
    "end",
    "textnoun",
    "wrong",
    "it",
    "instead",
    "sep",
    "colon",
)
NAMED = {"title": SetTitle, "caption": SetCaption, "closing": SetClosing, "end": SetClosing}


def _after_preface(said: list[Tok], written: Edit) -> list[Tok]:
    """The words after "the title has a typo," (the text named must be the one written)."""
    sep = max((k for k, t in enumerate(said) if t.kind in ("sep", "colon")), default=None)
    if sep is None or not all(t.kind in PREFACE for t in said[:sep]):
        return said
    named = [NAMED[t.kind] for t in said[:sep] if t.kind in NAMED]
    if any(not isinstance(written, kind) for kind in named):
        return []
    return said[sep + 1 :]


def _not(tok: Tok) -> bool:
    """ "not", and "不是" after what is said ("是里斯本不是里斯班")."""
    return tok.kind == "not" or (tok.kind == "instead" and tok.surface == "不是")
