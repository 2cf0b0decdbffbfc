"""The cloud backend writes its replies for a GUI ("click the Export button", "drag the clip");
in a chat there are no buttons. ``translate_reply`` rewrites those phrases for a chat and lists
the actions they stood for, following the origin's "Backend Response Translation" table:

    click [button] / 点击      -> do it for the person            (edit)
    open [panel] / 打开        -> look at the session state        (state)
    drag/drop / 拖拽           -> send an edit                     (edit)
    preview in timeline        -> show the track summary           (state)
    Export button / 导出       -> run the export                   (export)

``actions`` says what the GUI wanted the person to do, and the caller does it for them: runs the
export, reads the state. ``follow_ups`` are the edits a GUI phrase stood for, as requests to
send back to the cloud: a button's label ("Apply"), or a drag with a destination ("drag photo 3
to the start" -> "move photo 3 to the start"); a drag without one ("drag to reorder") only
explains how, so it is rewritten and nothing is sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

ReplyAction = Literal["export", "state", "edit"]

_Q_OPEN = r"[\"'“‘「]?"
_Q_CLOSE = r"[\"'”’」]?"
_WHERE = (
    r"(?:\s+(?:in|at|on|from)\s+the\s+(?:top|bottom|upper|lower|left|right)?[\s-]*(?:left|right)?"
    r"[\s-]*(?:corner|toolbar|menu|panel|bar|sidebar|side|of\s+the\s+screen))?"
)
_PURPOSE = (
    r"(?:\s+(?:to|and)\s+(?:see|check|view|review|find|adjust|edit|change|preview)[^.!?。！？\n]*)?"
)
_TO_GET = (
    r"(?:\s+to\s+(?:download|save|get|render|export|finish)\s+(?:it|your\s+video|the\s+video|the\s+file"
    r"|your\s+slideshow|the\s+result))?"
)
_ZH_TO_GET = r"(?:即可|就可以|就能|来)?(?:下载|保存|获取)?(?:视频|文件)?"
_ZH_BTN_OPEN = r"[「“\"']?"
_ZH_BTN_CLOSE = r"[」”\"']?"
_ZH_WHERE = r"(?:右上角|左上角|右下角|左下角|顶部|底部|上方|下方|右侧|左侧)?的?"

# (pattern, replacement, action); specific rows first, a span is rewritten by one row only
RULES: list[tuple[str, str, ReplyAction]] = [
    (
        rf"\b(?:click|tap|press|hit|select|use)\s+(?:on\s+)?(?:the\s+)?{_Q_OPEN}export{_Q_CLOSE}"
        rf"(?:\s+(?:button|icon|option))?{_WHERE}{_TO_GET}",
        "say 'export' and I will render it",
        "export",
    ),
    (rf"\b(?:the\s+)?{_Q_OPEN}export{_Q_CLOSE}\s+button{_WHERE}", "saying 'export'", "export"),
    (
        r"\byou\s+can\s+(?:now\s+)?export(?:\s+(?:it|the\s+video|your\s+video))?\b",
        "you can say 'export' and I will render it",
        "export",
    ),
    (
        rf"\b(?:click|tap|press|hit)\s+(?:on\s+)?(?:the\s+)?{_Q_OPEN}(?P<btn>[\w ]{{1,30}}?)"
        rf"{_Q_CLOSE}\s+(?:button|icon|tab|link){_WHERE}",
        r"say '\g<btn>' and I will do it",
        "edit",
    ),
    (
        r"\b(?:click|tap|press)\s+(?:on\s+)?[\"'“‘](?P<btn>[^\"'”’]{1,30})[\"'”’]",
        r"say '\g<btn>' and I will do it",
        "edit",
    ),
    (
        r"\b(?:click|tap|press)\s+(?:on\s+)?(?P<btn>(?-i:[A-Z]\w*(?:\s+[A-Z]\w*)*))",
        r"say '\g<btn>' and I will do it",
        "edit",
    ),
    (
        rf"\b(?:open|go\s+to|switch\s+to|check)\s+(?:up\s+)?(?:the\s+)?{_Q_OPEN}(?:[\w ]{{1,30}}?)"
        rf"{_Q_CLOSE}\s*(?:panel|tab|menu|sidebar|window|settings|section|view|inspector){_WHERE}{_PURPOSE}",
        "(I checked the timeline)",
        "state",
    ),
    (
        r"\b(?:drag(?:\s*(?:and|&)\s*drop|-and-drop)?|dragging)\b[^.!?。！？\n]*",
        "tell me where to move it",
        "edit",
    ),
    (
        r"\b(?:preview|play|watch|check|review|see)\s+(?:it\s+|them\s+|the\s+(?:result|video|changes?|clip|edit)s?\s+)?"
        r"(?:in|on)\s+the\s+timeline(?:\s+(?:panel|view|below|above))?",
        "ask for the timeline summary",
        "state",
    ),
    (
        rf"(?:点击|点一下|单击|按|点){_ZH_WHERE}(?:一下)?{_ZH_BTN_OPEN}导出{_ZH_BTN_CLOSE}(?:按钮|键|图标)?"
        rf"{_ZH_TO_GET}",
        "说“导出”我就帮你渲染",
        "export",
    ),
    (rf"{_ZH_BTN_OPEN}导出{_ZH_BTN_CLOSE}按钮", "说“导出”", "export"),
    (r"(?:现在)?(?:就)?可以(?:进行)?导出(?:视频)?了?", "可以说“导出”让我渲染了", "export"),
    (
        rf"(?:点击|点一下|单击|按){_ZH_WHERE}(?:一下)?{_ZH_BTN_OPEN}(?P<btn>[^\s，。！？「」“”\"']{{1,10}}?)"
        rf"{_ZH_BTN_CLOSE}(?:按钮|键|图标)",
        r"告诉我“\g<btn>”我就帮你操作",
        "edit",
    ),
    (
        r"(?:点击|单击)[「“\"'](?P<btn>[^「」“”\"']{1,10})[」”\"']",
        r"告诉我“\g<btn>”我就帮你操作",
        "edit",
    ),
    (
        r"打开(?:[^\s，。！？]{0,10}?)(?:面板|窗口|菜单|设置|标签页?|页面|侧边栏)(?:(?:查看|看看|检查|调整)[^，。！？\n]*)?",
        "（我已查看时间线）",
        "state",
    ),
    (r"(?:拖拽|拖动|拖放|拖到|拖曳)[^，。！？\n]*", "告诉我要移到哪里", "edit"),
    (
        r"(?:在|到)时间线(?:上|中|里)?(?:预览|查看|播放)(?:效果)?|时间线预览",
        "让我给你看时间线摘要",
        "state",
    ),
]
_COMPILED = [(re.compile(p, re.IGNORECASE), r, a) for p, r, a in RULES]


_DESTINATION = re.compile(
    r"\bto\s+(?:the\s+)?(?:start|beginning|front|end|back|position\s+\d+|(?:first|last)\s+place)"
    r"|\b(?:after|before)\s+(?:the\s+)?\w+|(?:到|放到|移到)(?:最前面?|开头|最后|末尾|第.{1,3}(?:位|个|张))",
    re.IGNORECASE,
)
_DRAG = re.compile(
    r"\b(?:drag(?:\s*(?:and|&)\s*drop|-and-drop)?|dragging)\b|拖拽|拖动|拖放|拖曳", re.I
)


@dataclass(frozen=True)
class GuiReply:
    """A backend reply rewritten for a chat, and the actions its GUI phrases stood for."""

    text: str
    actions: list[ReplyAction] = field(default_factory=list)
    follow_ups: list[str] = field(default_factory=list)


EXPORTING = ("I am rendering it now", "我这就帮你渲染")


def translate_reply(text: str, *, exporting: bool = False) -> GuiReply:
    """Rewrite GUI phrases ("click the Export button", "打开面板") for a chat; list their actions
    in the order they appear, each once. ``exporting``: the caller runs the export the reply
    pointed at, so the reply says so instead of offering it."""
    claimed: list[tuple[int, int, str, ReplyAction]] = []
    for pattern, replacement, action in _COMPILED:
        for m in pattern.finditer(text):
            if m.end() > m.start() and all(
                m.end() <= a or m.start() >= b for a, b, _, _ in claimed
            ):
                new = m.expand(replacement)
                if exporting and action == "export":
                    new = EXPORTING[0] if m.group().isascii() else EXPORTING[1]
                claimed.append((m.start(), m.end(), new, action))
    claimed.sort()
    out = text
    for start, end, new, _ in reversed(claimed):
        if _sentence_start(text, start):
            new = new[:1].upper() + new[1:]
        out = out[:start] + new + out[end:]
    actions: list[ReplyAction] = []
    for _, _, _, action in claimed:
        if action not in actions:
            actions.append(action)
    edits = [_follow_up(text, a, b) for a, b, _, act in claimed if act == "edit"]
    follow_ups = [request for request in edits if request]
    return GuiReply(text=out, actions=actions, follow_ups=list(dict.fromkeys(follow_ups)))


def _follow_up(text: str, start: int, end: int) -> str | None:
    """The request a GUI phrase stands for: a button's label, or a drag to a destination (the
    whole sentence, which names what to move)."""
    phrase = text[start:end]
    if _DRAG.search(phrase):
        begin = max(text.rfind(stop, 0, start) for stop in ".!?。！？\n") + 1
        stops = [i for i in (text.find(stop, end) for stop in ".!?。！？\n") if i >= 0]
        sentence = text[begin : min(stops, default=len(text))].strip()
        if not _DESTINATION.search(sentence):
            return None
        return _DRAG.sub(lambda m: "move" if m.group().isascii() else "移动", sentence)
    for pattern, _, action in _COMPILED:
        m = pattern.search(phrase)
        if action == "edit" and m and m.groupdict().get("btn"):
            return m.group("btn").strip()
    return None


def _sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip()
    return not before or before[-1] in ".!?。！？\n:"
