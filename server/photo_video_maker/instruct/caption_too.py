"""Right after a caption was written, "第二张也加 第二天", "第4张也来一个 求婚那天", "第三张也要
 海边" write one on that photo too: the words after the space are its text (before, they
were not understood; only a quoted text was)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.edit_types import Edit, SetCaption
from .entities import Tok
from .fillers import SOFT
from .zh_text_ends import unwrapped

# after the photo: "也加", "也来一个", "也要", "加一条字幕：", then the text
TOO = re.compile(
    r"^(?:照片|图片|图)?的?\s*(?P<too>也)?(?P<verb>加|来|写|配|要|整|是)?(?:上|一个|一条|个|下)?"
    r"(?:字幕|文字|配文)?\s*[：:，,]?\s*(?P<text>\S.*?)\s*$"
)
# the words of a text: nothing there asks an edit ("第二张也 3秒" is a length)
TEXTISH = {"?", "num", "ord", "it", "text", "just", "sep", "day", *SOFT}
QUOTES = "“”\"'‘’「」『』"


def caption_too(text: str, toks: list[Tok], last: Sequence[Edit]) -> list[Edit] | None:
    """A caption on the photo named, with the words after "也加" as its text."""
    if not last or not toks:
        return None
    edit = last[-1]  # a caption just written, or just restyled ("字幕大一点")
    if not isinstance(edit, SetCaption) and getattr(edit, "target", None) != "captions":
        return None
    first = toks[0]
    if first.kind != "photo" or not isinstance(first.value, int) or first.start < 0:
        return None
    found = TOO.match(text[first.end :])
    if found is None or not (found["too"] or found["verb"]):
        return None
    begin = first.end + found.start("text")
    if found["too"] is None and text[begin - 1 : begin] != " ":
        return None  # "第二张加大" is no text; "第二张加 第二天" (spaced) is
    words = [t for t in toks[1:] if t.end > begin]
    # "第五张也配一个 花园": a word that is also a photo's name is a word of the text here
    named = [t for t in words if t.kind == "photo" and isinstance(t.value, str)]
    if any(t.kind not in TEXTISH and t not in named for t in words):
        return None  # a style or a length
    if all(t.kind in SOFT for t in words):
        return None  # only "也要" (no words of a text)
    said = unwrapped(found["text"].strip(QUOTES).strip(), "caption")
    return [SetCaption(index=first.value, text=said)] if said else None
