"""Words for texts written in capitals or in small letters (pure data, read like ``lexicon``
and ``templates``; the builder is ``text_case``)."""

from __future__ import annotations

CASE_ENTITIES: dict[str, dict[str, str]] = {
    "case": {
        "upper": "all caps, in all caps, all in caps, in caps, caps lock, all capitals, "
        "in capitals, capital letters, in capital letters, all capital letters, block capitals, "
        "in block capitals, uppercase, upper case, in uppercase, in upper case, all uppercase, "
        "all upper case | 全大写, 全部大写, 大写字母, 改成大写, 换成大写, 变成大写, 用大写",
        "lower": "all lowercase, all lower case, in lowercase, in lower case, lowercase, "
        "lower case, small letters, in small letters, no caps, no capitals "
        "| 全小写, 全部小写, 小写字母, 改成小写, 换成小写, 变成小写, 用小写",
    }
}

CASE_TEMPLATES = """
# "title should be all caps", "make the captions uppercase", "标题全大写"
text_case: ~ change? title|caption|closing|textnoun says? case
"""
