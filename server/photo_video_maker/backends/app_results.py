"""What the chat app's own tools return: the timeline it draws, drop progress, video bytes."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from .results import ExportResult, UploadResult


class Shot(BaseModel):
    number: int = Field(description="Position in the video, 1-based (what edit operations use)")
    media_id: str = Field(description="The photo's or clip's media id")
    name: str = Field(description="The file's original name")
    kind: Literal["image", "video"] = Field(description="Photo or clip")
    start_ms: int = Field(description="When it appears")
    duration_ms: int = Field(description="How long it is on screen, overlaps included")
    texts: list[str] = Field(default_factory=list, description="Titles and captions shown on it")
    thumbnail: str = Field(description="Its middle frame, texts drawn, as a data: URI (JPEG)")


class TimelineResult(BaseModel):
    session_id: str = Field(description="The session shown ('' when there is none yet)")
    width: int = Field(description="The video's width in pixels")
    height: int = Field(description="The video's height in pixels")
    duration_ms: int = Field(description="Length of the video")
    music: str | None = Field(None, description="The background music's name, if any")
    shots: list[Shot] = Field(description="Photos and clips in order")
    export: ExportResult | None = Field(None, description="The session's latest export")
    max_upload_bytes: int = Field(description="The largest file a drop may send")
    summary: str = Field(description="The timeline for a person")


class ChunkResult(BaseModel):
    upload_id: str = Field(description="Send the next piece with this id")
    received_bytes: int = Field(description="Bytes received so far")
    total_bytes: int = Field(description="The file's declared size")
    done: bool = Field(description="True when the file was whole and checked")
    upload: UploadResult | None = Field(None, description="What was added, once done")
    summary: str = Field(description="For a person")


class VideoChunk(BaseModel):
    job_id: str = Field(description="The export the bytes belong to")
    offset: int = Field(description="Where these bytes start in the file")
    total_bytes: int = Field(description="The file's size")
    mime_type: str = Field(description="video/mp4, video/webm, video/quicktime, ... or image/gif")
    data: str = Field(description="The bytes, base64")
    done: bool = Field(description="True when these bytes reach the end of the file")
