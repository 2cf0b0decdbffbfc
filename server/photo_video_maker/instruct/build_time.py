"""Builders for time: photos' time on screen, the video's length, pace, transitions, fades and
motion. Relative words stay relative ("a bit longer" is a factor); amounts said exactly are
absolute values computed from the draft ("each photo a second longer" is 4 s when it was 3)."""

from __future__ import annotations

from ..model.draft import transition_ms
from ..model.edit_types import (
    Edit,
    SetMotion,
    SetMusicFade,
    SetSecondsPerPhoto,
    SetTotalLength,
    SetTransition,
    SetVideoFade,
    Speed,
)
from .context import Ctx, last_subject
from .entities import Tok
from .intents import Out, Slots, factor, intent, refuse, said, seconds
from .reading import Option

UP_WORDS = ("longer", "slower", "softer", "more", "bigger", "louder", "up", "add")
SHORT_BARE_MS = 15000  # a bare "3 seconds" could be each photo or the whole video


def _photo(slots: Slots, ctx: Ctx) -> int | None:
    tok = slots.get("photo", "ord")
    return ctx.index_of(tok.value) if tok is not None else None


def _up(slots: Slots) -> bool:
    return any(tok.kind in UP_WORDS for tok in slots.toks)


def _ms(slots: Slots) -> float:
    """A length said, or a bare number of seconds ("no, make it 4")."""
    ms = slots.value("dur")
    return float(ms) if ms is not None else float(slots.value("num")) * 1000


@intent("spp_set")
def spp_set(slots: Slots, ctx: Ctx) -> Out:
    ms = _ms(slots)
    return Out([SetSecondsPerPhoto(seconds=seconds(ms), index=_photo(slots, ctx))])


@intent("spp_except")
def spp_except(slots: Slots, ctx: Ctx) -> Out:
    """ "each photo 4 seconds except the first": every photo but the ones named (clips keep
    their own length)."""
    ms = _ms(slots)
    kept = {ctx.index_of(tok.value) for tok in slots.all("photo", "ord")}
    segs = ctx.segments()
    kept = {n if n > 0 else len(segs) + 1 + n for n in kept}  # -1: the last
    edits: list[Edit] = [
        SetSecondsPerPhoto(seconds=seconds(ms), index=n)
        for n, seg in enumerate(segs, 1)
        if n not in kept and seg.m.kind != "video"
    ]
    return Out(edits)


@intent("spp_delta")
def spp_delta(slots: Slots, ctx: Ctx) -> Out:
    """ "each photo a second longer", "photo 3 two seconds shorter"."""
    delta = slots.value("dur") * (1 if _up(slots) else -1)
    index = _photo(slots, ctx)
    if index is not None:
        now = ctx.item_ms(index)
        if now is None:  # no such photo: let the edit say so
            return Out([SetSecondsPerPhoto(seconds=seconds(max(500, delta)), index=index)])
        return Out([SetSecondsPerPhoto(seconds=seconds(now + delta), index=index)])
    times = ctx.photo_ms()
    if times and len(set(times)) == 1:
        return Out([SetSecondsPerPhoto(seconds=seconds(times[0] + delta))])
    segs = ctx.segments()
    edits: list[Edit] = [
        SetSecondsPerPhoto(seconds=seconds(seg.d + delta), index=n)
        for n, seg in enumerate(segs, 1)
        if seg.m.kind != "video"
    ]
    return Out(edits)


def _clip_paced(slots: Slots, ctx: Ctx) -> bool:
    """ "speed up the clip", "视频片段加速": a pace asked of a clip, whose time is its footage
    (a faster clip is not a shorter one; trimming it is asked with "shorter")."""
    tok = slots.get("photo", "ord")
    if tok is None or not slots.has("faster", "slower") or slots.has("longer", "shorter"):
        return False
    index = ctx.index_of(tok.value)
    segments = ctx.segments()
    return (
        1 <= abs(index) <= len(segments)
        and segments[index - 1 if index > 0 else index].m.kind == "video"
    )


@intent("spp_rel")
def spp_rel(slots: Slots, ctx: Ctx) -> Out:
    pct = slots.value("pct")
    if pct is not None:  # "each photo 20 % shorter": that share of its time
        step = 1 + pct / 100 if _up(slots) else 1 - pct / 100
        return Out([SetSecondsPerPhoto(factor=round(step, 3), index=_photo(slots, ctx))])
    if _text_on_screen(slots, ctx):
        return text_time(slots, ctx)
    if _clip_paced(slots, ctx):
        return refuse(
            "timing",
            ctx,
            "A clip plays at the speed it was filmed; it can be trimmed shorter instead "
            '("make the clip shorter").',
            "视频片段按拍摄时的速度播放；可以把它剪短（“把视频片段剪短一点”）。",
        )
    said = slots.has("longer", "shorter", "more", "less", "slower", "faster", "down")
    step = factor(_up(slots) if said else None, slots)  # "double the time on every photo"
    return Out([SetSecondsPerPhoto(factor=step, index=_photo(slots, ctx))])


@intent("text_time")
def text_time(slots: Slots, ctx: Ctx) -> Out:
    """ "keep the title on screen longer": a text's time cannot be changed yet; said so."""
    return refuse(
        "text",
        ctx,
        "How long a text stays on screen cannot be changed yet. For more time on the photos,"
        ' say "make the photos longer".',
        "文字在画面上停留多久暂时还不能改。想让照片停久一点，可以说“照片放久一点”。",
    )


# "stay longer", "on screen longer": said of a thing shown, not of the video's pace
ON_SCREEN = ("stay", "on screen", "show", "up", "last")
SUBJECTS = ("each", "pic", "clip", "photo", "ord", "video", "photo_time", "photos", "length")
TEXTS = ("title", "caption", "closing", "textnoun")


def _text_on_screen(slots: Slots, ctx: Ctx) -> bool:
    """ "make it stay longer" right after the title was changed: "it" is the title."""
    longer = slots.get("longer", "shorter")
    if longer is None or not any(w in longer.surface.lower() for w in ON_SCREEN):
        return False
    if slots.has(*SUBJECTS):
        return False
    return any(tok.kind in TEXTS for tok in last_subject(ctx.last))


@intent("total_set")
def total_set(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetTotalLength(seconds=seconds(_ms(slots)))])


@intent("total_cap")
def total_cap(slots: Slots, ctx: Ctx) -> Out:
    """ "get it under 20 seconds": a limit; a video already within it is left as it is, and
    the answer says how long it is."""
    ms = _ms(slots)
    if ctx.draft.d <= ms:
        return Out(question="length")
    return Out([SetTotalLength(seconds=seconds(ms))])


@intent("total_delta")
def total_delta(slots: Slots, ctx: Ctx) -> Out:
    delta = slots.value("dur") * (1 if _up(slots) else -1)
    if ctx.draft.d + delta < 1000:
        return refuse("timing", ctx, "That would leave nothing of the video.", "那样视频就没有了。")
    return Out([SetTotalLength(seconds=seconds(ctx.draft.d + delta))])


@intent("speed")
def speed(slots: Slots, ctx: Ctx) -> Out:
    pct = slots.value("pct")
    if pct is not None:  # "20 % slower" is 1.2 times the time; "25 % faster" is 1 / 1.25 of it
        step = 1 + pct / 100 if slots.has("slower") else 1 / (1 + pct / 100)
        return Out([Speed(factor=round(step, 3))])
    if slots.has("sharper"):  # "make the slideshow snappier"
        return Out([Speed(factor=factor(False, slots))])
    if not slots.has("faster", "slower") and slots.has("up", "down"):
        return Out([Speed(factor=factor(slots.has("down"), slots))])  # "speed it all up a bit"
    if not slots.has("faster", "slower"):  # "half the speed": twice the time
        return Out([Speed(factor=2.0 if slots.value("degree") == "half" else 0.5)])
    if slots.has("slower") and slots.value("degree") == "half":  # "放慢一半速度": half the speed
        return Out([Speed(factor=2.0)])
    return Out([Speed(factor=factor(slots.has("slower"), slots))])


@intent("speed_mult")
def speed_mult(slots: Slots, ctx: Ctx) -> Out:
    """ "1.5倍速", "0.5倍速播放": played that many times as fast, so each photo's time is
    divided by it (rounded as the fixed steps are: 1.5 times as fast is 0.67)."""
    return Out([Speed(factor=round(1 / float(slots.value("mult")), 2))])


@intent("dur_bare")
def dur_bare(slots: Slots, ctx: Ctx) -> Out:
    """A length alone: the whole video when long, else ask which (unless a way said with it,
    "make it shorter, like 12 seconds", fits only one of them)."""
    ms = slots.value("dur")
    whole = SetTotalLength(seconds=seconds(ms))
    if ms >= SHORT_BARE_MS:
        return Out([whole])
    s = f"{seconds(ms):g}"
    each = SetSecondsPerPhoto(seconds=seconds(ms))
    toward = slots.value("toward") or ("shorter" if slots.has("lower", "down") else None)
    if toward in ("shorter", "longer"):  # only one of the two goes the way said
        shorter = toward == "shorter"
        total, photos = ctx.draft.compute_duration(), ctx.photo_ms()
        whole_ok = ms < total if shorter else ms > total
        each_ok = bool(photos) and all(ms < p if shorter else ms > p for p in photos)
        if whole_ok != each_ok:
            return Out([whole if whole_ok else each])
    return Out(
        clarify=[
            Option(said(ctx, f"Each photo {s} s", f"每张照片 {s} 秒"), [each]),
            Option(said(ctx, f"The whole video {s} s", f"整个视频 {s} 秒"), [whole]),
        ]
    )


@intent("trans_name")
def trans_name(slots: Slots, ctx: Ctx) -> Out:
    ms = slots.value("dur")
    return Out([SetTransition(name=slots.value("trans"), ms=None if ms is None else round(ms))])


@intent("trans_plain")
def trans_plain(slots: Slots, ctx: Ctx) -> Out:
    """ "simpler transitions", "the transitions are too flashy": the plain crossfade, the one
    every video starts with (as "转场简单点" is)."""
    return Out([SetTransition(name="crossfade")])


@intent("trans_ms")
def trans_ms(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetTransition(ms=round(slots.value("dur")))])


@intent("spp_even")
def spp_even(slots: Slots, ctx: Ctx) -> Out:
    """ "make all photos the same length": every photo the average time they show now."""
    times = ctx.photo_ms()
    if not times:
        return Out(problem="timing", hint=said(ctx, "There are no photos yet.", "还没有照片。"))
    return Out([SetSecondsPerPhoto(seconds=round(sum(times) / len(times) / 1000, 2))])


@intent("trans_delta")
def trans_delta(slots: Slots, ctx: Ctx) -> Out:
    """ "shorten the transitions by half a second": the current length, that much less."""
    now = max((transition_ms(seg.m.transition) for seg in ctx.segments()), default=0)
    step = round(slots.value("dur"))
    ms = now + step if slots.has("longer") or slots.has("add") else now - step
    if not now or not 0 < ms <= 5000:
        return refuse(
            "transition",
            ctx,
            f"The transitions last {now / 1000:g} s; say the length you want (up to 5 s), "
            "or 'no transitions'.",
            f"现在转场是 {now / 1000:g} 秒；请说想要的时长（最长 5 秒），或者说“不要转场”。",
        )
    return Out([SetTransition(ms=ms)])


@intent("trans_none")
def trans_none(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetTransition(name="none")])


@intent("trans_pair")
def trans_pair(slots: Slots, ctx: Ctx) -> Out:
    """The transition into one photo only ("no transition between the first two", "a 2 second
    crossfade between 3 and 4", "make the transition after the dog pic longer")."""
    index = int(slots.value("pair"))
    n = len(ctx.segments())
    if not 2 <= (index if index > 0 else n + 1 + index) <= n:  # "the second transition" of 2
        return refuse(
            "transition",
            ctx,
            f"There is no such transition: the video has {max(n - 1, 0)} (one between each two "
            "photos).",
            f"没有这个转场：视频一共有 {max(n - 1, 0)} 个转场（每两张照片之间一个）。",
        )
    said = slots.value("trans") or ("zoom" if slots.has("motion") else None)
    if slots.has("no", "remove", "off", "cut", "not") or said == "none":
        return Out([SetTransition(name="none", index=index)])
    ms = slots.value("dur")
    longer = slots.has("softer", "longer", "slower")
    step = factor(longer, slots) if longer or slots.has("sharper", "shorter", "faster") else None
    return Out([SetTransition(name=said, ms=None if ms is None else round(ms), factor=step,
                              index=index)])  # fmt: skip


@intent("trans_zoom")
def trans_zoom(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetTransition(name="zoom")])


REFUSED = "not this one"  # not_this_transition: the transition in use was said as not wanted
TRANSITION_CHOICES = {
    "crossfade": ("Crossfade", "淡入淡出"),
    "fadeblack": ("Fade to black", "黑场"),
    "slideleft": ("Slide", "滑动"),
    "zoom": ("Zoom", "缩放"),
    "circle": ("Circle", "圆形"),
    "random": ("A mix", "随机"),
    "none": ("Straight cuts", "直接切换"),
}


@intent("trans_change")
def trans_change(slots: Slots, ctx: Ctx) -> Out:
    """ "a different transition": which one? (Not when the sentence names it: "change the
    transition, use slides"; "不要转场直接切": none, a plain cut, is said.)"""
    if slots.value("trans") == "none" and slots.has("transition") and slots.has("no", "not"):
        return Out([SetTransition(name="none")])
    used = {getattr(seg.m.transition, "type", "none") for seg in ctx.segments()[1:]}
    refused = (slots.get("another") or Tok("", None, 0, 0)).surface == REFUSED  # "not crossfade"
    now = used.pop() if len(used) == 1 and refused else None  # not offered again
    return Out(
        clarify=[
            Option(said(ctx, en, zh), [SetTransition(name=name)])
            for name, (en, zh) in TRANSITION_CHOICES.items()
            if name != now
        ],
        unless="transition_named",
    )


@intent("trans_lively")
def trans_lively(slots: Slots, ctx: Ctx) -> Out:
    """ "转场换个酷一点的", "fancier transitions": one of the lively ones, which is asked (a
    crossfade or a plain cut is not what is wanted)."""
    lively = ("slideleft", "zoom", "circle", "random")
    return Out(
        clarify=[
            Option(said(ctx, *TRANSITION_CHOICES[name]), [SetTransition(name=name)])
            for name in lively
        ],
        unless="transition_named",
    )


@intent("trans_add")
def trans_add(slots: Slots, ctx: Ctx) -> Out:
    """ "add transitions": crossfades between photos cut straight; with transitions already
    there, which kind is asked."""
    if any(transition_ms(seg.m.transition) for seg in ctx.segments()[1:]):
        return trans_change(slots, ctx)
    return Out([SetTransition(name="crossfade")])


@intent("trans_rel")
def trans_rel(slots: Slots, ctx: Ctx) -> Out:
    """Softer, smoother, longer transitions last longer; sharper, quicker ones shorter."""
    longer = any(tok.kind in ("softer", "longer", "slower", "more") for tok in slots.toks)
    shorter = any(tok.kind in ("sharper", "shorter", "faster", "less") for tok in slots.toks)
    shorter = shorter or slots.has("down", "cut")  # "cut the transitions down", "trim ... a bit"
    step = factor(longer if longer or shorter else None, slots)
    said = slots.get("trans")  # "a quick flash between photos": that one, quicker
    name = said.value if said is not None else None
    crossfade = said is not None and "cross" in said.surface.lower()  # not just "fades"
    named = name if name != "crossfade" or crossfade else None  # "fades" are any transitions
    if named is None and not any(transition_ms(seg.m.transition) for seg in ctx.segments()[1:]):
        named = name or "crossfade"  # "soft fades" after straight cuts: fades, not cuts
    return Out([SetTransition(name=named, factor=step)])


def _fade_ms(slots: Slots, now: int = 0) -> int:
    """The fade's length: as said, one step from ``now`` ("a longer fade out", "the video
    ends too abruptly"), else a second."""
    ms = slots.value("dur")
    if ms is not None:
        return round(ms)
    longer = slots.has("longer", "slower", "softer", "abrupt_end", "abrupt_start")
    if longer and not now:  # "the video starts too suddenly": a fade where there was none
        return 1000
    if longer or slots.has("shorter", "faster", "sharper"):
        return round(min(10000, max(now, 1000) * factor(longer, slots)))
    if slots.value("degree") in ("double", "half"):  # "double the fade at the end"
        return round(min(10000, max(now, 1000) * factor(None, slots)))
    return 1000


WHOLE_VIDEO = ("video", "end", "start", "from_black", "sign", "trans", "add")


def _fade(slots: Slots, ctx: Ctx, out: bool) -> Out:
    """A fade of the whole video; a bare "fade out 3 s" could be the music's too: asked."""
    now = getattr(ctx.draft.m, "fade_out" if out else "fade_in", 0)  # an extra of the meta
    ms = _fade_ms(slots, int(now or 0))
    video = SetVideoFade(fade_out_ms=ms) if out else SetVideoFade(fade_in_ms=ms)
    if slots.has(*WHOLE_VIDEO):
        return Out([video])
    track = ctx.draft.bgm_track()  # the music's own fade, a step from its own length
    segs = track.sg if track is not None else []
    had = [int(getattr(seg.m, "fade_out" if out else "fade_in", 0) or 0) for seg in segs]
    mms = _fade_ms(slots, max(had)) if had else ms
    music = SetMusicFade(fade_out_ms=mms) if out else SetMusicFade(fade_in_ms=mms)
    return Out(
        clarify=[
            Option(said(ctx, "The whole video (from/to black)", "整个画面（黑场）"), [video]),
            Option(said(ctx, "The music", "音乐"), [music]),
        ]
    )


@intent("video_fade_out")
def video_fade_out(slots: Slots, ctx: Ctx) -> Out:
    return _fade(slots, ctx, out=True)


@intent("video_fade_in")
def video_fade_in(slots: Slots, ctx: Ctx) -> Out:
    return _fade(slots, ctx, out=False)


@intent("video_fade_both")
def video_fade_both(slots: Slots, ctx: Ctx) -> Out:
    ms = _fade_ms(slots)
    return Out([SetVideoFade(fade_in_ms=ms, fade_out_ms=ms)])


@intent("video_fade_none")
def video_fade_none(slots: Slots, ctx: Ctx) -> Out:
    fade_in = slots.has("fade_in", "fade_inout", "start")
    fade_out = slots.has("fade_out", "fade_inout", "end", "dead_stop")  # "end abruptly"
    fade_out = fade_out or (slots.has("trans") and not fade_in)
    return Out(
        [SetVideoFade(fade_in_ms=0 if fade_in else None, fade_out_ms=0 if fade_out else None)]
    )


@intent("motion_off")
def motion_off(slots: Slots, ctx: Ctx) -> Out:
    return _moved(SetMotion(on=False), slots, ctx)


@intent("motion_on")
def motion_on(slots: Slots, ctx: Ctx) -> Out:
    return _moved(SetMotion(on=True), slots, ctx)


def _moved(edit: SetMotion, slots: Slots, ctx: Ctx) -> Out:
    """The move of every photo, or of the one photo named ("no zoom on the dog one"); a clip
    plays as filmed, so its move is not something to change (told, nothing changes)."""
    tok = slots.get("photo", "ord")
    if tok is None:
        return Out([edit])
    index = ctx.index_of(tok.value)
    segments = ctx.segments()
    if (
        1 <= abs(index) <= len(segments)
        and segments[index - 1 if index > 0 else index].m.kind == "video"
    ):
        return refuse(
            "motion",
            ctx,
            "A clip plays as it was filmed, with no zoom or pan of its own.",
            "视频片段按原样播放，本身没有缩放平移。",
        )
    return Out([edit.model_copy(update={"index": index})])


@intent("motion_rel")
def motion_rel(slots: Slots, ctx: Ctx) -> Out:
    more = any(tok.kind in ("more", "bigger", "faster", "up") for tok in slots.toks)
    said = more or any(
        tok.kind
        in ("less", "smaller", "slower", "calmer", "softer", "quieter", "not", "too", "down")
        for tok in slots.toks  # "画面太晃了": too much of it
    )
    return _moved(SetMotion(factor=factor(more if said else None, slots)), slots, ctx)


@intent("motion_zoom")
def motion_zoom(slots: Slots, ctx: Ctx) -> Out:
    """ "zoom in up to 1.3x": the strength as the largest zoom (1.0 to 1.5)."""
    zoom = float(slots.value("mult", "num"))
    if not 1.0 <= zoom <= 1.5:
        return refuse(
            "motion",
            ctx,
            "The zoom goes from 1.0 (none) to 1.5 (strong).",
            "缩放范围是 1.0（不动）到 1.5（很强）。",
        )
    return Out([SetMotion(on=True, zoom=zoom)])
