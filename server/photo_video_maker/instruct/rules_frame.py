"""Phrases about the picture: aspect ratio, platform, resolution, frame rate, fit and look."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.catalog import ASPECTS, RESOLUTIONS
from ..model.edits import Edit, SetAspect, SetFit, SetFps, SetLook, SetResolution
from .lexicon import (
    ASPECT_WORDS,
    FPS_RE,
    LOOK_WORDS,
    PLATFORMS,
    RESOLUTION_WORDS,
    alternation,
    lookup,
    platform,
)
from .rules import Ctx, RuleBook, group

book = RuleBook()


@book.add(
    "format",
    r"\b(?P<a>\d{1,2})\s*(?::|x|×|/|by|比)\s*(?P<b>\d{1,2})(?![\d:])",
)
def ratio(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "9:16", "4:5", "16比9"."""
    aspect = f"{int(m.group('a'))}:{int(m.group('b'))}"
    return [SetAspect(aspect=aspect)] if aspect in ASPECTS else None


@book.add("format", r"\b(?P<w>\d{3,4})\s*[x×*]\s*(?P<h>\d{3,4})\b")
def pixels(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "1080x1920": aspect ratio and resolution at once."""
    w, h = int(m.group("w")), int(m.group("h"))
    aspect = next(
        (name for name, (aw, ah) in ASPECTS.items() if abs(w * ah - h * aw) <= max(w, h) // 100),
        None,
    )
    res = next((name for name, short in RESOLUTIONS.items() if short == min(w, h)), None)
    if aspect is None or res is None:
        return None
    return [SetAspect(aspect=aspect), SetResolution(resolution=res)]


@book.add(
    "format",
    rf"(?:\b(?:make\s+it|turn\s+it|switch\s+to|change\s+to|go)\s+)?(?:in\s+)?(?P<word>{alternation(ASPECT_WORDS)})"
    r"(?:\s+(?:format|mode|video|orientation|version|ratio|frame|aspect(?:\s+ratio)?))?(?:画面|格式|视频|比例)?",
)
def aspect_word(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "vertical", "square", "landscape", "竖屏", "横屏", "方形"."""
    aspect = lookup(ASPECT_WORDS, m.group("word"))
    return [SetAspect(aspect=aspect)] if aspect else None


@book.add(
    "format",
    rf"(?:\b(?:for|on|to|like)\s+(?:an?\s+)?)?(?P<p>{alternation(PLATFORMS)})"
    r"(?:\s+(?:format|size|video|style|ratio|version))?(?:格式|尺寸|比例|视频|风格|版)?",
)
def platform_name(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "for TikTok", "Instagram portrait post", "YouTube", "抖音", "B站"."""
    found = platform(m.group("p"))
    if found is None:
        return None
    aspect, who = found
    return [SetAspect(aspect=aspect, platform=who)]


@book.add(
    "format",
    rf"(?:\b(?:in|at|to)\s+)?(?P<r>{alternation(RESOLUTION_WORDS)})(?:\s+(?:resolution|quality))?(?:画质|分辨率)?",
    r"(?:分辨率|画质)\s*(?:用|改成|改为|设为|为|是|:)?\s*(?P<r2>\d{3,4}p?|4k|2k)",
)
def resolution(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "4k", "720p", "full hd", "高清"."""
    said = group(m, "r", "r2") or ""
    res = lookup(RESOLUTION_WORDS, said)
    return [SetResolution(resolution=res)] if res else None


@book.add("format", FPS_RE)
def frame_rate(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "60 fps", "60帧"."""
    value = group(m, "fps", "fps2", "fps3")
    return [SetFps(fps=int(value))] if value else None


@book.add(
    "fit",
    r"\b(?:fill\s+(?:the\s+)?(?:whole\s+)?(?:frame|screen)|crop(?:ped)?\s+to\s+fill|zoom\s+to\s+fill"
    r"|crop\s+(?:the\s+)?(?:photos|pictures|images)|full[\s-]?screen|no\s+(?:black\s+)?(?:bars|borders)"
    r"|edge\s+to\s+edge)\b",
    r"铺满|填满|裁剪|全屏|充满画面|占满|撑满",
)
def fit_cover(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "fill the frame", "crop to fill", "铺满", "裁剪"."""
    return [SetFit(fit="cover")]


@book.add(
    "fit",
    r"\b(?:show\s+(?:the\s+)?(?:whole|entire|full|complete)\s+(?:photos?|pictures?|images?)"
    r"|(?:don'?t|do\s+not|no)\s+crop(?:ping)?(?:\s+the\s+(?:photos|pictures|images))?"
    r"|without\s+cropping|fit\s+(?:the\s+)?(?:photos|pictures|images)\s+(?:inside|in\s+the\s+frame)"
    r"|letterbox(?:ed|ing)?|(?:with\s+)?black\s+bars)\b",
    r"完整显示|显示完整|不要裁剪|不裁剪|别裁剪|不要裁切|留黑边|加黑边",
)
def fit_contain(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "show the whole photo", "don't crop", "完整显示"."""
    return [SetFit(fit="contain")]


@book.add(
    "fit",
    r"\b(?:blur(?:red|ry)?\s+(?:background|backdrop|bars|edges|sides|fill)|background\s+blur)\b",
    r"模糊背景|背景模糊|模糊填充|模糊边",
)
def fit_blur(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "blurred background", "模糊背景"."""
    return [SetFit(fit="blur")]


@book.add(
    "look",
    rf"(?P<look>{alternation(LOOK_WORDS)})"
    r"(?:\s+(?:filter|look|effect|style|tones?|colou?rs?|mode|grade))?(?:滤镜|色调|效果|风格|调色)?",
    r"(?:滤镜|色调|调色)(?:用|改成|换成|设为|:)?(?P<look2>黑白|复古|怀旧|暖色|冷色|鲜艳)",
)
def look(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "black and white", "vintage", "warm", "cool tones", "vivid", "黑白", "复古"."""
    value = lookup(LOOK_WORDS, group(m, "look", "look2") or "")
    return [SetLook(look=value)] if value else None


RULES = book.rules
