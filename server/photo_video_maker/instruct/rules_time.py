"""Phrases about time: seconds per photo, total length, speed, transitions, motion, fades."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.draft import transition_ms
from ..model.edits import (
    Edit,
    SetMotion,
    SetMusicFade,
    SetSecondsPerPhoto,
    SetTotalLength,
    SetTransition,
    SetVideoFade,
    Speed,
)
from ..model.meta import Transition
from .lexicon import TRANSITION_WORDS, alternation, lookup
from .numbers import DURATION_RE, NUM_RE, photo_ref
from .rules import Ctx, RuleBook, duration_ms, group, ref

book = RuleBook()
D = rf"(?P<dur>{DURATION_RE})"
NOUN = r"(?:photo|picture|pic|image|slide|shot)"
ZH_PHOTO = r"(?:照片|图片|相片|图)"
ZH_SHOW = r"(?:都)?(?:显示|停留|持续|播放|放|展示|停)?(?:为|成|到|改成|改为|设为|设置为|调到|调成)?"
TRANS = rf"(?P<name>{alternation(TRANSITION_WORDS)})"
FADE_MS = 1000
ONE = photo_ref("ref", bare=False)  # "photo 3", "the last photo"; never a lone "last"


@book.add(
    "timing",
    rf"{D}\s*(?:per|each|for\s+each|for\s+every|a|an|every)\s+{NOUN}s?\b",
    rf"\b(?:each|every|all(?:\s+the)?|the)\s+{NOUN}s?\s+(?:(?:should\s+)?(?:last|lasts|be|is|are|stays?|show)"
    rf"(?:\s+on\s+screen)?\s+)?(?:for\s+|to\s+|at\s+|=\s*|:\s*)?{D}(?:\s+(?:each|apiece|long))?",
    rf"\b{NOUN}s\s+(?:for\s+)?{D}(?:\s+each)?",
    rf"{D}\s+(?:each|apiece)\b",
    rf"每(?:一)?(?:张|幅|个)(?:{ZH_PHOTO})?{ZH_SHOW}\s*{D}",
    rf"{ZH_PHOTO}每(?:张|幅)?{ZH_SHOW}\s*{D}",
    rf"{D}一张",
)
def per_photo(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "3 seconds per photo", "make each photo 2.5s", "每张照片三秒"."""
    ms = duration_ms(m, "dur")
    return None if ms is None else [SetSecondsPerPhoto(seconds=ms / 1000)]


@book.add(
    "timing",
    rf"{ONE}\s*(?:(?:should\s+)?(?:last|lasts|stays?|be|is)(?:\s+on\s+screen)?\s+)?"
    rf"(?:for\s+|to\s+|at\s+|=\s*|:\s*)?{D}",
    rf"\b(?:show|keep|hold)\s+{ONE}\s+(?:on\s+screen\s+)?(?:for\s+)?{D}",
    rf"{D}\s+(?:for|on)\s+{ONE}",
    rf"{ONE}{ZH_SHOW}\s*{D}",
)
def one_photo(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "photo 3 for 5 seconds", "第三张照片5秒"."""
    ms, index = duration_ms(m, "dur"), ref(m, "ref")
    if ms is None or index is None:
        return None
    return [SetSecondsPerPhoto(seconds=ms / 1000, index=index)]


@book.add(
    "timing",
    rf"\b(?:make\s+)?{ONE}\s+(?:a\s+(?:bit|little)\s+|much\s+)?(?P<dir>longer|shorter)\b",
    rf"\b(?P<dir>longer|shorter)\s+(?:on\s+)?{ONE}",
    rf"{ONE}(?:显示|停留)?(?:得)?(?:再)?(?P<zdir>长|短)(?:一点|一些|点|些)",
)
def one_photo_relative(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "make photo 3 longer", "第三张照片短一点"."""
    index = ref(m, "ref")
    track = ctx.draft.video_track()
    if index is None or track is None or not 0 < abs(index) <= len(track.sg) or index == 0:
        return None
    seg = track.sg[index - 1 if index > 0 else index]
    longer = group(m, "dir") == "longer" or group(m, "zdir") == "长"
    seconds = round(seg.d * (1.5 if longer else 0.67) / 100) / 10
    return [SetSecondsPerPhoto(seconds=max(0.5, seconds), index=index)]


@book.add(
    "timing",
    rf"{D}\s*(?:long\b|in\s+total\b|total\b|overall\b|max(?:imum)?\b|or\s+less\b)",
    rf"{D}\s+(?:video|movie|slideshow|clip|film)\b",
    rf"\b(?:total|overall|full)\s+(?:length|duration|time|running\s+time)\s*(?:of|to|=|:|is|should\s+be)?\s*{D}",
    rf"\b(?:length|duration)\s*(?:of|to|=|:|is|should\s+be)\s*{D}",
    rf"\bmake\s+(?:it|the\s+(?:video|slideshow|movie|whole\s+thing))\s+(?:about\s+|around\s+|exactly\s+)?{D}"
    r"(?:\s+(?:long|in\s+total|total|overall)\b)?",
    rf"\b(?:under|at\s+most|no\s+longer\s+than|less\s+than|shorter\s+than|within)\s+{D}",
    rf"(?P<dur>(?:{NUM_RE})\s*-?\s*(?:minutes?|mins?)\b(?:\s*and\s+a\s+half\b)?"
    rf"(?:\s*(?:and\s+)?(?:{NUM_RE})\s*(?:seconds?|secs?|s\b))?)",
    r"(?P<dur>(?:[零一二两三四五六七八九十\d.]+)\s*(?:分钟|分(?=半|[零一二两三四五六七八九十\d]))"
    r"(?:\s*[零一二两三四五六七八九十\d]+\s*秒钟?)?半?|半分钟)",
    rf"(?:总时长|总长度?|视频时长|视频长度|时长|总共|一共|全长|整体)\s*(?:为|是|改成|改为|设为|控制在|:)?\s*{D}",
    rf"(?:做成|剪成|控制在|压缩到|缩短到|延长到|缩到|剪到){D}",
    rf"{D}(?:的)?(?:视频|长|左右|以内)",
)
def total(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "make it 30 seconds long", "1 minute", "总时长一分钟", "一分半"."""
    ms = duration_ms(m, "dur")
    return None if ms is None else [SetTotalLength(seconds=ms / 1000)]


@book.add(
    "timing",
    r"\b(?P<much>much\s+|a\s+lot\s+|way\s+|twice\s+as\s+)?(?:faster|quicker|snappier)\b",
    r"\bspeed\s+(?:it\s+|things\s+|everything\s+)?up\b|\bmore\s+quickly\b|\bpick\s+up\s+the\s+pace\b",
    r"\bmake\s+(?:it|the\s+(?:video|slideshow))\s+(?:a\s+(?:bit|little)\s+)?(?P<much>much\s+)?shorter\b",
    r"\b(?:each|every|all(?:\s+the)?|the)\s+(?:photos?|pictures?|images?|pics?|slides?)\s+"
    r"(?:(?:last|stay|show|appear)\s+)?(?:(?:on\s+screen|up)\s+)?(?:a\s+(?:bit|little)\s+)?(?P<much>much\s+)?shorter\b",
    r"快一点|快一些|快点|加快|加速|快些|节奏快",
)
def faster(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "make it faster", "快一点"."""
    return [Speed(factor=0.5 if group(m, "much") else 0.75)]


@book.add(
    "timing",
    r"\b(?P<much>much\s+|a\s+lot\s+|way\s+|twice\s+as\s+)?slower\b",
    r"\bslow\s+(?:it\s+|things\s+|everything\s+)?down\b|\bmore\s+slowly\b|\bless\s+rushed\b",
    r"\bmake\s+(?:it|the\s+(?:video|slideshow))\s+(?:a\s+(?:bit|little)\s+)?(?P<much>much\s+)?longer\b",
    r"\b(?:each|every|all(?:\s+the)?|the)\s+(?:photos?|pictures?|images?|pics?|slides?)\s+"
    r"(?:(?:last|stay|show|appear)\s+)?(?:(?:on\s+screen|up)\s+)?(?:a\s+(?:bit|little)\s+)?(?P<much>much\s+)?longer\b",
    r"慢一点|慢一些|慢点|放慢|减慢|慢些|节奏慢",
)
def slower(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "slow it down", "慢一点"."""
    return [Speed(factor=2.0 if group(m, "much") else 4 / 3)]


@book.add(
    "transitions",
    r"\b(?:no|without|remove(?:\s+the|\s+all)?|turn\s+off(?:\s+the)?|disable(?:\s+the)?"
    r"|delete(?:\s+the)?|get\s+rid\s+of(?:\s+the)?|drop(?:\s+the)?|skip(?:\s+the)?)\s+transitions?\b",
    r"\b(?:hard|straight|simple|plain)\s+cuts?\b|\bjust\s+cut\b",
    r"(?:不要|去掉|取消|删除|删掉|关闭|没有|无)(?:转场|过渡)(?:效果)?|直接切换|硬切",
)
def no_transitions(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "no transitions", "hard cuts", "不要转场"."""
    return [SetTransition(name="none")]


@book.add(
    "transitions",
    rf"{TRANS}\s+(?:transitions?|between\s+(?:the\s+)?(?:photos|pictures|slides|images))"
    rf"(?:\s*,?\s*(?:(?:of|lasting|for|at)\s+)?{D}(?:\s+(?:each|long))?)?",
    rf"\btransitions?\s*(?:type\s*)?(?:to|:|=|with|as|should\s+be|be)?\s*{TRANS}"
    rf"(?:\s+(?:of|lasting|for|at)\s+{D})?",
    rf"{D}\s*(?:long\s+)?(?:{TRANS}\s+)?transitions?\b",
    rf"\btransitions?\s*(?:length|duration|time)?\s*(?:of|to|lasting|:|=|at)?\s*{D}(?:\s+(?:each|long))?",
    rf"(?:转场|过渡)(?:效果)?(?:用|使用|改成|改为|换成|设为|设置为|是|为|:)?\s*{TRANS}(?:\s*{D})?",
    rf"{TRANS}(?:的)?(?:转场|过渡)(?:效果)?",
    rf"(?:转场|过渡)(?:效果)?(?:时间|时长)?(?:改成|改为|设为|为|用|:)?\s*{D}",
    rf"{D}(?:的)?(?:转场|过渡)",
)
def transitions(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "use fade to black transitions", "slide transitions of 1 second", "转场用淡入淡出"."""
    said = group(m, "name")
    ms = duration_ms(m, "dur")
    name = lookup(TRANSITION_WORDS, said) if said else current_transition(ctx)
    if name is None:
        return None
    return [SetTransition(name=name, ms=ms)]


def current_transition(ctx: Ctx) -> str | None:
    """The transition the photos use now (for "1 second transitions" with no name)."""
    track = ctx.draft.video_track()
    for seg in track.sg[1:] if track is not None else []:
        value = seg.m.transition
        if isinstance(value, Transition) and value.type != "none":
            return value.type
    return "crossfade"


@book.add(
    "transitions",
    r"\b(?P<dir>faster|quicker|shorter|snappier|longer|slower|smoother)\s+transitions?\b",
    r"\btransitions?\s+(?P<dir>faster|quicker|shorter|longer|slower)\b",
    r"(?:转场|过渡)(?P<zdir>快|短|慢|长)(?:一点|一些|点)",
)
def transition_pace(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "faster transitions", "longer transitions", "转场慢一点"."""
    track = ctx.draft.video_track()
    current = [transition_ms(seg.m.transition) for seg in track.sg[1:]] if track else []
    used = [ms for ms in current if ms > 0]
    name = current_transition(ctx)
    if not used or name is None:
        return None  # "longer transitions" when there are none: no safe guess
    shorter = (group(m, "dir") or "") in ("faster", "quicker", "shorter", "snappier") or (
        group(m, "zdir") in ("快", "短")
    )
    ms = max(used) * (0.6 if shorter else 1.5)
    return [SetTransition(name=name, ms=int(round(min(max(ms, 200), 3000) / 50) * 50))]


MOTION_WORD = r"(?:ken\s*burns|zoom(?:ing)?|motion|movement|panning|pan|animations?|moving)"


@book.add(
    "motion",
    rf"\b(?:no|without|remove(?:\s+the)?|turn\s+off(?:\s+the)?|disable(?:\s+the)?|stop(?:\s+the)?)"
    rf"\s+{MOTION_WORD}(?:\s+effects?)?\b",
    r"\b(?:static|still|motionless)\s+(?:photos|pictures|images|slides)\b",
    r"\bdon'?t\s+(?:zoom|animate|pan)\b|\bkeep\s+(?:the\s+)?(?:photos|pictures)\s+still\b",
    r"(?:不要|去掉|关闭|取消|关掉)(?:动效|动画|缩放|运动效果|动态效果|移动效果)|静止|照片不动|不要动",
)
def motion_off(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "no zoom", "turn off Ken Burns", "static photos", "不要动效"."""
    return [SetMotion(on=False)]


@book.add(
    "motion",
    rf"\b(?:add|with|turn\s+on|enable|use|put|apply)\s+(?:(?:some|a|the|gentle|slow|subtle|bit\s+of)\s+)*"
    rf"{MOTION_WORD}(?:\s+effects?)?\b",
    r"\bken\s*burns(?:\s+effect)?\b",
    r"\banimate\s+(?:the\s+)?(?:photos|pictures|images)\b|\bmake\s+(?:the\s+)?(?:photos|pictures)\s+move\b",
    r"(?:加|添加|加上|打开|开启)(?:动效|动画|缩放效果|运动效果|动态效果)|动起来|缩放效果",
)
def motion_on(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "add motion", "Ken Burns", "加动效"."""
    return [SetMotion(on=True)]


@book.add(
    "fades",
    rf"\bfade\s+(?:it\s+|the\s+video\s+|everything\s+)?in\s+and(?:\s+fade)?\s+out\b"
    rf"(?:\s+(?:over|for|in)\s+{D})?",
    r"淡入淡出|渐显渐隐",
)
def fade_both(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "fade in and out", "淡入淡出" (the music's, after "music ... fade it")."""
    ms = duration_ms(m, "dur") or FADE_MS
    if ctx.subject == "music" and " it " in f" {m.group(0)} ":
        return [SetMusicFade(fade_in_ms=ms, fade_out_ms=ms)]
    return [SetVideoFade(fade_in_ms=ms, fade_out_ms=ms)]


@book.add(
    "fades",
    rf"\bfade\s+(?:it\s+|the\s+video\s+|everything\s+)?(?P<io>in|out)\b"
    rf"(?:\s+(?:from|to)\s+(?:black|white))?(?:\s+(?:at|from|in)\s+the\s+(?:start|beginning|end))?"
    rf"(?:\s+(?:over|for|in)\s+{D})?",
    rf"\bfade\s+(?P<io>from|to)\s+black\s+at\s+the\s+(?:start|beginning|end)\b(?:\s+(?:over|for)\s+{D})?",
    rf"(?:开头|开始|结尾|最后)?(?:从黑场)?(?P<zio>淡入|淡出|渐显|渐隐)(?:效果)?(?:\s*{D})?",
)
def fade_one(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "fade in from black", "fade out at the end", "淡入", "淡出"."""
    ms = duration_ms(m, "dur") or FADE_MS
    io = group(m, "io", "zio") or ""
    fade_in = io in ("in", "from", "淡入", "渐显")
    if ctx.subject == "music" and " it " in f" {m.group(0)} ":
        return [SetMusicFade(fade_in_ms=ms) if fade_in else SetMusicFade(fade_out_ms=ms)]
    return [SetVideoFade(fade_in_ms=ms) if fade_in else SetVideoFade(fade_out_ms=ms)]


@book.add(
    "fades",
    r"\bno\s+fade(?:[\s-](?P<io>in|out))?\b|\bremove\s+the\s+fade(?:[\s-](?P<io2>in|out))?\b",
    r"(?:不要|去掉|取消)(?P<zio>淡入淡出|淡入|淡出)",
)
def no_fade(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "no fade out", "不要淡出"."""
    io = group(m, "io", "io2", "zio") or "both"
    fade_in = 0 if io in ("in", "淡入", "both", "淡入淡出") else None
    fade_out = 0 if io in ("out", "淡出", "both", "淡入淡出") else None
    return [SetVideoFade(fade_in_ms=fade_in, fade_out_ms=fade_out)]


RULES = book.rules
