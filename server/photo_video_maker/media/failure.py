"""Decoding failures in words for people: the file's name and what is wrong with it.

The decoders' own words ("Decompressed data too large for PngImagePlugin.MAX_TEXT_CHUNK",
"InvalidDataError(1094995529, ...)", a server path inside "cannot identify image file ...")
mean nothing to the person and can leak where files live: they go to the debug log only.
"""

from __future__ import annotations

import logging

from ..errors import CorruptMedia

log = logging.getLogger("photo_video_maker.media")


def corrupt(name: str, exc: BaseException | None = None, what: str = "file") -> CorruptMedia:
    """CorruptMedia for ``name`` (a base name), keeping the decoder's message out of it."""
    if exc is not None:
        log.debug("cannot decode %s: %s: %s", name, type(exc).__name__, exc)
    return CorruptMedia(f"corrupt or truncated {what}: {name}")
