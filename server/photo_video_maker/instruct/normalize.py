"""Preparing a sentence for the entity pass: one lower-case, half-width copy of the same length.

Entities are found on the normalised copy, but titles and captions must keep the person's own
spelling; because normalisation never changes the length, every position in the copy is the
same position in the original, and text is always cut from the original.
"""

from __future__ import annotations

import re
import unicodedata

from ..model.lang import Lang, detect
from .list_marks import unmarked
from .zh_variants import simplified

MAX_CHARS = 2000  # longer text is not interpreted (the caller refuses it)

# Quoted passages in every style people type: "", “”, 「」, 『』, ‘’, «», 《》 and '' around
# words (never the apostrophe of "don't" or "Anna's", also inside them: 'Grandma's roses';
# Chinese may touch it: "标题'金婚快乐'用金色").
QUOTES = re.compile(
    r"\"([^\"]+)\"|“([^”]+)”|”([^”]+)”|「([^」]+)」|『([^』]+)』|‘([^’]+)’|«([^»]+)»|《([^》]+)》"
    r"|(?<![A-Za-z0-9_])'((?:[^']|'(?=[A-Za-z]))+)'(?![A-Za-z0-9_])|`([^`]+)`"
)
# Signs that end a request (a comma, a full stop that is not a decimal point or file name)
HARD_SEP = re.compile(r"[,;!?、。；！？\n]|\.(?=\s|$)|[:：](?=\s*$)")


# "转场慢一点 233", "2333 音乐小声点": 233 typed alone in a Chinese chat is laughter, not a
# number (a number said as one has a unit or a word beside it: "233秒")
LAUGHTER = re.compile(r"(?:(?<=^)|(?<=[\s,，。!！~～]))23{2,}(?=$|[\s,，。!！~～])")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def unlaughed(text: str) -> str:
    """Typed laughter (233, 23333) blanked out, the length kept."""
    if not CHINESE.search(text):
        return text
    return LAUGHTER.sub(lambda m: " " * len(m.group()), text)


# "pic no. 3", "photo nr 2": a photo's number said short ("no." is no "no", "nr" no word),
# written as "#" with the same length
NUMBER_SHORT = re.compile(
    r"\b((?:pic|pics|photo|photos|picture|pictures|image|images|slide|shot|clip)\s+)"
    r"(no\.|nr\.?|num\.?)(?=\s*\d)"
)


def _number_short(text: str) -> str:
    return NUMBER_SHORT.sub(lambda m: m.group(1) + "#" + " " * (len(m.group(2)) - 1), text)


def normalize(text: str) -> str:
    """Lower-case, half-width copy of ``text`` with exactly the same length."""
    out = []
    for ch in text:
        wide = unicodedata.normalize("NFKC", ch)
        ch2 = wide if len(wide) == 1 else ch
        low = ch2.lower()
        out.append(low if len(low) == 1 else ch2)
    text = "".join(out).replace("\u00a0", " ").replace("’", "'").replace("‘", "'")
    text = _number_short(text)  # "pic no. 3": photo 3
    return unmarked(simplified(unlaughed(text)))  # "刪除第二張" reads as "删除第二张"; "1.竖屏 2.…"


def language(text: str) -> Lang:
    """Chinese when the sentence has Chinese characters, else English."""
    return detect(text)


def quote_at(norm: str, pos: int) -> tuple[int, int, int] | None:
    """A quoted passage starting at ``pos``: (end, inner start, inner end), else None."""
    m = QUOTES.match(norm, pos)
    if m is None:
        return None
    inner = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i) is not None)
    return m.end(), m.start(inner), m.end(inner)


def clip(text: str) -> str:
    """The part of ``text`` that is interpreted."""
    return text[:MAX_CHARS]
