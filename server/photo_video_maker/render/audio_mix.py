"""The soundtrack: background music and the clips' own sound, mixed and normalised.

Music is looped or trimmed to the video, faded, and lowered (ducked) while a clip's own
sound plays. Each source is normalised to -16 LUFS integrated (BS.1770, pyloudnorm) before
its volume applies, so at 100 % the mix measures about -16 LUFS and a lower volume really is
quieter; peaks are kept under -1 dBFS by a soft limiter. The result has the video's length.

The mix is made block by block, as the video advances: memory depends on the song and the
clips' lengths, never on the length of the video.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from ..media.audio import load_audio
from ..media.probe import probe
from ..model.draft import Draft
from ..model.plan import FramePlan
from ..music.builtin import is_builtin, synthesize
from .loudness import integrated_loudness

F32 = NDArray[np.float32]
RATE = 48000
TARGET_LUFS = -16.0
CEILING = 10 ** (-1.0 / 20)  # -1 dBFS
DUCK_RAMP = round(0.3 * RATE)
BLOCK = 2 * RATE  # a few MB of temporaries a block; the per-block overhead is negligible
MEASURE_MAX = 600 * RATE  # loudness of a very long video: its first ten minutes are enough


def _ms(ms: float) -> int:
    return round(ms * RATE / 1000)


def gain_to_target(blocks: Iterable[F32], target: float = TARGET_LUFS) -> float:
    """The gain that brings the sound in ``blocks`` to ``target`` LUFS (1 for silence)."""
    loudness = integrated_loudness(blocks, RATE)
    return float(10 ** ((target - loudness) / 20)) if np.isfinite(loudness) else 1.0


def ramps(t: NDArray[np.int64], start: int, end: int, rise: int, fall: int) -> F32:
    """A 0..1 envelope over sample times ``t``: up over ``rise`` from ``start``, down over
    ``fall`` to ``end``, 0 outside."""
    up = np.clip((t - start) / max(rise, 1), 0.0, 1.0) if rise else (t >= start).astype(float)
    down = np.clip((end - t) / max(fall, 1), 0.0, 1.0) if fall else (t < end).astype(float)
    return (up * down).astype(np.float32)


def limit(mix: F32, ceiling: float = CEILING) -> F32:
    """Soft knee limiter: untouched below 80 % of the ceiling, never above it."""
    knee = 0.8 * ceiling
    mag = np.abs(mix)
    over = mag > knee
    if np.any(over):
        room = ceiling - knee
        # a hair under the ceiling, so float32 rounding cannot land above it
        squashed = knee + 0.999 * room * np.tanh((mag[over] - knee) / room)
        mix[over] = np.sign(mix[over]) * squashed
    return mix.astype(np.float32)


@dataclass
class _Music:
    source: F32  # one pass of the song (or the built-in loop), already at the target level
    start: int
    loop: bool
    fade_in: int
    fade_out: int
    duck: float

    def raw(self, a: int, b: int) -> F32:
        """Samples [a, b) of the timeline, looped or trimmed, before any fade."""
        index = np.arange(a, b, dtype=np.int64) + self.start
        if self.loop:
            index %= len(self.source)
        inside = index < len(self.source)
        out = np.zeros((b - a, 2), np.float32)
        out[inside] = self.source[index[inside]]
        return out

    def block(self, t: NDArray[np.int64], total: int) -> F32:
        out = self.raw(int(t[0]), int(t[-1]) + 1)
        # at least a few ms of fade at each end: a loop cut mid-note would click
        envelope = ramps(t, 0, total, max(_ms(20), self.fade_in), max(_ms(20), self.fade_out))
        return out * envelope[:, None]


@dataclass
class _Clip:
    path: Path
    start: int  # on the timeline, samples
    length: int
    clip_in_ms: int
    gain: float  # normalisation times the clip's volume
    rise: int  # fade in over the incoming transition
    _sound: F32 | None = None

    @property
    def end(self) -> int:
        return self.start + self.length

    def sound(self) -> F32:
        if self._sound is None:
            raw = load_audio(
                self.path,
                rate=RATE,
                start_ms=self.clip_in_ms,
                duration_ms=self.length * 1000 // RATE + 1,
            )
            sound = np.zeros((self.length, 2), np.float32)
            sound[: min(len(raw), self.length)] = raw[: self.length]
            self._sound = sound * np.float32(self.gain)
        return self._sound

    def release(self) -> None:
        self._sound = None


def _music(draft: Draft, total: int, resolve: Callable[[str], Path]) -> _Music | None:
    track = draft.bgm_track()
    if track is None or not track.sg:
        return None
    m = track.sg[0].m
    src = str(m["src"])
    start = _ms(int(m.get("in", 0)))
    if is_builtin(src):
        source = np.array(synthesize(src.split(":", 1)[1], RATE), dtype=np.float32)
    else:
        # what plays and no more: a song longer than the video is never held whole (a shorter
        # one comes whole, to loop)
        source = load_audio(resolve(src), rate=RATE, duration_ms=(start + total) * 1000 // RATE + 1)
    if not len(source):
        return None
    music = _Music(
        source=source,
        start=start,
        loop=bool(m.get("loop", True)),
        fade_in=_ms(int(m.get("fade_in", 0))),
        fade_out=_ms(int(m.get("fade_out", 0))),
        duck=float(m.get("duck", 0.35)),
    )
    # measured on the part the video really plays (a song's intro is often quieter)
    played = min(total, MEASURE_MAX)
    volume = max(0.0, float(m.get("volume", 1.0)))
    gain = gain_to_target(music.raw(a, min(a + BLOCK, played)) for a in range(0, played, BLOCK))
    source *= np.float32(gain * volume)  # our own copy: scaled in place
    return music


def _clips(plan: FramePlan, total: int, resolve: Callable[[str], Path]) -> list[_Clip]:
    clips = []
    for span in plan.visuals:
        if span.kind != "video" or span.volume <= 0:
            continue
        path = resolve(span.src)
        if not probe(path).has_audio:
            continue
        start = round(span.start * RATE / plan.fps)
        length = min(round((span.end - span.start) * RATE / plan.fps), total - start)
        clip = _Clip(
            path,
            start,
            length,
            span.clip_in_ms,
            1.0,
            round(span.transition_frames * RATE / plan.fps),
        )
        clip.gain = gain_to_target([clip.sound()]) * span.volume
        clip.release()
        clips.append(clip)
    return clips


def mix_blocks(draft: Draft, plan: FramePlan, resolve: Callable[[str], Path]) -> Iterator[F32]:
    """The soundtrack as consecutive (n, 2) float32 blocks at 48 kHz; nothing for silence."""
    total = round(plan.frames * RATE / plan.fps)
    music = _music(draft, total, resolve)
    clips = _clips(plan, total, resolve)
    if music is None and not clips:
        return
    for a in range(0, total, BLOCK):
        t = np.arange(a, min(a + BLOCK, total), dtype=np.int64)
        mix = np.zeros((len(t), 2), np.float32)
        presence = np.zeros(len(t), np.float32)
        for clip in clips:
            if clip.end <= a or clip.start >= t[-1] + 1:
                if clip.end <= a:
                    clip.release()
                continue
            lo, hi = max(a, clip.start), min(t[-1] + 1, clip.end)
            part = clip.sound()[lo - clip.start : hi - clip.start]
            edges = ramps(t[lo - a : hi - a], clip.start, clip.end, clip.rise, _ms(20))
            mix[lo - a : hi - a] += part * edges[:, None]
            # the music dips while a clip speaks, with smooth ramps around it
            around = ramps(
                t, clip.start - DUCK_RAMP // 2, clip.end + DUCK_RAMP // 2, DUCK_RAMP, DUCK_RAMP
            )
            np.maximum(presence, around, out=presence)
        if music is not None:
            duck = 1.0 - (1.0 - music.duck) * presence
            mix += music.block(t, total) * duck[:, None]
        yield limit(mix)


def has_sound(draft: Draft, plan: FramePlan, resolve: Callable[[str], Path]) -> bool:
    """Whether the video has music or clips with their own sound."""
    bgm = draft.bgm_track()
    if bgm is not None and bgm.sg:
        return True
    return any(
        span.kind == "video" and span.volume > 0 and probe(resolve(span.src)).has_audio
        for span in plan.visuals
    )
