"""The looping mixer of the synthesiser: buses (level, tone, reverb, echo, pumping, pan)
and the master (limiter and loudness), all circular so a loop joins its own start cleanly.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .dsp import (
    Signal,
    circular_convolve,
    circular_filter,
    duck_curve,
    echo,
    limit,
    loudness,
    reverb_ir,
)

# --- the looping mixer ---------------------------------------------------------------------


@dataclass
class Bus:
    """Per-group processing: level, tone, reverb send, echo, pumping, auto-pan."""

    gain: float = 1.0
    reverb: float = 0.0
    lowpass: float | None = None
    highpass: float | None = None
    echo_beats: float = 0.0
    echo_feedback: float = 0.0
    duck: float = 0.0
    autopan: float = 0.0


class Mix:
    """A loop of `bars` bars at `bpm`, into which notes are dropped by beat position.

    Anything that runs past the loop's end wraps round to the start, so the tail of the last
    bar sounds under the first bar, exactly as when the loop repeats.
    """

    def __init__(self, rate: int, bpm: float, bars: int, beats_per_bar: int = 4) -> None:
        self.rate = rate
        self.spb = rate * 60.0 / bpm  # samples per beat
        self.beats = bars * beats_per_bar
        self.n = round(self.beats * self.spb)
        self.buses: dict[str, Bus] = {}
        self._audio: dict[str, Signal] = {}
        self._cache: dict[tuple[object, ...], Signal] = {}
        self.levels: dict[str, float] = {}  # each bus's RMS (dB) after processing, for tuning

    def bus(self, name: str, settings: Bus | None = None) -> None:
        """Declare a bus and its processing."""
        self.buses[name] = settings or Bus()
        # single precision: a bus only sums notes, and it halves the largest buffers (the
        # finished tracks moved by less than 2e-7)
        self._audio[name] = np.zeros((2, self.n), np.float32)

    def sound(self, maker: Callable[..., Signal], *args: object, **kwargs: object) -> Signal:
        """Render `maker(rate, *args)` once per distinct call; repeated notes reuse it."""
        key = (maker, args, tuple(sorted(kwargs.items())))
        if key not in self._cache:
            self._cache[key] = maker(self.rate, *args, **kwargs)
        return self._cache[key]

    def add(
        self,
        bus: str,
        beat: float,
        sound: Signal,
        gain: float = 1.0,
        pan: float = 0.0,
        cut: float | None = None,
        shift: float = 0.0,
    ) -> None:
        """Place `sound` at `beat` (+`shift` seconds); `cut` damps it after that many beats."""
        if cut is not None:
            fade = round(0.12 * self.rate)  # like a damper: quick but not a click
            m = min(sound.shape[-1], round(cut * self.spb) + fade)
            sound = sound[..., :m] * np.concatenate(
                [np.ones(max(0, m - fade)), np.linspace(1.0, 0.0, min(m, fade))]
            )
        theta = (np.clip(pan, -1.0, 1.0) + 1.0) * math.pi / 4.0  # equal-power pan
        gains = (gain * math.sqrt(2.0) * math.cos(theta), gain * math.sqrt(2.0) * math.sin(theta))
        start = round(beat * self.spb + shift * self.rate) % self.n
        buf = self._audio[bus]
        for ch in (0, 1):
            src = sound if sound.ndim == 1 else sound[ch]
            _wrap_add(buf[ch], src * gains[ch], start)

    def finish(
        self,
        reverb_seconds: float = 2.5,
        damping: float = 6000.0,
        master_lowpass: float | None = None,
        target_lufs: float = -16.0,
        ceiling_db: float = -1.5,
    ) -> npt.NDArray[np.float32]:
        """Process the buses, add the shared reverb, master; return float32 (n, 2) audio.

        The reverb lasts `reverb_seconds` (to -60 dB) with highs rolled off above `damping`;
        the master is normalised to `target_lufs` with peaks limited to `ceiling_db` dBFS.
        """
        # The rendered notes and each bus, once mixed, are no longer needed: freeing them as the
        # mix goes keeps a synthesis within 4-6 loops' worth of memory instead of 8-13 (the
        # cinematic track: 514 -> 270 MB resident at the peak)
        self._cache.clear()
        dry = np.zeros((2, self.n))
        send = np.zeros(self.n)  # the reverb is fed in mono; its stereo response adds width
        for name, bus in self.buses.items():
            x = circular_filter(self._audio.pop(name), self.rate, bus.lowpass, bus.highpass)
            if bus.echo_beats:
                x = x + echo(x, round(bus.echo_beats * self.spb), bus.echo_feedback)
            if bus.duck:
                x = x * duck_curve(self.n, self.spb, self.rate, bus.duck)
            if bus.autopan:
                # A whole number of cycles per loop keeps the loop seamless.
                cycles = max(1, round(self.beats / 4))
                lfo = bus.autopan * np.sin(2.0 * np.pi * cycles * np.arange(self.n) / self.n)
                x = x * np.stack([1.0 + lfo, 1.0 - lfo])
            dry += bus.gain * x
            power = float(np.vdot(x.ravel(), x.ravel())) / x.size * bus.gain**2
            self.levels[name] = 10.0 * math.log10(power + 1e-20)
            if bus.reverb:
                send += (0.5 * bus.gain * bus.reverb) * (x[0] + x[1])
        dry += circular_convolve(send, reverb_ir(self.rate, reverb_seconds, damping))
        del send
        # Remove rumble/DC (and darken, for lo-fi) without disturbing the loop point.
        dry = circular_filter(dry, self.rate, master_lowpass, 30.0, order=2)
        return master(dry, self.rate, target_lufs, ceiling_db)


def master(
    x: Signal, rate: int, target_lufs: float = -16.0, ceiling_db: float = -1.5
) -> npt.NDArray[np.float32]:
    """Normalise loudness, limit peaks and convert a (2, n) mix to float32 (n, 2).

    Scales ``x`` in place (the mix is the caller's last use of it): one copy of the loop fewer.
    """
    x /= 2.0 * np.abs(x).max()  # keep the meter's input comfortably unclipped
    x *= 10.0 ** ((target_lufs - loudness(x, rate)) / 20.0)
    x = limit(x, rate, 10.0 ** (ceiling_db / 20.0))
    return np.ascontiguousarray(x.T, dtype=np.float32)


def _wrap_add(row: Signal, src: Signal, start: int) -> None:
    n = row.size
    if src.size > n:  # longer than the loop: fold it onto itself first
        src = np.pad(src, (0, -src.size % n)).reshape(-1, n).sum(axis=0)
    end = start + src.size
    if end <= n:
        row[start:end] += src
    else:
        row[start:] += src[: n - start]
        row[: end - n] += src[n - start :]
