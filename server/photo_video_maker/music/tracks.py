"""The recipes of the built-in tracks: chords, melodies and instruments (see synth.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import numpy as np
import numpy.typing as npt

from .dsp import ensemble
from .instruments import (
    bass,
    bell,
    clap,
    epiano,
    hat,
    kick,
    piano,
    pluck,
    shaker,
    snare,
    swell,
    synth_pluck,
    vinyl,
)
from .synth import Bus, Mix

# --- music theory helpers ------------------------------------------------------------------

_PC = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
_QUALITY = {
    "": (0, 4, 7),
    "m": (0, 3, 7),
    "7": (0, 4, 7, 10),
    "maj7": (0, 4, 7, 11),
    "m7": (0, 3, 7, 10),
    "m9": (0, 3, 7, 10, 14),
    "sus4": (0, 5, 7),
    "7sus4": (0, 5, 7, 10),
    "add9": (0, 4, 7, 14),
}
Note = tuple[float, int, float]  # (start beat, MIDI note, length in beats)


def _pitch_class(letter: str, accidental: str) -> int:
    return (_PC[letter] + {"": 0, "#": 1, "b": -1}[accidental]) % 12


def _chord(symbol: str) -> tuple[int, tuple[int, ...]]:
    """Root pitch class and intervals of a chord symbol such as "Bb", "F#m7" or "Asus4"."""
    m = re.fullmatch(r"([A-G])([#b]?)(.*)", symbol)
    if not m or m.group(3) not in _QUALITY:
        raise ValueError(f"unsupported chord {symbol!r}")
    return _pitch_class(m.group(1), m.group(2)), _QUALITY[m.group(3)]


def _voicing(symbol: str, low: int) -> list[int]:
    """Close voicing: every chord tone once, inside the octave starting at `low`.

    Keeping all chords in one octave window gives smooth voice leading for free. Extensions
    (9ths) go an octave higher, as pianists voice them, instead of rubbing a semitone
    against the third inside the cluster.
    """
    root, intervals = _chord(symbol)
    return sorted(low + (root + i - low) % 12 + (12 if i >= 12 else 0) for i in intervals)


def _root(symbol: str, low: int) -> int:
    """The chord's root in the octave starting at `low` (for bass lines)."""
    return low + (_chord(symbol)[0] - low) % 12


def _note(name: str) -> int:
    m = re.fullmatch(r"([A-G])([#b]?)(-?\d)", name)
    if not m:
        raise ValueError(f"bad note name {name!r}")
    return 12 * (int(m.group(3)) + 1) + _PC[m.group(1)] + {"": 0, "#": 1, "b": -1}[m.group(2)]


def _timeline(chords: str) -> Iterator[tuple[float, float, str]]:
    """(start beat, beats, symbol) for a space-separated list of one-bar chords.

    "C|D" splits a bar evenly between two chords.
    """
    for bar, cell in enumerate(chords.split()):
        parts = cell.split("|")
        for i, symbol in enumerate(parts):
            yield bar * 4 + i * 4 / len(parts), 4 / len(parts), symbol


def _melody(text: str, start: float) -> list[Note]:
    """Parse "E5:1 G5:.5 r:.5 | ..." (note:beats, r = rest, | = bar line, checked)."""
    notes: list[Note] = []
    beat = start
    for bar in text.split("|"):
        bar_start = beat
        for token in bar.split():
            pitch, length = token.split(":")
            if pitch != "r":
                notes.append((beat, _note(pitch), float(length)))
            beat += float(length)
        if abs(beat - bar_start - 4) > 1e-9:
            raise ValueError(f"bar {bar!r} does not last 4 beats")
    return notes


def _swing(beat: float, amount: float) -> float:
    """Delay off-beat eighths: 0.5 -> 0.5 + amount (a lazy, swung feel)."""
    return beat + amount if abs(beat % 1.0 - 0.5) < 1e-9 else beat


# --- the tracks ----------------------------------------------------------------------------


def _calm(rate: int) -> npt.NDArray[np.float32]:
    mix = Mix(rate, bpm=72, bars=16)
    mix.bus("pad", Bus(reverb=0.6))
    mix.bus("piano", Bus(reverb=0.45))
    rng = np.random.default_rng(1)
    beat_s = 60.0 / 72
    chords = "D A Bm G D A Bm G Em7 G D A Em7 G Asus4 A"
    for start, beats, sym in _timeline(chords):
        for m in _voicing(sym, 57):
            pad = mix.sound(
                ensemble, m, beats * beat_s, attack=0.8, release=1.8, detune_cents=6.0, tone=2500.0
            )
            mix.add("pad", start, pad, gain=0.16)
        # Broken chord over two octaves: 1-5-8-10-12-10-8-5, the classic gentle piano figure.
        r = _root(sym, 45)
        _, iv = _chord(sym)
        shape = [0, iv[2], 12, 12 + iv[1], 12 + iv[2], 12 + iv[1], 12, iv[2]]
        for i, offset in enumerate(shape):
            at = start + i * 0.5
            m = r + offset
            gain = (0.3 if i % 2 == 0 else 0.24) * rng.uniform(0.9, 1.1)
            # The pedal is lifted a little after the chord changes, as a pianist would.
            mix.add(
                "piano", at, mix.sound(piano, m), gain, pan=(m - 60) / 60,
                cut=start + beats - at + 0.3, shift=rng.normal(0.0, 0.004),
            )  # fmt: skip
    tune = "G5:2 F#5:1 E5:1 | D5:2 B4:2 | F#5:3 E5:1 | E5:2 C#5:2 | G5:1.5 F#5:.5 E5:2 | "
    tune += "D5:1 E5:1 G5:2 | A5:2 G5:1 F#5:1 | E5:4"
    for at, m, length in _melody(tune, 32):
        mix.add("piano", at, mix.sound(piano, m), 0.3, pan=0.1, cut=length + 0.5)
    return mix.finish(reverb_seconds=3.0, damping=5000.0)


def _upbeat(rate: int) -> npt.NDArray[np.float32]:
    mix = Mix(rate, bpm=120, bars=16)
    mix.bus("drums", Bus(reverb=0.1))
    mix.bus("bass", Bus(duck=0.4))
    mix.bus("chords", Bus(gain=1.4, reverb=0.25, duck=0.3))
    mix.bus("pad", Bus(reverb=0.5, duck=0.6))
    mix.bus("lead", Bus(gain=1.3, reverb=0.3, echo_beats=0.75, echo_feedback=0.3))
    chords = "G D Em C G D Em C G D Em C G D Em C|D"
    for start, beats, sym in _timeline(chords):
        for m in _voicing(sym, 52):
            mix.add(
                "pad",
                start,
                mix.sound(ensemble, m, beats * 0.5, attack=0.3, release=0.6, tone=3000.0),
                0.1,
            )
        for hit in (0.0, 0.75, 1.5, 2.5, 3.25):  # syncopated pop-piano rhythm
            if hit < beats:
                for m in _voicing(sym, 60):
                    mix.add(
                        "chords", start + hit, mix.sound(piano, m), 0.16, pan=(m - 66) / 12, cut=0.6
                    )
        r = _root(sym, 36)
        for i in range(int(beats * 2)):  # driving eighths, jumping to the octave
            m = r + (0, 0, 12, 0, 0, 0, 12, 7)[i]
            mix.add("bass", start + i / 2, mix.sound(bass, m, bright=0.8), 0.42, cut=0.4)
    for bar in range(16):
        b = bar * 4.0
        for beat in range(4):
            mix.add("drums", b + beat, mix.sound(kick), 0.9)
        fill = bar in (7, 15)
        for beat in (1, 3) if not fill else (1,):
            mix.add("drums", b + beat, mix.sound(snare), 0.4)
            if bar >= 8:
                mix.add("drums", b + beat, mix.sound(clap), 0.3, pan=0.1)
        if fill:  # a snare run that leads into the next section (and back to the top)
            for i in range(4):
                mix.add("drums", b + 3 + i / 4, mix.sound(snare), 0.2 + 0.08 * i)
        for i in range(8):
            mix.add("drums", b + i / 2, mix.sound(hat), 0.16 if i % 2 else 0.09, pan=0.3)
            if bar >= 8:
                mix.add("drums", b + i / 2 + 0.25, mix.sound(hat), 0.05, pan=-0.3)
    tune = "D5:.5 B4:.5 D5:.5 E5:.5 D5:1 B4:.5 G4:.5 | A4:.5 A4:.5 B4:.5 D5:.5 A4:2 | "
    tune += "G4:.5 B4:.5 E5:.5 D5:.5 B4:1 G4:.5 A4:.5 | G4:.5 E4:.5 G4:.5 A4:.5 G4:2 | "
    tune += "D5:.5 B4:.5 D5:.5 E5:.5 D5:1 B4:.5 G4:.5 | A4:.5 A4:.5 B4:.5 D5:.5 F#5:1 E5:1 | "
    tune += "E5:.5 G5:.5 E5:.5 D5:.5 B4:1 D5:1 | E5:.5 D5:.5 C5:.5 B4:.5 A4:2"
    for at, m, length in _melody(tune, 32):
        mix.add("lead", at, mix.sound(synth_pluck, m), 0.3, cut=length)
        mix.add("lead", at, mix.sound(bell, m + 12), 0.05, pan=0.2, cut=length)
    return mix.finish(reverb_seconds=1.8, damping=7000.0)


def _cinematic(rate: int) -> npt.NDArray[np.float32]:
    mix = Mix(rate, bpm=75, bars=16)
    mix.bus("strings", Bus(gain=1.5, reverb=0.55))
    mix.bus("low", Bus(gain=0.6, reverb=0.3))
    mix.bus("ostinato", Bus(gain=1.6, reverb=0.3))
    mix.bus("drums", Bus(gain=0.25, reverb=0.35))
    mix.bus("melody", Bus(gain=2.0, reverb=0.6))
    beat_s = 60.0 / 75
    chords = "Dm Bb F C Dm Bb F C Dm Bb F C Dm Bb Gm A"
    for start, beats, sym in _timeline(chords):
        section = int(start // 16)  # four 4-bar sections, each fuller than the last
        gate = beats * beat_s
        swelling = {"shape": "saw", "attack": 1.6, "decay": 2.0, "sustain": 1.0, "release": 1.6,
                    "tone": 5000.0}  # fmt: skip
        for m in _voicing(sym, 55):
            s = mix.sound(ensemble, m, gate, detune_cents=9.0, vibrato_cents=8.0, **swelling)
            mix.add("strings", start, s, 0.1 * (1.0 + 0.2 * section))
        if section >= 2:
            for m in _voicing(sym, 67):
                s = mix.sound(ensemble, m, gate, detune_cents=9.0, vibrato_cents=10.0, **swelling)
                mix.add("strings", start, s, 0.05)
        low = mix.sound(
            ensemble, _root(sym, 38), gate, shape="saw", attack=0.4, release=1.2, tone=1200.0
        )
        mix.add("low", start, low, 0.25, pan=-0.2)
        if section >= 1:  # short, driving eighths: the heartbeat of a trailer cue
            r = _root(sym, 50)
            for i in range(8):
                m = r + (0, 0, 12, 0, 7, 0, 12, 7)[i]
                s = mix.sound(ensemble, m, 0.12, shape="saw", attack=0.01, decay=0.1,
                              sustain=0.3, release=0.12, detune_cents=5.0, tone=4000.0)  # fmt: skip
                mix.add("ostinato", start + i / 2, s, 0.12 if i % 2 else 0.16, pan=0.25)
    boom = mix.sound(kick, 110.0, 55.0, 0.6, 0.05)
    tom = mix.sound(kick, 220.0, 90.0, 0.35, 0.05)
    for bar in range(4, 16):
        b = bar * 4.0
        if bar == 15:  # a crescendo roll back into the top of the loop
            for i in range(8):
                mix.add("drums", b + i / 2, tom, 0.3 + 0.07 * i, pan=0.3 * (-1) ** i)
            mix.add("drums", b, boom, 0.9)
        elif bar < 8:
            mix.add("drums", b, boom, 0.8)
        else:
            for at, gain in ((0.0, 1.0), (1.5, 0.55), (2.0, 0.8), (3.5, 0.4)):
                mix.add("drums", b + at, boom if at % 2 == 0 else tom, gain)
    whoosh = mix.sound(swell, 4 * beat_s)
    for at in (28.0, 60.0):  # rises into the theme and into the loop's restart
        mix.add("drums", at, whoosh, 0.12)
    tune = "F5:3 E5:1 | D5:2 F5:2 | C5:4 | E5:2 G5:2 | A5:3 G5:1 | F5:2 D5:2 | G5:2 F5:1 E5:1 | "
    tune += "E5:2 C#5:2"
    for at, m, length in _melody(tune, 32):
        for octave, gain in ((0, 0.14), (-12, 0.07)):
            s = mix.sound(ensemble, m + octave, length * beat_s, shape="saw", attack=0.25,
                          release=0.8, detune_cents=4.0, vibrato_cents=14.0)  # fmt: skip
            mix.add("melody", at, s, gain, pan=0.15 if octave else -0.1)
    return mix.finish(reverb_seconds=3.5, damping=5000.0)


def _lofi(rate: int) -> npt.NDArray[np.float32]:
    mix = Mix(rate, bpm=80, bars=16)
    mix.bus("keys", Bus(gain=1.2, reverb=0.35, autopan=0.15))
    mix.bus("bass", Bus(gain=0.45))
    mix.bus("drums", Bus(reverb=0.12))
    mix.bus("melody", Bus(gain=2.5, reverb=0.4))
    mix.bus("vinyl", Bus(gain=0.04))
    rng = np.random.default_rng(4)
    sw = 0.1  # eighths land 0.6/0.4 instead of 0.5/0.5
    chords = "Fmaj7 Dm7 Gm7 C7 Fmaj7 Dm7 Gm7 C7 Fmaj7 Dm7 Gm7 C7 Fmaj7 Dm7 Gm9 C7sus4"
    for start, _, sym in _timeline(chords):
        for hit, hold, gain in ((0.0, 2.4, 0.17), (_swing(2.5, sw), 1.3, 0.12)):
            for i, m in enumerate(_voicing(sym, 53)):
                # Notes rolled upwards a few ms apart: played by hand, not by a sequencer.
                shift = 0.012 * i + rng.normal(0.0, 0.004)
                mix.add("keys", start + hit, mix.sound(epiano, m), gain, cut=hold, shift=shift)
        r = _root(sym, 36)
        mix.add("bass", start, mix.sound(bass, r, bright=0.3), 0.55, cut=1.6)
        mix.add("bass", start + _swing(2.5, sw), mix.sound(bass, r + 7, bright=0.3), 0.4, cut=1.2)
    for bar in range(16):
        b = bar * 4.0
        for at, gain in ((0.0, 0.8), (_swing(2.5, sw), 0.55)):
            mix.add("drums", b + at, mix.sound(kick, 120.0, 50.0, 0.25, 0.03), gain)
        if bar % 2:
            mix.add("drums", b + _swing(3.5, sw), mix.sound(kick, 120.0, 50.0, 0.25, 0.03), 0.3)
        for beat in (1, 3):
            mix.add("drums", b + beat, mix.sound(snare, 0.12, 4500.0), 0.32, shift=0.01)
        for i in range(8):
            at = b + _swing(i / 2, sw)
            mix.add("drums", at, mix.sound(hat), (0.1 if i % 2 else 0.14) * rng.uniform(0.8, 1.1))
    tune = "A4:1.5 C5:1 E5:1.5 | D5:1.5 C5:.5 A4:2 | Bb4:1 D5:1 F5:2 | E5:1.5 D5:.5 C5:2 | "
    tune += "A4:1.5 C5:1 E5:1.5 | F5:1.5 E5:.5 D5:2 | D5:1 F5:1 A4:2 | G4:1.5 Bb4:.5 C5:2"
    for at, m, length in _melody(tune, 32):
        swung = at - at % 1.0 + _swing(at % 1.0, sw)
        mix.add("melody", swung, mix.sound(epiano, m + 12), 0.1, pan=0.2, cut=length)
    mix.add("vinyl", 0.0, vinyl(rate, mix.n))
    return mix.finish(reverb_seconds=2.0, damping=4000.0, master_lowpass=5500.0)


_GUITAR = {  # open-position guitar shapes (MIDI notes, low string first)
    "G": [43, 47, 50, 55, 59, 67],
    "Em": [40, 47, 52, 55, 59, 64],
    "C": [48, 52, 55, 60, 64],
    "D": [50, 57, 62, 66],
}


def _acoustic(rate: int) -> npt.NDArray[np.float32]:
    mix = Mix(rate, bpm=100, bars=16)
    mix.bus("guitar", Bus(reverb=0.3))
    mix.bus("bass", Bus(gain=0.5))
    mix.bus("perc", Bus(gain=0.9, reverb=0.15))
    mix.bus("glock", Bus(gain=1.2, reverb=0.35))
    rng = np.random.default_rng(5)
    strums = [(0.0, "D"), (1.0, "D"), (1.5, "U"), (2.5, "U"), (3.0, "D"), (3.5, "U")]
    for start, _, sym in _timeline("G Em C D " * 4):
        shape = _GUITAR[sym]
        for j, (at, stroke) in enumerate(strums):
            hold = (strums[j + 1][0] if j + 1 < len(strums) else 4.0) - at + 0.05
            # Down strokes sweep low->high; up strokes catch only the top strings, softer.
            strings = shape if stroke == "D" else shape[::-1][:4]
            spread = 0.011 if stroke == "D" else 0.007
            base = (0.17 if at == 0 else 0.13) if stroke == "D" else 0.09
            jitter = rng.normal(0.0, 0.004)
            for i, m in enumerate(strings):
                s = mix.sound(pluck, m)
                mix.add(
                    "guitar", start + at, s, base, pan=-0.3, cut=hold, shift=jitter + spread * i
                )
        r = _root(sym, 40)
        for at, m, hold in ((0.0, r, 1.5), (2.0, r + 7, 1.0), (3.0, r, 1.0)):
            mix.add("bass", start + at, mix.sound(bass, m, bright=0.3), 0.4, cut=hold)
    for bar in range(16):
        b = bar * 4.0
        for beat in (0, 2):
            mix.add("perc", b + beat, mix.sound(kick, 120.0, 50.0, 0.22, 0.05), 0.5)
        for beat in (1, 3):
            mix.add("perc", b + beat, mix.sound(snare, 0.09, 5000.0), 0.2, pan=0.1)
        for i in range(8):
            mix.add("perc", b + i / 2, mix.sound(shaker), 0.2 if i % 2 else 0.12, pan=0.4)
    tune = "B4:1 D5:1 G5:1.5 F#5:.5 | E5:2 B4:2 | C5:1 E5:1 G5:1 E5:1 | F#5:2 D5:1 A4:1 | "
    tune += "B4:1 D5:1 G5:1 A5:1 | G5:2 E5:2 | E5:1 G5:1 E5:1 C5:1 | D5:2 A4:2"
    for at, m, length in _melody(tune, 32):
        mix.add("glock", at, mix.sound(bell, m + 12), 0.18, pan=0.3, cut=length + 1.0)
    return mix.finish(reverb_seconds=2.0, damping=6000.0)


COMPOSERS: dict[str, Callable[[int], npt.NDArray[np.float32]]] = {
    "calm": _calm,
    "upbeat": _upbeat,
    "cinematic": _cinematic,
    "lofi": _lofi,
    "acoustic": _acoustic,
}
