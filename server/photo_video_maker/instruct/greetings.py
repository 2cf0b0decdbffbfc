"""A text that is only a greeting or a thanks: "add the title Hello", "a caption saying hi",
"end with Thank you". The scanner drops these words as fillers ("hello, can you ..."), so
right after a word that leads a text they come back as an unknown word, which is a text."""

from __future__ import annotations

import re

from .entities import Tok

# words that carry nothing in a request but are a whole text after "the title ..."
GREETINGS = (
    "hello", "hi", "hey", "hiya", "thanks", "thank you", "thx", "cheers", "yay", "welcome",
    "hello world", "hi there", "hey there", "hello everyone", "hi everyone", "hi all",
    "thank you all", "thanks all", "thank you everyone", "thanks everyone", "yes", "wow",
    "good morning", "good afternoon", "good evening",
)  # fmt: skip
# "标题改成 大家好": the Chinese greetings the scanner drops as well
ZH_GREETINGS = (
    "你好", "您好", "大家好", "你们好", "哈喽", "嗨", "谢谢", "谢谢大家", "谢谢你", "谢谢你们",
    "感谢", "感谢大家", "欢迎", "拜拜", "再见", "早上好", "晚上好", "下午好",
)  # fmt: skip
LEADS = ("title", "caption", "closing", "textnoun", "says", "colon", "sign", "call")
_GAP = re.compile(r"\s*([A-Za-z][A-Za-z ]*?)[\s!.]*$")
_ZH_GAP = re.compile(r"\s*([\u4e00-\u9fff]+)[\s!！。~～]*$")


def greetings(toks: list[Tok], orig: str) -> list[Tok]:
    """A greeting said right after a word that leads a text becomes an unknown word there."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        out.append(tok)
        # "change the title to Hello", "标题改成 大家好": a text noun, then "to" or 改成
        to = tok.kind == "to" or (tok.kind == "change" and not tok.surface.isascii())
        if tok.kind not in LEADS and not (to and _texty(out)):
            continue
        end = toks[k + 1].start if k + 1 < len(toks) else len(orig)
        gap = _GAP.fullmatch(orig[tok.end : end]) or _ZH_GAP.fullmatch(orig[tok.end : end])
        if gap is None or " ".join(gap.group(1).lower().split()) not in GREETINGS + ZH_GREETINGS:
            continue
        start = tok.end + gap.start(1)
        said = gap.group(1).strip()
        out.append(Tok("?", said, start, start + len(said), said.lower()))
    return out


def _texty(before: list[Tok]) -> bool:
    """ "change the title to Hello": a text noun said earlier in the clause."""
    for tok in reversed(before):
        if tok.kind in ("sep", "then"):
            return False
        if tok.kind in ("title", "caption", "closing", "textnoun", "it_text"):
            return True
    return False
