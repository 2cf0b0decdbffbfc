"""The words a person wraps around an unquoted Chinese text, which are not the text: "字幕是
花园" (是 only says what it is), "标题就叫 快乐假期吧" (吧 asks, it is not the title's),
"结尾写 下次见就行" (就行 says it is enough). Quoted texts keep every character.
"""

from __future__ import annotations

import re

# "是 花园", "为 花园": the copula before a text named by its noun
LEAD = re.compile(r"^(就是|是)\s*(?=\S)")
# "标题弄成红字 内容 新年快乐": "the words:" said before the words themselves
CONTENT = re.compile(r"^(?:内容|文字内容|文案|字)(?:是|为|写)?(?:\s*[:：]\s*|\s+)(?=\S)")
# "第二张标注一下 外滩": the verb's 一下, set apart from the text by a space, is not the text's
ONCE = re.compile(r"^一下\s+(?=\S)")
# "标题改成日文 東京の旅": the language the text is written in, named before it, is not the text's
LANGUAGE = re.compile(
    r"^(?:用)?(?:日文|日语|英文|英语|韩文|韩语|法文|法语|德文|德语|西班牙语|俄语|泰语|中文|繁体字?|简体字?)"
    r"(?:的|写)?(?:\s*[:：]\s*|\s+)(?=\S)"
)
# "标题改成英文": only the language named, a translation (which is not made), never the text
LANGUAGE_ONLY = re.compile(
    r"(?:用)?(?:日文|日语|英文|英语|韩文|韩语|法文|法语|德文|德语|西班牙语|俄语|泰语|中文|繁体字?|简体字?)"
    r"(?:的|版|版本|的吧|吧)?"
)
# particles and "that's enough" said after the text ("旺财吧", "夏天就好")
TAIL = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*(吧|呗|嘛|哈|哦|喔|就行了?|就好了?|就可以了?|即可|再)[!！~～。.]*$"
)
# "标题叫Our trip吧", "标题叫Our trip挺好": Chinese glued after Latin letters is never the
# Latin text's own: a particle, "that's enough", or praise of those words
LATIN_TAIL = re.compile(
    r"(?<=[A-Za-z0-9])\s*(吧|呗|嘛|哈|哦|喔|啦|呀|啊|就行了?|就好了?|就可以了?|即可|挺好的?|不错|很好|蛮好的?)"
    r"[!！~～。.]*$"
)
# a particle set apart by a space is said to the assistant ("谢谢观看 啦"); glued on, it may be
# the text's own ("出发啦"); so is a spaced "再" / "然后" that leads to the next request, and a
# spaced "吧" after digits or Latin letters ("标题就叫 我们的2026 吧")
SPACED_TAIL = re.compile(
    r"(?<=\S)\s+(啦|呀|啊|呢|吧|呗|嘛|哦|喔|噢|哟|哈+|嘿嘿|谢谢|thx|pls|再|然后|还有|另外"
    # "标题换成 夏日回忆 谢啦", "标题就叫 海边的夏天 可以吗": thanks or a question to the assistant
    r"|谢啦|谢了|多谢|谢谢啦|谢谢你|感谢|辛苦了|麻烦了|拜托了|可以吗|行吗|好吗|行不行|可以不|好不好)"
    r"[!！~～。.?？]*$"
)
# "字幕加一个 第一天 在第一张": the "在" (on) of the photo named next, not the text's; "标题换成
# 周年快乐 颜色用白的": the verb of the colour said next
WHERE = re.compile(
    r"(?<=\S)\s+(在|放在|放到|加在|加到|用在|(?:颜色|字的颜色|字体颜色|字体|字)?(?:用|要|改成|换成|是|弄成)|颜色|字的颜色|字体颜色)$"
)
TEXT_NOUNS = ("title", "caption", "closing", "textnoun")


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def unwrapped(said: str, lead: str) -> str:
    """The text without the Chinese words said around it (``lead``: the kind of the word
    before it); a text that is only such a word stays as it is."""
    if not said or not any(_cjk(ch) for ch in said):
        return said
    text = said
    if lead in TEXT_NOUNS:
        text = LEAD.sub("", text)
    text = LANGUAGE.sub("", ONCE.sub("", CONTENT.sub("", text)))
    text = LATIN_TAIL.sub("", SPACED_TAIL.sub("", text))
    text = WHERE.sub("", text)
    tail = TAIL.search(text)
    if tail is not None and tail.start() > 0 and text[tail.start() - 1] != text[tail.start()]:
        text = text[: tail.start()].rstrip()
    return text or said


def only_a_language(said: str) -> bool:
    """ "改成英文": the language asked for, and no words of the text."""
    return LANGUAGE_ONLY.fullmatch(said.strip()) is not None
