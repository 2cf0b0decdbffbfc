"""The instruments of the built-in music: tonal voices and drums, as NumPy signals."""

from __future__ import annotations

import numpy as np

from .dsp import (
    Signal,
    band,
    circular_filter,
    decay,
    decaying_partials,
    fade_tail,
    hz,
    onset,
    sincos,
)

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
    x *= (0.6 + 0.4 * decay(x.size, rate, 0.12)) * onset(x.size, rate, 0.003)
    return fade_tail(x, 0.1, rate)


def epiano(rate: int, midi: float, seconds: float = 3.0) -> Signal:
    """Electric piano: ratio-1 FM whose index decays, giving the soft 'tine' bark."""
    f = hz(midi)
    n = round(seconds * rate)
    sin, cos = sincos(f, n, rate)
    # sin(wt + b) = sin(wt)cos(b) + cos(wt)sin(b), with the modulation b = index * sin(wt).
    b = (1.1 * decay(n, rate, 0.3) + 0.2) * sin
    x = sin * np.cos(b) + cos * np.sin(b)
    tau = float(np.clip(1.6 * (220.0 / f) ** 0.3, 0.6, 3.0))
    x *= decay(n, rate, tau) * onset(n, rate, 0.004)
    return fade_tail(x, 0.1, rate)


def pluck(rate: int, midi: float, seconds: float = 3.0) -> Signal:
    """Nylon/steel guitar string: plucked-string spectrum, bright attack mellowing out."""
    f = hz(midi)
    k = np.arange(1, 17)
    amps = np.abs(np.sin(k * np.pi * 0.18)) / k**1.1
    tau1 = float(np.clip(2.0 * (110.0 / f) ** 0.4, 0.5, 3.0))
    x = decaying_partials(rate, f, seconds, k * 1.0002, amps, tau1 / (1.0 + 0.4 * (k - 1)))
    x *= onset(x.size, rate, 0.0015)
    return fade_tail(x, 0.1, rate)


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
    x *= onset(x.size, rate, 0.001)
    return fade_tail(x, 0.1, rate)


def synth_pluck(rate: int, midi: float, seconds: float = 1.5) -> Signal:
    """Bright pop lead: saw/square blend whose upper partials decay first (a filter sweep)."""
    k = np.arange(1, 13)
    amps = np.where(k % 2 == 1, 1.0, 0.55) / k
    x = decaying_partials(rate, hz(midi), seconds, k, amps, 0.7 / (1.0 + 0.7 * (k - 1)))
    x *= onset(x.size, rate, 0.002)
    return fade_tail(x, 0.08, rate)


def bass(rate: int, midi: float, seconds: float = 2.0, bright: float = 0.5) -> Signal:
    """Round bass: fundamental plus a few quickly fading harmonics for definition."""
    k = np.arange(1, 6)
    amps = np.array([1.0, 0.45, 0.2, 0.1, 0.05]) * np.array([1.0, bright, bright, bright, bright])
    x = decaying_partials(rate, hz(midi), seconds, k, amps, [2.5, 0.5, 0.3, 0.2, 0.15])
    x *= onset(x.size, rate, 0.004)
    return fade_tail(x, 0.1, rate)


# --- drums ---------------------------------------------------------------------------------


def noise(seed: int, n: int) -> Signal:
    return np.random.default_rng(seed).standard_normal(n)


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
    beater = band(noise(11, n), None, 2500.0, rate) * np.exp(-t / 0.004) * click
    x = (body + beater) * np.minimum(t / 0.001, 1.0)
    return fade_tail(x, 0.02, rate)


def snare(rate: int, ring: float = 0.15, top: float = 7000.0) -> Signal:
    """Snare: a short tuned body plus band-passed noise (up to `top` Hz) for the wires."""
    n = round(0.6 * rate)
    t = np.arange(n) / rate
    body = np.sin(2.0 * np.pi * 185.0 * t) * np.exp(-t / 0.05)
    body += 0.5 * np.sin(2.0 * np.pi * 330.0 * t) * np.exp(-t / 0.03)
    wires = band(noise(12, n), 1200.0, top, rate) * np.exp(-t / ring) * 2.5
    x = (0.6 * body + wires) * np.minimum(t / 0.001, 1.0)
    return fade_tail(x, 0.05, rate)


def clap(rate: int) -> Signal:
    """Hand clap: three quick bursts then a short diffuse tail."""
    n = round(0.4 * rate)
    t = np.arange(n) / rate
    env = sum(np.where(t >= d, np.exp(-(t - d) / 0.004), 0.0) for d in (0.0, 0.009, 0.018))
    env = env + np.where(t >= 0.02, 0.6 * np.exp(-(t - 0.02) / 0.09), 0.0)
    x = band(noise(13, n), 900.0, 3500.0, rate) * env * 3.0
    return fade_tail(x * np.minimum(t / 0.0005, 1.0), 0.05, rate)


def hat(rate: int) -> Signal:
    """Closed hi-hat, kept in 5.5-9 kHz and short so it sparkles without hiss."""
    n = round(0.16 * rate)
    t = np.arange(n) / rate
    x = band(noise(14, n), 5500.0, 9000.0, rate) * np.exp(-t / 0.03) * 2.0
    return fade_tail(x * np.minimum(t / 0.0005, 1.0), 0.01, rate)


def shaker(rate: int) -> Signal:
    """Shaker: a soft swish of mid-high noise with a gentle attack."""
    n = round(0.25 * rate)
    t = np.arange(n) / rate
    env = np.minimum(t / 0.012, 1.0) ** 2 * np.exp(-np.maximum(t - 0.012, 0.0) / 0.04)
    return fade_tail(band(noise(15, n), 3000.0, 7000.0, rate) * env * 2.0, 0.02, rate)


def swell(rate: int, seconds: float) -> Signal:
    """Stereo rising noise 'whoosh' that peaks at its end, to lead into a downbeat."""
    n = round(seconds * rate)
    t = np.arange(n) / n
    env = t**3 * np.minimum((1.0 - t) * seconds / 0.06, 1.0)
    left = band(noise(16, n), 400.0, 3000.0, rate)
    right = band(noise(17, n), 400.0, 3000.0, rate)
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
