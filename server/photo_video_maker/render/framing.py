"""Framing that keeps the subject: where a cover crop sits and where Ken Burns looks.

A cover crop used to be centred, so a 9:16 crop of a landscape photo showed its middle
(the leaf beside the ladybird). Here the crop window is slid towards the subject, and each
end of the Ken Burns motion is moved the least that keeps the subject inside the view: a
zoom into the middle zooms towards the subject instead, a pan stays across it, and a zoom
too deep to hold the subject is made shallower.

Everything is in fractions (0..1) of the picture or of the canvas: the canvas is the frame at
the largest zoom, so it has the frame's shape.
"""

from __future__ import annotations

from ..media.subject import Box
from .kenburns import Motion

# of the crop window kept around the subject where the window has room for it: the subject's
# box is rough (it stopped at the wine bottle's neck), and a Ken Burns zoom inside the crop
# costs another tenth of it. Measured on the test photos: 0.15 cut the bottle's top in a
# square crop, 0.2 pushed a 9:16 crop of the mountains off their middle; the views within
# the crop hold the box itself, without a margin (one cut the astronaut's head)
MARGIN = 0.175


def cover_window(iw: int, ih: int, w: int, h: int, subject: Box | None) -> tuple[float, float]:
    """Where a cover crop of a w x h frame starts in an iw x ih picture, 0..1 of the picture.

    The window moves from the centre only as far as it must to hold the subject with a
    margin: the photographer's framing is kept where it already shows the subject, and the
    saliency's box, which is rough, is never trusted further than needed.
    """
    scale = max(w / iw, h / ih)
    fw, fh = min(1.0, w / (iw * scale)), min(1.0, h / (ih * scale))  # the window's size
    if subject is None:
        return (1.0 - fw) / 2, (1.0 - fh) / 2
    return _window(fw, subject.x0, subject.x1), _window(fh, subject.y0, subject.y1)


def _window(size: float, lo: float, hi: float) -> float:
    """The start of a window of ``size`` nearest the centre that holds [lo, hi] and a margin."""
    margin = max(0.0, min(MARGIN * size, (size - (hi - lo)) / 2))
    start = (1.0 - size) / 2
    start = _clamp(start, hi + margin - size, lo - margin)  # holds the subject (or its centre)
    return _clamp(start, 0.0, 1.0 - size)


def subject_in_canvas(iw: int, ih: int, w: int, h: int, fit: str, subject: Box) -> Box:
    """The subject's place in a canvas of the frame's shape that the picture is fitted into."""
    if fit == "cover":
        scale = max(w / iw, h / ih)
        fw, fh = min(1.0, w / (iw * scale)), min(1.0, h / (ih * scale))
        ox, oy = cover_window(iw, ih, w, h, subject)
        box = Box(
            (subject.x0 - ox) / fw,
            (subject.y0 - oy) / fh,
            (subject.x1 - ox) / fw,
            (subject.y1 - oy) / fh,
        )
    else:  # contain and blur: the whole picture, centred, bars or blur around it
        scale = min(w / iw, h / ih)
        fw, fh = iw * scale / w, ih * scale / h
        left, top = (1 - fw) / 2, (1 - fh) / 2
        box = Box(
            left + subject.x0 * fw,
            top + subject.y0 * fh,
            left + subject.x1 * fw,
            top + subject.y1 * fh,
        )
    return Box(*(_clamp(v, 0.0, 1.0) for v in (box.x0, box.y0, box.x1, box.y1)))


def aim(motion: Motion, subject: Box) -> Motion:
    """The motion with each end moved (and its zoom lowered) so the subject stays in view.

    ``subject`` is in canvas fractions. A view at zoom z is 1/z of the canvas, centred at
    0.5 + pan * (1 - 1/z) / 2 on each axis. Between its ends the view's edges move smoothly
    and almost linearly from one end's to the other's, so a subject inside both end views
    stays inside (the end-to-end test measures every frame).
    """
    if motion.still:
        return motion
    ends = [
        _aim_end(motion.zoom0, motion.pan0, subject, toward=motion.zoom0 > motion.zoom1),
        _aim_end(motion.zoom1, motion.pan1, subject, toward=motion.zoom1 > motion.zoom0),
    ]
    (z0, p0), (z1, p1) = ends
    return Motion(z0, z1, p0, p1)


def _aim_end(
    zoom: float, pan: tuple[float, float], subject: Box, *, toward: bool
) -> tuple[float, tuple[float, float]]:
    # the deepest zoom whose view still holds the subject (never below the whole canvas)
    zoom = max(1.0, min(zoom, 1 / max(subject.w, 1e-6), 1 / max(subject.h, 1e-6)))
    if zoom <= 1.0 + 1e-9:
        return 1.0, (0.0, 0.0)
    pan_x = _aim_axis(zoom, pan[0], subject.x0, subject.x1, toward)
    pan_y = _aim_axis(zoom, pan[1], subject.y0, subject.y1, toward)
    return zoom, (pan_x, pan_y)


def _aim_axis(zoom: float, pan: float, lo: float, hi: float, toward: bool) -> float:
    size, room = 1 / zoom, (1 - 1 / zoom) / 2
    centre = 0.5 + pan * room
    if toward and pan == 0.0:
        centre = (lo + hi) / 2  # a zoom into the middle goes to the subject instead
    # the view must hold [lo, hi] (or its middle, if wider) and stay inside the canvas
    centre = _clamp(centre, hi - size / 2, lo + size / 2)
    centre = _clamp(centre, size / 2, 1 - size / 2)
    return _clamp((centre - 0.5) / room, -1.0, 1.0)


def _clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high) if low <= high else (low + high) / 2
