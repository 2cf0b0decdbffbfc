"""Colour looks applied to RGB pictures (once per photo, or per clip frame)."""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from ..errors import InputError, shorten
from .yuv import U8

LOOKS: dict[str, Callable[[U8], U8]] = {}


def look(name: str) -> Callable[[Callable[[U8], U8]], Callable[[U8], U8]]:
    def register(fn: Callable[[U8], U8]) -> Callable[[U8], U8]:
        LOOKS[name] = fn
        return fn

    return register


def _matrix(rgb: U8, m: list[list[float]]) -> U8:
    return cv2.transform(rgb, np.array(m, np.float32))


@look("none")
def _none(rgb: U8) -> U8:
    return rgb


@look("bw")
def _bw(rgb: U8) -> U8:
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    # a touch of contrast so black and white does not look flat
    grey = cv2.convertScaleAbs(grey, alpha=1.1, beta=-12)
    return cv2.cvtColor(grey, cv2.COLOR_GRAY2RGB)


@look("sepia")
def _sepia(rgb: U8) -> U8:
    return _matrix(rgb, [[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]])


@look("warm")
def _warm(rgb: U8) -> U8:
    return _matrix(rgb, [[1.08, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.86]])


@look("cool")
def _cool(rgb: U8) -> U8:
    return _matrix(rgb, [[0.88, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.1]])


@look("vivid")
def _vivid(rgb: U8) -> U8:
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    hsv[..., 1] = cv2.convertScaleAbs(hsv[..., 1], alpha=1.3)
    out = cv2.cvtColor(hsv, cv2.COLOR_HSV2RGB)
    return cv2.convertScaleAbs(out, alpha=1.08, beta=-8)


def apply_look(rgb: U8, name: str) -> U8:
    """The picture with the named look; unknown names fail with the valid ones."""
    if name not in LOOKS:
        raise InputError(f"unknown look {shorten(name)}", f"Use one of {', '.join(LOOKS)}")
    return LOOKS[name](rgb)
