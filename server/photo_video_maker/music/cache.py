"""Built-in tracks kept on disk once synthesised.

Synthesis takes seconds (SciPy's import alone about 1.5 s, the calm track about 2 s on a
2-core machine) and gives the same samples every time, so each (track, rate) is written once
to the user's cache folder and memory-mapped from there afterwards. The file name carries a
hash of the recipes' source, so a changed recipe is synthesised afresh. ``PVM_CACHE_DIR``
moves the cache; a cache that cannot be read or written is skipped, never an error.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt
from platformdirs import user_cache_dir

F32 = npt.NDArray[np.float32]
_RECIPES = ("tracks.py", "instruments.py", "synth.py", "dsp.py")


def cache_dir() -> Path:
    base = os.environ.get("PVM_CACHE_DIR") or user_cache_dir("photo-video-maker", appauthor=False)
    return Path(base) / "music"


@cache
def _recipe_hash() -> str:
    digest = hashlib.sha256()
    for name in _RECIPES:
        digest.update((Path(__file__).with_name(name)).read_bytes())
    return digest.hexdigest()[:16]


def cached_track(name: str, rate: int, make: Callable[[], F32]) -> F32:
    """The (n, 2) float32 track from the cache, or ``make()``'s, stored for next time."""
    path = cache_dir() / f"{name}-{rate}-{_recipe_hash()}.npy"
    try:
        stored = np.load(path, mmap_mode="r")
        if stored.dtype == np.float32 and stored.ndim == 2 and stored.shape[1] == 2:
            return stored
    except (OSError, ValueError):
        pass  # absent, or cut short by a full disk: made again below
    audio = make()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # written beside and renamed: a reader never sees half a file
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as fh:
            np.save(fh, audio)
        os.replace(fh.name, path)
    except OSError:
        pass  # a read-only or full disk only costs the next run the synthesis
    return audio
