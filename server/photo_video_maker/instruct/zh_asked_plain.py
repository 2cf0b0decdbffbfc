"""Chinese for the plain requests people make often (pure data, joined to ``zh_words`` and
``zh_templates``): a video made from the photos "相册里这几张", a resolution said with
"清晰度" and why ("省点空间"), a heading said as "大字", photos sorted "按拍的先后顺序", and the
words around a size limit ("不然发不出去"). Each entry joins the phrases of its kind.
"""

from __future__ import annotations

ASKED_WORDS: dict[str, str] = {
    # "title改一下 改成 Bali 2024": one change, said twice
    "change": ", ".join(
        f"{first}{gap}{then}"
        for first in ("改一下", "改下", "换一下", "换下", "改一改", "换一换")
        for gap in ("", " ")
        for then in ("改成", "换成", "改为", "就改成", "就换成")
    ),
    # "相册里这几张": the photos, where the person keeps them
    "pic": "相册里这几张, 相册里的这几张, 相册里的照片, 相册里这些, 相册里的这些, 手机里这几张, "
    "手机里的这几张, 手机里的照片",
    # "开头加个大字 生日快乐": big words on the screen are a text (the size is how text looks)
    "textnoun": "大字, 一行大字, 几个大字, 大大的字, 一排大字",
    # "省点空间": why the file should be smaller (the request is said beside it)
    "reason": "省点空间, 省空间, 节省空间, 省点内存, 省内存, 占空间, 太占空间, 太占内存, "
    "不然发不出去, 不然发不了, 要不然发不出去, 要不发不出去",
}

# "要不要压缩一下呢", "需不需要压缩": whether to, wondered (never the request; "要不要" is not
# "不要"): nothing changes (wondered.py)
ASKED_WORDS["whether"] = (
    "要不要, 需不需要, 需要不需要, 用不用, 用不用得着, 该不该, 要不要再, 是否要, 是否需要"
)
# "标题我还没想好": not decided yet, nothing to do (the words after it are no text)
ASKED_WORDS["undecided"] = (
    "还没想好, 我还没想好, 没想好, 我没想好, 还没想到, 还在想, 我还在想, 再想想, 我再想想, "
    "想不出来, 想不出, 还没定, 没定好, 还没定好, 不知道写啥, 不知道写什么, 不知道叫啥, "
    "不知道叫什么, 不知道起啥名, 不知道取什么名"
)

ASKED_ENTITIES: dict[str, dict[str, str]] = {
    "sort_key": {
        "date": "拍的先后顺序, 拍的先后, 拍照的先后顺序, 拍摄的先后顺序, 拍照先后顺序, "
        "拍摄先后顺序, 拍照先后, 拍摄的先后"
    },
}

ASKED_FILLER = ""

ASKED_TEMPLATES = """
# "标题我还没想好", "音乐再想想": nothing decided, nothing to do
noop: ~ title|caption|closing|textnoun|music|transition|motion|look_word|pic? undecided
"""
