"""The soundtrack: background music and the clips' own sound, mixed and normalised.

Music is looped (each seam crossfaded, see `sound_reader`) or trimmed to the video, faded,
and lowered (ducked) while a clip's own sound plays. Each source is normalised to -16 LUFS
integrated (BS.1770, see `loudness`) before its volume applies, so at 100 % the mix measures
about -16 LUFS and a lower volume really is quieter; peaks are kept under -1 dBFS by a soft
limiter. The result has the video's length.

Everything comes from the frame plan: the music's span, fades, loop, volume and ducking in
frames, and which clips have a sound of their own (read when the plan was made).

The mix is made block by block, as the video advances, and songs and clips are decoded as
they play (once more beforehand, to measure them): memory depends on neither the length of
the video nor that of the song.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from ..errors import MediaNotFound, shorten
from ..media.audio import stream_audio
from ..model.plan import FramePlan, MusicSpan
from ..music.builtin import PREFIX, TRACKS, is_builtin, synthesize
from .loudness import integrated_loudness
from .sound_reader import Chunks, Reader

F32 = NDArray[np.float32]
RATE = 48000
TARGET_LUFS = -16.0
CEILING = 10 ** (-1.0 / 20)  # -1 dBFS
DUCK_RAMP = round(0.3 * RATE)
BLOCK = 2 * RATE  # a few MB of temporaries a block; the per-block overhead is negligible
MEASURE_MAX = 600 * RATE  # loudness of a very long video: its first ten minutes are enough
# A song looped under a longer video: its end is crossfaded into its start over 40 ms, long
# enough for two periods of a 50 Hz bass (no click), short enough to blur no beat.
SEAM = round(0.04 * RATE)


def _ms(ms: float) -> int:
    return round(ms * RATE / 1000)


def samples(frames: int, fps: int) -> int:
    """Where frame ``frames`` begins, in samples: the sound keeps time with the pictures."""
    return round(frames * RATE / fps)


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


def _measure(chunks: Chunks, length: int, loop: bool, seam: int = 0) -> tuple[float, int]:
    """The gain to the target for the first ``length`` samples, and how many the sound had."""
    reader = Reader(chunks, loop, seam)
    try:
        gain = gain_to_target(reader.read(min(BLOCK, length - a)) for a in range(0, length, BLOCK))
    finally:
        reader.close()
    return gain, reader.read_total


def _file(path: Path, start_ms: int) -> Chunks:
    return lambda first: stream_audio(path, rate=RATE, start_ms=start_ms if first else 0)


def _array(samples: F32, start: int) -> Chunks:
    return lambda first: iter((samples[start:] if first else samples,))


@dataclass
class _Music:
    chunks: Chunks
    start: int  # on the timeline, samples (the plan starts the music with the video)
    end: int
    loop: bool
    fade_in: int
    fade_out: int
    duck: float
    seam: int = 0  # crossfade at each loop seam, samples
    gain: float = 1.0  # to the target level, times the volume
    reader: Reader | None = None

    def block(self, t: NDArray[np.int64]) -> F32:
        if self.reader is None:
            self.reader = Reader(self.chunks, self.loop, self.seam)
        # at least a few ms of fade at each end: a loop cut mid-note would click
        rise, fall = max(_ms(20), self.fade_in), max(_ms(20), self.fade_out)
        envelope = ramps(t, self.start, self.end, rise, fall)
        return self.reader.read(len(t)) * (envelope * np.float32(self.gain))[:, None]

    def release(self) -> None:
        if self.reader is not None:
            self.reader.close()
            self.reader = None


@dataclass
class _Clip:
    chunks: Chunks
    start: int  # on the timeline, samples
    length: int
    gain: float  # normalisation times the clip's volume
    rise: int  # fade in over the incoming transition
    reader: Reader | None = None

    @property
    def end(self) -> int:
        return self.start + self.length

    def read(self, n: int) -> F32:
        if self.reader is None:
            self.reader = Reader(self.chunks, loop=False)
        return self.reader.read(n)

    def release(self) -> None:
        if self.reader is not None:
            self.reader.close()
            self.reader = None


def synthesize_first(music: MusicSpan | None) -> None:
    """Synthesise the built-in track now, when the music is one not yet on this machine.

    A synthesis needs 230-270 MB for a moment. Done before the encoder has taken its own
    215 MB the two never add up: a first render with built-in music peaked at 652 MB while
    the track was made beside the encoder. Later renders read the track from the disk cache.

    Raises MediaNotFound for a built-in name that does not exist.
    """
    if music is None or not is_builtin(music.src):
        return
    name = music.src.removeprefix(PREFIX)
    if name not in TRACKS:
        raise MediaNotFound(
            f"there is no built-in track {shorten(name)}",
            f"Pick one of {', '.join(TRACKS)}, or a music file",
        )
    synthesize(name, RATE)


def _music(plan: FramePlan, total: int, resolve: Callable[[str], Path]) -> _Music | None:
    m = plan.music
    if m is None:
        return None
    src = m.src
    start_ms = m.in_ms
    seam = 0  # a built-in track is made to loop seamlessly: joined as it is, in time
    if is_builtin(src):
        chunks = _array(synthesize(src.removeprefix(PREFIX), RATE), _ms(start_ms))
    else:
        chunks = _file(resolve(src), start_ms)  # read as it plays: a long song is never held
        seam = SEAM
    music = _Music(
        chunks,
        start=samples(m.start, plan.fps),
        end=min(total, samples(m.end, plan.fps)),
        loop=m.loop,
        fade_in=samples(m.fade_in, plan.fps),
        fade_out=samples(m.fade_out, plan.fps),
        duck=m.duck,
        seam=seam,
    )
    # measured on the part the video really plays (a song's intro is often quieter)
    gain, found = _measure(chunks, min(total, MEASURE_MAX), music.loop, seam)
    if not found:
        return None
    music.gain = gain * max(0.0, m.volume)
    return music


def _clips(plan: FramePlan, total: int, resolve: Callable[[str], Path]) -> list[_Clip]:
    clips = []
    for span in plan.visuals:
        if not span.speaks:
            continue
        start = samples(span.start, plan.fps)
        length = min(samples(span.end - span.start, plan.fps), total - start)
        chunks = _file(resolve(span.src), span.clip_in_ms)
        gain, _ = _measure(chunks, length, loop=False)
        rise = samples(span.transition_frames, plan.fps)
        clips.append(_Clip(chunks, start, length, gain * span.volume, rise))
    return clips


def mix_blocks(plan: FramePlan, resolve: Callable[[str], Path]) -> Iterator[F32]:
    """The soundtrack as consecutive (n, 2) float32 blocks at 48 kHz; nothing for silence."""
    total = samples(plan.frames, plan.fps)
    music = _music(plan, total, resolve)
    clips = _clips(plan, total, resolve)
    if music is None and not clips:
        return
    try:
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
                part = clip.read(hi - lo) * np.float32(clip.gain)
                edges = ramps(t[lo - a : hi - a], clip.start, clip.end, clip.rise, _ms(20))
                mix[lo - a : hi - a] += part * edges[:, None]
                # the music dips while a clip speaks, with smooth ramps around it
                around = ramps(
                    t, clip.start - DUCK_RAMP // 2, clip.end + DUCK_RAMP // 2, DUCK_RAMP, DUCK_RAMP
                )
                np.maximum(presence, around, out=presence)
            if music is not None:
                duck = 1.0 - (1.0 - music.duck) * presence
                mix += music.block(t) * duck[:, None]
            yield limit(mix)
    finally:
        if music is not None:
            music.release()
        for clip in clips:
            clip.release()
