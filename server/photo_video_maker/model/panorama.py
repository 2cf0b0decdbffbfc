"""Panoramas: shown at a useful height and swept from one end to the other (pure rules).

Fitted whole into the frame, a 12000x800 panorama is a 1920x128 band: a strip with little to
see. Shown at the frame's height it is 16200 pixels wide, more than eight frames; so it is
swept across from one end to the other while it is on screen, the way photo apps show them.

Two things bound the sweep, since a picture crossing the screen faster than about one frame
width a second judders (it jumps 50 pixels a frame at 1080p and 30 fps):
- the layout gives a panorama more time on screen (up to three photos' worth), enough to
  sweep it at the frame's height at that speed when it can;
- the renderer shows it at the frame's height if its time allows, else at the tallest height
  that keeps to the speed (never smaller than fitted whole), on the photo's usual background.
In a vertical frame a panorama is many frame widths long at full height, so it gets a band
across the middle that sweeps at the same speed.

Only photos shown whole (fit "blur" or "contain", a panorama's default) with motion on are
swept: "cover" asks for a filled frame (cropped), and motion off for a picture that keeps
still.
"""

from __future__ import annotations

import math

PANORAMA_ASPECT = 2.5  # width / height from which people call a photo a panorama
WIDER_THAN_FRAME = 1.5  # ... and it must be this much wider than the frame's shape
SWEEP_SPEED = 0.75  # frame widths a second, at most
MAX_TIME_FACTOR = 3.0  # a panorama stays up to three photos' time


def is_panorama(width: int | None, height: int | None, w: int, h: int) -> bool:
    """Whether a photo of width x height is a panorama in a w x h frame."""
    if not width or not height:
        return False
    aspect = width / height
    return aspect >= PANORAMA_ASPECT and aspect >= WIDER_THAN_FRAME * w / h


def sweep_ms(width: int, height: int, w: int, h: int, photo_ms: int) -> int:
    """Time on screen for a panorama, when a photo gets ``photo_ms``: enough to sweep it at
    the frame's height at SWEEP_SPEED, within 1 to MAX_TIME_FACTOR photos' time."""
    travel = (width / height) / (w / h) - 1  # frame widths from one end to the other
    wanted = travel / SWEEP_SPEED * 1000
    return round(min(photo_ms * MAX_TIME_FACTOR, max(photo_ms, wanted)))


def sweep_canvas(width: int, height: int, w: int, h: int, seconds: float) -> tuple[int, int]:
    """The canvas a panorama sweeps across in ``seconds``: w wide or more, the frame's height.

    The photo fills its height where the speed allows, else a band across its middle.
    """
    aspect = width / height
    longest = w * (1 + SWEEP_SPEED * max(0.0, seconds))
    band = max(w / aspect, min(h, longest / aspect))
    return max(w, 2 * math.floor(aspect * band / 2)), h
