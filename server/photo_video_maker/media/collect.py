"""Turning what a person points at (files and folders) into a list of media files."""

from __future__ import annotations

from pathlib import Path

from ..errors import MediaError, MediaNotFound, shorten
from .sniff import sniff


def within(real: Path, roots: tuple[Path, ...]) -> bool:
    """True if the resolved path ``real`` lies inside one of ``roots`` (a sibling such as
    ``/photos_evil`` is not inside ``/photos``)."""
    return any(real.is_relative_to(root.resolve()) for root in roots)


def collect(paths: list[Path], roots: tuple[Path, ...] = ()) -> list[Path]:
    """Files as given; folders expand to their media files in name order.

    A file named explicitly must be media (else the error says why); inside a folder,
    other files (notes, licences) are skipped quietly. With ``roots``, a folder's entry that
    leads outside them (a symlink) is returned unread, whether or not its target exists, so
    that the caller's check refuses it by name as it refuses the same path named directly.
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
                if child.name.startswith("."):
                    continue
                try:
                    outside = bool(roots) and not within(child.resolve(), roots)
                except (OSError, RuntimeError):  # a symlink loop leads nowhere: skipped
                    continue
                if outside:
                    found.append(child)
                elif child.is_file():
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
