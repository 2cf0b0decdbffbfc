"""Draft -> frame plan: the one place where milliseconds become integer frames.

After this, everything is frame arithmetic and each layer sees a local progress 0..1.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from ..errors import NothingToRender
from .catalog import FPS_CHOICES
from .draft import Draft, transition_ms
from .levels import fit_fps, fit_size
from .meta import Motion, TextMeta, Transition


def to_frame(ms: int, fps: int) -> int:
    """Nearest frame to a time in ms (halves round up, never banker's rounding)."""
    return math.floor(ms * fps / 1000 + 0.5)


@dataclass(frozen=True)
class VisualSpan:
    """A photo or clip on screen from ``start`` (inclusive) to ``end`` (exclusive) frames."""

    index: int
    src: str
    kind: str
    start: int
    end: int
    fit: str
    motion: Motion
    transition: str  # incoming transition ("none" for the first)
    transition_frames: int
    clip_in_ms: int = 0
    volume: float = 1.0

    def progress(self, frame: int) -> float:
        """0 on the first frame, 1 on the last."""
        return (frame - self.start) / max(1, self.end - self.start - 1)

    def transition_progress(self, frame: int) -> float:
        """Strictly between 0 and 1 on every frame of the incoming transition."""
        return (frame - self.start + 1) / (self.transition_frames + 1)


@dataclass(frozen=True)
class TextSpan:
    text: str
    start: int
    end: int
    fade_in: int
    fade_out: int
    style: TextMeta  # its role and style keys (render.overlay.style_of)

    def opacity(self, frame: int) -> float:
        if not self.start <= frame < self.end:
            return 0.0
        rise = (frame - self.start + 1) / (self.fade_in + 1) if self.fade_in else 1.0
        fall = (self.end - frame) / (self.fade_out + 1) if self.fade_out else 1.0
        return max(0.0, min(1.0, rise, fall))


@dataclass(frozen=True)
class FramePlan:
    w: int
    h: int
    fps: int
    frames: int
    visuals: list[VisualSpan]
    texts: list[TextSpan]
    fade_in: int
    fade_out: int
    look: str
    notes: tuple[str, ...] = ()  # what was changed from the draft, for the person to know

    @property
    def duration_s(self) -> float:
        return self.frames / self.fps

    def global_gain(self, frame: int) -> float:
        """Fade from black at the start and to black at the end of the whole video."""
        gain = 1.0
        if self.fade_in:
            gain = min(gain, frame / self.fade_in)
        if self.fade_out:
            gain = min(gain, (self.frames - 1 - frame) / self.fade_out)
        return max(0.0, min(1.0, gain))


def make_plan(draft: Draft) -> FramePlan:
    """Turn a (relaid-out) draft into frames. Raises NothingToRender for an empty timeline.

    The frame size and rate are kept within what common hardware plays (levels.py).
    """
    w, h, fps, notes = _playable(draft.m.w, draft.m.h, draft.m.fps)
    video = draft.video_track()
    if video is None or not video.sg:
        raise NothingToRender("nothing to render: the timeline has no photos or clips")
    visuals: list[VisualSpan] = []
    for index, seg in enumerate(video.sg):
        trans = seg.m.transition
        start, end = to_frame(seg.s, fps), to_frame(seg.end, fps)
        tframes = to_frame(transition_ms(trans), fps) if index else 0
        if index:
            # frame-exact overlap with the previous span, whatever the rounding did
            start = visuals[-1].end - tframes
        visuals.append(
            VisualSpan(
                index=index,
                src=seg.m.src,
                kind=seg.m.kind,
                start=start,
                end=max(end, start + 1),
                fit=seg.m.fit,
                motion=seg.m.motion,
                transition=trans.type if isinstance(trans, Transition) and tframes else "none",
                transition_frames=tframes,
                clip_in_ms=seg.m.in_,
                volume=seg.m.volume,
            )
        )
    frames = visuals[-1].end
    if draft.d > video.sg[-1].end:
        # a closing text's end card comes after the last picture, which stays under it
        frames = max(frames, to_frame(draft.d, fps))
        visuals[-1] = replace(visuals[-1], end=frames)
    texts: list[TextSpan] = []
    text_track = draft.text_track()
    for text in text_track.sg if text_track is not None else []:
        start = to_frame(text.s, fps)
        end = min(frames, to_frame(text.end, fps))
        if end <= start:
            continue
        texts.append(
            TextSpan(
                text=text.m.text,
                start=start,
                end=end,
                fade_in=to_frame(text.m.fade_in, fps),
                fade_out=to_frame(text.m.fade_out, fps),
                style=text.m,
            )
        )
    meta = draft.m
    return FramePlan(
        w=w,
        h=h,
        fps=fps,
        frames=frames,
        visuals=visuals,
        texts=texts,
        fade_in=to_frame(int(getattr(meta, "fade_in", 0) or 0), fps),
        fade_out=to_frame(int(getattr(meta, "fade_out", 0) or 0), fps),
        look=str(getattr(meta, "look", "none") or "none"),
        notes=notes,
    )


def _playable(w: int, h: int, fps: int) -> tuple[int, int, int, tuple[str, ...]]:
    notes: list[str] = []
    size = fit_size(w, h)
    if size != (w, h):
        notes.append(
            f"{w}x{h} is larger than many phones and TVs play (H.264 level 5.1, 4096 pixels a"
            f" side): rendered at {size[0]}x{size[1]}"
        )
    rate = fit_fps(*size, fps, FPS_CHOICES)
    if rate != fps:
        notes.append(
            f"{size[0]}x{size[1]} at {fps} fps is more than many phones and TVs play (H.264"
            f" level 5.1): rendered at {rate} fps"
        )
    return *size, rate, tuple(notes)
