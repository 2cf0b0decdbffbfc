"""Photos with an embedded colour profile, converted to sRGB (the video's BT.709 primaries).

Phones save photos in Display P3 and cameras may use Adobe RGB: both have wider primaries than
sRGB, so their numbers read as sRGB look washed out (a P3 photo loses about a sixth of its
chroma). LittleCMS, which ships inside Pillow (ImageCms), converts them. A transform is built
once per distinct profile; a profile that is sRGB in all but name (most photos that have one)
gets no transform at all, so the common case costs nothing.
"""

from __future__ import annotations

import functools
import io
import logging

import numpy as np
from PIL import Image, ImageCms

__all__ = ["srgb_transform", "to_srgb", "to_srgb_array"]

log = logging.getLogger("photo_video_maker.media")

# Every 17th level of each channel: a profile that moves none of these by more than one level
# is sRGB for our purposes (8-bit output, then H.264).
_PROBE = np.stack(
    np.meshgrid(*[np.linspace(0, 255, 17).round().astype(np.uint8)] * 3, indexing="ij"), -1
).reshape(17, 17 * 17, 3)


@functools.cache
def _srgb() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@functools.lru_cache(maxsize=32)
def srgb_transform(icc: bytes) -> ImageCms.ImageCmsTransform | None:
    """An RGB -> sRGB transform for the embedded profile ``icc``; None when none is needed.

    None for a profile that is not RGB (grey, CMYK: Pillow's own conversion applies), one
    LittleCMS cannot read (the pixels are shown as they are, as before), or one equal to sRGB.
    """
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if profile.profile.xcolor_space.strip() != "RGB":
            return None
        # Perceptual, which LittleCMS reads as relative colorimetric for the matrix profiles
        # phones and cameras embed: colours outside sRGB are clipped to its gamut.
        transform = ImageCms.buildTransform(profile, _srgb(), "RGB", "RGB")
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError) as exc:
        log.warning("ignoring an unreadable colour profile: %s", exc)
        return None
    probe = Image.fromarray(_PROBE)
    moved = np.abs(np.asarray(transform.apply(probe), np.int16) - _PROBE.astype(np.int16))
    return None if moved.max() <= 1 else transform


def to_srgb(im: Image.Image, icc: object) -> Image.Image:
    """``im`` (RGB) in sRGB, converted in place when ``icc`` (the file's embedded profile, as
    its ``info`` holds it: bytes, or None when it has none) asks for it."""
    transform = srgb_transform(icc) if isinstance(icc, bytes) and icc else None
    if transform is not None and im.mode == "RGB":
        transform.apply_in_place(im)
    return im


def to_srgb_array(rgb: np.ndarray, icc: object) -> np.ndarray:
    """An (H, W, 3) uint8 array in sRGB: ``rgb`` itself when no conversion is needed."""
    transform = srgb_transform(icc) if isinstance(icc, bytes) and icc else None
    if transform is None or rgb.ndim != 3 or rgb.shape[2] != 3:
        return rgb
    im = Image.fromarray(rgb)
    transform.apply_in_place(im)
    return np.array(im)
