"""Uploads to the cloud: what may leave this machine, and sending it.

Paths are untrusted. Each file is checked here first, as the local backend does (allowed
folders after resolving symlinks, media decided by content, the size limit), so a file that
is not media, or lies outside the allowed folders, is refused locally and never sent. Files go
in one multipart request whose ``files`` parts httpx streams from the open files.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from ..cloud.client import CloudClient
from ..cloud.wire import UploadAnswer, WireMedia
from ..config import Settings
from ..errors import MediaError, MediaTooLarge, PVMError, megabytes
from ..media.collect import collect
from ..media.ingest import check_path, clean_name, decode_inline, spool
from .results import MediaItem, refusal

LocalFile = tuple[Path, str]  # the file to send, the name to show


def item(media: WireMedia) -> MediaItem:
    """The result model of a media file the service described."""
    return MediaItem.model_validate(media.model_dump())


def local_files(
    paths: list[str], inline: list[str], roots: tuple[str, ...], settings: Settings
) -> tuple[list[LocalFile], list[str], list[PVMError], list[Path]]:
    """Files to send, checked here first (allowed folders, media by content, size), so
    nothing that would be refused, or that is not media, leaves the machine."""
    allowed = settings.allowed_roots + tuple(Path(r).resolve() for r in roots)
    base = Path(roots[0]) if roots else None
    files: list[LocalFile] = []
    skipped: list[str] = []
    errors: list[PVMError] = []
    temps: list[Path] = []

    def refuse(label: str, exc: PVMError) -> None:
        skipped.append(refusal(label, exc))
        errors.append(exc)

    def take(path: Path, name: str) -> None:
        size, limit = path.stat().st_size, settings.max_upload_bytes
        if size > limit:
            raise MediaTooLarge(f"{name} is {megabytes(size)}, over the {megabytes(limit)} limit")
        files.append((path, name))

    for raw in paths:
        try:
            for path in collect([check_path(raw, allowed, base)], allowed):
                try:
                    # a folder's entries pass the same check as a path named directly
                    take(check_path(str(path), allowed), clean_name(path.name))
                except PVMError as exc:
                    refuse(clean_name(path.name), exc)
        except PVMError as exc:
            refuse(clean_name(raw), exc)
    for index, data in enumerate(inline):
        try:
            payload, name = decode_inline(data, index)
            temps.append(spool(payload, settings.home / "tmp"))
            collect([temps[-1]])  # pasted bytes must be media too
            take(temps[-1], name)
        except PVMError as exc:
            refuse(f"pasted item {index + 1}", exc)
    return files, skipped, errors, temps


def send(
    client: CloudClient, sid: str, files: list[LocalFile], urls: list[str]
) -> list[tuple[UploadAnswer, PVMError | None]]:
    """Files in one multipart request (streamed from disk), then the URLs; a refusal of one
    part is reported beside the other's success."""
    answers: list[tuple[UploadAnswer, PVMError | None]] = []
    jobs: list[Callable[[], dict[str, object]]] = []
    if files:

        def send_files() -> dict[str, object]:
            with ExitStack() as stack:
                parts = [
                    (name, stack.enter_context(path.open("rb")), _mime(name))
                    for path, name in files
                ]
                return client.upload_files(sid, parts)

        jobs.append(send_files)
    if urls:
        jobs.append(lambda: client.upload_urls(sid, urls))
    for job in jobs:
        try:
            answers.append((UploadAnswer.model_validate(job()), None))
        except MediaError as exc:
            answers.append((UploadAnswer(), exc))
    return answers


def _mime(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"
