"""Faces found by the bundled YuNet model: on the real test photos, from several threads, and
without the model file (framing falls back to saliency)."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from pathlib import Path

import numpy as np
import pytest

from photo_video_maker.media import faces
from photo_video_maker.media.faces import find_faces
from photo_video_maker.media.image import load_image
from photo_video_maker.media.subject import find_subject

ASTRONAUT = "10_astronaut_Eileen_Collins_NASA.png"
SPANIELS = "06_friends_by_Aitzol_Berasategi.jpg"
# hand-marked, by looking at the photos: the astronaut's face (brows to chin), and each
# spaniel's face, as fractions of the photo
ASTRONAUT_FACE = (0.33, 0.1, 0.56, 0.32)
SPANIEL_FACES = [(0.3, 0.22, 0.5, 0.4), (0.46, 0.44, 0.66, 0.62)]


def _centre_inside(face: faces.Face, box: tuple[float, float, float, float]) -> bool:
    cx, cy = (face.x0 + face.x1) / 2, (face.y0 + face.y1) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def test_the_bundled_face_model_is_the_published_yunet_file() -> None:
    digest = hashlib.sha256(faces.MODEL.read_bytes()).hexdigest()
    assert digest == "8f2383e4dd3cfbb4553ea8718107fc0423210dc964f9f4280604804ed2552fa4"


def test_the_astronauts_face_is_found_where_it_is(photos_dir: Path) -> None:
    found = find_faces(load_image(photos_dir / ASTRONAUT, 1024, 1024))
    assert len(found) == 1
    assert _centre_inside(found[0], ASTRONAUT_FACE)
    assert found[0].score > 0.9


def test_both_spaniels_at_the_window_are_found(photos_dir: Path) -> None:
    found = find_faces(load_image(photos_dir / SPANIELS, 1024, 1024))
    assert len(found) == 2
    assert all(any(_centre_inside(f, box) for f in found) for box in SPANIEL_FACES)


def test_photos_of_landscapes_birds_and_insects_have_no_faces(photos_dir: Path) -> None:
    names = sorted(p.name for p in photos_dir.iterdir() if p.suffix in (".jpg", ".png"))
    without = [n for n in names if n not in (ASTRONAUT, SPANIELS)]
    assert len(without) == 8
    for name in without:
        assert find_faces(load_image(photos_dir / name, 1024, 1024)) == [], name


def test_the_subject_of_a_portrait_is_the_whole_head_not_just_the_face(photos_dir: Path) -> None:
    marked = json.loads(Path(__file__).with_name("subjects.json").read_text())["subjects"]
    x0, y0, x1, y1 = marked[ASTRONAUT]  # her head, hair included
    head = find_subject(load_image(photos_dir / ASTRONAUT, 480, 480))
    assert head is not None
    inside = max(0.0, min(x1, head.x1) - max(x0, head.x0)) * max(
        0.0, min(y1, head.y1) - max(y0, head.y0)
    )
    assert inside >= 0.9 * (x1 - x0) * (y1 - y0)
    assert head.w * head.h <= 2 * (x1 - x0) * (y1 - y0)  # the head, not the whole suit


def test_faces_found_on_several_threads_at_once_are_the_same_as_on_one(photos_dir: Path) -> None:
    pictures = [load_image(photos_dir / n, 800, 800) for n in (ASTRONAUT, SPANIELS)] * 3
    alone = [find_faces(p) for p in pictures]
    together: list[list[faces.Face]] = [[] for _ in pictures]

    def work(n: int) -> None:
        together[n] = find_faces(pictures[n])

    threads = [threading.Thread(target=work, args=(n,)) for n in range(len(pictures))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert together == alone


def test_without_the_model_file_no_face_is_found_and_the_salient_region_is_used(
    photos_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(faces, "MODEL", photos_dir / "no-such-model.onnx")
    picture = load_image(photos_dir / ASTRONAUT, 480, 480)
    found: list[object] = []
    # a thread of its own: this one may already hold a detector made from the real file
    with caplog.at_level(logging.WARNING):
        t = threading.Thread(
            target=lambda: found.extend([find_faces(picture), find_subject(picture)])
        )
        t.start()
        t.join()
    assert found[0] == []
    assert found[1] is not None  # the salient region
    assert "face model is missing" in caplog.text


def test_a_tiny_picture_or_a_flat_one_has_no_faces() -> None:
    assert find_faces(np.zeros((10, 10, 3), np.uint8)) == []
    assert find_faces(np.full((240, 320, 3), 128, np.uint8)) == []


def _faces_reordered_first(rgb: np.ndarray) -> list[tuple[float, ...]]:
    """The faces as found before the photo was reduced first: reordered to BGR at full size,
    then reduced (the computation faces.py replaced)."""
    import cv2

    h, w = rgb.shape[:2]
    scale = min(1.0, faces.SIDE / max(h, w))
    sw, sh = max(16, round(w * scale)), max(16, round(h * scale))
    bgr = cv2.cvtColor(np.ascontiguousarray(rgb[..., :3]), cv2.COLOR_RGB2BGR)
    bgr = cv2.resize(bgr, (sw, sh), interpolation=cv2.INTER_AREA)
    detector = faces._detector(sw, sh)
    assert detector is not None
    _, rows = detector.detect(bgr)
    found = [] if rows is None else [tuple(float(v) for v in row[:4]) for row in rows]
    return sorted(found, key=lambda b: b[2] * b[3], reverse=True)


@pytest.mark.parametrize("alpha", [False, True])
def test_reducing_before_reordering_the_channels_finds_the_same_faces(
    photos_dir: Path, alpha: bool
) -> None:
    """Each channel is resized on its own, so reducing the RGB(a) photo first and reordering
    the small one is the same picture: the same boxes, to the last bit."""
    picture = load_image(photos_dir / SPANIELS, 2112, 1188, alpha=alpha)
    h, w = picture.shape[:2]
    scale = min(1.0, faces.SIDE / max(h, w))
    sw, sh = max(16, round(w * scale)), max(16, round(h * scale))
    expected = [
        (x / sw, y / sh, min(1.0, (x + bw) / sw), min(1.0, (y + bh) / sh))
        for x, y, bw, bh in _faces_reordered_first(picture)
    ]
    found = [(f.x0, f.y0, f.x1, f.y1) for f in find_faces(picture)]
    assert len(found) == 2
    assert found == [(max(0.0, a), max(0.0, b), c, d) for a, b, c, d in expected]


def test_no_detector_outlives_the_photo_it_was_made_for(
    photos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The network holds ~25 MB of buffers: one per preparing thread, kept for the whole
    render, held 50 MB beside x264. Each photo's detector is gone when its faces are found."""
    import gc
    import weakref

    made: list[weakref.ref[object]] = []
    real = faces._detector

    class Held:  # FaceDetectorYN cannot be weakly referenced: a wrapper that can
        def __init__(self, inner: object) -> None:
            self.inner = inner

        def detect(self, image: np.ndarray) -> object:
            return self.inner.detect(image)  # type: ignore[attr-defined]

    def tracked(w: int, h: int) -> object:
        held = Held(real(w, h))
        made.append(weakref.ref(held))
        return held

    monkeypatch.setattr(faces, "_detector", tracked)
    picture = load_image(photos_dir / SPANIELS, 800, 800)
    assert find_faces(picture) == find_faces(picture) != []
    gc.collect()
    assert len(made) == 2 and all(ref() is None for ref in made)
