"""Signal building blocks of the synthesiser: envelopes, oscillators, filters and effects.

Everything is deterministic (noise comes from generators with fixed seeds) and the effects
treat a signal as circular, so a rendered loop joins its own start without a click.
"""

from __future__ import annotations

import math
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


def fade_tail(x: Signal, seconds: float, rate: int) -> Signal:
    """Force the last `seconds` of a one-shot to silence so truncating it cannot click."""
    m = min(x.shape[-1], max(1, round(seconds * rate)))
    x[..., -m:] *= np.linspace(1.0, 0.0, m)
    return x


def onset(n: int, rate: int, seconds: float) -> Signal:
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


def band(x: Signal, lo: float | None, hi: float | None, rate: int) -> Signal:
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
    bright = band(noise.ravel(), 120.0, damping, rate).reshape(2, n)
    dark = band(bright.ravel(), None, damping / 4.0, rate).reshape(2, n)
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
