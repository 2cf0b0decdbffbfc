"""Built-in background music, composed and synthesised by the project itself.

Each track is a seamless loop of 16 bars written out below (chords, patterns, a melody) and
rendered with the small synthesiser in `synth`. Nothing is sampled or downloaded and no
randomness is left unseeded, so the audio is identical on every run and ships under the
project's own licence. Use `synthesize(name)` to get one loop as float32 (n, 2) samples.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import numpy.typing as npt

from ..errors import InputError, shorten
from ..model.music_catalog import (
    PREFIX,
    TRACKS,
    BuiltinTrack,
    builtin_id,
    is_builtin,
    list_tracks,
    resolve_name,
)
from .cache import cached_track

__all__ = [
    "PREFIX",
    "TRACKS",
    "BuiltinTrack",
    "builtin_id",
    "is_builtin",
    "list_tracks",
    "resolve_name",
    "synthesize",
]


def synthesize(name: str, rate: int = 48000) -> npt.NDArray[np.float32]:
    """One seamless loop of a built-in track as read-only float32 (n, 2) samples in [-1, 1].

    Synthesised once per (name, rate) and machine (see `cache`), then memory-mapped from the
    disk and kept for the process. Raises InputError for an unknown name.
    """
    if name not in TRACKS:
        valid = ", ".join(TRACKS)
        raise InputError(f"unknown built-in track {shorten(name)}", f"Use one of {valid}")
    if not 16000 <= int(rate) <= 192000:
        raise ValueError(f"sample rate {rate} out of range 16000-192000")
    return _render(name, int(rate))


@lru_cache(maxsize=8)
def _render(name: str, rate: int) -> npt.NDArray[np.float32]:
    audio = cached_track(name, rate, lambda: _compose(name, rate))
    audio.flags.writeable = False  # shared by every caller through the cache
    return audio


def _compose(name: str, rate: int) -> npt.NDArray[np.float32]:
    # the recipes pull in SciPy: imported only when a track is really synthesised, so the
    # catalogue and the disk cache cost nothing to processes that only list or play tracks
    from .tracks import COMPOSERS

    return COMPOSERS[name](rate)
