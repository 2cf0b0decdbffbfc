"""Decode photos: upright, RGB 8-bit, and reduced while decoding to what the output needs."""

from __future__ import annotations

import re
import struct
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path

import cv2
import numpy as np
from PIL import ExifTags, Image

from ..errors import CorruptMedia, MediaTooLarge, UnsupportedMedia
from .colour import to_srgb, to_srgb_array
from .failure import corrupt
from .png_exif import png_exif
from .sniff import MediaKind, iso_bmff_truncated, sniff

__all__ = [
    "DEFAULT_MAX_PIXELS",
    "cover_size",
    "exif_captured_at",
    "exif_orientation",
    "load_image",
    "open_image",
    "read_exif",
    "verify_image",
    "verify_image_container",
]

DEFAULT_MAX_PIXELS = 120_000_000

# Pillow's own bomb guard (warns above this, refuses above twice this) backs up our explicit check;
# open_image() turns its warning into an error.
Image.MAX_IMAGE_PIXELS = DEFAULT_MAX_PIXELS

# sniff() format -> the only Pillow plugin allowed to parse it (content already decided the type).
_PIL_FORMATS = {"jpeg": "JPEG", "png": "PNG", "webp": "WEBP", "gif": "GIF", "heif": "HEIF"}
# Same mapping as PIL.ImageOps.exif_transpose, which cannot be applied after a resize.
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_ALPHA_MODES = {"RGBA", "RGBa", "LA", "La", "PA"}
# What Pillow and pillow-heif raise on damaged data (UnidentifiedImageError is an OSError).
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, RuntimeError, struct.error)


def cover_size(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """Smallest size with the aspect of ``size`` that covers ``box``; never larger than ``size``."""
    w, h = size
    bw, bh = max(1, box[0]), max(1, box[1])
    if bw >= w or bh >= h:
        return w, h
    if bw / w >= bh / h:
        return bw, min(h, max(bh, round(h * bw / w)))
    return min(w, max(bw, round(w * bh / h))), bh


@contextmanager
def _exif_warnings_ignored() -> Iterator[None]:
    """Pillow warns about damaged EXIF (and JPEG parses it while opening); we ignore bad EXIF."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*corrupt exif", category=UserWarning)
        yield


def _too_large(name: str, pixels: int | None, limit: int) -> MediaTooLarge:
    size = f"{pixels / 1e6:.0f} megapixels" if pixels else "too many pixels"
    return MediaTooLarge(f"{name} has {size}, over the {limit / 1e6:.0f} megapixel limit")


@cache
def _register_heif() -> None:
    """Teach Pillow HEIF, the first time a HEIF photo is opened.

    pillow-heif loads libheif and its codecs (3 MB resident, 40 ms): a render of JPEGs and PNGs
    never needs them.
    """
    import pillow_heif

    # Thumbnails, depth maps and auxiliary images are never shown; skip them when parsing HEIC.
    pillow_heif.register_heif_opener(thumbnails=False, depth_images=False, aux_images=False)


@contextmanager
def open_image(path: Path, fmt: str, *, max_pixels: int) -> Iterator[Image.Image]:
    """Open ``path`` with only the Pillow plugin for ``fmt`` and check its size; no pixels decoded.

    Raises MediaTooLarge before any decoding when the declared size exceeds ``max_pixels``.
    """
    if fmt == "heif":
        _register_heif()
    try:
        with _exif_warnings_ignored():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(path, formats=[_PIL_FORMATS[fmt]])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        found = re.search(r"\((\d+) pixels\)", str(exc))
        raise _too_large(
            Path(path).name, int(found.group(1)) if found else None, max_pixels
        ) from None
    except _DECODE_ERRORS as exc:
        raise corrupt(Path(path).name, exc, "image") from None
    with im:
        pixels = im.width * im.height
        if pixels > max_pixels:
            raise _too_large(Path(path).name, pixels, max_pixels)
        yield im


def read_exif(im: Image.Image) -> Image.Exif:
    """The photo's EXIF without decoding its pixels: for a PNG whose eXIf chunk follows them,
    Pillow would decode the whole picture first (png_exif.py says why that hurts)."""
    filename = getattr(im, "filename", None)  # set by Image.open (an ImageFile) only
    if im.format == "PNG" and "exif" not in im.info and isinstance(filename, str | Path):
        data = png_exif(Path(filename))
        if data is not None:
            im.info["exif"] = b"Exif\x00\x00" + data  # as Pillow's own chunk reader keeps it
        return Image.Image.getexif(im)  # the generic reader: from info, never a decode
    return im.getexif()


def exif_orientation(im: Image.Image) -> int:
    """EXIF orientation (1-8) to apply to ``im``; 1 when absent, invalid or unreadable.

    HEIF is always 1: libheif already applies the irot/imir transforms (the raw EXIF tag may
    still say 6), so rotating from it would rotate twice.
    """
    if im.format == "HEIF":
        return 1
    try:
        with _exif_warnings_ignored():
            value = read_exif(im).get(ExifTags.Base.Orientation, 1)
    except Exception:  # malformed EXIF is the file's problem, never ours: ignore it
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def exif_captured_at(im: Image.Image) -> datetime | None:
    """When the photo was taken (DateTimeOriginal, else DateTime), timezone-aware, or None.

    EXIF stores wall-clock time; with no OffsetTime* tag it is taken as the system's local zone
    so that photos and clips (UTC) sort together.
    """
    try:
        with _exif_warnings_ignored():
            exif = read_exif(im)
            sub = exif.get_ifd(ExifTags.IFD.Exif)
        raw = sub.get(ExifTags.Base.DateTimeOriginal)
        offset = sub.get(ExifTags.Base.OffsetTimeOriginal)
        if not raw:
            raw, offset = exif.get(ExifTags.Base.DateTime), sub.get(ExifTags.Base.OffsetTime)
        return _parse_exif_datetime(raw, offset)
    except Exception:  # malformed EXIF is ignored
        return None


def _parse_exif_datetime(raw: object, offset: object) -> datetime | None:
    if not isinstance(raw, str):
        return None
    try:
        when = datetime.strptime(raw.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:  # "0000:00:00 00:00:00" and other junk
        return None
    found = None
    if isinstance(offset, str):
        found = re.fullmatch(r"([+-])(\d\d):(\d\d)", offset.strip("\x00 "))
    if found:
        sign = -1 if found.group(1) == "-" else 1
        delta = timedelta(hours=int(found.group(2)), minutes=int(found.group(3)))
        return when.replace(tzinfo=timezone(sign * delta))
    return when.astimezone()


def _to_rgb(im: Image.Image, alpha: bool = False) -> Image.Image:
    """RGB 8-bit, alpha composited over black; with ``alpha``, a picture that has transparent
    parts is "RGBa" instead: the same colours over black (premultiplied) plus its alpha."""
    if im.mode in ("I", "F") or im.mode.startswith("I;16"):
        # Pillow clips 16-bit grey to 8 bits instead of scaling it.
        grey = np.asarray(im, dtype=np.float32) / 257.0
        im = Image.fromarray(np.clip(grey + 0.5, 0, 255).astype(np.uint8))
    if im.mode in _ALPHA_MODES or "transparency" in im.info:
        rgba = im.convert("RGBA")
        lowest = rgba.getchannel("A").getextrema()[0]  # fully opaque: no alpha to carry
        if alpha and isinstance(lowest, int | float) and lowest < 255:
            return rgba.convert("RGBa")
        out = Image.new("RGB", rgba.size)
        out.paste(rgba, mask=rgba.getchannel("A"))
        return out
    return im if im.mode == "RGB" else im.convert("RGB")


def _decode(path: Path, im: Image.Image, alpha: bool = False) -> Image.Image:
    try:
        im.load()
        return _to_rgb(im, alpha)
    except _DECODE_ERRORS as exc:
        raise corrupt(path.name, exc, "image") from None


def _decode_heif(path: Path, target: tuple[int, int], keep_alpha: bool) -> np.ndarray:
    """A HEIF photo from libheif's own buffer straight to ``target``, upright, RGB.

    Through Pillow a 12 MP phone photo was held three times at once (libheif's pixels, Pillow's
    4-byte copy, the reduced copy): 95 MB at the peak; this way 67 MB, and a fifth faster.
    libheif has already applied the rotation and mirroring the file asks for. An embedded
    colour profile (Display P3 on phones) is converted to sRGB once the photo is reduced.
    """
    import pillow_heif

    try:
        heif = pillow_heif.open_heif(path, convert_hdr_to_8bit=True)
        icc = heif.info.get("icc_profile")
        # np.asarray decodes: a read-only view of libheif's buffer, 8 bits a channel
        pixels = np.asarray(heif)
    except _DECODE_ERRORS as exc:
        raise corrupt(path.name, exc, "image") from None
    if pixels.ndim == 2:
        pixels = pixels[..., None]
    alpha = None
    if pixels.shape[2] in (2, 4):  # alpha last: over black, before any averaging
        alpha = pixels[..., -1:]
        pixels = ((pixels[..., :-1] * alpha.astype(np.uint16) + 127) // 255).astype(np.uint8)
        alpha = alpha if keep_alpha and alpha.min() < 255 else None
    if pixels.shape[1::-1] != target:
        pixels = cv2.resize(pixels, target, interpolation=cv2.INTER_AREA)  # area average
        alpha = None if alpha is None else cv2.resize(alpha, target, interpolation=cv2.INTER_AREA)
    if pixels.ndim == 2 or pixels.shape[2] == 1:
        pixels = cv2.cvtColor(pixels, cv2.COLOR_GRAY2RGB)
    else:
        pixels = to_srgb_array(pixels, icc)
    if alpha is not None:
        return np.dstack((pixels, alpha))
    # writeable and C-contiguous, as for every other format (copies only libheif's own view)
    return np.require(pixels, requirements=["C", "W"])


def _require_image(path: Path) -> str:
    kind, fmt = sniff(path)
    if kind is not MediaKind.IMAGE:
        raise UnsupportedMedia(f"{path.name} is {kind.value}, not a photo")
    return fmt


def load_image(
    path: Path,
    min_w: int,
    min_h: int,
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    alpha: bool = False,
) -> np.ndarray:
    """Decode a photo to an upright RGB uint8 array (H, W, 3), C-contiguous.

    The result is the smallest size (aspect kept) that covers a ``min_w`` x ``min_h`` box, never
    upscaled. JPEGs are reduced while decoding (DCT scaling), which is what makes 20-50 MP photos
    cheap; an area-averaging resize gives the exact size. EXIF orientation is applied; animated
    GIF/WebP give their first frame. An embedded colour profile (Display P3, Adobe RGB) is
    converted to sRGB. Transparent parts are black, unless ``alpha`` asks for (H, W, 4) when
    the photo has any: colours over black (premultiplied), then alpha, for the caller to lay over.

    Raises:
        UnsupportedMedia: not a JPEG, PNG, WebP, GIF or HEIF photo.
        MediaTooLarge: more than ``max_pixels`` pixels (checked before decoding).
        CorruptMedia: truncated or damaged.
    """
    path = Path(path)
    fmt = _require_image(path)
    with open_image(path, fmt, max_pixels=max_pixels) as im:
        orientation = exif_orientation(im)
        # The box is upright; the stored pixels of orientations 5-8 are sideways.
        box = (min_h, min_w) if orientation >= 5 else (min_w, min_h)
        target = cover_size(im.size, box)
        if im.format == "HEIF":
            return _decode_heif(path, target, alpha)
        if im.format in ("JPEG", "MPO"):
            im.draft("RGB", target)  # picks the largest 1/2^n scale still >= target
        rgb = _decode(path, im, alpha)
        icc = im.info.get("icc_profile")
    # Shrunk and turned while Pillow holds it (4 bytes a pixel), so that only the result is
    # copied out: the decoded photo and a full-size array never coexist.
    if rgb.size != target:
        rgb = rgb.resize(target, Image.Resampling.BOX)  # area average: alias-free
    method = _TRANSPOSE.get(orientation)
    if method is not None:
        rgb = rgb.transpose(method)
    if rgb.mode == "RGB":  # converted once reduced: the colour transform costs per pixel
        return np.array(to_srgb(rgb, icc))  # writeable and C-contiguous: callers may draw on it
    rgba = np.array(rgb)
    rgba[..., :3] = to_srgb_array(np.ascontiguousarray(rgba[..., :3]), icc)
    return rgba


def verify_image_container(path: Path, fmt: str) -> None:
    """What decoding the photo would not tell, from its file structure alone: a HEIF file
    cut short (libheif fills the missing tiles with grey instead of failing)."""
    if fmt == "heif" and iso_bmff_truncated(path):
        raise CorruptMedia(f"corrupt or truncated image {Path(path).name}: file is cut short")


def verify_image(path: Path, fmt: str, *, max_pixels: int = DEFAULT_MAX_PIXELS) -> None:
    """Decode the whole photo once to prove it is complete; raise CorruptMedia if not.

    JPEGs decode at 1/8 scale: every byte of entropy-coded data is still read, so truncation
    and damage are still found, at a fraction of the cost.
    """
    path = Path(path)
    verify_image_container(path, fmt)
    with open_image(path, fmt, max_pixels=max_pixels) as im:
        if im.format in ("JPEG", "MPO"):
            im.draft("RGB", (max(1, im.width // 8), max(1, im.height // 8)))
        _decode(path, im)
