"""Framing that keeps the subject: vertical and square cover crops of the test photos, with
Ken Burns, rendered by the CLI and decoded back; every frame is found in its photo and must
show at least 90 % of the photo's hand-marked subject (tests/subjects.json)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageOps

from photo_video_maker.media.image import load_image
from photo_video_maker.media.subject import find_subject

from support import decode_video

pytestmark = pytest.mark.slow

EXE = str(Path(sys.executable).with_name("photo-video-maker"))
SUBJECTS: dict[str, list[float]] = json.loads(
    (Path(__file__).with_name("subjects.json")).read_text()
)["subjects"]
FPS = 24
MATCH_W = 120  # frames are compared at this width: enough to place them, quick to search


def _photo_grey(path: Path, long_side: int) -> np.ndarray:
    with Image.open(path) as im:
        im = im.convert("L")
        scale = long_side / max(im.size)
        return np.asarray(im.resize((round(im.width * scale), round(im.height * scale))))


def _place(frame: np.ndarray, photo: np.ndarray) -> tuple[float, tuple[float, float, float, float]]:
    """Where the frame's view lies in the photo: (match score, window as photo fractions).

    A cover view of zoom z is the photo scaled by s0 * z and cropped; each zoom from 0.95 to
    1.25 is tried and the best normalised correlation kept.
    """
    fh, fw = frame.shape
    ph, pw = photo.shape
    s0 = max(fw / pw, fh / ph)
    best: tuple[float, tuple[float, float, float, float]] = (-1.0, (0, 0, 0, 0))
    for z in np.arange(0.95, 1.26, 0.0125):
        sw, sh = round(pw * s0 * z), round(ph * s0 * z)
        if sw < fw or sh < fh:
            continue
        scaled = cv2.resize(photo, (sw, sh), interpolation=cv2.INTER_AREA)
        result = cv2.matchTemplate(scaled, frame, cv2.TM_CCOEFF_NORMED)
        _, score, _, (x, y) = cv2.minMaxLoc(result)
        if score > best[0]:
            best = (float(score), (x / sw, y / sh, (x + fw) / sw, (y + fh) / sh))
    return best


def _inside(window: tuple[float, float, float, float], box: list[float]) -> float:
    ix = max(0.0, min(window[2], box[2]) - max(window[0], box[0]))
    iy = max(0.0, min(window[3], box[3]) - max(window[1], box[1]))
    return ix * iy / ((box[2] - box[0]) * (box[3] - box[1]))


@pytest.mark.parametrize("aspect", ["9:16", "1:1"])
def test_cover_crops_and_ken_burns_keep_each_photos_subject_in_frame(
    tmp_path: Path, photos_dir: Path, aspect: str
) -> None:
    names = sorted(SUBJECTS)
    out = tmp_path / f"framed-{aspect.replace(':', 'x')}.mp4"
    args = [EXE, "make", *(str(photos_dir / n) for n in names), "-o", str(out)]
    args += ["--aspect", aspect, "--resolution", "480p", "--fit", "cover", "--seconds", "1"]
    args += ["--transition", "none", "--fade-out", "0", "--music", "none", "--fps", str(FPS)]
    args += ["--quiet"]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    frames, facts = decode_video(out)
    assert facts["frames"] == len(names) * FPS
    worst: dict[str, float] = {}
    for index, name in enumerate(names):
        photo = _photo_grey(photos_dir / name, 400)
        for n in range(index * FPS, (index + 1) * FPS, 2):  # every other frame of its second
            rgb = frames[n]
            h, w = rgb.shape[:2]
            grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
            grey = cv2.resize(grey, (MATCH_W, round(h * MATCH_W / w)), interpolation=cv2.INTER_AREA)
            score, window = _place(grey, photo)
            assert score > 0.9, f"{name} frame {n} not found in its photo ({score:.2f})"
            kept = _inside(window, SUBJECTS[name])
            worst[name] = min(worst.get(name, 1.0), kept)
    failing = {name: round(kept, 2) for name, kept in worst.items() if kept < 0.9}
    assert not failing, f"subject less than 90 % in frame ({aspect}): {failing}"


def test_the_subject_found_is_on_the_marked_subject_in_most_test_photos(
    photos_dir: Path,
) -> None:
    hits = []
    for name, box in SUBJECTS.items():
        found = find_subject(load_image(photos_dir / name, 480, 480))
        assert found is not None, name
        hits.append(box[0] <= found.cx <= box[2] and box[1] <= found.cy <= box[3])
    # measured: 9 of 10 (the one missed, a white sun, sits at the centre)
    assert sum(hits) >= 9, hits


def test_a_flat_picture_has_no_subject_so_its_framing_is_left_as_it_was() -> None:
    assert find_subject(np.full((120, 160, 3), 90, np.uint8)) is None
    assert find_subject(np.zeros((4, 4, 3), np.uint8)) is None


def _render_cover(tmp_path: Path, photos: list[Path], aspect: str) -> list[np.ndarray]:
    out = tmp_path / f"cover-{aspect.replace(':', 'x')}.mp4"
    args = [EXE, "make", *(str(p) for p in photos), "-o", str(out), "--aspect", aspect]
    args += ["--resolution", "480p", "--fit", "cover", "--seconds", "1", "--transition", "none"]
    args += ["--fade-out", "0", "--music", "none", "--fps", str(FPS), "--quiet"]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    frames, facts = decode_video(out)
    assert facts["frames"] == len(photos) * FPS
    return frames


def _least_kept(frames: list[np.ndarray], photo: Path, box: list[float]) -> float:
    grey_photo = _photo_grey(photo, 400)
    least = 1.0
    for rgb in frames[::2]:
        h, w = rgb.shape[:2]
        grey = cv2.resize(
            cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), (MATCH_W, round(h * MATCH_W / w)), cv2.INTER_AREA
        )
        score, window = _place(grey, grey_photo)
        assert score > 0.9, f"a frame not found in {photo.name} ({score:.2f})"
        least = min(least, _inside(window, box))
    return least


def test_a_wide_cover_of_the_square_portrait_keeps_the_astronauts_head(
    tmp_path: Path, photos_dir: Path
) -> None:
    # a centred 16:9 crop of this square photo shows her suit from the chin down
    name = "10_astronaut_Eileen_Collins_NASA.png"
    frames = _render_cover(tmp_path, [photos_dir / name], "16:9")
    assert _least_kept(frames, photos_dir / name, SUBJECTS[name]) >= 0.9


def test_a_person_at_the_edge_of_a_panorama_stays_in_a_vertical_cover(
    tmp_path: Path, photos_dir: Path
) -> None:
    # a 3:1 panorama of mountains with a person standing at its right-hand side: a 9:16 cover
    # shows less than a fifth of its width
    with Image.open(photos_dir / "07_picosdeeuropa_by_Aitzol_Berasategi.jpg") as bg:
        panorama = ImageOps.fit(ImageOps.exif_transpose(bg).convert("RGB"), (2400, 800))
    with Image.open(photos_dir / "10_astronaut_Eileen_Collins_NASA.png") as person:
        panorama.paste(person.convert("RGB").resize((640, 640)), (1680, 160))
    path = tmp_path / "panorama.jpg"
    panorama.save(path, quality=92)
    # her head, hair included, marked in the square photo and carried into the panorama
    x0, y0, x1, y1 = SUBJECTS["10_astronaut_Eileen_Collins_NASA.png"]
    head = [(1680 + 640 * x0) / 2400, (160 + 640 * y0) / 800, (1680 + 640 * x1) / 2400]
    head.append((160 + 640 * y1) / 800)
    frames = _render_cover(tmp_path, [path], "9:16")
    assert _least_kept(frames, path, head) >= 0.9
