"""Building a slideshow draft and keeping its timeline consistent (pure functions).

People think "3 seconds per photo"; the draft stores each video segment's full time on screen
(``d``) including the overlap with its neighbours, and every start follows from the durations
and transitions. ``relayout`` recomputes starts after any edit, and moves the music and the
texts that are anchored to the start, the end or a photo.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from typing import Any

from .catalog import (
    DEFAULT_TRANSITION,
    DEFAULT_TRANSITION_MS,
    DEFAULT_ZOOM,
    TRANSITIONS,
    frame_size,
    resolve_transition,
)
from .draft import AUDIO, TEXT, VIDEO, Draft, Meta, Segment, Track, transition_ms
from .panorama import is_panorama, sweep_ms

MIN_SEGMENT_MS = 500
TITLE_MS = 3000
# Video segment metadata key: "fit_by": "person" marks a fit the person chose (the fit edit, the
# CLI's --fit). Any other fit is only the default for the frame's shape, chosen again whenever
# the shape changes; the draft format allows extra keys and readers ignore unknown ones.
FIT_BY = "fit_by"


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
    fit: str | None = None  # None: blur where aspect ratios differ, else cover
    look: str = "none"
    title: str | None = None
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
    video = Track(tt=VIDEO, m={"name": "Video"})
    visuals = [ref for ref in media if ref.kind in ("image", "video")]
    for index, ref in enumerate(visuals):
        video.sg.append(
            Segment(s=0, d=_natural_ms(ref, options), m=_visual_meta(ref, index, options))
        )
    draft.t.append(video)
    if options.music is not None:
        set_music(
            draft, options.music, volume=options.music_volume, fade_out=options.music_fade_out_ms
        )
    if options.title:
        set_text(draft, options.title, role="title")
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


def _visual_meta(ref: MediaRef, index: int, options: SlideshowOptions) -> dict[str, Any]:
    meta: dict[str, Any] = {"src": ref.id, "name": ref.name, "kind": ref.kind}
    name = resolve_transition(options.transition)
    if index == 0 or name == "none" or options.transition_ms <= 0:
        meta["transition"] = "none"
    else:
        meta["transition"] = {"type": name, "d": options.transition_ms}
    meta["fit"] = options.fit or default_fit(ref, *frame_size(options.aspect, options.resolution))
    if options.fit:
        meta[FIT_BY] = "person"
    meta["motion"] = (
        default_motion(index, options.zoom)
        if options.motion and ref.kind == "image"
        else {"type": "none"}
    )
    if ref.kind == "video":
        meta["in"] = 0
        meta["volume"] = 1.0
    return meta


def default_fit(ref: MediaRef, w: int, h: int) -> str:
    """Cover when the photo's shape is close to the frame's, else blurred background."""
    if not ref.width or not ref.height:
        return "blur"
    ratio = (ref.width / ref.height) / (w / h)
    return "cover" if 0.9 <= ratio <= 1.1 else "blur"


def default_motion(index: int, zoom: float = DEFAULT_ZOOM) -> dict[str, Any]:
    """Ken Burns directions that vary from photo to photo, deterministically."""
    pattern = index % 6
    if pattern == 0:
        return {"type": "kenburns", "zoom": [1.0, zoom], "pan": [[0.0, 0.0], [0.0, 0.0]]}
    if pattern == 1:
        return {"type": "kenburns", "zoom": [zoom, 1.0], "pan": [[-0.6, 0.0], [0.0, 0.0]]}
    if pattern == 2:
        return {"type": "kenburns", "zoom": [zoom, zoom], "pan": [[-1.0, 0.0], [1.0, 0.0]]}
    if pattern == 3:
        return {"type": "kenburns", "zoom": [1.0, zoom], "pan": [[0.0, 0.0], [0.5, -0.5]]}
    if pattern == 4:
        return {"type": "kenburns", "zoom": [zoom, zoom], "pan": [[1.0, 0.0], [-1.0, 0.0]]}
    return {"type": "kenburns", "zoom": [zoom, 1.0], "pan": [[0.0, 0.6], [0.0, 0.0]]}


def relayout(draft: Draft) -> Draft:
    """Recompute every start from durations and transitions; returns a new draft.

    A transition never takes more than half of either neighbour; "random" is resolved here,
    once, with a seed taken from the segment id so the same draft always gives the same result.
    """
    out = draft.model_copy(deep=True)
    video = out.video_track()
    end = 0
    if video is not None:
        previous: Segment | None = None
        for seg in video.sg:
            seg.m["transition"] = _normal_transition(seg, previous)
            overlap = transition_ms(seg.m["transition"])
            seg.s = 0 if previous is None else previous.end - overlap
            previous = seg
        end = previous.end if previous is not None else 0
    _place_texts(out, video, end)
    _place_music(out, end)
    out.d = out.compute_duration() if end == 0 else end
    return out


def _normal_transition(seg: Segment, previous: Segment | None) -> Any:
    value = seg.m.get("transition", "none")
    if previous is None or value in (None, "none") or not isinstance(value, dict | str):
        return "none"
    if isinstance(value, str):
        value = {"type": value, "d": DEFAULT_TRANSITION_MS}
    name = resolve_transition(str(value.get("type", DEFAULT_TRANSITION)))
    if name == "none":
        return "none"
    if name == "random":
        name = random.Random(seg.id).choice(TRANSITIONS)
    limit = min(previous.d, seg.d) // 2
    ms = max(0, min(int(value.get("d", DEFAULT_TRANSITION_MS)), limit))
    return {**value, "type": name, "d": ms} if ms > 0 else "none"


def _place_texts(draft: Draft, video: Track | None, end: int) -> None:
    track = draft.text_track()
    if track is None or end <= 0:
        return
    by_id = {seg.id: seg for seg in video.sg} if video is not None else {}
    kept: list[Segment] = []
    for seg in track.sg:
        anchor = seg.m.get("anchor", "start")
        if anchor == "start":
            seg.d = min(int(seg.m.get("len", seg.d)), end)
            seg.s = 0
        elif anchor == "end":
            seg.d = min(int(seg.m.get("len", seg.d)), end)
            seg.s = end - seg.d
        elif anchor in by_id:
            photo = by_id[anchor]
            seg.s, seg.d = photo.s, photo.d
        else:
            continue  # its photo was removed: the caption goes with it
        kept.append(seg)
    track.sg = sorted(kept, key=lambda seg: seg.s)


def _place_music(draft: Draft, end: int) -> None:
    track = draft.bgm_track()
    if track is None:
        return
    for seg in track.sg:
        seg.s, seg.d = 0, max(1, end)
    del track.sg[1:]


def set_music(draft: Draft, ref: MediaRef, *, volume: float = 1.0, fade_out: int = 2000) -> None:
    """Put one background-music file under the whole video (looped or trimmed)."""
    track = draft.bgm_track()
    if track is None:
        track = Track(tt=AUDIO, m={"name": "BGM", "role": "bgm"})
        draft.t.append(track)
    meta = {
        "src": ref.id,
        "name": ref.name,
        "volume": volume,
        "fade_in": 0,
        "fade_out": fade_out,
        "loop": True,
        "duck": 0.35,
    }
    track.sg = [Segment(s=0, d=max(1, draft.d), m=meta)]


def set_text(
    draft: Draft, text: str, *, role: str = "title", anchor: str = "start", **style: Any
) -> Segment:
    """Add a title (at the start), closing text (anchor "end") or a caption (anchor a photo id)."""
    track = draft.text_track()
    if track is None:
        track = Track(tt=TEXT, m={"name": "Titles"})
        draft.t.append(track)
    pos = "center" if role == "title" else "bottom"
    meta = {"text": text, "role": role, "pos": pos, "anchor": anchor, "len": TITLE_MS}
    meta |= {"fade_in": 400, "fade_out": 400}
    meta |= style
    segment = Segment(s=0, d=TITLE_MS, m=meta)
    track.sg.append(segment)
    return segment


def fit_total(draft: Draft, total_ms: int) -> None:
    """Change every photo's time so the whole video lasts ``total_ms`` (clips keep theirs).

    Shorter photos can shorten their transitions (a transition takes at most half of either
    neighbour), which lengthens the video again: the time per photo is found by iterating to
    the fixed point, which converges quickly because a transition moves at half the rate.
    """
    video = draft.video_track()
    if video is None or not video.sg:
        return
    photos = [seg for seg in video.sg if seg.m.get("kind") == "image"]
    if not photos:
        return
    fixed = sum(seg.d for seg in video.sg if seg.m.get("kind") != "image")
    wanted = [transition_ms(seg.m.get("transition")) for seg in video.sg[1:]]
    each = float(MIN_SEGMENT_MS)
    for _ in range(30):
        lengths = [each if seg.m.get("kind") == "image" else seg.d for seg in video.sg]
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
        fresh.t.extend(track for track in draft.t if track.tt != VIDEO)
        return relayout(fresh)
    out = draft.model_copy(deep=True)
    track = out.video_track()
    assert track is not None
    opts = options or SlideshowOptions(aspect=out.m.aspect)
    last = track.sg[-1].m
    motion_on = any(seg.m.get("motion", {}).get("type", "none") != "none" for seg in track.sg)
    previous_transition = last.get("transition")
    for ref in visuals:
        index = len(track.sg)
        meta = _visual_meta(ref, index, opts)
        if isinstance(previous_transition, dict):
            meta["transition"] = dict(previous_transition)
        if not motion_on:
            meta["motion"] = {"type": "none"}
        meta["fit"] = opts.fit or default_fit(ref, out.m.w, out.m.h)
        timing = replace(opts, motion=opts.motion and motion_on)
        track.sg.append(Segment(s=0, d=_natural_ms(ref, timing), m=meta))
    return relayout(out)
