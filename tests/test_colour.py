"""Photos with a colour profile come out in sRGB, the colours they mean."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from icc import (
    ADOBE_GAMMA,
    ADOBE_PRIMARIES,
    P3_PRIMARIES,
    SRGB_PRIMARIES,
    expected_srgb,
    rgb_profile,
)
from photo_video_maker.media.colour import srgb_transform
from photo_video_maker.media.image import load_image

from support import shared_data

# a saturated red, a warm mid-tone, a leaf green, a sky blue and a grey
PATCHES = [(255, 0, 0), (200, 120, 60), (60, 160, 90), (70, 130, 200), (128, 128, 128)]
SIDE = 48


def _patches_photo(path: Path, icc: bytes) -> Path:
    """A strip of flat patches, saved with the profile ``icc`` (JPEG without chroma
    subsampling, so the patches' middles keep their exact colours)."""
    strip = np.concatenate([np.full((SIDE, SIDE, 3), c, np.uint8) for c in PATCHES], axis=1)
    extra = {".jpg": {"quality": 100, "subsampling": 0}, ".webp": {"lossless": True}}
    Image.fromarray(strip).save(path, icc_profile=icc, **extra.get(path.suffix, {}))
    return path


def _middles(rgb: np.ndarray) -> np.ndarray:
    mid = SIDE // 2
    return np.array([rgb[mid, i * SIDE + mid] for i in range(len(PATCHES))], float)


def _chroma(rgb: np.ndarray) -> np.ndarray:
    lab = cv2.cvtColor(np.asarray(rgb, np.float32).reshape(-1, 1, 3) / 255, cv2.COLOR_RGB2LAB)
    return np.hypot(lab[..., 1], lab[..., 2]).ravel()


@pytest.mark.parametrize(
    ("name", "suffix", "primaries", "gamma"),
    [
        ("Display P3", ".jpg", P3_PRIMARIES, None),
        ("Adobe RGB (1998)", ".png", ADOBE_PRIMARIES, ADOBE_GAMMA),
        ("Adobe RGB (1998)", ".webp", ADOBE_PRIMARIES, ADOBE_GAMMA),
    ],
)
def test_a_wide_gamut_photo_decodes_to_the_srgb_colours_it_means(
    tmp_path: Path,
    name: str,
    suffix: str,
    primaries: tuple[tuple[float, float], ...],
    gamma: float | None,
) -> None:
    photo = _patches_photo(tmp_path / f"patches{suffix}", rgb_profile(name, primaries, gamma))
    got = _middles(load_image(photo, SIDE * len(PATCHES), SIDE))
    want = expected_srgb(np.array(PATCHES), primaries, gamma)
    assert np.abs(got - want).max() <= 2.5, np.column_stack([got, want.round(1)])
    # the saturated red stays a saturated red; the mid-tones gain the chroma they really have
    assert got[0, 0] >= 253 and got[0, 1:].max() <= 2
    assert (_chroma(got)[1:3] > _chroma(np.array(PATCHES))[1:3] * 1.1).all()


def test_a_photo_whose_profile_is_srgb_is_decoded_untouched(tmp_path: Path) -> None:
    srgb = rgb_profile("sRGB IEC61966-2.1", SRGB_PRIMARIES, None)
    assert srgb_transform(srgb) is None  # no conversion, no cost
    got = _middles(load_image(_patches_photo(tmp_path / "srgb.png", srgb), 240, 48))
    assert np.array_equal(got, np.array(PATCHES, float))


def test_an_unreadable_colour_profile_is_ignored_and_the_photo_still_decodes(
    tmp_path: Path,
) -> None:
    assert srgb_transform(b"not a colour profile at all") is None
    photo = _patches_photo(tmp_path / "junk.png", b"not a colour profile at all")
    assert np.array_equal(_middles(load_image(photo, 240, 48)), np.array(PATCHES, float))


def test_a_display_p3_heic_from_a_phone_keeps_its_saturation() -> None:
    import pillow_heif

    pug = shared_data("heic") / "pug.heic"
    heif = pillow_heif.open_heif(pug)
    assert b"Display P3" in heif.info["icc_profile"].replace(b"\0", b"")
    got = load_image(pug, 504, 378).astype(float)
    raw = cv2.resize(np.asarray(heif), got.shape[1::-1], interpolation=cv2.INTER_AREA)
    want = expected_srgb(raw, P3_PRIMARIES, None)
    assert np.abs(got - want).mean() < 1.0
    # the measure: mean chroma as shown against the file's numbers read as sRGB
    assert _chroma(got).mean() > _chroma(raw).mean() * 1.1
