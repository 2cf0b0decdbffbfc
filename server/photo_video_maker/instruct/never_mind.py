""" "Never mind", "算了": the person lets something go.

Right after a change "never mind" could mean "take that back" or "leave it, it's fine", so it
asks, with taking the change back as the one option (a yes does it). "Leave it", "还是留着", or
nothing just changed (after a question asked back, say): acknowledged, nothing changes; but
right after a removal "keep it after all" brings the photo back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.edit_types import Edit, Remove, SetMusic, Undo
from .reading import Lang, Option, Reading

LET_GO = {
    "never mind", "nevermind", "nvm", "forget it", "forget that", "forget about it", "skip it",
    "no never mind", "oh never mind", "actually never mind", "ok never mind",
    "算了", "还是算了", "那算了", "不用了", "算了不用了", "那就算了",
    "nah never mind",
}  # fmt: skip
# a plain "no" to what was just done: take it back, or leave it? (asked, as above; after a song
# changed, "nope" asks which song instead: sound_again)
PLAIN_NO = {
    "nope", "nah", "maybe not", "hmm maybe not", "hmm no", "not really", "hmm not really",
    "no thanks", "不行", "不好", "不太好", "还是不要了",
}  # fmt: skip
LET_GO |= PLAIN_NO
# it stays as it is, whatever was just done
KEEP = {
    "it's fine", "its fine", "it's ok", "its ok", "leave it", "leave it as it is",
    "leave it like that", "keep it as it is", "keep it like that", "never mind, keep it",
    "never mind keep it", "没事了", "没事", "还是留着", "算了还是留着", "算了，还是留着", "留着",
    "保持原样", "就这样", "先这样", "算了，就这样", "算了就这样",
    "好 就这样", "好就这样", "好的 就这样", "好的就这样", "好，就这样", "那就这样", "行 就这样",
}  # fmt: skip
ENDS = re.compile(r"[\s.!?,。！？，~～…]+$")


def dismisses(text: str) -> bool:
    """ "never mind", "算了", "leave it": said as an answer to a question, it closes it."""
    return _said(text) in LET_GO | KEEP


def _said(text: str) -> str:
    said = ENDS.sub("", text.strip().lower()).replace("’", "'")
    return said.removesuffix(" then").removesuffix("吧")


def let_go(text: str, lang: Lang, last: Sequence[Edit]) -> Reading | None:
    said = _said(text)
    if said not in LET_GO | KEEP:
        return None
    if said in PLAIN_NO and last and all(isinstance(edit, SetMusic) for edit in last):
        return None
    if said in KEEP and last and all(isinstance(edit, Remove) for edit in last):
        return Reading(lang, edits=[Undo()])  # "去掉吧" then "算了还是留着": the photo stays
    if said in KEEP or not last or any(edit.kind == "undo" for edit in last):
        return Reading(lang, question="ok")
    label = "Take back the last change" if lang == "en" else "撤销刚才的修改"
    return Reading(lang, clarify=[Option(label, [Undo()])])
