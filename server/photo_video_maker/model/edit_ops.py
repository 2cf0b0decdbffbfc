"""Edit handlers for timing, transitions, motion, frame size, fit, look and fades.

Each handler changes the working copy it is given and returns one sentence for a person;
``apply_edits`` owns copying, relayout and error safety.
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
from .draft import Draft, transition_ms
from .edit_common import (
    EditContext,
    check_range,
    count_words,
    label,
    position,
    prevailing_transition,
    secs,
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
from .layout import MIN_SEGMENT_MS, default_motion, fit_total, relayout

TRANSITION_WORDS = {
    "crossfade": "crossfade",
    "fadeblack": "fade through black",
    "fadewhite": "fade through white",
    "zoom": "zoom",
    "circle": "circle",
    "random": "a random mix",
}
FIT_WORDS = {
    "cover": "fill the frame (edges may be cropped)",
    "contain": "show the whole photo (with bars where the shapes differ)",
    "blur": "show the whole photo over a blurred background",
}
LOOK_WORDS = {
    "bw": "black and white",
    "sepia": "sepia (vintage)",
    "warm": "warm tones",
    "cool": "cool tones",
    "vivid": "vivid colours",
}
MAX_SECONDS = 3600.0
MAX_ZOOM = 1.5


def transition_words(name: str) -> str:
    """ "slideleft" -> "slide left": transition names as a person says them."""
    if name in TRANSITION_WORDS:
        return TRANSITION_WORDS[name]
    for verb in ("slide", "push", "wipe"):
        if name.startswith(verb):
            return f"{verb} {name[len(verb) :]}"
    return name


def seconds_per_photo(draft: Draft, edit: SetSecondsPerPhoto, ctx: EditContext) -> str:
    """Time on screen of every photo (clips keep theirs) or of one photo or clip, set or
    changed by a factor ("a bit longer")."""
    segments = video_segments(draft)
    if edit.index is not None:
        pos = position(segments, edit.index)
        seg = segments[pos]
        ms = _new_ms(seg.d, edit)
        ref = ctx.media.get(str(seg.m.get("src")))
        if seg.m.get("kind") == "video" and ref and ref.duration_ms and ms > ref.duration_ms:
            raise DraftError(
                f"{label(segments, pos)} is only {secs(ref.duration_ms)} long",
                hint="Choose a shorter time for this clip",
            )
        before, seg.d = seg.d, ms
        return f"{sentence(label(segments, pos))} now stays on screen for {secs(ms)}" + _was(
            before, ms, edit
        )
    photos = [seg for seg in segments if seg.m.get("kind") != "video"]
    if not photos:
        raise DraftError(
            "the video has only clips, and each clip keeps its own length",
            hint="Set the time of one clip, e.g. 'clip 2 for 4 seconds'",
        )
    before = photos[0].d
    for seg in photos:
        seg.d = _new_ms(seg.d, edit)
    return f"Photos now last {secs(photos[0].d)} each" + _was(before, photos[0].d, edit)


def _new_ms(current: int, edit: SetSecondsPerPhoto) -> int:
    if edit.factor is not None:
        seconds = max(MIN_SEGMENT_MS / 1000, min(MAX_SECONDS, current * edit.factor / 1000))
    else:
        assert edit.seconds is not None  # the model requires one of the two
        seconds = edit.seconds
    check_range(seconds, MIN_SEGMENT_MS / 1000, MAX_SECONDS, "a photo's time on screen")
    return round(seconds * 1000)


def _was(before: int, after: int, edit: SetSecondsPerPhoto) -> str:
    """A relative change says the step it took."""
    return f" (was {secs(before)})" if edit.factor is not None and before != after else ""


def total_length(draft: Draft, edit: SetTotalLength, ctx: EditContext) -> str:
    """Spread the photos' time so the whole video lasts as asked."""
    segments = video_segments(draft)
    check_range(edit.seconds, 1, MAX_SECONDS, "the video's length")
    photos = [seg for seg in segments if seg.m.get("kind") != "video"]
    if not photos:
        raise DraftError(
            "the video has only clips, so its length is the clips' length",
            hint="Remove a clip or add photos",
        )
    target = round(edit.seconds * 1000)
    work = draft
    # twice: shorter photos can shorten their transitions, which changes the total again
    for _ in range(2):
        fit_total(work, target)
        work = relayout(work)
    draft.t = work.t
    draft.d = work.d
    each = round(photos_ms(draft), -2)  # "about 5.6 s", not "5.56 s"
    note = f" (each photo about {secs(each)})" if each else ""
    if abs(draft.d - target) > 100:
        return f"The video now lasts {secs(draft.d)}, as close to {secs(target)} as it can be{note}"
    return f"The video now lasts {secs(draft.d)}{note}"


def photos_ms(draft: Draft) -> int:
    """The typical (first) photo's time on screen, 0 when there are no photos."""
    track = draft.video_track()
    for seg in track.sg if track is not None else []:
        if seg.m.get("kind") != "video":
            return seg.d
    return 0


def transition(draft: Draft, edit: SetTransition, ctx: EditContext) -> str:
    """One transition type and length between all photos, or none; either may be kept, and
    the length may change by a factor ("softer" transitions last longer)."""
    segments = video_track(draft).sg
    current = prevailing_transition(segments)
    kept = current["type"] if isinstance(current, dict) else None
    name = edit.name or kept or DEFAULT_TRANSITION
    if name == "none" or (edit.ms is not None and edit.ms <= 0):
        for seg in segments:
            seg.m["transition"] = "none"
        return "Removed the transitions: photos now cut straight to the next"
    ms = edit.ms
    if edit.factor is not None:
        base = current["d"] if isinstance(current, dict) else DEFAULT_TRANSITION_MS
        ms = round(min(5000, max(100, base * edit.factor)))
    for seg in segments[1:]:
        length = ms if ms is not None else transition_ms(seg.m.get("transition"))
        seg.m["transition"] = {"type": name, "d": length or DEFAULT_TRANSITION_MS}
    if len(segments) < 2:
        return f"Transitions will be {transition_words(name)} once there are two or more photos"
    shown = secs(ms) if ms is not None else "current length"
    if edit.factor is not None and isinstance(current, dict):
        shown += f", was {secs(current['d'])}"
    return f"Transitions are now {transition_words(name)} ({shown})"


def motion(draft: Draft, edit: SetMotion, ctx: EditContext) -> str:
    """Ken Burns zoom and pan on every photo, or none; its strength set or changed."""
    segments = video_segments(draft)
    photos = [(pos, seg) for pos, seg in enumerate(segments) if seg.m.get("kind") != "video"]
    if not edit.on:
        for _, seg in photos:
            seg.m["motion"] = {"type": "none"}
        return "Photos now stay still (no zoom or pan)"
    moving = [zoom_of(seg.m.get("motion")) for _, seg in photos if _moves(seg.m.get("motion"))]
    before = max(moving, default=DEFAULT_ZOOM)
    zoom = edit.zoom or before
    if edit.factor is not None:
        zoom = 1 + (before - 1) * edit.factor
    zoom = round(min(MAX_ZOOM, max(1.02, zoom)), 3)
    for pos, seg in photos:
        seg.m["motion"] = default_motion(pos, zoom)
    if edit.factor is not None and moving:
        how = "more" if zoom > before else "less" if zoom < before else "just as much"
        return f"Photos now move {how} (zoom {zoom:g}x, was {before:g}x)"
    strength = "strongly" if zoom >= 1.25 else "gently"
    return f"Photos now zoom and pan {strength} (Ken Burns, zoom {zoom:g}x)"


def _moves(motion: object) -> bool:
    return isinstance(motion, dict) and motion.get("type") == "kenburns"


def aspect(draft: Draft, edit: SetAspect, ctx: EditContext) -> str:
    """New aspect ratio; the resolution (short side) stays."""
    w, h = frame_size(edit.aspect, resolution_of(draft.m.w, draft.m.h))
    set_meta(draft, w=w, h=h, aspect=edit.aspect)
    who = f" for {edit.platform}" if edit.platform else ""
    return f"Aspect ratio is now {edit.aspect} ({w}x{h}){who}"


def resolution(draft: Draft, edit: SetResolution, ctx: EditContext) -> str:
    """New resolution; the aspect ratio stays."""
    res = edit.resolution
    w, h = frame_size(draft.m.aspect, res)
    set_meta(draft, w=w, h=h)
    shown = "4K (2160p)" if res == "2160p" else res
    return f"Resolution is now {shown}: {w}x{h}"


def fps(draft: Draft, edit: SetFps, ctx: EditContext) -> str:
    """New frame rate (24, 25, 30 or 60)."""
    set_meta(draft, fps=edit.fps)
    return f"Frame rate is now {edit.fps} fps"


def fit(draft: Draft, edit: SetFit, ctx: EditContext) -> str:
    """How photos fill the frame: cover, contain or blur, for all or one."""
    segments = video_segments(draft)
    if edit.index is not None:
        pos = position(segments, edit.index)
        segments[pos].m["fit"] = edit.fit
        return f"{sentence(label(segments, pos))} will now {FIT_WORDS[edit.fit]}"
    for seg in segments:
        seg.m["fit"] = edit.fit
    return f"Photos now {FIT_WORDS[edit.fit]}"


def look(draft: Draft, edit: SetLook, ctx: EditContext) -> str:
    """Colour look of the whole video."""
    set_meta(draft, look=edit.look)
    if edit.look == "none":
        return "Colours are back to the original"
    return f"Colours are now {LOOK_WORDS[edit.look]}"


def speed(draft: Draft, edit: Speed, ctx: EditContext) -> str:
    """Every photo shorter (factor < 1) or longer; clips keep their pace."""
    segments = video_segments(draft)
    check_range(edit.factor, 0.1, 10, "a speed factor", unit="")
    photos = [seg for seg in segments if seg.m.get("kind") != "video"]
    if not photos:
        raise DraftError("the video has only clips, which play at their own pace")
    before = draft.d
    for seg in photos:
        seg.d = max(MIN_SEGMENT_MS, round(seg.d * edit.factor))
    after = relayout(draft).d
    how = "faster" if edit.factor < 1 else "slower"
    if len({seg.d for seg in photos}) == 1:
        return f"Made it {how}: photos now last {secs(photos[0].d)} each"
    return f"Made it {how}: the video now lasts {secs(after)} (was {secs(before)})"


def video_fade(draft: Draft, edit: SetVideoFade, ctx: EditContext) -> str:
    """Fade from black at the start and to black at the end of the whole video."""
    said: list[str] = []
    changes: dict[str, int] = {}
    for key, value, words, off in (
        ("fade_in", edit.fade_in_ms, "fades in from black", "no longer fades in"),
        ("fade_out", edit.fade_out_ms, "fades out to black", "no longer fades out"),
    ):
        if value is None:
            continue
        check_range(value / 1000, 0, 10, "a fade")
        changes[key] = value
        said.append(f"{words} over {secs(value)}" if value else off)
    set_meta(draft, **changes)
    return "The video " + " and ".join(said) if said else "The fades are unchanged"


def default_transition() -> dict[str, object]:
    """The crossfade a slideshow gets between photos."""
    return {"type": DEFAULT_TRANSITION, "d": DEFAULT_TRANSITION_MS}


def slideshow_visuals(draft: Draft, with_transitions: bool) -> list[str]:
    """Crossfades where there are none and Ken Burns on still photos; what changed, in words."""
    segments = video_segments(draft)
    said = []
    if with_transitions:
        missing = [seg for seg in segments[1:] if seg.m.get("transition") in (None, "none")]
        for seg in missing:
            seg.m["transition"] = default_transition()
        if missing:
            said.append(f"crossfades between the {count_words(segments)}")
    still = 0
    for pos, seg in enumerate(segments):
        current = seg.m.get("motion")
        if seg.m.get("kind") != "video" and (
            not isinstance(current, dict) or current.get("type") != "kenburns"
        ):
            seg.m["motion"] = default_motion(pos, DEFAULT_ZOOM)
            still += 1
    if still:
        said.append("gentle zoom and pan on every photo")
    return said
