"""A PNG's EXIF block read from its chunk headers, without decoding its pixels.

Pillow's ``PngImageFile.getexif`` decodes the whole picture when the eXIf chunk was not
among the chunks before the pixels (the specification lets it follow them). That made every
probe of a PNG a full decode, and worse, a damaged PNG failed inside that decode, where the
EXIF reader ignores errors, after which Pillow handed back the half-decoded picture without a
word. Walking the chunk headers costs a few reads whatever the picture's size.
"""

from __future__ import annotations

import struct
from pathlib import Path

__all__ = ["png_exif"]

_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_exif(path: Path) -> bytes | None:
    """The eXIf chunk's data, or None when the file has none (or its chunks are damaged:
    decoding it will say so)."""
    with open(path, "rb") as fh:
        if fh.read(8) != _SIGNATURE:
            return None
        while True:
            head = fh.read(8)
            if len(head) < 8:
                return None
            length, kind = struct.unpack(">I4s", head)
            if kind == b"eXIf":
                data = fh.read(length)
                return data if len(data) == length else None
            if kind == b"IEND":
                return None
            fh.seek(length + 4, 1)  # the data and its checksum
