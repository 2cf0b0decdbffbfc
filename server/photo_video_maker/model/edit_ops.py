"""Edit handlers for timing, transitions, motion, frame size, fit, look and fades.

Each handler changes the working copy it is given and returns one sentence for a person, in
the person's language (``ctx.lang``); ``apply_edits`` owns copying, relayout and error safety.
"""

from __future__ import annotations

from ..errors import DraftError
from .catalog import (
    DEFAULT_TRANSITION,
    DEFAULT_TRANSITION_MS,
    DEFAULT_ZOOM,
    frame_size,
    resolution_of,
)
from .draft import Draft, VideoSegment, transition_ms
from .edit_common import (
    EditContext,
    check_range,
    count_words,
    label,
    position,
    prevailing_transition,
    sentence,
    set_meta,
    video_segments,
    video_track,
    zoom_of,
)
from .edit_types import (
    SetAspect,
    SetFit,
    SetFps,
    SetLook,
    SetMotion,
    SetResolution,
    SetSecondsPerPhoto,
    SetTotalLength,
    SetTransition,
    SetVideoFade,
    Speed,
)
from .fit import refit
from .lang import Lang, say, secs
from .layout import MIN_SEGMENT_MS, default_motion, fit_total, relayout
from .meta import Motion, Transition
from .summary import transition_words

FIT_WORDS = {
    "cover": (
        "fill the frame (edges may be cropped)",
        "铺满画面（边缘可能被裁掉）",
    ),
    "contain": (
        "show the whole photo (with bars where the shapes differ)",
        "完整显示（比例不同处留黑边）",
    ),
    "blur": (
        "show the whole photo over a blurred background",
        "完整显示，背景为模糊的照片",
    ),
}
LOOK_WORDS = {
    "bw": ("black and white", "黑白"),
    "sepia": ("sepia (vintage)", "复古（棕褐色）"),
    "warm": ("warm tones", "暖色调"),
    "cool": ("cool tones", "冷色调"),
    "vivid": ("vivid colours", "鲜艳色彩"),
}
MAX_SECONDS = 3600.0
MAX_ZOOM = 1.5


def seconds_per_photo(draft: Draft, edit: SetSecondsPerPhoto, ctx: EditContext) -> str:
    """Time on screen of every photo (clips keep theirs) or of one photo or clip, set or
    changed by a factor ("a bit longer")."""
    segments = video_segments(draft)
    if edit.index is not None:
        pos = position(segments, edit.index)
        seg = segments[pos]
        ms = _new_ms(seg.d, edit)
        ref = ctx.media.get(seg.m.src)
        if seg.m.kind == "video" and ref and ref.duration_ms and ms > ref.duration_ms:
            raise DraftError(
                f"{label(segments, pos)} is only {secs(ref.duration_ms)} long",
                hint="Choose a shorter time for this clip",
            )
        before, seg.d = seg.d, ms
        lang, name = ctx.lang, label(segments, pos, ctx.lang)
        said = say(
            lang,
            f"{sentence(name)} now stays on screen for {secs(ms)}",
            f"{name}现在显示 {secs(ms, lang)}",
        )
        return said + _was(before, ms, edit, lang)
    photos = [seg for seg in segments if seg.m.kind != "video"]
    if not photos:
        raise DraftError(
            "the video has only clips, and each clip keeps its own length",
            hint="Set the time of one clip, e.g. 'clip 2 for 4 seconds'",
        )
    before = photos[0].d
    for seg in photos:
        seg.d = _new_ms(seg.d, edit)
    lang, now = ctx.lang, photos[0].d
    said = say(lang, f"Photos now last {secs(now)} each", f"每张照片现在显示 {secs(now, lang)}")
    return said + _was(before, now, edit, lang)


def _new_ms(current: int, edit: SetSecondsPerPhoto) -> int:
    if edit.factor is not None:
        seconds = max(MIN_SEGMENT_MS / 1000, min(MAX_SECONDS, current * edit.factor / 1000))
    else:
        assert edit.seconds is not None  # the model requires one of the two
        seconds = edit.seconds
    check_range(seconds, MIN_SEGMENT_MS / 1000, MAX_SECONDS, "a photo's time on screen")
    if edit.factor is not None:
        return stepped(current, seconds * 1000)
    return round(seconds * 1000)


def stepped(current: int, wanted: float) -> int:
    """A time changed by a factor, to a tenth of a second: "a lot shorter" from 3 s is 2 s, not
    2.01 s; but never no step at all, and never under the shortest a photo may last."""
    tidy = int(wanted / 100 + 0.5) * 100  # half up: 2.25 s -> 2.3 s, as a person rounds
    return tidy if tidy != current and tidy >= MIN_SEGMENT_MS else round(wanted)


def _was(before: int, after: int, edit: SetSecondsPerPhoto, lang: Lang) -> str:
    """A relative change says the step it took."""
    if edit.factor is None or before == after:
        return ""
    return say(lang, f" (was {secs(before)})", f"（原来 {secs(before, lang)}）")


def total_length(draft: Draft, edit: SetTotalLength, ctx: EditContext) -> str:
    """Spread the photos' time so the whole video lasts as asked."""
    segments = video_segments(draft)
    check_range(edit.seconds, 1, MAX_SECONDS, "the video's length")
    photos = [seg for seg in segments if seg.m.kind != "video"]
    if not photos:
        raise DraftError(
            "the video has only clips, so its length is the clips' length",
            hint="Remove a clip or add photos",
        )
    target = round(edit.seconds * 1000)
    fit_total(draft, target)
    work = relayout(draft)
    draft.t = work.t
    draft.d = work.d
    each = round(photos_ms(draft), -2)  # "about 5.6 s", not "5.56 s"
    lang, now = ctx.lang, secs(draft.d, ctx.lang)
    note = say(lang, f" (each photo about {secs(each)})", f"（每张约 {secs(each, lang)}）")
    note = note if each else ""
    if abs(draft.d - target) > 100:
        return say(
            lang,
            f"The video now lasts {now}, as close to {secs(target)} as it can be{note}",
            f"视频现在长 {now}，已尽量接近 {secs(target, lang)}{note}",
        )
    return say(lang, f"The video now lasts {now}{note}", f"视频现在长 {now}{note}")


def photos_ms(draft: Draft) -> int:
    """The typical (first) photo's time on screen, 0 when there are no photos."""
    track = draft.video_track()
    for seg in track.sg if track is not None else []:
        if seg.m.kind != "video":
            return seg.d
    return 0


def transition(draft: Draft, edit: SetTransition, ctx: EditContext) -> str:
    """One transition type and length between all photos, or none; either may be kept, and
    the length may change by a factor ("softer" transitions last longer)."""
    segments = video_track(draft).sg
    if edit.index is not None:
        return _one_transition(segments, edit, ctx)
    current = prevailing_transition(segments)
    kept = current.type if isinstance(current, Transition) else None
    name = edit.name or kept or DEFAULT_TRANSITION
    if name == "none" or (edit.ms is not None and edit.ms <= 0):
        for seg in segments:
            seg.m.transition = "none"
        return say(
            ctx.lang,
            "Removed the transitions: photos now cut straight to the next",
            "已去掉转场：照片之间直接切换",
        )
    ms = edit.ms
    if edit.factor is not None:
        base = current.d if isinstance(current, Transition) else DEFAULT_TRANSITION_MS
        ms = round(min(5000, max(100, base * edit.factor)))
    for seg in segments[1:]:
        length = ms if ms is not None else transition_ms(seg.m.transition)
        seg.m.transition = Transition(type=name, d=length or DEFAULT_TRANSITION_MS)
    lang, words = ctx.lang, transition_words(name, ctx.lang)
    if len(segments) < 2:
        return say(
            lang,
            f"Transitions will be {words} once there are two or more photos",
            f"有两张以上照片时，转场将是{words}",
        )
    if ms is None and not isinstance(current, Transition):
        ms = DEFAULT_TRANSITION_MS  # from straight cuts: the length they now have
    if ms is None:  # the lengths they had: said as one length when they share it
        kept_ms = {
            seg.m.transition.d for seg in segments[1:] if isinstance(seg.m.transition, Transition)
        }
        ms = next(iter(kept_ms)) if len(kept_ms) == 1 else None
    shown = secs(ms, lang) if ms is not None else say(lang, "lengths kept", "时长不变")
    if edit.factor is not None and isinstance(current, Transition):
        shown += say(lang, f", was {secs(current.d)}", f"，原来 {secs(current.d, lang)}")
    return say(lang, f"Transitions are now {words} ({shown})", f"转场现在是{words}（{shown}）")


def _one_transition(segments: list[VideoSegment], edit: SetTransition, ctx: EditContext) -> str:
    """The transition into one photo only ("no transition between the first two"): the
    others stay as they are."""
    pos = position(segments, edit.index or 0)
    lang = ctx.lang
    if pos == 0:
        raise DraftError(
            "the first photo has no transition into it: the video starts with it",
            hint="Say the two photos the transition is between, e.g. 'between photo 1 and 2'",
        )
    seg = segments[pos]
    pair = say(
        lang,
        f"between {label(segments, pos - 1, lang)} and {label(segments, pos, lang)}",
        f"{label(segments, pos - 1, lang)}和{label(segments, pos, lang)}之间",
    )
    current = seg.m.transition
    if not isinstance(current, Transition):  # a cut now: what the others use, if any
        current = prevailing_transition(segments)
    name = edit.name or (current.type if isinstance(current, Transition) else DEFAULT_TRANSITION)
    if name == "none" or (edit.ms is not None and edit.ms <= 0):
        seg.m.transition = "none"
        return say(
            lang, f"No transition {pair} now: a straight cut", f"{pair}现在直接切换，没有转场"
        )
    base = current.d if isinstance(current, Transition) else DEFAULT_TRANSITION_MS
    ms = edit.ms if edit.ms is not None else base
    if edit.factor is not None:
        ms = round(min(5000, max(100, base * edit.factor)))
    seg.m.transition = Transition(type=name, d=ms)
    words, shown = transition_words(name, lang), secs(ms, lang)
    return say(
        lang,
        f"The transition {pair} is now {words} ({shown})",
        f"{pair}的转场现在是{words}（{shown}）",
    )


def motion(draft: Draft, edit: SetMotion, ctx: EditContext) -> str:
    """Ken Burns zoom and pan on every photo, or none; its strength set or changed."""
    segments = video_segments(draft)
    photos = [(pos, seg) for pos, seg in enumerate(segments) if seg.m.kind != "video"]
    if edit.index is not None:
        return _one_motion(segments, position(segments, edit.index), edit, ctx)
    if not edit.on:
        for _, seg in photos:
            seg.m.motion = Motion(type="none")
        return say(
            ctx.lang, "Photos now stay still (no zoom or pan)", "照片现在保持静止（不缩放不平移）"
        )
    moving = [zoom_of(seg.m.motion) for _, seg in photos if seg.m.motion.type == "kenburns"]
    before = max(moving, default=DEFAULT_ZOOM)
    zoom = edit.zoom or before
    if edit.factor is not None:
        zoom = 1 + (before - 1) * edit.factor
    zoom = round(min(MAX_ZOOM, max(1.02, zoom)), 3)
    for pos, seg in photos:
        seg.m.motion = default_motion(pos, zoom)
    lang = ctx.lang
    if edit.factor is not None and moving:
        more = zoom > before
        how = "more" if more else "less" if zoom < before else "just as much"
        zh = "更多" if more else "更少" if zoom < before else "不变"
        return say(
            lang,
            f"Photos now move {how} (zoom {zoom:g}x, was {before:g}x)",
            f"照片的运动{zh}了（缩放 {zoom:g} 倍，原来 {before:g} 倍）",
        )
    strong = zoom >= 1.25
    return say(
        lang,
        f"Photos now zoom and pan {'strongly' if strong else 'gently'} (Ken Burns, zoom {zoom:g}x)",
        f"照片现在{'明显' if strong else '缓缓'}缩放平移（缩放 {zoom:g} 倍）",
    )


def _one_motion(segments: list[VideoSegment], pos: int, edit: SetMotion, ctx: EditContext) -> str:
    """One photo still, or moving as much as said; the others keep theirs ("no zoom on the
    sunset one": a face that should not be cropped by the zoom)."""
    seg, name = segments[pos], label(segments, pos, ctx.lang)
    if seg.m.kind == "video":
        raise DraftError(
            f"{name} is a clip, which plays as it was filmed",
            hint="Name a photo to move or keep still",
        )
    if not edit.on:
        seg.m.motion = Motion(type="none")
        return say(
            ctx.lang, f"{sentence(name)} now stays still (no zoom or pan)", f"{name}现在保持静止"
        )
    others = [zoom_of(s.m.motion) for s in segments if s.m.motion.type == "kenburns"]
    before = zoom_of(seg.m.motion) if seg.m.motion.type == "kenburns" else None
    zoom = edit.zoom or before or max(others, default=DEFAULT_ZOOM)
    if edit.factor is not None:
        zoom = 1 + ((before or zoom) - 1) * edit.factor
    zoom = round(min(MAX_ZOOM, max(1.02, zoom)), 3)
    seg.m.motion = default_motion(pos, zoom)
    was = f", was {before:g}x" if before is not None and before != zoom else ""
    zh_was = f"，原来 {before:g} 倍" if before is not None and before != zoom else ""
    return say(
        ctx.lang,
        f"{sentence(name)} now zooms and pans (zoom {zoom:g}x{was})",
        f"{name}现在缓缓缩放平移（缩放 {zoom:g} 倍{zh_was}）",
    )


def aspect(draft: Draft, edit: SetAspect, ctx: EditContext) -> str:
    """New aspect ratio; the resolution (short side) stays. Fits the person did not choose
    are chosen again for the new shape: a cover that suited a landscape frame would crop a
    landscape photo to its middle in a portrait one."""
    w, h = frame_size(edit.aspect, resolution_of(draft.m.w, draft.m.h))
    set_meta(draft, w=w, h=h, aspect=edit.aspect)
    refit(draft, ctx.media)
    if ctx.lang == "zh":
        who = f"，适合{edit.platform}" if edit.platform else ""
        return f"画面比例现在是 {edit.aspect}（{w}x{h}）{who}"
    who = f" for {edit.platform}" if edit.platform else ""
    return f"Aspect ratio is now {edit.aspect} ({w}x{h}){who}"


def resolution(draft: Draft, edit: SetResolution, ctx: EditContext) -> str:
    """New resolution; the aspect ratio stays."""
    res = edit.resolution
    w, h = frame_size(draft.m.aspect, res)
    set_meta(draft, w=w, h=h)
    shown = "4K (2160p)" if res == "2160p" else res
    return say(ctx.lang, f"Resolution is now {shown}: {w}x{h}", f"分辨率现在是 {shown}：{w}x{h}")


def fps(draft: Draft, edit: SetFps, ctx: EditContext) -> str:
    """New frame rate (24, 25, 30 or 60)."""
    set_meta(draft, fps=edit.fps)
    return say(ctx.lang, f"Frame rate is now {edit.fps} fps", f"帧率现在是每秒 {edit.fps} 帧")


def fit(draft: Draft, edit: SetFit, ctx: EditContext) -> str:
    """How photos fill the frame: cover, contain or blur, for all or one."""
    segments = video_segments(draft)
    en, zh = FIT_WORDS[edit.fit]
    if edit.index is not None:
        pos = position(segments, edit.index)
        segments[pos].m.fit, segments[pos].m.fit_by = edit.fit, "person"
        name = label(segments, pos, ctx.lang)
        return say(ctx.lang, f"{sentence(name)} will now {en}", f"{name}现在{zh}")
    for seg in segments:
        seg.m.fit, seg.m.fit_by = edit.fit, "person"
    return say(ctx.lang, f"Photos now {en}", f"照片现在{zh}")


def look(draft: Draft, edit: SetLook, ctx: EditContext) -> str:
    """Colour look of the whole video."""
    set_meta(draft, look=edit.look)
    if edit.look == "none":
        return say(ctx.lang, "Colours are back to the original", "已恢复原始色彩")
    en, zh = LOOK_WORDS[edit.look]
    return say(ctx.lang, f"Colours are now {en}", f"色彩现在是{zh}")


def speed(draft: Draft, edit: Speed, ctx: EditContext) -> str:
    """Every photo shorter (factor < 1) or longer; clips keep their pace."""
    segments = video_segments(draft)
    check_range(edit.factor, 0.1, 10, "a speed factor", unit="")
    photos = [seg for seg in segments if seg.m.kind != "video"]
    if not photos:
        raise DraftError("the video has only clips, which play at their own pace")
    before = draft.d
    for seg in photos:
        seg.d = max(MIN_SEGMENT_MS, stepped(seg.d, seg.d * edit.factor))
    after = relayout(draft).d
    lang, faster = ctx.lang, edit.factor < 1
    how = say(lang, "faster" if faster else "slower", "加快" if faster else "放慢")
    if len({seg.d for seg in photos}) == 1:
        each = secs(photos[0].d, lang)
        return say(
            lang, f"Made it {how}: photos now last {each} each", f"节奏{how}了：每张照片显示 {each}"
        )
    return say(
        lang,
        f"Made it {how}: the video now lasts {secs(after)} (was {secs(before)})",
        f"节奏{how}了：视频现在长 {secs(after, lang)}（原来 {secs(before, lang)}）",
    )


def video_fade(draft: Draft, edit: SetVideoFade, ctx: EditContext) -> str:
    """Fade from black at the start and to black at the end of the whole video."""
    said: list[str] = []
    changes: dict[str, int] = {}
    lang = ctx.lang
    for key, value, words, off in (
        (
            "fade_in",
            edit.fade_in_ms,
            say(lang, "fades in from black over {}", "开头从黑场淡入（{}）"),
            say(lang, "no longer fades in", "开头不再淡入"),
        ),
        (
            "fade_out",
            edit.fade_out_ms,
            say(lang, "fades out to black over {}", "结尾淡出到黑场（{}）"),
            say(lang, "no longer fades out", "结尾不再淡出"),
        ),
    ):
        if value is None:
            continue
        check_range(value / 1000, 0, 10, "a fade")
        changes[key] = value
        said.append(words.format(secs(value, lang)) if value else off)
    set_meta(draft, **changes)
    if not said:
        return say(lang, "The fades are unchanged", "淡入淡出没有变化")
    return say(lang, "The video " + " and ".join(said), "视频" + "，".join(said))


def default_transition() -> Transition:
    """The crossfade a slideshow gets between photos."""
    return Transition(type=DEFAULT_TRANSITION, d=DEFAULT_TRANSITION_MS)


def slideshow_visuals(draft: Draft, with_transitions: bool, lang: Lang = "en") -> list[str]:
    """Crossfades where there are none and Ken Burns on still photos; what changed, in words."""
    segments = video_segments(draft)
    said = []
    if with_transitions:
        missing = [seg for seg in segments[1:] if seg.m.transition == "none"]
        for seg in missing:
            seg.m.transition = default_transition()
        if missing:
            all_of = count_words(segments, lang)
            said.append(say(lang, f"crossfades between the {all_of}", f"{all_of}之间加了淡入淡出"))
    still = 0
    for pos, seg in enumerate(segments):
        if seg.m.kind != "video" and seg.m.motion.type != "kenburns":
            seg.m.motion = default_motion(pos, DEFAULT_ZOOM)
            still += 1
    if still:
        said.append(say(lang, "gentle zoom and pan on every photo", "每张照片缓缓缩放平移"))
    return said
