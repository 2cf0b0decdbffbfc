"""What every backend returns: pydantic models whose field descriptions become MCP schemas."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, Field

from ..errors import MediaError, PVMError, bounded
from ..model.draft import Draft
from ..model.edit_types import Edit
from ..model.lang import Lang, say


def refusal(label: str, exc: PVMError, lang: Lang = "en") -> str:
    """Why one item of an upload was refused: its name once (messages often start with it)
    and no hint; the hints are said once for the whole upload (``advice``)."""
    if exc.message.startswith(label) or (lang == "zh" and label in exc.message):
        return exc.message
    return f"{label}：{exc.message}" if lang == "zh" else f"{label}: {exc.message}"


def advice(errors: Sequence[PVMError], lang: Lang = "en") -> str:
    """The distinct hints of ``errors``, each said once."""
    return say(lang, ". ", "。").join(dict.fromkeys(exc.hint for exc in errors if exc.hint))


def nothing_uploaded(skipped: list[str], errors: Sequence[PVMError], lang: Lang = "en") -> PVMError:
    """The error for an upload where nothing could be added, listing every reason once."""
    if not errors:  # only folders without media in them
        return MediaError("nothing was uploaded: no photos, clips or audio were found")
    first = errors[0]
    why = bounded(say(lang, "; ", "；").join(skipped) or first.message)
    return type(first)(
        say(lang, "nothing was uploaded: ", "什么都没上传：") + why, advice(errors, lang)
    )


def skipped_note(skipped: list[str], errors: Sequence[PVMError], lang: Lang = "en") -> str:
    """The sentence of an upload summary that lists what was refused, then the advice once."""
    if not skipped:
        return ""
    hints = advice(errors, lang)
    if lang == "zh":
        return (
            f"有 {len(skipped)} 个没有加上："
            + "；".join(skipped)
            + (f"。{hints}。" if hints else "。")
        )
    return f" Skipped {len(skipped)}: " + "; ".join(skipped) + (f". {hints}." if hints else "")


class MediaItem(BaseModel):
    id: str = Field(description="Media id, used in the draft's src fields")
    name: str = Field(description="The file's original name")
    kind: Literal["image", "video", "audio"] = Field(description="Photo, clip or audio")
    width: int | None = Field(None, description="Upright width in pixels (photos and clips)")
    height: int | None = Field(None, description="Upright height in pixels (photos and clips)")
    duration_ms: int | None = Field(None, description="Length in ms (clips and audio)")
    taken: str | None = Field(
        None, description="When it was taken (its EXIF date, else the file's), YYYY-MM-DD"
    )


class UploadResult(BaseModel):
    session_id: str = Field(description="The session the media were added to")
    media: list[MediaItem] = Field(description="The media added by this call")
    skipped: list[str] = Field(default_factory=list, description="What was refused, and why")
    summary: str = Field(description="The timeline after the upload, for a person")


class Choice(BaseModel):
    """One reading of a request that could mean several edits."""

    label: str = Field(description="The option in the person's words")
    operations: list[Edit] = Field(description="The typed edits this option makes")


class EditResult(BaseModel):
    session_id: str = Field(description="The session that was edited")
    action: Literal["edit", "export", "credits", "state", "upload", "answer", "clarify"] = Field(
        description="What was done: edit (the timeline changed, or nothing when not "
        "understood), answer (a question answered, nothing changed), clarify (the request "
        "could mean several things: nothing changed, ask the person which of `options`), or "
        "the action the request was routed to"
    )
    changes: list[str] = Field(description="What changed, in plain words (empty: nothing)")
    summary: str = Field(description="The reply for the person: the answer or the timeline")
    understood: bool = Field(True, description="False when some words could not be placed")
    unplaced: list[str] = Field(
        default_factory=list, description="The person's words that were not understood"
    )
    suggestions: list[str] = Field(
        default_factory=list, description="Example requests, when the request was not understood"
    )
    options: list[str] = Field(
        default_factory=list, description="clarify: the readings to offer the person"
    )
    choices: list[Choice] = Field(
        default_factory=list,
        description="clarify: each option with the operations that do it (send the chosen "
        "one's `operations` to edit)",
    )
    next_step: str | None = Field(
        None, description="For the assistant: what to do next (e.g. send typed operations)"
    )
    language: Literal["en", "zh"] = Field("en", description="The language of the reply")
    routed: dict[str, Any] | None = Field(
        None, description="The routed action's own result (export, credits or state)"
    )


class StateResult(BaseModel):
    session_id: str = Field(description="The session shown")
    summary: str = Field(description="The timeline for a person")
    draft: Draft = Field(
        description="The draft (shared/spec/draft-format.md): tracks bottom layer first, their "
        "segments with times in ms and metadata typed by track type"
    )
    media: list[MediaItem] = Field(default_factory=list, description="Media in this session")


class ExportResult(BaseModel):
    session_id: str = Field(description="The session exported")
    status: Literal["completed", "running", "queued", "failed"] = Field(
        description="completed: the file is ready; running: call export_status with job_id"
    )
    job_id: str = Field(description="The render job; export_status(job_id) reports on it")
    progress: float = Field(0.0, description="0..1")
    path: str | None = Field(None, description="The finished file")
    format: str = Field(description="mp4, mov, mkv, webm or gif")
    width: int | None = Field(None, description="Pixels")
    height: int | None = Field(None, description="Pixels")
    duration_ms: int | None = Field(None, description="Length of the video")
    size_bytes: int | None = Field(None, description="File size")
    error: str | None = Field(None, description="Why the render failed")
    summary: str = Field("", description="For a person")
    next_step: str | None = Field(
        None, description="For the assistant: what to do next (running: call export_status)"
    )


class CreditsResult(BaseModel):
    backend: str = Field(description="local or cloud")
    available: int = Field(description="Credits that can be spent now")
    frozen: int = Field(description="Credits reserved by work in progress")
    total: int = Field(description="available + frozen")
    charged: bool = Field(description="Whether this backend charges for anything")
    usage: dict[str, int] = Field(default_factory=dict, description="What has been used")
    summary: str = Field(description="For a person")


class SessionResult(BaseModel):
    session_id: str = Field(description="The new session")
    summary: str = Field(description="For a person")


class MusicTrack(BaseModel):
    name: str = Field(description="Name to ask for, e.g. calm")
    title: str = Field(description="Human title")
    mood: str = Field(description="One word")
    bpm: int = Field(description="Tempo")
    description: str = Field(description="What it sounds like")


class MusicList(BaseModel):
    tracks: list[MusicTrack] = Field(description="Built-in tracks, free to use")
    uploaded: list[MediaItem] = Field(default_factory=list, description="Audio in the session")
    summary: str = Field(description="For a person")


class PreviewResult(BaseModel):
    session_id: str = Field(description="The session previewed")
    frames: int = Field(description="How many tiles the storyboard has")
    width: int = Field(description="Storyboard width in pixels")
    height: int = Field(description="Storyboard height in pixels")
    times_ms: list[int] = Field(description="Time of each tile (the middle of each photo)")
    texts: list[list[str]] = Field(
        default_factory=list, description="The titles and captions drawn on each tile"
    )
    summary: str = Field(description="For a person")


def still_rendering(job_id: str) -> str:
    """An export's next step for the host model, while it renders: the job id is for it, not
    for the person's reply."""
    return (
        f"Call export_status with job_id {job_id} until it is completed, then tell the person "
        "where the video is."
    )


def reply_text(result: BaseModel) -> str:
    """What a person reads: the changes as a list, then the summary (nothing said twice)."""
    data = result.model_dump(mode="json")
    summary = str(data.get("summary", ""))
    changes = [c for c in data.get("changes") or [] if c not in summary]
    options = [f"{i}. {option}" for i, option in enumerate(data.get("options") or [], 1)]
    lines = [f"- {change}" for change in changes] + [summary, *options]
    return "\n".join(line for line in lines if line)


def count_media(media: list[MediaItem], lang: Lang = "en") -> str:
    """ "2 photos, 1 clip" / "2 张照片、1 段视频" for a person."""
    parts = []
    for kind, word, zh in (
        ("image", "photo", "张照片"),
        ("video", "clip", "段视频"),
        ("audio", "audio file", "个音频文件"),
    ):
        n = sum(1 for m in media if m.kind == kind)
        if n:
            parts.append(f"{n} {zh}" if lang == "zh" else f"{n} {word}{'s' if n != 1 else ''}")
    return say(lang, ", ", "、").join(parts) or say(lang, "nothing", "没有文件")
