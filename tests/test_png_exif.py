"""A PNG's EXIF is read from its chunks: no decode to probe it, and damage is not hidden."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photo_video_maker.errors import CorruptMedia
from photo_video_maker.media.image import load_image
from photo_video_maker.media.png_exif import png_exif
from photo_video_maker.media.probe import probe
from test_make_inputs import break_png_data

from support import gradient, save_photo


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def with_exif_after_pixels(path: Path, orientation: int) -> Path:
    """The specification lets eXIf follow the pixels; Pillow then finds it only by decoding."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    data = path.read_bytes()
    end = data.rindex(b"IEND") - 4
    path.write_bytes(data[:end] + _chunk(b"eXIf", exif.tobytes()[6:]) + data[end:])
    return path


def test_the_orientation_after_the_pixels_is_found_without_decoding(tmp_path: Path) -> None:
    photo = with_exif_after_pixels(save_photo(tmp_path / "a.png", gradient(60, 40)), 6)
    assert png_exif(photo) is not None

    info = probe(photo)
    upright = load_image(photo, 40, 60)

    assert (info.width, info.height, info.orientation) == (40, 60, 6)
    assert upright.shape == (60, 40, 3)


def test_a_png_without_exif_has_none(tmp_path: Path) -> None:
    photo = save_photo(tmp_path / "a.png", gradient(60, 40))
    assert png_exif(photo) is None and probe(photo).orientation == 1


def test_a_png_with_broken_pixels_is_refused_when_decoded(tmp_path: Path) -> None:
    """Reading the EXIF used to decode the picture inside a reader that ignores errors, and
    Pillow then handed back the half-decoded picture: the render drew it half black."""
    rng = np.random.default_rng(1)
    broken = save_photo(tmp_path / "broken.png", rng.integers(0, 255, (200, 300, 3), np.uint8))
    break_png_data(broken)

    probe(broken)  # the headers are whole
    with pytest.raises(CorruptMedia, match=r"corrupt or truncated image: broken\.png"):
        load_image(broken, 300, 200)
