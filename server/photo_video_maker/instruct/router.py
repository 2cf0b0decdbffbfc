"""Which action a message asks for: export, credits, state, upload, or an edit (the default).

The table reproduces the routing table of the product's origin ("export" / "导出" / "download"
/ "send me the video" -> export, "credits" / "积分" / "balance" / "余额" -> credits, "status" /
"状态" / "show tracks" -> state, "upload" / "上传" -> upload, everything else -> edit) with more
phrasings and guards against false alarms ("fade out at the end", "don't export yet", a title
that says "Export", "end credits", "white balance").

A message can ask for an edit and an action at once ("make it vertical and export"): the route
names the action and keeps the rest of the message in ``rest``, so the caller can apply the
edit first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from . import lexicon
from .text import Clause, restore, split_clauses

Action = Literal["export", "credits", "state", "upload", "edit"]

# (action, phrases that ask for it, phrases that look alike but do not); first row wins
ROUTES: list[tuple[Action, list[str], list[str]]] = [
    (
        "export",
        [
            r"\bexport(?:ing)?\b",
            r"\bdownload\b",
            r"\brender(?:ing)?\b(?!\s+(?:the\s+)?(?:title|text|caption|photo|picture)s?\b)",
            r"\bsend\s+(?:it\s+to\s+me|me\s+(?:the\s+|my\s+|a\s+)?(?:final\s+|finished\s+)?"
            r"(?:video|file|mp4|movie|result|link|it))\b",
            r"\bsave\s+(?:the\s+|my\s+|this\s+)?(?:video|movie|file|result)\b",
            r"\bsave\s+(?:it\s+)?as\s+(?:an?\s+)?(?:mp4|mov|webm|gif|mkv)\b",
            r"\bgive\s+me\s+(?:the\s+)?(?:video|file|mp4|final\s+video)\b",
            r"导出|下载|渲染|输出视频|输出成|保存视频|把视频发给我|发给我",
        ],
        [
            r"\b(?:don'?t|do\s+not|never|not\s+yet|before|without|no\s+need\s+to)\s+(?:\w+\s+)?"
            r"(?:export|render|download)",
            r"(?:不要|别|先别|不用|暂时不|先不)\s*(?:导出|下载|渲染)",
        ],
    ),
    (
        "credits",
        [
            r"\bcredits?\b",
            r"\bbalance\b",
            r"\bhow\s+many\s+(?:credits|renders|exports)(?:\s+(?:do|have)\s+(?:i|we)\s+(?:got|have|left))*"
            r"(?:\s+left)?\b",
            r"积分|余额|额度",
        ],
        [
            r"\b(?:end|closing|opening|rolling|film|movie)\s+credits\b|\bcredits?\s+(?:roll|at\s+the\s+end)",
            r"\b(?:colou?r|white|audio|sound|volume|tonal)\s+balance\b",
            r"片尾字幕",
        ],
    ),
    (
        "state",
        [
            r"\bstatus\b",
            r"\bshow\s+(?:me\s+)?(?:the\s+)?(?:current\s+)?(?:tracks?|timeline|draft|project|state"
            r"|summary)\b",
            r"\bwhat\s+do\s+(?:i|we)\s+have\b",
            r"\bwhat'?s\s+(?:on\s+)?(?:the\s+)?(?:timeline|draft)\b",
            r"\b(?:timeline|track)\s+summary\b|\bwhere\s+are\s+we\b",
            r"状态|时间线|查看轨道|看看轨道|当前进度|现在什么样|目前的?效果",
        ],
        [r"\bstatus\s+(?:update\s+)?(?:text|caption|title)\b"],
    ),
    (
        "upload",
        [r"\bupload(?:ing)?\b", r"上传(?!的)"],
        [r"\b(?:i|we)\s+(?:just\s+)?upload(?:ed)?\s+(?:earlier|before)\b"],
    ),
]
EXPORT_WORDS = [lexicon.FORMAT_RE, lexicon.alternation(lexicon.RESOLUTION_WORDS), lexicon.FPS_RE]
FILLER = [
    r"\b(?:it|the\s+video|the\s+file|this|now|please|as|an?|in|at|to|me|for\s+me|video|format"
    r"|quality|file|and|then|let'?s|can\s+you|could\s+you|i\s+want\s+to|go\s+ahead\s+and|ok|okay"
    r"|high|final|my|the|these|those|them|photos|pictures|files|more|some)\b",
    r"请|帮我|一下|吧|视频|成|为|格式|画质|版本|给我|文件|了|的|我的|现在|看看|查看|一下",
]
PUNCT = re.compile(r"[\s,.;:!?'\"()、。，；：！？“”]+")


@dataclass(frozen=True)
class Route:
    """Where a message goes. ``rest`` is the message without the words that asked for the
    action (for "edit", the whole message)."""

    action: Action
    params: dict[str, str | int] = field(default_factory=dict)
    rest: str = ""


def _hits(norm: str, patterns: list[str], guards: list[str]) -> list[tuple[int, int]]:
    """Spans of ``norm`` that ask for the action, minus those inside a look-alike phrase."""
    blocked = [m.span() for g in guards for m in re.finditer(g, norm, re.ASCII)]
    spans = []
    for pattern in patterns:
        for m in re.finditer(pattern, norm, re.ASCII):
            if not any(a <= m.start() < b for a, b in blocked):
                spans.append(m.span())
    return spans


def route(text: str) -> Route:
    """The action ``text`` asks for, its parameters, and what is left for an edit."""
    clauses = split_clauses(text)
    for action, patterns, guards in ROUTES:
        mine: list[tuple[Clause, list[tuple[int, int]]]] = []
        for clause in clauses:
            spans = _hits(clause.norm, patterns, guards)
            if spans:
                mine.append((clause, spans))
        if not mine:
            continue
        params = _params(" ".join(c.norm for c, _ in mine)) if action == "export" else {}
        rest = [c.verbatim(0, len(c.norm)) for c in clauses if all(c is not m for m, _ in mine)]
        for clause, spans in mine:
            remainder = _remainder(clause, spans, action)
            if remainder:
                rest.append(remainder)
        return Route(action=action, params=params, rest=", ".join(rest))
    return Route(action="edit", params={}, rest=text.strip())


def _params(norm: str) -> dict[str, str | int]:
    """Format, resolution and frame rate named in the export request."""
    params: dict[str, str | int] = {}
    fmt = lexicon.video_format(norm)
    if fmt:
        params["format"] = fmt
    res = lexicon.resolution(norm)
    if res:
        params["resolution"] = res
    fps = lexicon.fps(norm)
    if fps:
        params["fps"] = fps
    return params


def _remainder(clause: Clause, spans: list[tuple[int, int]], action: Action) -> str:
    """What is left of a clause once the action words (and, for export, the format words) go:
    "export it as vertical" leaves "vertical" for the editor."""
    keep = [True] * len(clause.norm)
    for a, b in spans:
        keep[a:b] = [False] * (b - a)
    for pattern in (EXPORT_WORDS if action == "export" else []) + FILLER:
        for m in re.finditer(pattern, clause.norm, re.ASCII):
            keep[m.start() : m.end()] = [False] * (m.end() - m.start())
    kept = "".join(ch if k else " " for ch, k in zip(clause.orig, keep, strict=True))
    if not PUNCT.sub("", kept):
        return ""
    return restore(" ".join(kept.split()), clause.raw)
