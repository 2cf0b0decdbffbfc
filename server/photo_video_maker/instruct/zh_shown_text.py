"""Words to show at a place, said with "显示" ("末尾显示 感谢收看", "开头显示 我们的旅行"):
"显示" leads the text in, as "写上" does. Alone "显示" carries nothing ("每张显示拍摄时间"
shows the dates), so it leads a text only right after a place and before a space or a colon,
with words after it that are no value ("第二张显示 拍摄日期" is no caption, "最后显示 5秒" no
text), nor a remark on how it shows ("结尾显示 怪怪的", "开头显示 不太对", "结尾显示 有问题").
A space alone leads no text: "结尾 怪怪的", "开头 不太好" are remarks."""

from __future__ import annotations

import re

from .entities import Tok

PLACES = ("end", "start", "closing", "title", "caption", "photo", "ord")
# before a space, a colon or an opening quote ("最后出现“全剧终”": the quote says where it starts)
SHOWN = re.compile(r"\s*(显示出来|显示出|显示|出现|打出)(?=\s|[:：“「『《‘\"'])")
# what the words after it may hold: unknown words, and words that are often a text's own
# ("全剧终", "我们的旅行", "毕业快乐"); a value, a date or a fade is no text
FREE = ("?", "text", "each", "reason", "mood", "name", "praised", "and", "it")
BREAKS = ("sep", "then")
# words of a remark on what is shown, or a question about it: no text
REMARK = re.compile(
    r"怪|问题|不对|不太|不好|奇怪|错|没|咋|怎么|为什么|吗|呢|难看|好看|一般|不行|有点"
)


def shown_text(toks: list[Tok], orig: str) -> list[Tok]:
    out: list[Tok] = []
    skip = -1
    for k, tok in enumerate(toks):
        if tok.start < skip:
            continue  # "出现" read as two unknown characters: the lead-in itself
        out.append(tok)
        if tok.kind not in PLACES or tok.end <= 0 or tok.surface.isascii():
            continue
        said = SHOWN.match(orig, tok.end)
        if said is None:
            continue
        rest = []
        for later in toks[k + 1 :]:
            if later.kind in BREAKS and later.surface.strip():
                break
            if later.kind not in BREAKS and later.start >= said.end(1):
                rest.append(later)
        words = orig[said.end() : rest[-1].end if rest else len(orig)].strip(" :：")
        if any(t.kind not in FREE for t in rest) or not words or REMARK.search(words):
            continue
        out.append(Tok("says", None, said.start(1), said.end(1), said.group(1)))
        skip = said.end(1)
    return out
