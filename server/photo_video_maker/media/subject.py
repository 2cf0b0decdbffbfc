"""Where a photo's subject is: the region that cropping and Ken Burns must keep in frame.

Faces first (``faces.py``): the heads of the people (or pets) whose faces are large enough to
be what the photo is of. Without faces, the photo's salient region, found from two cues on a
64-pixel thumbnail (a millisecond or two a photo):

- spectral residual (Hou & Zhang 2007): what the log spectrum has beyond its smooth trend is
  what stands out of the picture's texture (a bird on a trunk, the sun over hills);
- colour contrast: chroma far from the photo's median chroma (a ladybird on green leaves).

A mild centre prior breaks ties the way photographers frame. The subject is the connected
region around the strongest point, down to 60 % of its strength. On the ten test photos this
finds a point inside the hand-marked subject of eight; the two it misses (a white sun, a face
on an orange suit) are at the centre, where cropping keeps them anyway. The face is found by
the detector.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from .faces import Face, find_faces, reduced

THUMB = 64  # the long side of the thumbnail the subject is looked for in
CHROMA_WEIGHT = 0.5
CENTRE_SIGMA = 0.35  # of the photo's size
REGION = 0.6  # of the peak's strength
FLAT = 2.0  # levels of spread in every channel below which a picture is flat
# A face is a head's middle: the hair above and the chin below belong to the subject too
# (a crop at the face box's edge cut the astronaut's hair; a head with its hair is about 1.6
# face-widths wide), as fractions of the face's size.
HEAD_ABOVE, HEAD_BELOW, HEAD_SIDES = 0.4, 0.1, 0.3
# Faces this share of the largest's area or more are all the subject (two people side by
# side); smaller ones are the background.
COMPANIONS = 0.3


@dataclass(frozen=True)
class Box:
    """A region of the upright photo, 0..1 of its width and height."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def w(self) -> float:
        return self.x1 - self.x0

    @property
    def h(self) -> float:
        return self.y1 - self.y0


def find_subject(rgb: np.ndarray) -> Box | None:
    """The heads in an upright RGB (or RGBa) photo, or else its salient region; None when
    nothing stands out (a flat picture) or the picture is too small to tell."""
    h, w = rgb.shape[:2]
    if min(h, w) < 8:
        return None
    # both cues look at a small picture: the photo is reduced once for both (an area average
    # of a 3-megapixel photo costs as much as the face detector itself)
    small = reduced(rgb)
    faces = find_faces(small)
    if faces:
        return _heads(faces)
    return _salient(small)


def _heads(faces: list[Face]) -> Box:
    """The region holding the heads of the main faces (``faces`` come largest first)."""
    largest = (faces[0].x1 - faces[0].x0) * (faces[0].y1 - faces[0].y0)
    main = [f for f in faces if (f.x1 - f.x0) * (f.y1 - f.y0) >= COMPANIONS * largest]
    heads = []
    for f in main:
        fw, fh = f.x1 - f.x0, f.y1 - f.y0
        heads.append(
            (
                f.x0 - HEAD_SIDES * fw,
                f.y0 - HEAD_ABOVE * fh,
                f.x1 + HEAD_SIDES * fw,
                f.y1 + HEAD_BELOW * fh,
            )
        )
    return Box(
        max(0.0, min(b[0] for b in heads)),
        max(0.0, min(b[1] for b in heads)),
        min(1.0, max(b[2] for b in heads)),
        min(1.0, max(b[3] for b in heads)),
    )


def _salient(rgb: np.ndarray) -> Box | None:
    h, w = rgb.shape[:2]
    scale = THUMB / max(h, w)
    size = (max(8, round(w * scale)), max(8, round(h * scale)))
    small = cv2.resize(np.ascontiguousarray(rgb[..., :3]), size, interpolation=cv2.INTER_AREA)
    if float(small.std(axis=(0, 1)).max()) < FLAT:
        return None  # a flat picture: nothing stands out, and any region found would be noise
    strength = _spectral_residual(small) + CHROMA_WEIGHT * _chroma_contrast(small)
    th, tw = strength.shape
    ys, xs = np.mgrid[0:th, 0:tw].astype(np.float32)
    d2 = (xs / tw - 0.5) ** 2 + (ys / th - 0.5) ** 2
    prior = np.exp(-d2 / (2 * CENTRE_SIGMA**2)).astype(np.float32)
    strength = cv2.GaussianBlur(strength * prior, (0, 0), 2.0)
    py, px = np.unravel_index(int(np.argmax(strength)), strength.shape)
    peak = float(strength[py, px])
    if peak <= 1e-6:
        return None
    mask = (strength >= REGION * peak).astype(np.uint8)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(mask)
    x, y, bw, bh = (int(v) for v in stats[labels[py, px]][:4])
    return Box(x / tw, y / th, (x + bw) / tw, (y + bh) / th)


def _spectral_residual(small: np.ndarray) -> np.ndarray:
    grey = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY).astype(np.float32)
    spectrum = np.fft.fft2(grey)
    log_amp = np.log(np.abs(spectrum) + 1e-6).astype(np.float32)
    residual = log_amp - cv2.blur(log_amp, (3, 3))
    back = np.abs(np.fft.ifft2(np.exp(residual + 1j * np.angle(spectrum)))) ** 2
    out = cv2.GaussianBlur(back.astype(np.float32), (0, 0), 2.5)
    return np.asarray(out / (float(out.max()) + 1e-9), np.float32)


def _chroma_contrast(small: np.ndarray) -> np.ndarray:
    lab = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_RGB2LAB).astype(np.float32), (0, 0), 1.0)
    chroma = lab[..., 1:]
    median = np.median(chroma.reshape(-1, 2), axis=0)
    distance = np.linalg.norm(chroma - median, axis=2)
    return np.asarray(distance / (float(distance.max()) + 1e-9), np.float32)


# What was found, by file and version: a photo shown twice, or rendered again after an edit,
# is looked at once. Small entries; the bound only stops a long-running server from growing.
_FOUND: dict[tuple[str, int, int], Box | None] = {}
_FOUND_MAX = 4096


def subject_of(path: Path, rgb: np.ndarray) -> Box | None:
    """The subject of the photo at ``path`` (decoded as ``rgb``), found once per file version."""
    try:
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
    except OSError:
        return find_subject(rgb)
    if key in _FOUND:
        return _FOUND[key]
    found = find_subject(rgb)
    if len(_FOUND) >= _FOUND_MAX:
        _FOUND.clear()
    _FOUND[key] = found
    return found
