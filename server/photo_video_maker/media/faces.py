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


_local = threading.local()  # a detector per thread: photos are prepared on several


def _detector(w: int, h: int) -> cv2.FaceDetectorYN | None:
    found: cv2.FaceDetectorYN | None = getattr(_local, "detector", None)
    if found is None:
        if not MODEL.is_file():
            log.warning("the face model is missing (%s); framing uses saliency alone", MODEL)
            return None
        # creating it prints a warning per detector about OpenCV 5's new graph engine
        level = cv2.utils.logging.getLogLevel()
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
        try:
            found = cv2.FaceDetectorYN.create(str(MODEL), "", (w, h), SCORE, NMS, 50)
        finally:
            cv2.utils.logging.setLogLevel(level)
        _local.detector = found
    found.setInputSize((w, h))
    return found


def find_faces(rgb: np.ndarray) -> list[Face]:
    """The faces in an upright RGB (or RGBa) photo, largest first."""
    h, w = rgb.shape[:2]
    if min(h, w) < 16:
        return []
    scale = min(1.0, SIDE / max(h, w))
    sw, sh = max(16, round(w * scale)), max(16, round(h * scale))
    bgr = cv2.cvtColor(np.ascontiguousarray(rgb[..., :3]), cv2.COLOR_RGB2BGR)
    if (sw, sh) != (w, h):
        bgr = cv2.resize(bgr, (sw, sh), interpolation=cv2.INTER_AREA)
    detector = _detector(sw, sh)
    if detector is None:
        return []
    _, rows = detector.detect(bgr)
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
