"""Export qualities: "full", the finished video, or "draft", a quick preview to try things out.

A draft is 480p with the encoder's fastest preset (render/quick.py has its settings).
"""

from __future__ import annotations

from typing import Literal

from ..errors import InputError, shorten

Quality = Literal["full", "draft"]
QUALITIES: tuple[Quality, ...] = ("full", "draft")
DRAFT_RESOLUTION = "480p"
_WORDS = {"preview": "draft", "quick": "draft", "fast": "draft", "final": "full"}


def normal_quality(value: str | None) -> Quality:
    """ "full" (the default) or "draft"; "preview", "quick" and "fast" mean a draft."""
    key = str(value or "full").strip().lower()
    key = _WORDS.get(key, key)
    if key == "draft":
        return "draft"
    if key == "full":
        return "full"
    raise InputError(
        f"unknown export quality {shorten(str(value))}",
        'Use "full" for the finished video or "draft" for a quick 480p preview',
    )
