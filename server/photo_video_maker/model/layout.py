"""Building a slideshow draft: its photos and clips, music and texts (pure functions).

People think "3 seconds per photo"; the draft stores each video segment's full time on screen
(``d``) including the overlap with its neighbours, and every start follows from the durations
and transitions (``timeline.relayout``, run after building and after any edit).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .catalog import (
    DEFAULT_TRANSITION,
    DEFAULT_TRANSITION_MS,
    DEFAULT_ZOOM,
    frame_size,
    resolve_transition,
)
from .draft import (
    AudioSegment,
    AudioTrack,
    Draft,
    Meta,
    TextSegment,
    TextTrack,
    VideoSegment,
    VideoTrack,
    transition_ms,
)
from .meta import (
    AudioMeta,
    Fit,
    Motion,
    NoTransition,
    Role,
    TextMeta,
    TextPos,
    TrackMeta,
    Transition,
    VideoMeta,
)
from .panorama import is_panorama, sweep_ms
from .timeline import end_card_ms, relayout  # relayout: where callers have always imported it from

MIN_SEGMENT_MS = 500
TITLE_MS = 3000


@dataclass(frozen=True)
class MediaRef:
    """What the layout needs to know about one uploaded file."""

    id: str
    name: str
    kind: str  # "image", "video" or "audio"
    width: int | None = None
    height: int | None = None
    duration_ms: int | None = None
    has_audio: bool = False


@dataclass
class SlideshowOptions:
    """Choices for a new slideshow; the defaults already make a good video."""

    aspect: str = "16:9"
    resolution: str = "1080p"
    fps: int = 30
    seconds_per_photo: float = 3.0
    total_seconds: float | None = None
    transition: str = DEFAULT_TRANSITION
    transition_ms: int = DEFAULT_TRANSITION_MS
    motion: bool = True
    zoom: float = DEFAULT_ZOOM
    fit: Fit | None = None  # None: blur where aspect ratios differ, else cover
    look: str = "none"
    title: str | None = None
    closing: str | None = None  # on an end card after the last photo
    music: MediaRef | None = None
    music_volume: float = 1.0
    music_fade_out_ms: int = 2000
    fade_in_ms: int = 0
    fade_out_ms: int = 1000
    extra: dict[str, Any] = field(default_factory=dict)


def build_slideshow(media: list[MediaRef], options: SlideshowOptions) -> Draft:
    """A new draft: photos and clips in the given order, then music and title."""
    w, h = frame_size(options.aspect, options.resolution)
    meta = Meta(w=w, h=h, fps=options.fps, aspect=options.aspect)
    meta_extra = {"look": options.look, "fade_in": options.fade_in_ms}
    meta_extra["fade_out"] = options.fade_out_ms
    draft = Draft(m=Meta.model_validate({**meta.model_dump(), **meta_extra}))
    video = VideoTrack(m=TrackMeta(name="Video"))
    visuals = [ref for ref in media if ref.kind in ("image", "video")]
    for index, ref in enumerate(visuals):
        video.sg.append(
            VideoSegment(s=0, d=_natural_ms(ref, options), m=_visual_meta(ref, index, options))
        )
    draft.t.append(video)
    if options.music is not None:
        set_music(
            draft, options.music, volume=options.music_volume, fade_out=options.music_fade_out_ms
        )
    if options.title:
        set_text(draft, options.title, role="title")
    if options.closing:  # before the total is fitted: the end card's time counts in it
        set_text(draft, options.closing, role="closing", anchor="end")
    if options.total_seconds:
        fit_total(draft, int(options.total_seconds * 1000))
    return relayout(draft)


def _natural_ms(ref: MediaRef, options: SlideshowOptions) -> int:
    if ref.kind == "video" and ref.duration_ms:
        return max(MIN_SEGMENT_MS, ref.duration_ms)
    photo_ms = max(MIN_SEGMENT_MS, round(options.seconds_per_photo * 1000))
    w, h = frame_size(options.aspect, options.resolution)
    swept = options.motion and options.fit != "cover"  # as the renderer decides
    if swept and ref.width and ref.height and is_panorama(ref.width, ref.height, w, h):
        return sweep_ms(ref.width, ref.height, w, h, photo_ms)  # time to sweep across it
    return photo_ms


def _visual_meta(ref: MediaRef, index: int, options: SlideshowOptions) -> VideoMeta:
    name = resolve_transition(options.transition)
    transition: Transition | NoTransition = "none"
    if index > 0 and name != "none" and options.transition_ms > 0:
        transition = Transition(type=name, d=options.transition_ms)
    meta = VideoMeta(
        src=ref.id,
        name=ref.name,
        kind="video" if ref.kind == "video" else "image",
        transition=transition,
        fit=options.fit or default_fit(ref, *frame_size(options.aspect, options.resolution)),
    )
    if options.fit:
        # the person chose it: kept when the frame changes shape (fit.refit)
        meta.fit_by = "person"
    meta.motion = (
        default_motion(index, options.zoom)
        if options.motion and ref.kind == "image"
        else Motion(type="none")
    )
    if ref.kind == "video":
        meta.in_ = 0
        meta.volume = 1.0
    return meta


def default_fit(ref: MediaRef, w: int, h: int) -> Fit:
    """Cover when the photo's shape is close to the frame's, else blurred background."""
    if not ref.width or not ref.height:
        return "blur"
    ratio = (ref.width / ref.height) / (w / h)
    return "cover" if 0.9 <= ratio <= 1.1 else "blur"


def default_motion(index: int, zoom: float = DEFAULT_ZOOM) -> Motion:
    """Ken Burns directions that vary from photo to photo, deterministically."""
    pattern = index % 6
    if pattern == 0:
        zooms, pan = (1.0, zoom), ((0.0, 0.0), (0.0, 0.0))
    elif pattern == 1:
        zooms, pan = (zoom, 1.0), ((-0.6, 0.0), (0.0, 0.0))
    elif pattern == 2:
        zooms, pan = (zoom, zoom), ((-1.0, 0.0), (1.0, 0.0))
    elif pattern == 3:
        zooms, pan = (1.0, zoom), ((0.0, 0.0), (0.5, -0.5))
    elif pattern == 4:
        zooms, pan = (zoom, zoom), ((1.0, 0.0), (-1.0, 0.0))
    else:
        zooms, pan = (zoom, 1.0), ((0.0, 0.6), (0.0, 0.0))
    return Motion(type="kenburns", zoom=zooms, pan=pan)


def set_music(draft: Draft, ref: MediaRef, *, volume: float = 1.0, fade_out: int = 2000) -> None:
    """Put one background-music file under the whole video (looped or trimmed)."""
    track = draft.bgm_track()
    if track is None:
        track = AudioTrack(m=TrackMeta(name="BGM", role="bgm"))
        draft.t.append(track)
    meta = AudioMeta(
        src=ref.id, name=ref.name, volume=volume, fade_in=0, fade_out=fade_out, loop=True, duck=0.35
    )
    track.sg = [AudioSegment(s=0, d=max(1, draft.d), m=meta)]


def set_text(
    draft: Draft,
    text: str,
    *,
    role: Role = "title",
    anchor: str = "start",
    pos: TextPos | None = None,
    color: str | None = None,
    size: float | None = None,
) -> TextSegment:
    """Add a title (at the start), closing text (anchor "end") or a caption (anchor a photo id).

    ``pos`` (default: center for a title and a closing text, else bottom), ``color`` and
    ``size`` are its style;
    a colour or size not given is not written, so the renderer's defaults apply.
    """
    track = draft.text_track()
    if track is None:
        track = TextTrack(m=TrackMeta(name="Titles"))
        draft.t.append(track)
    meta = TextMeta(
        text=text,
        role=role,
        pos=pos or ("center" if role in ("title", "closing") else "bottom"),
        anchor=anchor,
        len=TITLE_MS,
        fade_in=400,
        fade_out=400,
    )
    if color is not None:
        meta.color = color
    if size is not None:
        meta.size = size
    segment = TextSegment(s=0, d=TITLE_MS, m=meta)
    track.sg.append(segment)
    return segment


def fit_total(draft: Draft, total_ms: int) -> None:
    """Change every photo's time so the whole video lasts ``total_ms`` (clips keep theirs),
    the end card of a closing text included.

    Shorter photos can shorten their transitions (a transition takes at most half of either
    neighbour), which lengthens the video again: the time per photo is found by iterating to
    the fixed point, which converges quickly because a transition moves at half the rate.
    """
    video = draft.video_track()
    if video is None or not video.sg:
        return
    photos = [seg for seg in video.sg if seg.m.kind == "image"]
    if not photos:
        return
    fixed = sum(seg.d for seg in video.sg if seg.m.kind != "image") + end_card_ms(draft)
    wanted = [transition_ms(seg.m.transition) for seg in video.sg[1:]]
    each = float(MIN_SEGMENT_MS)
    for _ in range(30):
        lengths = [each if seg.m.kind == "image" else seg.d for seg in video.sg]
        overlaps = sum(min(ms, lengths[i] // 2, lengths[i + 1] // 2) for i, ms in enumerate(wanted))
        new = max(MIN_SEGMENT_MS, (total_ms + overlaps - fixed) / len(photos))
        if abs(new - each) < 0.5:
            break
        each = new
    for seg in photos:
        seg.d = round(each)


def append_visuals(
    draft: Draft, refs: list[MediaRef], options: SlideshowOptions | None = None
) -> Draft:
    """Add photos and clips at the end, styled like a new slideshow (empty draft: build one)."""
    visuals = [ref for ref in refs if ref.kind in ("image", "video")]
    video = draft.video_track()
    if video is None or not video.sg:
        opts = options or SlideshowOptions(aspect=draft.m.aspect, fps=draft.m.fps)
        fresh = build_slideshow(visuals, opts)
        fresh.t.extend(track for track in draft.t if not isinstance(track, VideoTrack))
        return relayout(fresh)
    out = draft.model_copy(deep=True)
    track = out.video_track()
    assert track is not None
    opts = options or SlideshowOptions(aspect=out.m.aspect)
    motion_on = any(seg.m.motion.type != "none" for seg in track.sg)
    previous_transition = track.sg[-1].m.transition
    for ref in visuals:
        index = len(track.sg)
        meta = _visual_meta(ref, index, opts)
        if isinstance(previous_transition, Transition):
            meta.transition = previous_transition.model_copy()
        if not motion_on:
            meta.motion = Motion(type="none")
        meta.fit = opts.fit or default_fit(ref, out.m.w, out.m.h)
        timing = replace(opts, motion=opts.motion and motion_on)
        track.sg.append(VideoSegment(s=0, d=_natural_ms(ref, timing), m=meta))
    return relayout(out)
