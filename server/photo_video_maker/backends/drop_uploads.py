"""Files dropped on the chat app arrive in pieces: the page has no network and no file system,
only tool calls, and a tool call carries a few hundred kilobytes well. Each piece is appended
to a private file in the data folder's ``tmp``; the declared size and the bytes as they
arrive are held to the upload limit, and the whole file, once complete, goes through the
same checks as ``upload`` (content sniffing, full decode, pixel limit) before it is kept.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, MediaTooLarge
from ..media.ingest import clean_name
from .app_results import ChunkResult
from .results import UploadResult

MAX_CHUNK_BYTES = 1024 * 1024  # a message of under 1.4 MB once base64: far from 4 MiB
MAX_PENDING = 16  # drops in progress at once
STALE_S = 15 * 60  # a drop left unfinished this long is given up


@dataclass
class _Pending:
    path: Path
    name: str
    size: int
    session_id: str | None
    received: int = 0
    touched: float = 0.0


# the finished file, its original name and the session: what ``upload`` makes of it
Finish = Callable[[Path, str, str | None], UploadResult]


class DropUploads:
    """Pieces of dropped files, assembled in ``folder`` and handed to ``finish`` when whole."""

    def __init__(self, folder: Path, max_bytes: int, finish: Finish) -> None:
        self.folder, self.max_bytes, self.finish = folder, max_bytes, finish
        self._pending: dict[str, _Pending] = {}
        self._lock = threading.Lock()
        _remove_old(folder)  # pieces that a stopped server was still receiving

    def receive(
        self,
        upload_id: str | None,
        name: str,
        size: int,
        offset: int,
        data: str,
        session_id: str | None,
    ) -> ChunkResult:
        """Append one piece (base64 ``data`` at ``offset``); a new drop has no ``upload_id``."""
        piece = _decode(data)
        with self._lock:
            self._forget_stale()
            pending = self._pending.get(upload_id) if upload_id else None
            if upload_id and pending is None:
                raise InputError(
                    f"no upload {upload_id!r} is in progress (finished, failed or abandoned)",
                    "Send the file again from its first piece, without upload_id",
                )
            if pending is None:
                if offset != 0:
                    raise InputError(
                        f"the first piece of {clean_name(name)} starts at byte {offset}, "
                        "expected byte 0",
                        "Send the file from its first piece",
                    )
                upload_id, pending = self._start(name, size, session_id)
            assert upload_id is not None
            if offset != pending.received:
                raise InputError(
                    f"piece at byte {offset} of {clean_name(pending.name)}, expected byte "
                    f"{pending.received}",
                    "Send the pieces in order",
                )
            if pending.received + len(piece) > pending.size:
                self._drop(upload_id)
                raise MediaTooLarge(
                    f"{clean_name(pending.name)} is longer than the {pending.size} bytes it "
                    "declared; nothing was kept",
                )
            with open(pending.path, "ab") as out:
                out.write(piece)
            pending.received += len(piece)
            pending.touched = time.monotonic()
            if pending.received < pending.size:
                return ChunkResult(
                    upload_id=upload_id,
                    received_bytes=pending.received,
                    total_bytes=pending.size,
                    done=False,
                    summary=f"Received {pending.received} of {pending.size} bytes.",
                )
            del self._pending[upload_id]
        try:  # outside the lock: checking a large photo or clip takes a while
            uploaded = self.finish(pending.path, pending.name, pending.session_id)
        finally:
            pending.path.unlink(missing_ok=True)
        return ChunkResult(
            upload_id=upload_id,
            received_bytes=pending.size,
            total_bytes=pending.size,
            done=True,
            upload=uploaded,
            summary=uploaded.summary,
        )

    def _start(self, name: str, size: int, session_id: str | None) -> tuple[str, _Pending]:
        if size > self.max_bytes:
            raise MediaTooLarge(
                f"{clean_name(name)} is {size / 1e6:.0f} MB; the limit is "
                f"{self.max_bytes / 1e6:.0f} MB"
            )
        if size <= 0:
            raise InputError(f"{clean_name(name)} is empty", "Drop a photo, clip or song")
        if len(self._pending) >= MAX_PENDING:
            raise InputError(
                f"{MAX_PENDING} files are being received already", "Wait for them to finish"
            )
        self.folder.mkdir(parents=True, exist_ok=True)
        upload_id = "drop_" + secrets.token_hex(16)
        path = self.folder / f"{upload_id}.part"
        path.touch(mode=0o600)
        pending = _Pending(path, name, size, session_id, touched=time.monotonic())
        self._pending[upload_id] = pending
        return upload_id, pending

    def _drop(self, upload_id: str) -> None:
        pending = self._pending.pop(upload_id, None)
        if pending is not None:
            pending.path.unlink(missing_ok=True)

    def _forget_stale(self) -> None:
        now = time.monotonic()
        for upload_id in [k for k, p in self._pending.items() if now - p.touched > STALE_S]:
            self._drop(upload_id)


def _remove_old(folder: Path) -> None:
    """Remove pieces older than STALE_S (another server's recent drops are left alone)."""
    if not folder.is_dir():
        return
    cutoff = time.time() - STALE_S
    for part in folder.glob("drop_*.part"):
        try:
            if part.stat().st_mtime < cutoff:
                part.unlink()
        except OSError:
            continue


def _decode(data: str) -> bytes:
    if len(data) > MAX_CHUNK_BYTES * 4 // 3 + 4:
        raise InputError(
            f"a piece is larger than {MAX_CHUNK_BYTES // 1024} KB", "Send smaller pieces"
        )
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise InputError("a piece is not valid base64", "Send the bytes base64-encoded") from None
