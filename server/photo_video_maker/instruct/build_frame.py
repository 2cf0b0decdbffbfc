"""Builders for the frame: shape (by name, ratio or platform), size, frame rate, fit and look.
A value the draft does not allow ("50 fps") is asked about with the values that are."""

from __future__ import annotations

from pydantic import ValidationError

from ..model.catalog import ASPECTS, FPS_CHOICES, RESOLUTIONS, resolution_of
from ..model.edit_ops import LOOK_WORDS
from ..model.edit_types import (
    SetAspect,
    SetFit,
    SetFps,
    SetLook,
    SetMusicVolume,
    SetResolution,
    SetSecondsPerPhoto,
    SetTotalLength,
)
from .context import Ctx
from .intents import Out, Slots, intent, refuse, said
from .reading import Option

PLATFORM_ASPECT = {
    "TikTok": "9:16",
    "Douyin": "9:16",
    "Kuaishou": "9:16",
    "WeChat Channels": "9:16",
    "Reels": "9:16",
    "Instagram Stories": "9:16",
    "YouTube Shorts": "9:16",
    "phones": "9:16",
    "an Instagram post": "1:1",
    "an Instagram portrait post": "4:5",
    "Xiaohongshu": "3:4",
    "YouTube": "16:9",
    "Bilibili": "16:9",
    "a Facebook post": "4:5",
    "Facebook Stories": "9:16",
    "Snapchat": "9:16",
    "WhatsApp Status": "9:16",
    "Pinterest": "9:16",
    "a LinkedIn post": "1:1",
    "TVs": "16:9",
    "projectors": "16:9",
}

# the platform as the reply names it to a Chinese speaker
PLATFORM_ZH = {
    "Douyin": "抖音",
    "Kuaishou": "快手",
    "WeChat Channels": "视频号",
    "Xiaohongshu": "小红书",
    "Bilibili": "B站",
    "phones": "手机",
    "an Instagram post": "Instagram 帖子",
    "an Instagram portrait post": "Instagram 竖版帖子",
    "a Facebook post": "Facebook 帖子",
    "Facebook Stories": "Facebook 快拍",
    "WhatsApp Status": "WhatsApp 状态",
    "a LinkedIn post": "领英帖子",
    "TVs": "电视",
    "projectors": "投影仪",
}


@intent("aspect")
def aspect(slots: Slots, ctx: Ctx) -> Out:
    platform = slots.value("platform")
    shape = slots.value("aspect") or PLATFORM_ASPECT[platform]
    if platform is not None and ctx.lang == "zh":
        platform = PLATFORM_ZH.get(platform, platform)
    return Out([SetAspect(aspect=shape, platform=platform)])


@intent("aspect_fit")
def aspect_fit(slots: Slots, ctx: Ctx) -> Out:
    """ "vertical, photos filling the frame": the shape and how photos fit it."""
    return Out([*aspect(slots, ctx).edits, SetFit(fit=slots.value("fit"))])


@intent("size")
def size(slots: Slots, ctx: Ctx) -> Out:
    """ "1080x1920": the shape and the size."""
    w, h = slots.value("size")
    shape = next((name for name, (a, b) in ASPECTS.items() if a * h == b * w), None)
    res = SetResolution(resolution=resolution_of(w, h))
    if shape is None:
        return Out([res])
    return Out([SetAspect(aspect=shape), res])


# the shape each one turns to when the orientation is changed
TURNED = {"16:9": "9:16", "9:16": "16:9", "4:3": "3:4", "3:4": "4:3", "4:5": "16:9", "21:9": "9:16"}
SHAPE_WORDS = {
    "16:9": ("Landscape (16:9)", "横屏（16:9）"),
    "9:16": ("Vertical (9:16)", "竖屏（9:16）"),
    "1:1": ("Square (1:1)", "正方形（1:1）"),
    "4:5": ("Portrait post (4:5)", "竖版帖子（4:5）"),
}


@intent("frame_ask")
def frame_ask(slots: Slots, ctx: Ctx) -> Out:
    """ "change the orientation": landscape and vertical trade places; "change the aspect
    ratio", "change the resolution": to which is asked (unless the sentence says)."""
    said = (slots.get("size_word") or slots.toks[-1]).surface.lower()
    now = ctx.draft.m.aspect
    if "orientation" in said or "方向" in said:
        turned = TURNED.get(now)
        if turned is None:
            return Out(clarify=_shapes(ctx, now), unless="aspect")
        return Out([SetAspect(aspect=turned)])
    if any(word in said for word in ("resolution", "quality", "分辨率", "画质", "清晰度")):
        now_res = resolution_of(ctx.draft.m.w, ctx.draft.m.h)
        options = [
            Option(name, [SetResolution(resolution=name)])
            for name in RESOLUTIONS
            if name != now_res
        ]
        return Out(clarify=options, unless="resolution")
    if any(word in said for word in ("ratio", "aspect", "shape", "比例", "画幅")):
        return Out(clarify=_shapes(ctx, now), unless="aspect")
    return Out()  # "change the format": the file's or the frame's? Not guessed


def _shapes(ctx: Ctx, now: str) -> list[Option]:
    return [
        Option(said(ctx, en, zh), [SetAspect(aspect=shape)])
        for shape, (en, zh) in SHAPE_WORDS.items()
        if shape != now
    ]


@intent("look_change")
def look_change(slots: Slots, ctx: Ctx) -> Out:
    """ "try another filter": which look (the one on now left out; the sentence may say)."""
    now = str(getattr(ctx.draft.m, "look", None) or "none")
    options = [
        Option(said(ctx, en[:1].upper() + en[1:], zh), [SetLook(look=name)])
        for name, (en, zh) in LOOK_WORDS.items()
        if name != now
    ]
    return Out(clarify=options, unless="look|text_style")


@intent("resolution")
def resolution(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetResolution(resolution=slots.value("res"))])


@intent("fps")
def fps(slots: Slots, ctx: Ctx) -> Out:
    rate = slots.value("fps", "num")
    if rate is None:  # "a smoother frame rate", "more frames per second": the highest
        return Out([SetFps(fps=max(FPS_CHOICES))])
    try:
        return Out([SetFps.model_validate({"fps": int(rate)})])
    except (ValidationError, ValueError, TypeError):
        options = [
            Option(said(ctx, f"{choice} fps", f"每秒 {choice} 帧"), [SetFps(fps=choice)])
            for choice in FPS_CHOICES
        ]
        hint = said(
            ctx,
            f"{rate:g} fps is not available: choose 24, 25, 30 or 60.",
            f"没有每秒 {rate:g} 帧：可选 24、25、30 或 60。",
        )
        if rate > max(FPS_CHOICES):  # "120 fps": nothing near it to offer
            return Out(problem="frame", hint=hint)
        return Out(clarify=options, problem="frame", hint=hint)


@intent("fps_step")
def fps_step(slots: Slots, ctx: Ctx) -> Out:
    """ "帧率改低点": the rates below (or above) the current one; one of them is the edit,
    several are asked about (as a resolution step is)."""
    now = ctx.draft.m.fps
    up = slots.has("more", "up")
    rates = [r for r in FPS_CHOICES if (r > now if up else r < now)]
    if not rates:
        return refuse(
            "frame",
            ctx,
            "The frame rate is already as high (or low) as it goes.",
            "帧率已经是最高（或最低）了。",
        )
    if len(rates) == 1:
        return Out([SetFps(fps=rates[0])])
    options = [Option(said(ctx, f"{r} fps", f"每秒 {r} 帧"), [SetFps(fps=r)]) for r in rates]
    return Out(clarify=options, unless="fps")


@intent("fit")
def fit(slots: Slots, ctx: Ctx) -> Out:
    tok = slots.get("photo", "ord")
    index = ctx.index_of(tok.value) if tok is not None else None
    return Out([SetFit(fit=slots.value("fit"), index=index)])


@intent("fit_not")
def fit_not(slots: Slots, ctx: Ctx) -> Out:
    """ "no blurred background": filled, or whole with bars? (unless the sentence says);
    "get rid of the black bars": filled."""
    if slots.value("fit") == "contain":
        return Out([SetFit(fit="cover")])
    return Out(
        clarify=[
            Option(said(ctx, "Fill the frame", "铺满画面"), [SetFit(fit="cover")]),
            Option(
                said(ctx, "Whole photo with black bars", "完整显示（加黑边）"),
                [SetFit(fit="contain")],
            ),
        ],
        unless="fit",
    )


@intent("num_bare")
def num_bare(slots: Slots, ctx: Ctx) -> Out:
    """ "make it 60": 60 what? The readings the number allows, asked."""
    n = float(slots.value("num"))
    options = []
    if 1 <= n <= 3600:
        options.append(
            Option(
                said(ctx, f"The whole video {n:g} s", f"整个视频 {n:g} 秒"),
                [SetTotalLength(seconds=n)],
            )
        )
    if n in FPS_CHOICES:
        options.append(Option(said(ctx, f"{n:g} fps", f"每秒 {n:g} 帧"), [SetFps(fps=int(n))]))
    if 0.5 <= n <= 10:
        options.append(
            Option(
                said(ctx, f"Each photo {n:g} s", f"每张照片 {n:g} 秒"),
                [SetSecondsPerPhoto(seconds=n)],
            )
        )
    if 0 <= n <= 100:
        options.append(
            Option(said(ctx, f"Music at {n:g}%", f"音乐音量 {n:g}%"), [SetMusicVolume(percent=n)])
        )
    if not options:
        return Out(problem="general", hint="")
    return Out(clarify=options)


@intent("res_step")
def res_step(slots: Slots, ctx: Ctx) -> Out:
    """ "a higher resolution": which one? The sizes above (or below) the current one."""
    now = RESOLUTIONS[resolution_of(ctx.draft.m.w, ctx.draft.m.h)]
    up = slots.has("more", "up", "quality_up")
    names = [n for n, short in RESOLUTIONS.items() if (short > now if up else short < now)]
    if not names:
        return refuse(
            "frame",
            ctx,
            "It is already as large (or small) as it goes.",
            "已经是最高（或最低）了。",
        )
    options = [Option(n, [SetResolution(resolution=n)]) for n in names]
    return Out(clarify=options, unless="resolution")  # "分辨率低一点，480就行": the size said


@intent("look")
def look(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetLook(look=slots.value("look"))])


@intent("look_none")
def look_none(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetLook(look="none")])
