"""Words people use for the draft's named choices, in English and Chinese (pure tables).

Each table maps a regular expression (on normalised text) to a canonical value of
``model.catalog``; the router and the interpreter share them.
"""

from __future__ import annotations

import re


def words(english: str, chinese: str = "") -> str:
    """One pattern from English words (matched as whole words) and Chinese ones (anywhere)."""
    parts = [rf"\b(?:{english})\b"] if english else []
    return "|".join(parts + ([chinese] if chinese else []))


# (pattern, aspect, who it is for); longer, more specific phrases first
PLATFORMS: list[tuple[str, str, str | None]] = [
    (
        words(r"(?:instagram|ig|insta)\s+portrait(?:\s+post)?|portrait\s+(?:instagram|ig)\s+post"),
        "4:5",
        "an Instagram portrait post",
    ),
    (
        words(r"(?:instagram|ig|insta)\s+(?:reels?|stor(?:y|ies))"),
        "9:16",
        "Instagram Reels and Stories",
    ),
    (words(r"youtube\s+shorts?"), "9:16", "YouTube Shorts"),
    (words(r"(?:instagram|ig|insta)(?:\s+(?:post|feed))?"), "1:1", "an Instagram post"),
    (words(r"tik\s?tok"), "9:16", "TikTok"),
    (words("douyin", "抖音"), "9:16", "Douyin"),
    (words("reels?"), "9:16", "Reels"),
    (words("shorts"), "9:16", "Shorts"),
    (words(r"stories|(?:for\s+(?:a\s+|my\s+)?|whatsapp\s+|facebook\s+)story"), "9:16", "Stories"),
    (words("kuaishou", "快手"), "9:16", "Kuaishou"),
    (words("", "视频号"), "9:16", "WeChat Channels"),
    (words("xiaohongshu|rednote", "小红书"), "3:4", "Xiaohongshu"),
    (words("youtube|yt"), "16:9", "YouTube"),
    (words("bilibili", "b站|哔哩哔哩"), "16:9", "Bilibili"),
    (words(r"for\s+(?:a\s+|my\s+|the\s+)?(?:phones?|mobile)"), "9:16", "phones"),
]
ASPECT_WORDS: list[tuple[str, str]] = [
    (words("vertical|portrait|upright", "竖屏|竖版|竖向|竖着|竖的"), "9:16"),
    (
        words(r"horizontal|landscape|wide\s*screen", "横屏|横版|横向|横着|横的|宽屏"),
        "16:9",
    ),
    (words("square", "正方形|方形|方的"), "1:1"),
    (words(r"ultra\s*wide|cinemascope", "超宽"), "21:9"),
]
RESOLUTION_WORDS: list[tuple[str, str]] = [
    (words(r"4k|uhd|ultra\s*hd|2160p?", "超高清"), "2160p"),
    (words("2k|1440p?|qhd"), "1440p"),
    (words(r"full\s*hd|fhd|1080p?", "全高清|超清|高清|蓝光"), "1080p"),
    (words("hd|720p?"), "720p"),
    (words("480p?", "标清"), "480p"),
]
FORMATS = ("mp4", "mov", "webm", "gif", "mkv")
FORMAT_RE = r"\b(?:mp4|mov|webm|gif|mkv|quicktime)\b"
FPS_RE = (
    r"(?P<fps>\d{2})\s*(?:fps\b|frames?\s+(?:per|a)\s+second|帧(?:每秒|/秒)?)"
    r"|帧率\s*(?P<fps2>\d{2})|\b(?:fps|frame\s*rate|frames\s+per\s+second)\s*(?:to|=|:|of|at)?\s*"
    r"(?P<fps3>\d{2})\b"
)

TRANSITION_WORDS: list[tuple[str, str]] = [
    (
        words(
            r"fade\s*(?:to|through|into)?\s*black|dip\s+to\s+black|black\s+fade",
            "黑场|黑色过渡|淡入黑|闪黑",
        ),
        "fadeblack",
    ),
    (
        words(r"fade\s*(?:to|through|into)?\s*white|dip\s+to\s+white|flash", "白场|闪白|白色过渡"),
        "fadewhite",
    ),
    (
        words(
            r"cross[\s-]?fade|cross[\s-]?dissolve|dissolve|fade",
            "淡入淡出|渐变|溶解|交叉淡化|叠化",
        ),
        "crossfade",
    ),
    (words(r"slide\s*(?:to\s+the\s+)?left", "向左滑动?|左滑"), "slideleft"),
    (words(r"slide\s*(?:to\s+the\s+)?right", "向右滑动?|右滑"), "slideright"),
    (words(r"slide\s*up", "向上滑动?|上滑"), "slideup"),
    (words(r"slide\s*down", "向下滑动?|下滑"), "slidedown"),
    (words("slid(?:e|ing)", "滑动|滑入"), "slideleft"),
    (words("push(?:ing)?", "推移|推入"), "pushleft"),
    (words("wipe", "擦除"), "wiperight"),
    (words("zoom(?:ing)?", "缩放|放大"), "zoom"),
    (words("circle|iris", "圆形|圆圈"), "circle"),
    (words("random|mixed|different|various|varied", "随机|不同的?|多种"), "random"),
]
LOOK_WORDS: list[tuple[str, str]] = [
    (words(r"black\s+and\s+white|b\s?(?:&|and)\s?w|b/w|monochrome|gr[ae]yscale", "黑白"), "bw"),
    (
        words(
            r"sepia|vintage|retro|old[\s-]fashioned|old\s+film",
            "复古|怀旧|老照片|泛黄|褐色",
        ),
        "sepia",
    ),
    (
        words(
            r"warm(?:er)?(?:\s+(?:tones?|colou?rs?|look|filter))?",
            "暖色调?|暖一点|暖和一点|暖调|暖色系",
        ),
        "warm",
    ),
    (
        words(
            r"cool(?:er)?\s+(?:tones?|colou?rs?|look|filter)|cooler|cold(?:er)?\s+(?:tones?|colou?rs?|look)",
            "冷色调?|冷一点|冷调|冷色系",
        ),
        "cool",
    ),
    (
        words(
            r"vivid|vibrant|(?:more\s+)?colou?rful|saturated|punchy",
            "色彩鲜艳|鲜艳|饱和|艳丽",
        ),
        "vivid",
    ),
    (
        words(
            r"no\s+(?:filter|look|colou?r\s+effect)|(?:original|normal)\s+colou?rs?"
            r"|remove\s+the\s+(?:filter|look)",
            "去掉滤镜|不要滤镜|取消滤镜|原色",
        ),
        "none",
    ),
]
COLOR_WORDS: list[tuple[str, str]] = [
    (words("white", "白色?"), "white"),
    (words("black", "黑色?"), "black"),
    (words("yellow", "黄色?"), "yellow"),
    (words("gold(?:en)?", "金色"), "gold"),
    (words("orange", "橙色?|橘色"), "orange"),
    (words("red", "红色?"), "red"),
    (words("pink", "粉红色?|粉色?"), "pink"),
    (words("purple|violet", "紫色?"), "purple"),
    (words(r"(?:light|sky)\s+blue", "浅蓝色?|天蓝色?"), "light blue"),
    (words("blue", "蓝色?"), "blue"),
    (words("green", "绿色?"), "green"),
    (words("gr[ae]y", "灰色?"), "gray"),
]
COLOR_RE = "|".join(f"(?:{p})" for p, _ in COLOR_WORDS)


def lookup(table: list[tuple[str, str]], text: str) -> str | None:
    """The value of the first row whose pattern is found in ``text``."""
    for pattern, value in table:
        if re.search(pattern, text, re.ASCII):
            return value
    return None


def platform(text: str) -> tuple[str, str | None] | None:
    """(aspect, who) for a platform name found in ``text``."""
    for pattern, aspect, who in PLATFORMS:
        if re.search(pattern, text, re.ASCII):
            return aspect, who
    return None


def resolution(text: str) -> str | None:
    """ "4k" -> "2160p", "full hd" -> "1080p", "高清" -> "1080p"."""
    return lookup(RESOLUTION_WORDS, text)


def video_format(text: str) -> str | None:
    """ "MP4" -> "mp4", "quicktime" -> "mov"."""
    m = re.search(FORMAT_RE, text, re.ASCII)
    if not m:
        return None
    return "mov" if m.group(0) == "quicktime" else m.group(0)


def fps(text: str) -> int | None:
    """ "60 fps", "60帧", "帧率30" -> the number."""
    m = re.search(FPS_RE, text, re.ASCII)
    if not m:
        return None
    return int(m.group("fps") or m.group("fps2") or m.group("fps3"))


def alternation(table: list[tuple[str, str]] | list[tuple[str, str, str | None]]) -> str:
    """All the patterns of a table as one alternation, for embedding in a larger pattern."""
    return "|".join(f"(?:{row[0]})" for row in table)
