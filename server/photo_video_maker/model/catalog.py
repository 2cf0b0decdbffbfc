"""Names the draft may use, their aliases and defaults (pure data, shared by every layer).

Aliases and ``random`` are resolved when a draft is normalised, never in the render loop.
"""

from __future__ import annotations

from ..errors import InputError, shorten
from .levels import fit_size

ASPECTS: dict[str, tuple[int, int]] = {
    "16:9": (16, 9),
    "9:16": (9, 16),
    "1:1": (1, 1),
    "4:5": (4, 5),
    "4:3": (4, 3),
    "3:4": (3, 4),
    "21:9": (21, 9),
}
RESOLUTIONS: dict[str, int] = {
    "480p": 480,
    "720p": 720,
    "1080p": 1080,
    "1440p": 1440,
    "2160p": 2160,
}
FPS_CHOICES = (24, 25, 30, 60)
FITS = ("contain", "cover", "blur")
LOOKS = ("none", "bw", "sepia", "warm", "cool", "vivid")

TRANSITIONS = (
    "crossfade",
    "fadeblack",
    "fadewhite",
    "slideleft",
    "slideright",
    "slideup",
    "slidedown",
    "pushleft",
    "pushright",
    "pushup",
    "pushdown",
    "wipeleft",
    "wiperight",
    "wipeup",
    "wipedown",
    "zoom",
    "circle",
)
TRANSITION_ALIASES: dict[str, str] = {
    "fade": "crossfade",
    "dissolve": "crossfade",
    "cross": "crossfade",
    "black": "fadeblack",
    "fadetoblack": "fadeblack",
    "dip": "fadeblack",
    "white": "fadewhite",
    "fadetowhite": "fadewhite",
    "flash": "fadewhite",
    "slide": "slideleft",
    "push": "pushleft",
    "wipe": "wiperight",
    "iris": "circle",
    "circleopen": "circle",
    "zoomin": "zoom",
}
RESOLUTION_ALIASES: dict[str, str] = {
    "4k": "2160p",
    "uhd": "2160p",
    "2k": "1440p",
    "qhd": "1440p",
    "fullhd": "1080p",
    "fhd": "1080p",
    "hd": "1080p",  # what people mean by "HD" (as "full HD"); "HD ready" is 720p
    "hdready": "720p",
    "hd720": "720p",
    "720hd": "720p",
    "sd": "480p",
}
DEFAULT_TRANSITION = "crossfade"
DEFAULT_TRANSITION_MS = 750

MOTIONS = ("kenburns", "none")
DEFAULT_ZOOM = 1.1


def resolve_transition(name: str) -> str:
    """Canonical transition name for a name or alias; InputError lists the valid ones."""
    key = name.strip().lower().replace("_", "").replace("-", "").replace(" ", "")
    key = TRANSITION_ALIASES.get(key, key)
    if key in TRANSITIONS or key in ("random", "none"):
        return key
    valid = ", ".join((*TRANSITIONS, "random", "none"))
    raise InputError(f"unknown transition {shorten(name)}", f"Use one of {valid}")


def frame_size(aspect: str, resolution: str) -> tuple[int, int]:
    """Output pixels: the short side is the resolution's number, both sides even.

    A frame wider than common hardware plays is made smaller whole (levels.py): 21:9 at
    2160p is 4096x1756, not 5040x2160.
    """
    if aspect not in ASPECTS:
        raise InputError(f"unknown aspect {shorten(aspect)}", f"Use one of {', '.join(ASPECTS)}")
    if resolution not in RESOLUTIONS:
        raise InputError(
            f"unknown resolution {shorten(resolution)}", f"Use one of {', '.join(RESOLUTIONS)}"
        )
    aw, ah = ASPECTS[aspect]
    return _sized(RESOLUTIONS[resolution], aw / ah)


def resolution_of(w: int, h: int) -> str:
    """The named resolution whose frame of this shape is nearest to this one's size."""
    return min(RESOLUTIONS, key=lambda name: abs(min(_sized(RESOLUTIONS[name], w / h)) - min(w, h)))


def _sized(short: int, ratio: float) -> tuple[int, int]:
    """A frame of this width / height ratio whose short side is ``short``, within the limits."""
    if ratio >= 1:
        return fit_size(_even(short * ratio), short)
    return fit_size(short, _even(short / ratio))


def _even(value: float) -> int:
    return max(2, round(value / 2.0) * 2)
