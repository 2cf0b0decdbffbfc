"""Faces in a photo: YuNet, read by OpenCV's ``FaceDetectorYN``, with its model in the package.

OpenCV 5's wheels no longer carry the Haar cascades, and YuNet's model is not in them either,
so the model (232 KB, Apache 2.0, see ``models/README.md``) ships with the project: no
download at run time.

The detector looks at the photo with its long side at 640 pixels (10-25 ms a photo here),
which finds faces down to about 1/60 of the long side. It also finds the faces of pets
(the two spaniels at a window in the test photos), which are the subject there as well.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

log = logging.getLogger(__name__)

MODEL = Path(__file__).with_name("models") / "face_detection_yunet_2023mar.onnx"
SIDE = 640  # the long side the detector looks at: the size it was trained for
# A face kept at 0.6: the second spaniel scored 0.66 and the eight photos without faces gave
# nothing above 0.6; YuNet's own default, 0.9, would have missed the spaniel.
SCORE = 0.6
NMS = 0.3
# A face smaller than this share of the photo's short side is in a crowd or a landscape, not
# its subject; it would drag the crop towards a passer-by.
SMALLEST = 0.04


@dataclass(frozen=True)
class Face:
    """A face's box in the upright photo, 0..1 of its width and height, and the detector's score."""

    x0: float
    y0: float
    x1: float
    y1: float
    score: float


# The detector's network keeps about 25 MB of buffers for a 640-pixel input for as long as it
# lives: one per preparing thread, kept for the whole render, held 50 MB beside x264 (the
# standard job peaked at 471-486 MB with it, 390 without). Making one takes about 2 ms, so
# each photo gets its own, dropped as soon as its faces are found; the lock keeps two
# photos' networks from living at once.
_DETECTING = threading.Lock()


def _detector(w: int, h: int) -> cv2.FaceDetectorYN | None:
    if not MODEL.is_file():
        log.warning("the face model is missing (%s); framing uses saliency alone", MODEL)
        return None
    # creating it prints a warning per detector about OpenCV 5's new graph engine
    level = cv2.utils.logging.getLogLevel()
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
    try:
        return cv2.FaceDetectorYN.create(str(MODEL), "", (w, h), SCORE, NMS, 50)
    finally:
        cv2.utils.logging.setLogLevel(level)


def reduced(rgb: np.ndarray, side: int = SIDE) -> np.ndarray:
    """The photo with its long side at most ``side`` (area-averaged), or itself if smaller."""
    h, w = rgb.shape[:2]
    scale = side / max(h, w)
    if scale >= 1.0:
        return rgb
    size = max(16, round(w * scale)), max(16, round(h * scale))
    return cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)


def find_faces(rgb: np.ndarray) -> list[Face]:
    """The faces in an upright RGB (or RGBa) photo, largest first."""
    if min(rgb.shape[:2]) < 16:
        return []
    # reduced first, then reordered: each channel is resized on its own, so this is the same
    # picture as reordering the full photo first, without two full-size copies of it
    small = reduced(rgb)
    sh, sw = small.shape[:2]
    code = cv2.COLOR_RGBA2BGR if small.ndim == 3 and small.shape[2] == 4 else cv2.COLOR_RGB2BGR
    bgr = cv2.cvtColor(np.ascontiguousarray(small), code)
    with _DETECTING:
        detector = _detector(sw, sh)
        if detector is None:
            return []
        _, rows = detector.detect(bgr)
        del detector
    if rows is None:
        return []
    faces = []
    for row in rows:
        x, y, fw, fh, score = (float(v) for v in (row[0], row[1], row[2], row[3], row[14]))
        if min(fw, fh) < SMALLEST * min(sw, sh):
            continue
        box = (max(0.0, x / sw), max(0.0, y / sh), min(1.0, (x + fw) / sw), min(1.0, (y + fh) / sh))
        faces.append(Face(*box, score=score))
    return sorted(faces, key=lambda f: (f.x1 - f.x0) * (f.y1 - f.y0), reverse=True)
