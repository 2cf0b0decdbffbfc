"""Where an unquoted Chinese text ends when people type no commas:
"开头写上 我们的旅行 然后按时间排", "结尾写 谢谢观看 再导出", "第二张配字 城市 第三张配字 小狗".
A space, then a word that starts a request ("然后", a verb, a photo named by its number),
ends the text; a space inside a text that goes on with words ("2025 夏天", "Beach Day 🏖")
does not. And a place word glued to the words after it is the text's own first word
("标题改成 最后的夏天"), not where it goes."""

from __future__ import annotations

from .entities import Tok

# what starts a next request after a space
STARTS: tuple[str, ...] = (
    "then",
    "add",
    "remove",
    "put",
    "move",
    "swap",
    "change",
    "export",
    "mute",
    "undo",
)
STARTS += ("sort", "sort_key", "reverse", "shuffle", "aspect", "platform", "look", "music")
STARTS += ("fade_out", "fade_in", "trans", "transition", "motion", "res", "fps")
# what a request may name before its verb: "标题改成夏天 结尾淡出", "... 视频结尾淡出"
WHERE_FIRST = ("end", "start", "video")


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _spaced_before(toks: list[Tok], j: int, orig: str) -> bool:
    left = toks[j - 1].end if j > 0 else 0
    gap = orig[left : toks[j].start]
    return " " in gap and not toks[j].surface.isascii()


def request_after_space(toks: list[Tok], i: int, end: int, orig: str) -> int:
    """The end of a Chinese text from ``i``: the first spaced start of a next request."""
    for j in range(i + 1, end):
        glued = orig[toks[j].start - 1 : toks[j].start] == "再" and toks[j].kind == "export"
        if glued and toks[j].start > toks[i].start:
            return j  # "字幕改成海边再导出": then export, glued on
        if not _spaced_before(toks, j, orig) or toks[j].start < toks[i].start:
            continue
        tok = toks[j]
        numbered = tok.kind == "photo" and isinstance(tok.value, int)  # "第三张", not "第一届"
        if tok.kind in STARTS or numbered:
            return j
        k = j
        while k < end and toks[k].kind in WHERE_FIRST:
            k += 1
        if k > j and k < end and toks[k].kind in STARTS:
            return j  # "结尾淡出": the end, then what happens there
    return end


def glued_place(tok: Tok, orig: str) -> bool:
    """ "最后的夏天" after a space: the place word is glued to the text's next characters."""
    after = orig[tok.end : tok.end + 1]
    before = orig[tok.start - 1 : tok.start] if tok.start > 0 else ""
    return tok.kind in ("end", "start") and before == " " and bool(after) and _cjk(after)
