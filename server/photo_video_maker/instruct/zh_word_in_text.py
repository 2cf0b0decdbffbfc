""" "标题里的trip改成Journey", "字幕里的lights换成夜景": one word inside a text on the video
changed into another; the rest of the text stays. Before, everything after "标题" was written
as the new title ("里的trip改成Journey": a silent wrong edit). Nothing is read when the word
is not in that text."""

from __future__ import annotations

import re

from ..model.edit_types import Edit
from .context import Ctx
from .en_retext import _edit, _shown

ROLES = {"标题": "title", "片头": "title", "字幕": "caption", "结尾": "closing", "片尾": "closing"}
SAID = re.compile(
    r"^\s*(?:把|将)?(?P<noun>标题|片头|字幕|结尾|片尾)(?:文字)?(?:里的|里面的|中的|里)"
    r"\s*[“\"「']?(?P<old>[^“”\"「」']+?)[”\"」']?\s*(?:改成|换成|改为|换为|改|换)"
    r"\s*[“\"「']?(?P<new>[^“”\"「」']+?)[”\"」']?\s*(?:吧|呗|哈|啦)?[。.!！~]*\s*$"
)


def word_in_text(text: str, ctx: Ctx) -> Edit | None:
    """The text with the word said replaced, when the sentence asks only that."""
    found = SAID.match(text)
    if found is None:
        return None
    role, old, new = ROLES[found["noun"]], found["old"].strip(), found["new"].strip()
    texts = [s for s in _shown(ctx) if s.role == role and old in s.text]
    if len(texts) != 1 or not new or old == new:
        return None
    return _edit(texts[0], texts[0].text.replace(old, new))
