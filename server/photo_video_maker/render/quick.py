"""The quick preview's encoder settings ("preview it fast", ``--draft``; model/quality.py).

480p with x264's fastest preset: a fifth of 1080p's pixels, each encoded several times
faster, so the whole render takes a small part of the full one's time (docs/performance.md
measures it). The quality is a preview's: larger files per pixel, softer detail.
"""

from __future__ import annotations

from .encode import EncodeSettings

# ultrafast drops CABAC and B-frames: files about twice as large at this CRF, which at 480p
# is still a few MB a minute; the soundtrack's bitrate is a preview's too
DRAFT_SETTINGS = EncodeSettings(crf=23, preset="ultrafast", audio_bitrate=128_000)


def settings_for(quality: str | None) -> EncodeSettings | None:
    """The encoder settings of a quality; None (the renderer's defaults) for a full render."""
    return DRAFT_SETTINGS if quality == "draft" else None
