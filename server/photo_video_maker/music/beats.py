"""Where the beats of a song fall, for cutting photos on them.

A built-in track is written on a fixed grid, so its beats are computed, not listened for
(``model.media_facts.builtin_grid``). A person's song is analysed by librosa's beat tracker
(dynamic programming over an onset envelope, Ellis 2007): ISC licensed, kept up to date, pure
Python over NumPy/SciPy/numba, no model to download.
librosa is imported only here and only when a song is really analysed, because importing it
(numba, scikit-learn) costs about two seconds.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import InputError, shorten
from ..media.audio import load_audio
from ..model.media_facts import BeatGrid

ANALYSIS_RATE = 22050
# A song longer than this is analysed over its first ten minutes only: no slideshow needs more.
MAX_ANALYSED_MS = 600_000


def song_grid(path: Path) -> BeatGrid:
    """The beats of a person's song, tracked by librosa; InputError when it has none."""
    stat = path.stat()
    return _tracked(str(path), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=16)
def _tracked(path: str, size: int, mtime_ns: int) -> BeatGrid:
    # size and mtime are part of the key so a file replaced under the same name is analysed anew
    del size, mtime_ns
    samples = load_audio(Path(path), rate=ANALYSIS_RATE, duration_ms=MAX_ANALYSED_MS)
    mono = samples.mean(axis=1).astype(np.float32)
    song_ms = round(len(mono) * 1000 / ANALYSIS_RATE)
    beats = _track_beats(mono)
    if len(beats) < 4:
        raise InputError(
            f"no steady beat found in {shorten(Path(path).name)}",
            "Cut on the beat needs music with a beat; use --cuts even, or another song",
        )
    intervals = np.diff(np.asarray(beats, dtype=np.float64))
    bpm = 60_000.0 / float(np.median(intervals))
    return BeatGrid(beats_ms=tuple(beats), bpm=bpm, song_ms=song_ms)


def _track_beats(mono: np.ndarray) -> list[int]:
    import librosa  # heavy (numba, scikit-learn): only when a person's song is analysed

    hop = 512  # 23 ms: fine enough to find the tempo and the beats' order
    onset = librosa.onset.onset_strength(y=mono, sr=ANALYSIS_RATE, hop_length=hop)
    if not np.any(onset > 0):
        return []
    _, frames = librosa.beat.beat_track(
        onset_envelope=onset, sr=ANALYSIS_RATE, hop_length=hop, units="frames", trim=False
    )
    # The tracker places beats on its coarse hop grid; a cut must land within one video frame
    # (33 ms), so each beat is moved to the strongest onset within half a hop on a 3 ms grid.
    fine_hop = 64
    fine = librosa.onset.onset_strength(y=mono, sr=ANALYSIS_RATE, hop_length=fine_hop)
    ratio = hop // fine_hop
    beats: list[int] = []
    for frame in frames:
        centre = int(frame) * ratio
        low, high = max(0, centre - ratio), min(len(fine), centre + ratio + 1)
        best = low + int(np.argmax(fine[low:high])) if high > low else centre
        beats.append(round(best * fine_hop * 1000 / ANALYSIS_RATE))
    return beats
