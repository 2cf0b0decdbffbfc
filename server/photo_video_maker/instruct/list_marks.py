"""The numbers of a numbered list are not values: "1.竖屏 2.每张3秒 3.加欢快的音乐",
"1、删掉第二张", "1) vertical 2) 3 secs each" are requests one after another, and their "1" is
neither a length nor a volume. Each mark becomes a comma (and spaces, so that the sentence keeps
its length and every place in it is the place typed).

A mark is a number (or 一 … 十 before 、) with ".", "、" or ")" that is not followed by a digit
("1.5秒" is a number), said where a line starts (a digit only: "二、五两张对调" names photos);
or said after a space or a comma when the marks count 1, 2, … in order
("竖屏 2.每张3秒" alone keeps its 2).
"""

from __future__ import annotations

import re

MARK = re.compile(
    r"(?:(?<=^)|(?<=[\s,;，；。]))"
    r"[(（]?(?P<n>\d{1,2}|[一二三四五六七八九十])(?:[.)）]|、)(?!\d)(?=\s*\S)"
)
ZH_NUMBERS = "一二三四五六七八九十"


def _value(n: str) -> int:
    return ZH_NUMBERS.index(n) + 1 if n in ZH_NUMBERS else int(n)


def unmarked(text: str) -> str:
    """``text`` with the marks of a numbered list turned into commas (same length)."""
    marks = list(MARK.finditer(text))
    marks = [m for m in marks if m.group("n") not in ZH_NUMBERS or m.group(0).endswith("、")]
    # the marks that count 1, 2, 3 … from the first "1"
    run: list[re.Match[str]] = []
    for m in marks:
        if _value(m.group("n")) == len(run) + 1:
            run.append(m)
    keep = run if len(run) >= 2 else []
    # a mark where a line starts ("1. 删掉第二张" alone, or one line of a list)
    for m in marks:
        line_start = m.start() == 0 or text[m.start() - 1] == "\n"
        # "二、五两张对调": a 一 … 十 alone names photos; only counted in a run it is a mark
        if line_start and m not in keep and m.group("n") not in ZH_NUMBERS:
            keep.append(m)
    if not keep:
        return text
    out = list(text)
    for m in keep:
        out[m.start()] = ","
        for k in range(m.start() + 1, m.end()):
            out[k] = " "
    return "".join(out)
