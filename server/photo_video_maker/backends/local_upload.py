"""Uploads to the local backend: checked, copied into the media store, placed on the timeline."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from pathlib import Path

from ..config import Settings
from ..error_words import in_chinese_apart
from ..errors import MediaError, PVMError
from ..media.collect import collect
from ..media.ingest import Ingested, check_path, clean_name, decode_inline, ingest, spool
from ..model.draft import Draft
from ..model.lang import Lang, say
from ..model.layout import append_visuals, relayout, set_music
from ..model.summary import summarize
from ..music.builtin import is_builtin
from ..store.sessions import MediaRecord, SessionStore
from .results import (
    MediaItem,
    UploadResult,
    count_media,
    nothing_uploaded,
    refusal,
    skipped_note,
)

# for the person (what to do, in plain words) and for the host model (how to call upload)
UPLOAD_HELP = (
    "To add photos, clips or music, send me the files or folders, or tell me where they are "
    "or their web address."
)
UPLOAD_CALL = (
    "To add photos, clips or music, call upload with file paths or folders (paths=[...]), "
    "web addresses (urls=[...]) or pasted images (inline=[base64 or data: URI])."
)


def item_of(record: MediaRecord) -> MediaItem:
    """The result model of a stored media file."""
    return MediaItem(
        id=record.id,
        name=record.name,
        kind=record.kind,
        width=record.width,
        height=record.height,
        duration_ms=record.duration_ms,
        taken=date.fromtimestamp(record.taken_at).isoformat() if record.taken_at else None,
    )


def upload_media(
    sessions: SessionStore,
    settings: Settings,
    paths: list[str],
    urls: list[str],
    inline: list[str],
    session_id: str | None,
    roots: tuple[str, ...] = (),
    draft_lock: AbstractContextManager[object] | None = None,
    received: Sequence[tuple[Path, str]] = (),
    lang: Lang = "en",
) -> UploadResult:
    """Check and store files, folders, URLs and pasted images; place them on the timeline.

    ``received`` are files that this server itself wrote (a drop on the chat app), with their
    original names: the same checks apply, but no folder rules (they came as bytes).
    What cannot be used is listed in ``skipped`` with the reason; when nothing at all could
    be added, the first reason is raised and no session is created. ``lang`` is the person's
    language (their session's), for the reply and the reasons.
    """
    if not (paths or urls or inline or received):
        raise MediaError("nothing to upload", UPLOAD_CALL)
    # a session is created only once something was really added
    sid = sessions.resolve(session_id) if session_id else sessions.latest()
    allowed = settings.allowed_roots + tuple(Path(r).resolve() for r in roots)
    base = Path(roots[0]) if roots else None
    added: list[Ingested] = []
    skipped: list[str] = []
    errors: list[PVMError] = []
    store = settings.media_dir

    def refuse(label: str, exc: PVMError) -> None:
        told = in_chinese_apart(exc) if lang == "zh" else exc
        skipped.append(refusal(label, told, lang))
        errors.append(told)

    def take(path: Path, name: str | None = None) -> None:
        added.append(
            ingest(
                path,
                store,
                name=name,
                max_bytes=settings.max_upload_bytes,
                max_pixels=settings.max_pixels,
            )
        )

    for raw in paths:
        try:
            real = check_path(raw, allowed, base)
            for file in collect([real], allowed) if real.is_dir() else [real]:
                try:
                    # a folder's entries pass the same check as a path named directly
                    take(check_path(str(file), allowed), file.name)
                except PVMError as exc:
                    refuse(clean_name(file.name), exc)
        except PVMError as exc:
            refuse(clean_name(raw), exc)
    for url in urls:
        try:
            _take_url(settings, url, take)
        except PVMError as exc:
            refuse(clean_name(url.split("?")[0]), exc)
    for path, name in received:
        try:
            take(path, name)
        except PVMError as exc:
            refuse(clean_name(name), exc)
    for index, data in enumerate(inline):
        tmp: Path | None = None
        try:
            payload, name = decode_inline(data, index)
            tmp = spool(payload, settings.home / "tmp")
            take(tmp, name=name)
        except PVMError as exc:
            refuse(say(lang, f"pasted item {index + 1}", f"粘贴的第 {index + 1} 项"), exc)
        finally:
            if tmp is not None:
                tmp.unlink(missing_ok=True)
    if not added:
        raise nothing_uploaded(skipped, errors, lang)
    sid = sid or sessions.create()
    for item in added:
        info = item.info
        sessions.add_media(
            MediaRecord(
                id=item.media_id,
                session_id=sid,
                name=item.name,
                kind=info.kind.value,
                format=info.format,
                path=item.stored,
                width=info.width,
                height=info.height,
                duration_ms=info.duration_ms,
                has_audio=info.has_audio,
                taken_at=item.taken_at,
                size_bytes=info.size_bytes,
            )
        )
    with draft_lock if draft_lock is not None else nullcontext():
        before = sessions.draft(sid)
        draft, notes = _place_uploads(sessions, sid, added, lang)
        # the upload that makes the video is where undo stops (undo must never empty it);
        # a later one is a change undo can take back, and say which files it took out
        first = not has_visuals(before)
        step = None if first else {"added": [item.media_id for item in added]}
        sessions.save_draft(sid, draft, step=step, start=first)
    records = {m.id: m for m in sessions.media(sid)}
    media = [item_of(records[item.media_id]) for item in added]
    counts = count_media(media, lang)
    head = say(lang, f"Added {counts}.", f"已添加 {counts}。")
    head += say(lang, " ", "").join(["", *notes]) if notes else ""
    head += skipped_note(skipped, errors, lang)
    return UploadResult(
        session_id=sid, media=media, skipped=skipped, summary=head + "\n" + summarize(draft, lang)
    )


def has_visuals(draft: Draft) -> bool:
    """Whether the video has photos or clips yet."""
    video = draft.video_track()
    return video is not None and bool(video.sg)


def _take_url(settings: Settings, url: str, take: Callable[[Path, str | None], None]) -> None:
    from ..cloud.fetch import FetchPolicy, fetch

    policy = FetchPolicy(
        max_bytes=settings.max_upload_bytes, allow_private=settings.allow_private_urls
    )
    tmp_dir = settings.home / "tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    dest = tmp_dir / f"url-{time.time_ns()}"
    try:
        result = fetch(url, dest, policy)
        take(result.path, result.filename)
    finally:
        dest.unlink(missing_ok=True)


def _place_uploads(
    sessions: SessionStore, sid: str, added: list[Ingested], lang: Lang
) -> tuple[Draft, list[str]]:
    """New photos and clips go at the end of the video; a first song becomes the music."""
    draft = sessions.draft(sid)
    refs = {m.id: m.ref() for m in sessions.media(sid)}
    visuals = [refs[item.media_id] for item in added if item.info.kind.value != "audio"]
    notes: list[str] = []
    if visuals:
        draft = append_visuals(draft, visuals)
    songs = [refs[item.media_id] for item in added if item.info.kind.value == "audio"]
    bgm = draft.bgm_track()
    if songs and (bgm is None or not bgm.sg or is_builtin(bgm.sg[0].m.src)):
        set_music(draft, songs[0])
        draft = relayout(draft)
        name = songs[0].name
        notes.append(say(lang, f"{name} is now the background music.", f"{name} 现在是背景音乐。"))
    return draft, notes
