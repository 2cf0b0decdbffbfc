"""Transitions between two frames, registered by name with a decorator.

Each takes the outgoing frame ``a``, the incoming frame ``b``, the progress ``q`` (strictly
between 0 and 1) and writes into ``out``, which may be ``a`` itself (the renderer draws the
outgoing picture straight into the frame). Names come already resolved from the draft
(see model/catalog.py); the registry must cover every name there.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import cv2
import numpy as np

from ..errors import InputError, shorten
from ..model.catalog import TRANSITIONS
from .kenburns import view_matrix
from .scratch import scratch
from .yuv import I420, U8, solid

Transition = Callable[[I420, I420, float, I420], None]
REGISTRY: dict[str, Transition] = {}


def transition(*names: str) -> Callable[[Transition], Transition]:
    def register(fn: Transition) -> Transition:
        for name in names:
            REGISTRY[name] = fn
        return fn

    return register


def get(name: str) -> Transition:
    if name not in REGISTRY:
        valid = ", ".join(sorted(REGISTRY))
        raise InputError(f"unknown transition {shorten(name)}", f"Use one of {valid}")
    return REGISTRY[name]


def ease(q: float) -> float:
    """Smooth start and stop for anything that moves."""
    return q * q * (3.0 - 2.0 * q)


def _blend(a: U8, b: U8, q: float, out: U8) -> None:
    cv2.addWeighted(a, 1.0 - q, b, q, 0.0, dst=out)


@transition("crossfade")
def crossfade(a: I420, b: I420, q: float, out: I420) -> None:
    _blend(a.buf, b.buf, q, out.buf)


@lru_cache(maxsize=8)
def _solid(w: int, h: int, rgb: tuple[int, int, int]) -> I420:
    return solid(w, h, rgb)


def _through(colour: tuple[int, int, int]) -> Transition:
    def fade(a: I420, b: I420, q: float, out: I420) -> None:
        mid = _solid(a.w, a.h, colour)
        if q < 0.5:
            _blend(a.buf, mid.buf, q * 2.0, out.buf)
        else:
            _blend(mid.buf, b.buf, q * 2.0 - 1.0, out.buf)

    return fade


transition("fadeblack")(_through((0, 0, 0)))
transition("fadewhite")(_through((255, 255, 255)))

_DIRS = {"left": (-1, 0), "right": (1, 0), "up": (0, -1), "down": (0, 1)}


def _shift(src: U8, dst: U8, dx: int, dy: int) -> None:
    """Paste ``src`` into ``dst`` moved by (dx, dy); what falls outside is dropped."""
    h, w = src.shape
    x0, x1 = max(0, dx), min(w, w + dx)
    y0, y1 = max(0, dy), min(h, h + dy)
    if x1 > x0 and y1 > y0:
        dst[y0:y1, x0:x1] = src[y0 - dy : y1 - dy, x0 - dx : x1 - dx]


def _offset(a: I420, direction: str, q: float) -> tuple[int, int]:
    """Luma offset, even, so the chroma planes move by exactly half."""
    ux, uy = _DIRS[direction]
    e = ease(q)
    return 2 * round(ux * a.w * e / 2), 2 * round(uy * a.h * e / 2)


def _slide(direction: str, push: bool) -> Transition:
    def move(a: I420, b: I420, q: float, out: I420) -> None:
        dx, dy = _offset(a, direction, q)
        ux, uy = _DIRS[direction]
        # the incoming frame enters from the side opposite to the movement
        bx, by = dx - ux * a.w, dy - uy * a.h
        for pa, pb, po, div in zip(a.planes(), b.planes(), out.planes(), (1, 2, 2), strict=True):
            if push:
                _shift(pa, po, dx // div, dy // div)
            else:
                np.copyto(po, pa)
            _shift(pb, po, bx // div, by // div)

    return move


for _name in _DIRS:
    transition(f"slide{_name}")(_slide(_name, push=False))
    transition(f"push{_name}")(_slide(_name, push=True))


def _mask_blend(pa: U8, pb: U8, mask: np.ndarray, po: U8) -> None:
    """po = pa where mask is 0, pb where it is 1, blended between (mask float32)."""
    out = pa.astype(np.float32)
    out += (pb.astype(np.float32) - out) * mask
    np.rint(out, out=out)
    np.copyto(po, out, casting="unsafe")


def _wipe(direction: str) -> Transition:
    def wipe(a: I420, b: I420, q: float, out: I420) -> None:
        ux, uy = _DIRS[direction]
        for pa, pb, po in zip(a.planes(), b.planes(), out.planes(), strict=True):
            h, w = pa.shape
            length = w if ux else h
            soft = max(2.0, length * 0.03)
            # the edge travels across the frame plus its soft band, so both ends are clean
            edge = q * (length + soft)
            pos = np.arange(length, dtype=np.float32)
            if (ux or uy) < 0:
                pos = length - 1 - pos
            mask = np.clip((edge - pos) / soft, 0.0, 1.0)
            shaped = mask[None, :] if ux else mask[:, None]
            _mask_blend(pa, pb, shaped, po)

    return wipe


for _name in _DIRS:
    transition(f"wipe{_name}")(_wipe(_name))


@lru_cache(maxsize=8)
def _radius_map(w: int, h: int) -> np.ndarray:
    """Distance of each pixel from the centre, 1.0 at the corners."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r = np.hypot(xx - (w - 1) / 2, yy - (h - 1) / 2)
    return r / r.max()


@transition("circle")
def circle(a: I420, b: I420, q: float, out: I420) -> None:
    soft = 0.03
    radius = ease(q) * (1.0 + soft)
    for pa, pb, po in zip(a.planes(), b.planes(), out.planes(), strict=True):
        h, w = pa.shape
        mask = np.clip((radius - _radius_map(w, h)) / soft, 0.0, 1.0)
        _mask_blend(pa, pb, mask, po)


@transition("zoom")
def zoom(a: I420, b: I420, q: float, out: I420) -> None:
    """The outgoing picture rushes towards the viewer while the next one fades in."""
    z = 1.0 + 0.6 * ease(q)
    for pa, po in zip(a.planes(), out.planes(), strict=True):
        h, w = pa.shape
        matrix = view_matrix(w, h, w, h, z, 0.0, 0.0)
        src = scratch(h, w)  # a warp cannot write over its own source
        np.copyto(src, pa)
        cv2.warpAffine(
            src, matrix, (w, h), dst=po, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
        )
    _blend(out.buf, b.buf, ease(q), out.buf)


def check_registry() -> None:
    """Every transition name the draft may hold has an implementation."""
    missing = set(TRANSITIONS) - set(REGISTRY)
    if missing:
        raise RuntimeError(f"transitions without implementation: {sorted(missing)}")


check_registry()
