"""Uploads: multipart files streamed to disk, or URLs fetched by the SSRF-safe fetcher.

The body is never held in memory: python-multipart's streaming parser hands each file's
bytes over as they arrive, and they go straight into a private temporary folder. The size
limit is counted per file while reading, so it holds with or without Content-Length (and a
declared length over what a whole request may carry is refused before reading). Whatever
happens, the temporary folder is removed; files are added to the session by the engine's
own upload (type by content, full decode, generated names), so a refused file leaves
nothing behind.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import anyio.to_thread
from pydantic import ValidationError
from python_multipart import MultipartParser
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import parse_options_header
from starlette.requests import Request

from ..backends.local import LocalBackend
from ..backends.results import UploadResult
from ..cloud.fetch import safe_filename
from ..errors import InputError, MediaError, MediaTooLarge, megabytes
from .models import UrlUpload

MAX_FILES = 20
JSON_LIMIT = 64 * 1024
_NAME_BYTES = 200  # file systems allow 255 bytes per name; leave room


def request_limit(max_upload_bytes: int) -> int:
    """The most a whole upload request may carry: every file at the limit, plus headers."""
    return max_upload_bytes * MAX_FILES + 1024 * 1024


def _disk_name(raw: str) -> str:
    """The original name made safe for disk (the engine keeps it as display name)."""
    name = safe_filename(raw) or "file"
    while len(name.encode("utf-8")) > _NAME_BYTES:
        stem, dot, ext = name.rpartition(".")
        name = f"{stem[:-1]}.{ext}" if dot and stem else name[:-1]
    return name


class _Spooler:
    """Callbacks for python-multipart: each file part into its own file under ``folder``."""

    def __init__(self, folder: Path, max_bytes: int) -> None:
        self.folder, self.max_bytes = folder, max_bytes
        self.files: list[Path] = []
        self.pending: list[tuple[Path, bytes]] = []
        self.complete = False
        self._header_name = b""
        self._header_value = b""
        self._disposition = b""
        self._current: Path | None = None
        self._size = 0

    def on_part_begin(self) -> None:
        self._disposition, self._current, self._size = b"", None, 0

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]
        if len(self._header_value) > 8192:
            raise InputError("a multipart header is too long")

    def on_header_end(self) -> None:
        if self._header_name.strip().lower() == b"content-disposition":
            self._disposition = self._header_value
        self._header_name, self._header_value = b"", b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self._disposition)
        if b"filename" not in options:
            return  # a plain form field: its bytes are ignored, not kept
        if len(self.files) >= MAX_FILES:
            raise InputError(f"too many files in one upload (at most {MAX_FILES})")
        raw = options[b"filename"].decode("utf-8", "replace")
        # One folder per file: two files with the same name cannot collide.
        part_dir = self.folder / str(len(self.files))
        part_dir.mkdir()
        self._current = part_dir / _disk_name(raw)
        self._current.touch()
        self.files.append(self._current)

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self._current is None:
            return
        self._size += end - start
        if self._size > self.max_bytes:
            raise MediaTooLarge(
                f"{self._current.name} is larger than the {megabytes(self.max_bytes)} limit"
            )
        self.pending.append((self._current, data[start:end]))

    def on_end(self) -> None:
        self.complete = True

    def flush(self) -> None:
        """Write what the parser handed over (on a worker thread: disk I/O blocks)."""
        for path, chunk in self.pending:
            with path.open("ab") as fh:
                fh.write(chunk)
        self.pending.clear()


async def spool_multipart(request: Request, folder: Path, max_bytes: int) -> list[Path]:
    """Stream the multipart body of ``request`` into files under ``folder``."""
    _, params = parse_options_header(request.headers.get("content-type"))
    boundary = params.get(b"boundary")
    if not boundary:
        raise InputError("the multipart body has no boundary")
    limit = request_limit(max_bytes)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise MediaTooLarge(f"the upload is larger than {megabytes(limit)} in all")
    spooler = _Spooler(folder, max_bytes)
    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": spooler.on_part_begin,
            "on_part_data": spooler.on_part_data,
            "on_header_field": spooler.on_header_field,
            "on_header_value": spooler.on_header_value,
            "on_header_end": spooler.on_header_end,
            "on_headers_finished": spooler.on_headers_finished,
            "on_end": spooler.on_end,
        },
    )
    total = 0
    try:
        async for chunk in request.stream():
            total += len(chunk)
            if total > limit:  # form fields are not kept, but they are not free to read either
                raise MediaTooLarge(f"the upload is larger than {megabytes(limit)} in all")
            parser.write(chunk)
            if spooler.pending:
                await anyio.to_thread.run_sync(spooler.flush)
        parser.finalize()
    except MultipartParseError:
        raise InputError("the multipart body is malformed") from None
    if not spooler.complete:
        raise InputError("the multipart body ended early")
    return spooler.files


async def _read_json(request: Request) -> UrlUpload:
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > JSON_LIMIT:
            raise InputError(f"the JSON body is larger than {JSON_LIMIT // 1024} KB")
    try:
        return UrlUpload.model_validate_json(bytes(body))
    except ValidationError:
        raise InputError(
            'expected {"urls": ["https://..."], "source_type": "url"}', "Fix the request body"
        ) from None


async def receive_upload(request: Request, backend: LocalBackend, session_id: str) -> UploadResult:
    """Add the files or URLs of ``request`` to ``session_id`` (which the caller owns)."""
    content_type, _ = parse_options_header(request.headers.get("content-type"))
    if content_type == b"application/json":
        body = await _read_json(request)
        return await anyio.to_thread.run_sync(backend.upload, [], body.urls, [], session_id)
    if content_type != b"multipart/form-data":
        raise MediaError(
            "send multipart/form-data with files parts, or JSON with urls",
            'Use -F "files=@photo.jpg" or {"urls": [...], "source_type": "url"}',
        )
    tmp_root = backend.settings.home / "tmp"
    tmp_root.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="upload-", dir=tmp_root))
    try:
        files = await spool_multipart(request, folder, backend.settings.max_upload_bytes)
        paths = [str(p) for p in files]
        return await anyio.to_thread.run_sync(backend.upload, paths, [], [], session_id)
    finally:
        await anyio.to_thread.run_sync(shutil.rmtree, folder, True)
