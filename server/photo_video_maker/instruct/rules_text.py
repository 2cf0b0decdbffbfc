"""Phrases about texts: title, captions, closing text, removing them and their style.

Quoted text arrives as a token (see ``text.lift_quotes``); unquoted text is taken to the end of
the clause, in the person's own spelling.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.edits import (
    Edit,
    RemoveText,
    SetCaption,
    SetClosing,
    SetTextStyle,
    SetTitle,
    TextTarget,
)
from .lexicon import COLOR_RE, COLOR_WORDS, lookup
from .numbers import photo_ref
from .rules import Ctx, RuleBook, group, ref
from .text import QUOTE_CLOSE, QUOTE_OPEN

book = RuleBook()
Q = f"{QUOTE_OPEN}(?P<q>\\d+){QUOTE_CLOSE}"
# unquoted text runs to the end of the clause, unless it is only a colour, size or place
STYLE_ONLY = (
    rf"(?:(?:{COLOR_RE})色?|(?:bigger|larger|smaller|大|小)\S{{0,3}}"
    r"|(?:(?:at|in|to|on)\s+(?:the\s+)?)?(?:top|bottom|middle|center|centre)\b.*|顶部|底部|上面|下面|中间|居中)$"
)
REST = rf"(?!{STYLE_ONLY})(?P<rest>\S.*)$"
# "add the title 'Hi' at the top": the place can follow the words
AT = r"(?:\s+(?:at|in|on)\s+the\s+(?P<at>top|bottom|middle|center|centre))?"
SUBJ = (
    r"(?P<subj>titles?|captions?|subtitles?|text|words|writing|font|lettering"
    r"|closing(?:\s+text)?|ending\s+text|end\s+text)"
)
ZSUBJ = r"(?P<subj>结尾文字|片尾文字|标题|字幕|文字|字体|字)"
SUBJECTS: dict[str, TextTarget] = {
    "title": "title",
    "titles": "title",
    "标题": "title",
    "caption": "captions",
    "captions": "captions",
    "subtitle": "captions",
    "subtitles": "captions",
    "字幕": "captions",
    "closing": "closing",
    "closing text": "closing",
    "ending text": "closing",
    "end text": "closing",
    "结尾文字": "closing",
    "片尾文字": "closing",
}


def position_word(said: str) -> str:
    """ "top", "上面", "bottom", "底部", "middle" ... -> "top", "bottom" or "center"."""
    if said.startswith(("top", "upper")) or said in ("顶部", "上方", "上面", "最上面", "顶端"):
        return "top"
    if said.startswith(("bottom", "lower")) or said in ("底部", "下方", "下面", "最下面", "底端"):
        return "bottom"
    return "center"


def said_text(m: re.Match[str], ctx: Ctx) -> str | None:
    """The quoted or trailing text of a match, as the person wrote it."""
    quote = group(m, "q")
    if quote is not None:
        return ctx.clause.quotes[int(quote)]
    if group(m, "rest") is not None:
        return ctx.original(m, "rest").strip(" .。!！") or None
    return None


@book.add(
    "text",
    rf"\b(?:(?:add|put|set|use|with|make|change|give\s+it|create|insert)\s+)?(?:(?:a|an|the)\s+)?"
    rf"(?:(?:opening|main|intro|big)\s+)?title\s*(?:card\s*)?(?:to|:|=|of|saying|that\s+says"
    rf"|which\s+says|reading|as|text|with)?\s*{Q}{AT}",
    rf"{Q}\s+as\s+(?:the\s+)?title\b",
    rf"\b(?:titled|entitled|called|named|title\s+it|call\s+it|name\s+it)\s*:?\s*(?:{Q}|{REST})",
    rf"\btitle\s*[:=]\s*(?:{Q}|{REST})",
    rf"\b(?:add|put|insert)\s+(?:a\s+|the\s+)?title\s+"
    rf"(?:to\s+|of\s+|(?:that|which)\s+says\s+|saying\s+|reading\s+)?{REST}",
    rf"\bset\s+the\s+title\s+to\s+(?:{Q}|{REST})",
    rf"(?:加|添加|加上|加个|加一个|设置|设|改|换|写|用)?(?:一个)?标题(?:为|是|改成|改为|换成|写|叫|:)?\s*{Q}",
    rf"(?:加|添加|加上|加个|加一个)(?:一个)?标题(?:为|是|叫|:)?\s*{REST}",
    rf"标题\s*(?:为|是|改成|改为|换成|叫|:)\s*{REST}",
    rf"(?:名字|名称|片名)(?:叫|是|为)\s*(?:{Q}|{REST})",
)
def title(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "add the title 'Summer 2026'", "title: Summer 2026", "call it ...", "加标题..."."""
    text = said_text(m, ctx)
    if not text:
        return None
    where = group(m, "at")
    if where is None:
        return [SetTitle(text=text)]
    return [SetTitle(text=text), SetTextStyle(target="title", pos=position_word(where))]


@book.add(
    "text",
    rf"\bcaption\s+(?:on\s+|for\s+|under\s+)?{photo_ref('ref')}\s*(?:with|:|as|saying|to|=|that\s+says"
    rf"|reading)?\s*(?:{Q}|{REST})",
    rf"\b(?:add|put|give)\s+(?:a\s+|the\s+)?caption\s+(?:to|on|for|under)\s+{photo_ref('ref')}\s*"
    rf"(?::|saying|with|as|that\s+says|reading)?\s*(?:{Q}|{REST})",
    rf"\b(?:add|put|write)\s+(?:the\s+|a\s+)?(?:caption\s+)?{Q}\s+(?:on|to|under|for|over)\s+{photo_ref('ref')}",
    rf"{photo_ref('ref')}\s*(?:caption|text|subtitle)\s*[:=]?\s*{Q}",
    rf"(?:给|在)?{photo_ref('ref')}(?:上)?(?:加|添加|配|写|加上|放)?(?:上)?(?:字幕|文字|说明|配文|文案)"
    rf"(?:为|是|:)?\s*(?:{Q}|{REST})",
    rf"(?:给|在){photo_ref('ref')}(?:上)?(?:加|写|配)\s*{Q}",
)
def caption(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "caption the second photo 'Me and Anna'", "第二张照片加字幕“...”"."""
    text, index = said_text(m, ctx), ref(m, "ref")
    if not text or index is None:
        return None
    return [SetCaption(index=index, text=text)]


@book.add(
    "text",
    rf"\b(?:end|finish|close)\s+(?:it\s+|the\s+video\s+)?with\s+(?:the\s+(?:text|words)\s+)?{Q}",
    rf"\b(?:add\s+)?(?:a\s+|the\s+)?(?:closing|ending|end|outro|final)\s+(?:text|title|message|card|screen"
    rf"|caption|line)\s*(?::|=|saying|that\s+says|reading|of|with|to)?\s*(?:{Q}|{REST})",
    rf"\b(?:at|in)\s+the\s+end\s*,?\s*(?:say|show|write|put|add)\s*{Q}",
    rf"{Q}\s+at\s+the\s+end\b",
    rf"(?:结尾|片尾|末尾|最后)(?:的)?(?:加|添加|显示|写|放)?(?:上)?(?:文字|字幕|标语|文案|一句话?)?"
    rf"(?:为|是|:)?\s*{Q}",
    rf"(?:结尾|片尾|末尾)(?:的)?(?:加|添加|显示|写|放)?(?:上)?(?:文字|字幕|标语|文案)(?:为|是|:)?\s*{REST}",
)
def closing(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "end with 'Thanks for watching'", "结尾文字..."."""
    text = said_text(m, ctx)
    return [SetClosing(text=text)] if text else None


@book.add(
    "text",
    r"\b(?:remove|delete|drop|get\s+rid\s+of|take\s+(?:off|out)|no|without|hide|clear|lose)\s+"
    r"(?:the\s+|all\s+(?:the\s+)?|any\s+)?(?P<what>titles?|captions?|subtitles?|texts?|words|writing"
    r"|closing(?:\s+(?:text|title|message))?|ending\s+text|end\s+text|outro(?:\s+text)?|overlays?)\b",
    r"(?:删除|删掉|去掉|去除|不要|取消|移除|清除)(?:所有的?|全部的?)?"
    r"(?P<zwhat>结尾文字|片尾文字|标题|字幕|文字|文本)",
)
def remove_text(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "remove the title", "no text", "删除标题", "去掉文字"."""
    what = group(m, "what", "zwhat") or ""
    which: TextTarget = "all"
    if what.startswith(("title", "标题")):
        which = "title"
    elif what.startswith(("caption", "subtitle", "字幕")):
        which = "captions"
    elif what.startswith(("closing", "ending", "end", "outro", "结尾", "片尾")):
        which = "closing"
    return [RemoveText(which=which)]


def _target(m: re.Match[str], ctx: Ctx) -> TextTarget:
    subj = " ".join((group(m, "subj") or "").split())
    return SUBJECTS.get(subj, "all")


@book.add(
    "text",
    rf"\b(?:make\s+|change\s+|turn\s+|color\s+|colour\s+)?(?:the\s+)?{SUBJ}\s+(?:text\s+|font\s+)?"
    rf"(?:colou?r\s+)?(?:to\s+|in\s+|=\s*|:\s*)?(?P<color>{COLOR_RE})\b",
    rf"\b(?P<color>{COLOR_RE})\s+(?:colou?red\s+)?{SUBJ}",
    rf"{ZSUBJ}(?:的)?(?:颜色|字体颜色)?(?:用|改成|改为|换成|变成|设为|是|为)?(?P<color>{COLOR_RE})",
    rf"(?P<color>{COLOR_RE})(?:的)?{ZSUBJ}",
)
def text_color(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "make the title yellow", "yellow captions", "标题改成黄色"."""
    color = lookup(COLOR_WORDS, m.group("color"))
    return [SetTextStyle(target=_target(m, ctx), color=color)] if color else None


@book.add(
    "text",
    rf"\b(?:put\s+|move\s+|place\s+|show\s+)?(?:the\s+)?{SUBJ}\s+(?:at|to|on|in)\s+(?:the\s+)?"
    r"(?P<pos>top|bottom|middle|center|centre|upper\s+part|lower\s+part)(?:\s+of\s+the\s+(?:screen|frame|video))?",
    rf"\b(?P<pos>top|bottom|centered|centred)\s+{SUBJ}",
    rf"{ZSUBJ}(?:放|放在|移到|移动到|挪到|在|改到|改成)?(?:画面)?(?P<zpos>顶部|上方|上面|最上面|顶端|底部|下方|下面"
    r"|最下面|底端|中间|正中间|中央|居中)",
)
def text_position(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "title at the top", "标题放在顶部"."""
    pos = position_word(group(m, "pos", "zpos") or "")
    return [SetTextStyle(target=_target(m, ctx), pos=pos)]


@book.add(
    "text",
    rf"\b(?P<dir>bigger|larger|smaller|tinier)\s+{SUBJ}",
    rf"\b(?:make\s+)?(?:the\s+)?{SUBJ}\s+(?:size\s+)?(?:a\s+(?:bit|little)\s+|much\s+)?(?P<dir>bigger|larger|smaller)\b",
    rf"\b(?P<dir>increase|enlarge|decrease|reduce)\s+(?:the\s+)?{SUBJ}(?:\s+size)?",
    rf"{ZSUBJ}(?:字体|字号)?(?:再)?(?P<zdir>大|小)(?:一点|一些|点|些)",
    rf"(?P<zdir>放大|加大|缩小|减小){ZSUBJ}",
)
def text_size(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "bigger title", "make the captions smaller", "字大一点"."""
    said = group(m, "dir", "zdir") or ""
    bigger = said in ("bigger", "larger", "increase", "enlarge", "大", "放大", "加大")
    return [SetTextStyle(target=_target(m, ctx), size=1.25 if bigger else 0.8)]


RULES = book.rules
