"""The soundtrack: background music and the clips' own sound, mixed and normalised.

Music is looped or trimmed to the video, faded, and lowered (ducked) while a clip's own
sound plays. Each source is normalised to -16 LUFS integrated (BS.1770, pyloudnorm) before
its volume applies, so at 100 % the mix measures about -16 LUFS and a lower volume really is
quieter; peaks are kept under -1 dBFS by a soft limiter. The result has the video's length.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyloudnorm
from numpy.typing import NDArray

from ..media.audio import load_audio
from ..media.probe import probe
from ..model.draft import Draft
from ..model.plan import FramePlan
from ..music.builtin import is_builtin, synthesize

F32 = NDArray[np.float32]
RATE = 48000
TARGET_LUFS = -16.0
CEILING = 10 ** (-1.0 / 20)  # -1 dBFS
DUCK_RAMP_S = 0.3


def _ms(ms: float) -> int:
    return round(ms * RATE / 1000)


def fade(signal: F32, fade_in: int, fade_out: int) -> None:
    """Linear fades in place, lengths in samples (equal-power is not needed for one source)."""
    n = len(signal)
    if fade_in > 0:
        k = min(fade_in, n)
        signal[:k] *= np.linspace(0.0, 1.0, k, endpoint=False, dtype=np.float32)[:, None]
    if fade_out > 0:
        k = min(fade_out, n)
        signal[n - k :] *= np.linspace(1.0, 0.0, k, dtype=np.float32)[:, None]


def _fit_length(source: F32, n: int, loop: bool) -> F32:
    if len(source) >= n:
        return np.array(source[:n], dtype=np.float32)
    if loop and len(source) > 0:
        reps = -(-n // len(source))
        return np.tile(source, (reps, 1))[:n].astype(np.float32)
    out = np.zeros((n, 2), np.float32)
    out[: len(source)] = source
    return out


def _music(draft: Draft, n: int, resolve: Callable[[str], Path]) -> tuple[F32, float] | None:
    track = draft.bgm_track()
    if track is None or not track.sg:
        return None
    m = track.sg[0].m
    src = str(m["src"])
    if is_builtin(src):
        source = np.asarray(synthesize(src.split(":", 1)[1], RATE), dtype=np.float32)
        source = source[_ms(int(m.get("in", 0))) :]
    else:
        source = load_audio(resolve(src), rate=RATE, start_ms=int(m.get("in", 0)))
    music = normalise(_fit_length(source, n, bool(m.get("loop", True))))
    music *= np.float32(max(0.0, float(m.get("volume", 1.0))))
    # at least a few ms of fade at each end: a loop cut mid-note would click
    fade_in, fade_out = (max(_ms(20), _ms(int(m.get(k, 0)))) for k in ("fade_in", "fade_out"))
    fade(music, fade_in, fade_out)
    return music, float(m.get("duck", 0.35))


def _clips(plan: FramePlan, n: int, resolve: Callable[[str], Path]) -> tuple[F32, F32] | None:
    """The clips' sound and a 0..1 envelope of where it plays (for ducking)."""
    mix = np.zeros((n, 2), np.float32)
    presence = np.zeros(n, np.float32)
    found = False
    for span in plan.visuals:
        if span.kind != "video" or span.volume <= 0:
            continue
        path = resolve(span.src)
        if not probe(path).has_audio:
            continue
        start = round(span.start * RATE / plan.fps)
        length = round((span.end - span.start) * RATE / plan.fps)
        length = min(length, n - start)
        sound = load_audio(
            path, rate=RATE, start_ms=span.clip_in_ms, duration_ms=int(length * 1000 / RATE) + 1
        )
        sound = _fit_length(sound, length, loop=False) * np.float32(span.volume)
        edge = round(span.transition_frames * RATE / plan.fps)
        fade(sound, edge, _ms(20))
        mix[start : start + length] += sound
        presence[start : start + length] = 1.0
        found = True
    return (normalise(mix), presence) if found else None


def _duck_envelope(presence: F32, depth: float) -> F32:
    """1 where no clip speaks, ``depth`` where one does, with smooth ramps between."""
    ramp = max(1, int(DUCK_RAMP_S * RATE))
    kernel = np.ones(ramp, np.float32) / ramp
    smooth = np.convolve(presence, kernel, mode="same").astype(np.float32)
    return (1.0 - (1.0 - depth) * np.clip(smooth, 0.0, 1.0)).astype(np.float32)


def normalise(mix: F32, target: float = TARGET_LUFS) -> F32:
    """Integrated loudness to ``target`` LUFS (silence and very short sounds unchanged)."""
    if len(mix) < RATE // 2 or not np.any(mix):
        return mix
    meter = pyloudnorm.Meter(RATE)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pyloudnorm warns about clipping it does not cause
        loudness = meter.integrated_loudness(mix.astype(np.float64))
    if not np.isfinite(loudness):
        return mix
    return (mix * np.float32(10 ** ((target - loudness) / 20))).astype(np.float32)


def limit(mix: F32, ceiling: float = CEILING) -> F32:
    """Soft knee limiter: untouched below 80 % of the ceiling, never above it."""
    knee = 0.8 * ceiling
    mag = np.abs(mix)
    over = mag > knee
    if np.any(over):
        room = ceiling - knee
        squashed = knee + room * np.tanh((mag[over] - knee) / room)
        mix[over] = np.sign(mix[over]) * squashed
    return mix.astype(np.float32)


def mix_audio(draft: Draft, plan: FramePlan, resolve: Callable[[str], Path]) -> F32 | None:
    """The whole soundtrack (n, 2) float32 at 48 kHz, or None when the video is silent."""
    n = round(plan.frames * RATE / plan.fps)
    music = _music(draft, n, resolve)
    clips = _clips(plan, n, resolve)
    if music is None and clips is None:
        return None
    mix = np.zeros((n, 2), np.float32)
    if clips is not None:
        mix += clips[0]
    if music is not None:
        track, depth = music
        if clips is not None:
            track *= _duck_envelope(clips[1], depth)[:, None]
        mix += track
    return limit(mix)
