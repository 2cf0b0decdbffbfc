"""Turning what a person points at (files and folders) into a list of media files."""

from __future__ import annotations

from pathlib import Path

from ..errors import MediaError, MediaNotFound, shorten
from .sniff import sniff


def collect(paths: list[Path]) -> list[Path]:
    """Files as given; folders expand to their media files in name order.

    A file named explicitly must be media (else the error says why); inside a folder,
    other files (notes, licences) are skipped quietly.
    """
    found: list[Path] = []
    for path in paths:
        path = path.expanduser()
        try:
            path.stat()
        except (OSError, ValueError) as exc:  # missing, a name too long, a NUL in it
            reason = getattr(exc, "strerror", None) or "no such file or folder"
            raise MediaNotFound(f"{reason.lower()}: {shorten(str(path), 120)}") from None
        if path.is_dir():
            for child in sorted(path.iterdir(), key=lambda p: p.name.lower()):
                if child.is_file() and not child.name.startswith("."):
                    try:
                        sniff(child)
                    except MediaError:
                        continue
                    found.append(child)
        elif path.is_file():
            sniff(path)
            found.append(path)
        else:
            raise MediaNotFound(f"not a file or folder: {shorten(str(path), 120)}")
    return found
