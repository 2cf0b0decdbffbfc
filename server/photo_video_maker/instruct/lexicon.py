"""Words people use for the draft's named choices, in English and Chinese (pure tables).

Each table maps a regular expression (on normalised text) to a canonical value of
``model.catalog``; the router and the interpreter share them.
"""

from __future__ import annotations

import re

# (pattern, aspect, who it is for); longer, more specific phrases first
PLATFORMS: list[tuple[str, str, str | None]] = [
    (r"(?:instagram|ig|insta)\s+portrait(?:\s+post)?|portrait\s+instagram\s+post", "4:5", "an Instagram portrait post"),
    (r"(?:instagram|ig|insta)\s+(?:reels?|stor(?:y|ies))", "9:16", "Instagram Reels and Stories"),
    (r"youtube\s+shorts?", "9:16", "YouTube Shorts"),
    (r"(?:instagram|ig|insta)(?:\s+(?:post|feed))?", "1:1", "an Instagram post"),
    (r"tik\s?tok", "9:16", "TikTok"),
    (r"douyin|抖音", "9:16", "Douyin"),
    (r"reels?\b", "9:16", "Reels"),
    (r"shorts\b", "9:16", "Shorts"),
    (r"stor(?:y|ies)\b", "9:16", "Stories"),
    (r"快手|kuaishou", "9:16", "Kuaishou"),
    (r"视频号", "9:16", "WeChat Channels"),
    (r"小红书|xiaohongshu|rednote", "3:4", "Xiaohongshu"),
    (r"youtube|yt\b", "16:9", "YouTube"),
    (r"bilibili|b站|哔哩哔哩", "16:9", "Bilibili"),
    (r"for\s+(?:a\s+|my\s+|the\s+)?(?:phones?|mobile)", "9:16", "phones"),
]
ASPECT_WORDS: list[tuple[str, str]] = [
    (r"\b(?:vertical|portrait|upright)\b|竖屏|竖版|竖向|竖着|竖的", "9:16"),
    (r"\b(?:horizontal|landscape|widescreen|wide\s*screen)\b|横屏|横版|横向|横着|横的|宽屏", "16:9"),
    (r"\bsquare\b|正方形|方形|方的", "1:1"),
    (r"\b(?:ultra\s*wide|cinemascope)\b|超宽", "21:9"),
]
RESOLUTION_WORDS: list[tuple[str, str]] = [
    (r"\b(?:4k|uhd|ultra\s*hd|2160p?)\b|超高清", "2160p"),
    (r"\b(?:2k|1440p?|qhd)\b", "1440p"),
    (r"\b(?:full\s*hd|fhd|1080p?)\b|全高清|超清|高清|蓝光", "1080p"),
    (r"\b(?:hd|720p?)\b", "720p"),
    (r"\b480p?\b|标清", "480p"),
]
FORMATS = ("mp4", "mov", "webm", "gif", "mkv")
FORMAT_RE = r"\b(?:mp4|mov|webm|gif|mkv|quicktime)\b"
FPS_RE = r"(?P<fps>\d{2})\s*(?:fps\b|frames?\s+(?:per|a)\s+second|帧(?:每秒|/秒)?)|帧率\s*(?P<fps2>\d{2})"

TRANSITION_WORDS: list[tuple[str, str]] = [
    (r"fade\s*(?:to|through|into)?\s*black|dip\s+to\s+black|black\s+fade|黑场|黑色过渡|淡入黑|闪黑", "fadeblack"),
    (r"fade\s*(?:to|through|into)?\s*white|dip\s+to\s+white|flash|白场|闪白|白色过渡", "fadewhite"),
    (r"cross[\s-]?fade|cross[\s-]?dissolve|dissolve|fade|淡入淡出|渐变|溶解|交叉淡化|叠化", "crossfade"),
    (r"slide\s*(?:to\s+the\s+)?left|向左滑动?|左滑", "slideleft"),
    (r"slide\s*(?:to\s+the\s+)?right|向右滑动?|右滑", "slideright"),
    (r"slide\s*up|向上滑动?|上滑", "slideup"),
    (r"slide\s*down|向下滑动?|下滑", "slidedown"),
    (r"slid(?:e|ing)|滑动|滑入", "slideleft"),
    (r"push(?:ing)?|推移|推入", "pushleft"),
    (r"wipe|擦除", "wiperight"),
    (r"zoom(?:ing)?|缩放|放大", "zoom"),
    (r"circle|iris|圆形|圆圈", "circle"),
    (r"random|mixed|different|various|varied|随机|不同的?|多种", "random"),
]
LOOK_WORDS: list[tuple[str, str]] = [
    (r"black\s+and\s+white|b\s?(?:&|and)\s?w\b|b/w|monochrome|gr[ae]yscale|黑白", "bw"),
    (r"sepia|vintage|retro|old[\s-]fashioned|old\s+film|复古|怀旧|老照片|泛黄|褐色", "sepia"),
    (r"\bwarm(?:er)?(?:\s+(?:tones?|colou?rs?|look|filter))?|暖色调?|暖一点|暖和一点|暖调|暖色系", "warm"),
    (r"\bcool(?:er)?\s+(?:tones?|colou?rs?|look|filter)|\bcooler\b|\bcold(?:er)?\s+(?:tones?|colou?rs?|look)|冷色调?|冷一点|冷调|冷色系", "cool"),
    (r"vivid|vibrant|more\s+colou?rful|colou?rful|saturated|punchy|鲜艳|色彩鲜艳|饱和|艳丽", "vivid"),
    (r"no\s+(?:filter|look|colou?r\s+effect)|original\s+colou?rs?|normal\s+colou?rs?|remove\s+the\s+(?:filter|look)|去掉滤镜|不要滤镜|原色|取消滤镜", "none"),
]
COLOR_WORDS: list[tuple[str, str]] = [
    (r"white|白色?", "white"),
    (r"black|黑色?", "black"),
    (r"yellow|黄色?", "yellow"),
    (r"gold(?:en)?|金色", "gold"),
    (r"orange|橙色?|橘色", "orange"),
    (r"red|红色?", "red"),
    (r"pink|粉色?|粉红色?", "pink"),
    (r"purple|violet|紫色?", "purple"),
    (r"light\s+blue|sky\s+blue|浅蓝色?|天蓝色?", "light blue"),
    (r"blue|蓝色?", "blue"),
    (r"green|绿色?", "green"),
    (r"gr[ae]y|灰色?", "gray"),
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
    return int(m.group("fps") or m.group("fps2"))


def alternation(table: list[tuple[str, str]] | list[tuple[str, str, str | None]]) -> str:
    """All the patterns of a table as one alternation, for embedding in a larger pattern."""
    return "|".join(f"(?:{row[0]})" for row in table)
