"""Keeping the renderer's memory flat: large freed blocks go back to the system at once.

glibc raises its mmap threshold when a large block is freed, after which big temporary arrays
(a decoded song, a photo being prepared) come from the heap and stay there beside x264's
buffers. Fixing the threshold keeps them in mmap, which is returned on free.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache

M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
THRESHOLD = 256 * 1024
# glibc gives each thread that allocates its own arena (up to 8 per core), and freed memory
# stays in the arena it came from: with composers, preparers, the soundtrack and x264's
# threads each holding some, the standard job's peak was 30 MB higher than with two arenas
ARENAS = 2


@cache
def keep_large_blocks_returnable() -> bool:
    """Set glibc's mmap threshold and arena count once; False where the C library has no
    ``mallopt``."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        mallopt = ctypes.CDLL(name).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, THRESHOLD)) and bool(mallopt(M_ARENA_MAX, ARENAS))
