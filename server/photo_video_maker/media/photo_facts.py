"""The facts the smart edits need about one photo, read from its file.

Its look (``photo_look``: hash and sharpness, on a decoded copy 512 pixels across), when it
was taken (EXIF DateTimeOriginal, else DateTime) and where (EXIF GPS, named by ``places``).
"""

from __future__ import annotations

import math
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

from PIL import ExifTags

from ..model.media_facts import PhotoFacts, Place
from .image import DEFAULT_MAX_PIXELS, exif_captured_at, load_image, open_image, read_exif
from .photo_look import GREY_SIDE, detail, grey, phash, sharpness
from .places import place_at
from .sniff import sniff


def photo_facts(path: Path) -> PhotoFacts:
    """Hash, sharpness, capture date and place of the photo at ``path``."""
    _, fmt = sniff(path)
    with open_image(path, fmt, max_pixels=DEFAULT_MAX_PIXELS) as im:
        captured = exif_captured_at(im)
        gps = read_gps(read_exif(im))
    g = grey(load_image(path, GREY_SIDE, GREY_SIDE))
    taken: date | None = captured.date() if captured is not None else None
    place: Place | None = place_at(*gps) if gps is not None else None
    return PhotoFacts(
        phash=phash(g), sharpness=sharpness(g), detail=detail(g), taken=taken, place=place
    )


def read_gps(exif: Any) -> tuple[float, float] | None:
    """(latitude, longitude) in degrees from EXIF GPS tags, or None when absent or broken."""
    try:
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
        lat = _degrees(gps[ExifTags.GPS.GPSLatitude], gps.get(ExifTags.GPS.GPSLatitudeRef, "N"))
        lon = _degrees(gps[ExifTags.GPS.GPSLongitude], gps.get(ExifTags.GPS.GPSLongitudeRef, "E"))
    except Exception:  # absent, or malformed EXIF: the file's problem, never ours
        return None
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    return lat, lon


def _degrees(dms: Any, ref: Any) -> float:
    d, m, s = (float(Fraction(str(x))) if not isinstance(x, int | float) else float(x) for x in dms)
    value = d + m / 60 + s / 3600
    ref = ref.decode() if isinstance(ref, bytes) else str(ref)
    return -value if ref.strip("\x00 ").upper() in ("S", "W") else value
