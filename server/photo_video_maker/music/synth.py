"""A small NumPy synthesiser for the built-in music: instruments, effects and a looping mixer.

Everything here is deterministic (noise comes from generators with fixed seeds) and every
effect treats the mix as circular, so a rendered loop joins its own start without a click:
notes that run past the end wrap round to the beginning, and filters, echoes and the reverb
are computed as if the loop had already been playing.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
import pyloudnorm
from scipy import fft as sfft
from scipy import signal
from scipy.ndimage import minimum_filter1d, uniform_filter1d

Signal = npt.NDArray[np.float64]  # mono (m,) or stereo (2, m); (2, m) keeps channels contiguous

# Partials above this are left out: they add little warmth, make a mix under a slideshow
# tiring to listen to, and anything close to Nyquist would alias.
PARTIAL_CEILING_HZ = 9000.0


def hz(midi: float) -> float:
    """Frequency of a MIDI note number (A4 = 69 = 440 Hz)."""
    return 440.0 * 2.0 ** ((midi - 69.0) / 12.0)


def _ceiling(rate: int) -> float:
    return min(PARTIAL_CEILING_HZ, 0.45 * rate)


# --- envelopes and oscillators -------------------------------------------------------------

# Long sines and exponentials are built from a coarse grid of block starts and one block of
# offsets (sin(a+b) = sin a cos b + cos a sin b), which is exact to ~1e-13 and several times
# faster than evaluating np.sin/np.exp for every sample.
_BLOCK = 1024


def _grids(n: int) -> tuple[Signal, Signal]:
    starts = np.arange(-(-n // _BLOCK), dtype=np.float64) * _BLOCK
    return starts, np.arange(_BLOCK, dtype=np.float64)


def decay(n: int, rate: int, tau: float) -> Signal:
    """exp(-t / tau) for n samples."""
    starts, offsets = _grids(n)
    return np.outer(np.exp(-starts / (tau * rate)), np.exp(-offsets / (tau * rate))).ravel()[:n]


def sincos(freq: float, n: int, rate: int, tau: float = math.inf) -> tuple[Signal, Signal]:
    """exp(-t/tau)·sin(2πft) and exp(-t/tau)·cos(2πft) for n samples."""
    starts, offsets = _grids(n)
    w = 2.0 * math.pi * freq / rate
    k = 0.0 if math.isinf(tau) else 1.0 / (tau * rate)
    e0, eb = np.exp(-k * starts), np.exp(-k * offsets)
    s0, c0 = e0 * np.sin(w * starts), e0 * np.cos(w * starts)
    sb, cb = eb * np.sin(w * offsets), eb * np.cos(w * offsets)
    sin = (np.outer(s0, cb) + np.outer(c0, sb)).ravel()[:n]
    cos = (np.outer(c0, cb) - np.outer(s0, sb)).ravel()[:n]
    return sin, cos


def adsr(
    gate: float, rate: int, attack: float, decay_s: float, sustain: float, release: float
) -> Signal:
    """Envelope of a note held `gate` seconds plus its release; starts and ends at zero."""
    n = max(1, round(gate * rate))
    na = min(n, max(1, round(max(attack, 0.002) * rate)))
    held = np.ones(n)
    # A raised-cosine attack has zero slope at both ends, so onsets never click.
    held[:na] = 0.5 - 0.5 * np.cos(np.pi * np.arange(na) / na)
    if n > na:
        held[na:] = sustain + (1.0 - sustain) * decay(n - na, rate, max(decay_s, 1e-3))
    nr = max(1, round(release * rate))
    tail = held[-1] * (1.0 - np.arange(1, nr + 1) / nr) ** 3
    return np.concatenate([held, tail])


def _fade_out(x: Signal, seconds: float, rate: int) -> Signal:
    """Force the last `seconds` of a one-shot to silence so truncating it cannot click."""
    m = min(x.shape[-1], max(1, round(seconds * rate)))
    x[..., -m:] *= np.linspace(1.0, 0.0, m)
    return x


def _onset(n: int, rate: int, seconds: float) -> Signal:
    """Linear ramp from 0 to 1 over `seconds`, then 1: a click-free start for one-shots."""
    return np.minimum(np.arange(n) / max(1.0, seconds * rate), 1.0)


def decaying_partials(
    rate: int,
    freq: float,
    seconds: float,
    ratios: npt.ArrayLike,
    amps: npt.ArrayLike,
    taus: npt.ArrayLike,
) -> Signal:
    """Sum of exponentially decaying sines (piano, guitar, bell...), band-limited.

    Uses the block decomposition of `sincos` for all partials at once: summing over partials
    is then a small matrix product per block instead of one full-length pass per partial.
    """
    n = round(seconds * rate)
    f = freq * np.asarray(ratios, float)
    keep = f < _ceiling(rate)
    w = 2.0 * np.pi * f[keep] / rate
    k = 1.0 / (np.asarray(taus, float)[keep] * rate)
    a = np.asarray(amps, float)[keep]
    starts, offsets = _grids(n)
    e0 = a * np.exp(-np.outer(starts, k))  # (blocks, partials)
    eb = np.exp(-np.outer(k, offsets))  # (partials, block)
    s0, c0 = e0 * np.sin(np.outer(starts, w)), e0 * np.cos(np.outer(starts, w))
    sb, cb = eb * np.sin(np.outer(w, offsets)), eb * np.cos(np.outer(w, offsets))
    return np.asarray((s0 @ cb + c0 @ sb).ravel()[:n])


_TABLE = 16384  # large enough that nearest-sample lookup error stays ~60 dB down


_SHAPES = {  # harmonic k -> amplitude, and a scale that keeps the peak near 1
    "saw": (lambda k: 1.0 / k, 0.55),  # bright, string-section like
    "warm": (lambda k: 1.0 / k**1.7, 0.75),  # softer saw: a pad that does not buzz
}


@lru_cache(maxsize=256)
def _table(shape: str, harmonics: int, tone: float) -> npt.NDArray[np.float32]:
    """One cycle of a band-limited waveform.

    `tone` is a one-pole low-pass cutoff in multiples of the fundamental: filtering the
    table instead of the rendered audio costs nothing per sample.
    """
    amps_of, scale = _SHAPES[shape]
    k = np.arange(1, harmonics + 1)
    amps = amps_of(k) * scale / np.sqrt(1.0 + (k / tone) ** 2)
    spectrum = np.zeros(_TABLE // 2 + 1, dtype=complex)
    spectrum[1 : harmonics + 1] = -0.5j * _TABLE * amps  # inverse FFT of this = sum of sines
    table = np.fft.irfft(spectrum, _TABLE).astype(np.float32)
    table.flags.writeable = False
    return table


def _oscillate(table: npt.NDArray[np.float32], cycles: Signal) -> npt.NDArray[np.float32]:
    # Multiplying a fraction in [0, 1) by a power of two is exact, so the index stays in range.
    return table[((cycles - np.floor(cycles)) * _TABLE).astype(np.intp)]


def ensemble(
    rate: int,
    midi: float,
    gate: float,
    *,
    shape: str = "warm",
    attack: float = 0.5,
    decay: float = 1.0,
    sustain: float = 0.8,
    release: float = 1.0,
    detune_cents: float = 7.0,
    vibrato_cents: float = 0.0,
    width: float = 0.6,
    tone: float = 6000.0,
) -> Signal:
    """Stereo pad/strings: four detuned wavetable voices, two per side, for width.

    `width` scales the left/right difference: fully decorrelated sides (1.0) sound vast on
    headphones but thin on a phone speaker that sums them. `tone` is a low-pass cutoff (Hz).
    """
    env = adsr(gate, rate, attack, decay, sustain, release)
    n = env.size
    t = np.arange(n) / rate
    f = hz(midi)
    harmonics = max(1, min(80, int(_ceiling(rate) / (f * 1.01))))
    if shape not in _SHAPES:
        raise ValueError(f"unknown wave shape {shape!r}")
    table = _table(shape, harmonics, round(tone / f, 1))
    out = np.zeros((2, n))
    if vibrato_cents:
        # Vibrato (5.2 Hz) fades in, as a player's does, so note starts stay steady. It is
        # added to the phase in closed form (the integral of the pitch wobble), which avoids
        # a cumulative sum per voice.
        t32 = t.astype(np.float32)
        depth = (vibrato_cents * math.log(2.0) / 1200.0 / (2.0 * math.pi * 5.2)) * np.minimum(
            t32 / np.float32(0.6), np.float32(1.0)
        )
    # (detune fraction, start phase, vibrato phase) per voice; fixed so renders are repeatable.
    voices = (((-1.0, 0.00, 0.0), (0.4, 0.37, 1.9)), ((1.0, 0.61, 3.1), (-0.4, 0.83, 4.6)))
    for side, pair in enumerate(voices):
        for detune, phase0, vib_phase in pair:
            fv = f * 2.0 ** (detune * detune_cents / 1200.0)
            cycles = fv * t + phase0
            if vibrato_cents:
                wobble = math.cos(vib_phase) - np.cos(
                    np.float32(2.0 * math.pi * 5.2) * t32 + vib_phase
                )
                cycles += fv * depth * wobble
            out[side] += _oscillate(table, cycles)
    mid, side = out[0] + out[1], (out[0] - out[1]) * width
    return np.stack([mid + side, mid - side]) * (0.25 * env)


# --- tonal instruments (mono unless said otherwise) -----------------------------------------


def piano(rate: int, midi: float, seconds: float = 4.0) -> Signal:
    """Soft piano: slightly inharmonic partials, upper ones dying sooner."""
    f = hz(midi)
    k = np.arange(1, 13)
    ratios = k * np.sqrt(1.0 + 0.0003 * k**2)  # real strings are stiff: partials run sharp
    amps = 0.8 ** (k - 1) / np.sqrt(k)
    tau1 = float(np.clip(2.4 * (220.0 / f) ** 0.5, 0.5, 4.0))
    x = decaying_partials(rate, f, seconds, ratios, amps, tau1 / (1.0 + 0.55 * (k - 1)))
    # Hammer: a louder first instant that settles into the ringing tone.
    x *= (0.6 + 0.4 * decay(x.size, rate, 0.12)) * _onset(x.size, rate, 0.003)
    return _fade_out(x, 0.1, rate)


def epiano(rate: int, midi: float, seconds: float = 3.0) -> Signal:
    """Electric piano: ratio-1 FM whose index decays, giving the soft 'tine' bark."""
    f = hz(midi)
    n = round(seconds * rate)
    sin, cos = sincos(f, n, rate)
    # sin(wt + b) = sin(wt)cos(b) + cos(wt)sin(b), with the modulation b = index * sin(wt).
    b = (1.1 * decay(n, rate, 0.3) + 0.2) * sin
    x = sin * np.cos(b) + cos * np.sin(b)
    tau = float(np.clip(1.6 * (220.0 / f) ** 0.3, 0.6, 3.0))
    x *= decay(n, rate, tau) * _onset(n, rate, 0.004)
    return _fade_out(x, 0.1, rate)


def pluck(rate: int, midi: float, seconds: float = 3.0) -> Signal:
    """Nylon/steel guitar string: plucked-string spectrum, bright attack mellowing out."""
    f = hz(midi)
    k = np.arange(1, 17)
    amps = np.abs(np.sin(k * np.pi * 0.18)) / k**1.1
    tau1 = float(np.clip(2.0 * (110.0 / f) ** 0.4, 0.5, 3.0))
    x = decaying_partials(rate, f, seconds, k * 1.0002, amps, tau1 / (1.0 + 0.4 * (k - 1)))
    x *= _onset(x.size, rate, 0.0015)
    return _fade_out(x, 0.1, rate)


def bell(rate: int, midi: float, seconds: float = 2.5) -> Signal:
    """Glockenspiel-like bell: the inharmonic partials of a struck bar."""
    x = decaying_partials(
        rate,
        hz(midi),
        seconds,
        [1.0, 2.76, 5.4, 8.93],
        [1.0, 0.3, 0.1, 0.04],
        [0.9, 0.3, 0.1, 0.05],
    )
    x *= _onset(x.size, rate, 0.001)
    return _fade_out(x, 0.1, rate)


def synth_pluck(rate: int, midi: float, seconds: float = 1.5) -> Signal:
    """Bright pop lead: saw/square blend whose upper partials decay first (a filter sweep)."""
    k = np.arange(1, 13)
    amps = np.where(k % 2 == 1, 1.0, 0.55) / k
    x = decaying_partials(rate, hz(midi), seconds, k, amps, 0.7 / (1.0 + 0.7 * (k - 1)))
    x *= _onset(x.size, rate, 0.002)
    return _fade_out(x, 0.08, rate)


def bass(rate: int, midi: float, seconds: float = 2.0, bright: float = 0.5) -> Signal:
    """Round bass: fundamental plus a few quickly fading harmonics for definition."""
    k = np.arange(1, 6)
    amps = np.array([1.0, 0.45, 0.2, 0.1, 0.05]) * np.array([1.0, bright, bright, bright, bright])
    x = decaying_partials(rate, hz(midi), seconds, k, amps, [2.5, 0.5, 0.3, 0.2, 0.15])
    x *= _onset(x.size, rate, 0.004)
    return _fade_out(x, 0.1, rate)


# --- drums ---------------------------------------------------------------------------------


def _noise(seed: int, n: int) -> Signal:
    return np.random.default_rng(seed).standard_normal(n)


def _band(x: Signal, lo: float | None, hi: float | None, rate: int) -> Signal:
    hi = None if hi is None else min(hi, 0.45 * rate)
    if lo and hi:
        sos = signal.butter(2, [lo, hi], "bandpass", fs=rate, output="sos")
    elif hi:
        sos = signal.butter(2, hi, "lowpass", fs=rate, output="sos")
    elif lo:
        sos = signal.butter(2, lo, "highpass", fs=rate, output="sos")
    else:
        return x
    return np.asarray(signal.sosfilt(sos, x))


def kick(
    rate: int, f_hi: float = 150.0, f_lo: float = 48.0, ring: float = 0.3, click: float = 0.1
) -> Signal:
    """Kick/boom: a sine whose pitch falls quickly, with a small beater transient.

    `ring` is the body's decay time constant (s); a long ring and low pitch make a boom.
    """
    n = round(ring * 6.0 * rate)
    t = np.arange(n) / rate
    f = f_lo + (f_hi - f_lo) * np.exp(-t / (0.03 + 0.05 * ring))
    body = np.sin(2.0 * np.pi * np.cumsum(f) / rate) * np.exp(-t / ring)
    beater = _band(_noise(11, n), None, 2500.0, rate) * np.exp(-t / 0.004) * click
    x = (body + beater) * np.minimum(t / 0.001, 1.0)
    return _fade_out(x, 0.02, rate)


def snare(rate: int, ring: float = 0.15, top: float = 7000.0) -> Signal:
    """Snare: a short tuned body plus band-passed noise (up to `top` Hz) for the wires."""
    n = round(0.6 * rate)
    t = np.arange(n) / rate
    body = np.sin(2.0 * np.pi * 185.0 * t) * np.exp(-t / 0.05)
    body += 0.5 * np.sin(2.0 * np.pi * 330.0 * t) * np.exp(-t / 0.03)
    wires = _band(_noise(12, n), 1200.0, top, rate) * np.exp(-t / ring) * 2.5
    x = (0.6 * body + wires) * np.minimum(t / 0.001, 1.0)
    return _fade_out(x, 0.05, rate)


def clap(rate: int) -> Signal:
    """Hand clap: three quick bursts then a short diffuse tail."""
    n = round(0.4 * rate)
    t = np.arange(n) / rate
    env = sum(np.where(t >= d, np.exp(-(t - d) / 0.004), 0.0) for d in (0.0, 0.009, 0.018))
    env = env + np.where(t >= 0.02, 0.6 * np.exp(-(t - 0.02) / 0.09), 0.0)
    x = _band(_noise(13, n), 900.0, 3500.0, rate) * env * 3.0
    return _fade_out(x * np.minimum(t / 0.0005, 1.0), 0.05, rate)


def hat(rate: int) -> Signal:
    """Closed hi-hat, kept in 5.5-9 kHz and short so it sparkles without hiss."""
    n = round(0.16 * rate)
    t = np.arange(n) / rate
    x = _band(_noise(14, n), 5500.0, 9000.0, rate) * np.exp(-t / 0.03) * 2.0
    return _fade_out(x * np.minimum(t / 0.0005, 1.0), 0.01, rate)


def shaker(rate: int) -> Signal:
    """Shaker: a soft swish of mid-high noise with a gentle attack."""
    n = round(0.25 * rate)
    t = np.arange(n) / rate
    env = np.minimum(t / 0.012, 1.0) ** 2 * np.exp(-np.maximum(t - 0.012, 0.0) / 0.04)
    return _fade_out(_band(_noise(15, n), 3000.0, 7000.0, rate) * env * 2.0, 0.02, rate)


def swell(rate: int, seconds: float) -> Signal:
    """Stereo rising noise 'whoosh' that peaks at its end, to lead into a downbeat."""
    n = round(seconds * rate)
    t = np.arange(n) / n
    env = t**3 * np.minimum((1.0 - t) * seconds / 0.06, 1.0)
    left = _band(_noise(16, n), 400.0, 3000.0, rate)
    right = _band(_noise(17, n), 400.0, 3000.0, rate)
    return np.stack([left, right]) * env


def vinyl(rate: int, n: int) -> Signal:
    """Stereo record surface: soft band-limited hiss plus sparse crackles, as a whole loop."""
    rng = np.random.default_rng(18)
    hiss = rng.standard_normal((2, n)) * 0.15
    crackle = np.zeros((2, n))
    count = int(n / rate * 6)  # about six crackles a second
    where = rng.integers(0, n, count)
    size = rng.exponential(1.0, count) * rng.choice([-1.0, 1.0], count)
    crackle[0, where] = size
    crackle[1, where] = size * rng.uniform(0.5, 1.0, count)
    return circular_filter(hiss + crackle, rate, lowpass=4500.0, highpass=700.0, order=2)


# --- effects -------------------------------------------------------------------------------


def circular_filter(
    x: Signal,
    rate: int,
    lowpass: float | None = None,
    highpass: float | None = None,
    order: int = 1,
) -> Signal:
    """Low/high-pass a looping (2, n) buffer as if it had been playing forever.

    Filtering a copy of the loop's end first warms the filter up with the audio that really
    precedes the start, so the filtered loop still joins itself seamlessly. (These filters
    forget their past within a few tens of milliseconds, so a short warm-up is enough.)
    """
    if lowpass is None and highpass is None:
        return x
    warm = min(x.shape[-1], round(0.3 * rate))
    y = np.concatenate([x[..., -warm:], x], axis=-1)
    if lowpass is not None:
        if order == 1:  # one-pole: the gentlest slope, for simple smoothing
            a = math.exp(-2.0 * math.pi * lowpass / rate)
            y = signal.lfilter([1.0 - a], [1.0, -a], y, axis=-1)
        else:
            y = signal.sosfilt(signal.butter(order, lowpass, fs=rate, output="sos"), y, axis=-1)
    if highpass is not None:
        sos = signal.butter(order, highpass, "highpass", fs=rate, output="sos")
        y = signal.sosfilt(sos, y, axis=-1)
    return np.asarray(y[..., warm:])


@lru_cache(maxsize=8)
def reverb_ir(rate: int, seconds: float, damping: float) -> Signal:
    """Stereo room response (2, m): exponentially fading noise that darkens as it decays.

    Left and right use partly different noise, which is what makes the reverb widen the
    image. Normalised to unit energy per channel so a bus's send level sets the wet level.
    """
    n = round(seconds * rate)
    t = np.arange(n) / rate
    rng = np.random.default_rng(19)
    env = np.exp(-6.9 * t / seconds) * (1.0 - np.exp(-t / 0.012))  # -60 dB at the end
    noise = rng.standard_normal((2, n))
    # Partly correlated sides: wide, but not so decorrelated that it sounds hollow in mono.
    noise[1] = 0.5 * noise[0] + math.sqrt(0.75) * noise[1]
    bright = _band(noise.ravel(), 120.0, damping, rate).reshape(2, n)
    dark = _band(bright.ravel(), None, damping / 4.0, rate).reshape(2, n)
    # High frequencies die sooner in a real room: fade from the bright to the dark copy.
    mix = np.exp(-t / (0.25 * seconds))
    ir = (bright * mix + dark * (1.0 - mix) * 2.0) * env
    ir /= np.sqrt((ir**2).sum(axis=1, keepdims=True))
    ir.flags.writeable = False
    return ir


def circular_convolve(x: Signal, ir: Signal) -> Signal:
    """Convolve a mono loop with a (2, m) response, wrapping the tail onto the start.

    Single precision is plenty for a reverb tail and halves the cost of the FFTs.
    """
    n, m = x.shape[-1], ir.shape[-1]
    size = sfft.next_fast_len(n + m - 1, real=True)
    spectrum = sfft.rfft(x.astype(np.float32), size)
    y = sfft.irfft(spectrum * sfft.rfft(ir.astype(np.float32), size, axis=-1), size, axis=-1)
    out = y[:, :n].astype(np.float64)
    out[:, : m - 1] += y[:, n : n + m - 1]
    return out


def echo(x: Signal, delay: int, feedback: float, taps: int = 5) -> Signal:
    """Ping-pong echo (wet only): each repeat is quieter and on the other side."""
    wet = np.zeros_like(x)
    for k in range(1, taps + 1):
        tap = np.roll(x, k * delay, axis=-1)  # roll wraps, so repeats loop too
        wet += feedback**k * (tap[::-1] if k % 2 else tap)
    return wet


def duck_curve(n: int, spb: float, rate: int, depth: float) -> Signal:
    """Gain that dips on every beat (a 'sidechain pump'), back to 1 at the next beat."""
    beat = spb / rate
    p = (np.arange(n) % spb) / rate
    shape = (1.0 - np.exp(-p / 0.008)) * np.exp(-p / 0.12) * (1.0 - p / beat)
    return 1.0 - depth * shape / shape.max()


def limit(x: Signal, rate: int, ceiling: float) -> Signal:
    """Look-ahead peak limiter on a loop; never lets |x| exceed `ceiling`.

    The gain needed at each sample is spread back and forth by a minimum filter, then smoothed
    by a shorter moving average; every average window lies inside the minimum window, so the
    smoothed gain never exceeds what any sample needs, and it ramps instead of clicking.
    """
    peak = np.abs(x).max(axis=0)
    need = np.minimum(1.0, ceiling / np.maximum(peak, 1e-12))
    if need.min() >= 1.0:
        return x
    w = max(1, round(0.008 * rate))
    gain = minimum_filter1d(need, 2 * w + 1, mode="wrap")
    gain = uniform_filter1d(gain, w, mode="wrap")
    return x * gain


def loudness(x: Signal, rate: int) -> float:
    """Integrated loudness (LUFS, ITU-R BS.1770) of a (2, n) signal."""
    return float(pyloudnorm.Meter(rate).integrated_loudness(x.T))


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
        self._audio[name] = np.zeros((2, self.n))

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
        dry = np.zeros((2, self.n))
        send = np.zeros(self.n)  # the reverb is fed in mono; its stereo response adds width
        for name, bus in self.buses.items():
            x = circular_filter(self._audio[name], self.rate, bus.lowpass, bus.highpass)
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
        out = dry + circular_convolve(send, reverb_ir(self.rate, reverb_seconds, damping))
        # Remove rumble/DC (and darken, for lo-fi) without disturbing the loop point.
        out = circular_filter(out, self.rate, master_lowpass, 30.0, order=2)
        return master(out, self.rate, target_lufs, ceiling_db)


def master(
    x: Signal, rate: int, target_lufs: float = -16.0, ceiling_db: float = -1.5
) -> npt.NDArray[np.float32]:
    """Normalise loudness, limit peaks and convert a (2, n) mix to float32 (n, 2)."""
    x = x / (2.0 * np.abs(x).max())  # keep the meter's input comfortably unclipped
    x = x * 10.0 ** ((target_lufs - loudness(x, rate)) / 20.0)
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
