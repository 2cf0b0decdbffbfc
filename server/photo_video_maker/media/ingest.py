"""Bringing a file into the media store: checked, verified, copied under a generated name.

Paths come from people and models and are untrusted: symlinks are resolved before the
allowed-roots check, the type is decided by content, and the original name is kept only
as cleaned-up metadata, never used on disk.
"""

from __future__ import annotations

import base64
import binascii
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from uuid6 import uuid7

from ..errors import (
    DISK_HINT,
    MediaError,
    MediaNotFound,
    MediaTooLarge,
    UnsupportedMedia,
    disk_is_full,
    megabytes,
)
from .collect import within
from .probe import MediaInfo, probe, verify
from .refs import taken_at

EXTENSIONS = {"jpeg": ".jpg", "heif": ".heic"}
INLINE_MAX_BYTES = 3 * 1024 * 1024  # MCP messages are capped at 4 MiB, base64 included


@dataclass(frozen=True)
class Ingested:
    media_id: str
    name: str
    stored: Path
    info: MediaInfo
    taken_at: float


def clean_name(name: str, fallback: str = "file") -> str:
    """A display name: no folders, control or bidi characters, at most 120 characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    kept = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C")
    kept = re.sub(r"\s+", " ", kept).strip()
    return kept[:120] or fallback


def check_path(raw: str, roots: tuple[Path, ...], base: Path | None = None) -> Path:
    """The real file behind ``raw``, which must lie inside one of ``roots`` when any are set.

    Where the path leads (symlinks followed as far as they exist) is checked before whether
    anything is there, so a refusal reads the same whether or not a file outside exists.
    """
    if not raw.strip():  # Path("") is the server's working folder, never what was meant
        raise MediaNotFound("an empty path", "Give the path of a photo, clip, song or folder")
    path = Path(raw).expanduser()
    if not path.is_absolute() and base is not None:
        path = base / path
    not_found = MediaNotFound(f"no such file: {clean_name(raw)}")
    try:
        real = path.resolve()
    except (OSError, RuntimeError, ValueError):  # ValueError: a NUL; RuntimeError: a loop
        raise not_found from None
    if roots and not within(real, roots):
        allowed = ", ".join(str(r) for r in roots)
        raise UnsupportedMedia(
            f"{clean_name(raw)} is outside the folders this server may read",
            f"Move it into one of: {allowed}",
        )
    if not real.exists():
        raise not_found
    return real


def ingest(
    path: Path, store_dir: Path, *, name: str | None = None, max_bytes: int, max_pixels: int
) -> Ingested:
    """Probe and fully verify a file, then copy it into ``store_dir``; nothing is left on error."""
    if not path.is_file():
        raise UnsupportedMedia(f"{clean_name(str(path))} is not a file")
    size = path.stat().st_size
    if size > max_bytes:
        raise MediaTooLarge(
            f"{clean_name(name or path.name)} is {megabytes(size)}, over the "
            f"{megabytes(max_bytes)} limit"
        )
    try:
        info = probe(path, max_pixels=max_pixels, max_bytes=max_bytes)
        verify(path, info)
    except MediaError as exc:
        if name is None or name == path.name:
            raise
        # a dropped or fetched file waits under a temporary name: say the person's own
        raise type(exc)(exc.message.replace(path.name, clean_name(name)), exc.hint) from None
    media_id = "med_" + str(uuid7()).replace("-", "")
    store_dir.mkdir(parents=True, exist_ok=True)
    stored = store_dir / (media_id + EXTENSIONS.get(info.format, "." + info.format))
    tmp = stored.with_suffix(stored.suffix + ".part")
    try:
        shutil.copyfile(path, tmp)
        tmp.replace(stored)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise MediaError(
            f"could not store {clean_name(name or path.name)}: {exc.strerror}",
            DISK_HINT if disk_is_full(exc) else "Check that the data folder can be written to",
        ) from exc
    return Ingested(
        media_id, clean_name(name or path.name), stored, probe(stored), taken_at(info).timestamp()
    )


def decode_inline(data: str, index: int) -> tuple[bytes, str]:
    """Bytes and a name from base64 or a ``data:`` URI (an image pasted into a chat)."""
    name = f"pasted-{index + 1}"
    payload = data.strip()
    if payload.startswith("data:"):
        header, _, payload = payload.partition(",")
        if ";base64" not in header:
            raise UnsupportedMedia("inline data must be base64 encoded")
    if len(payload) * 3 // 4 > INLINE_MAX_BYTES:
        raise MediaTooLarge(
            "the pasted image is larger than 3 MB",
            "Save it to a file and upload it by path or URL instead",
        )
    try:
        return base64.b64decode(payload, validate=True), name
    except (binascii.Error, ValueError):
        raise UnsupportedMedia("inline data is not valid base64") from None


def spool(data: bytes, folder: Path) -> Path:
    """Write bytes to a private temporary file (removed by the caller)."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=folder, prefix="inline-")
    with open(fd, "wb") as fh:
        fh.write(data)
    return Path(name)
