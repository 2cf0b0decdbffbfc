"""Request bodies and ``data`` payloads of the API (docs/cloud-api.md), for validation and docs."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from ..backends.results import MediaItem

RENDER_ID = r"^[A-Za-z0-9_-]{1,128}$"


class TokenData(BaseModel):
    token: str = Field(description="Bearer token; keep it secret, it is shown only once")
    expires_at: str = Field(description="ISO-8601 UTC time after which the token is refused")
    credits: int = Field(description="Credits the new account starts with")


class TaskBody(BaseModel):
    task_name: str = Field("project", max_length=200, description="A name for the project")
    language: str = Field("en", max_length=35, description="The person's language")


class TaskData(BaseModel):
    task_id: str = Field(description="The project")
    session_id: str = Field(description="The session: pass it to every later call")
    bind_url: str | None = Field(description="Where an anonymous account can be registered")


class Part(BaseModel):
    text: str | None = Field(None, max_length=20_000, description="What the person said")


class NewMessage(BaseModel):
    parts: list[Part] = Field(max_length=50, description="The message, in parts")


class RunBody(BaseModel):
    app_name: str = Field("nemo_agent", description="Always nemo_agent")
    user_id: str = Field("me", description="Always me")
    session_id: str = Field(max_length=200, description="The session to edit")
    new_message: NewMessage = Field(description="The person's request")


class UrlUpload(BaseModel):
    urls: list[str] = Field(min_length=1, max_length=20, description="Public http(s) addresses")
    source_type: Literal["url"] = Field("url", description="Always url")


class UploadData(BaseModel):
    media: list[MediaItem] = Field(description="What was added")
    skipped: list[str] = Field(description="What was refused, and why")


class BalanceData(BaseModel):
    available: int = Field(description="Credits that can be spent now")
    frozen: int = Field(description="Credits reserved by work in progress")
    total: int = Field(description="available + frozen")


class GeneratedMedia(BaseModel):
    id: str = Field(description="The render id")
    url: str = Field(description="Download address (same bearer token)")
    format: str = Field(description="mp4, mov, mkv, webm or gif")
    duration_ms: int = Field(description="Length of the video")
    size_bytes: int = Field(description="File size")


class SessionState(BaseModel):
    draft: dict[str, Any] = Field(description="The draft JSON (shared/spec/draft-format.md)")
    video_infos: list[MediaItem] = Field(description="Media uploaded to the session")
    generated_media: list[GeneratedMedia] = Field(description="Finished renders")


class StateData(BaseModel):
    state: SessionState


class OutputSpec(BaseModel):
    format: str = Field("mp4", description="mp4, mov, mkv, webm or gif")
    quality: str = Field("high", description="Accepted for compatibility; one quality here")
    resolution: str | None = Field(
        None, description="480p, 720p, 1080p, 1440p or 2160p (default: the draft's size)"
    )


class RenderBody(BaseModel):
    id: str = Field(pattern=RENDER_ID, description="render_<unique>: the same id, the same job")
    sessionId: str = Field(max_length=200, description="The session to render")
    draft: dict[str, Any] | None = Field(None, description="A draft, or null for the session's")
    output: OutputSpec = Field(default_factory=OutputSpec, description="What to make")


class RenderOutput(BaseModel):
    url: str = Field(description="Download address (same bearer token)")
    duration: float = Field(description="Seconds")
    size: int = Field(description="Bytes")


class RenderStatus(BaseModel):
    id: str = Field(description="The render id")
    status: Literal["pending", "processing", "completed", "failed"]
    progress: int = Field(ge=0, le=100, description="Percent done")
    output: RenderOutput | None = Field(None, description="The video, once completed")
    error: str | None = Field(None, description="Why it failed")
    worker: str | None = Field(
        None, description="The worker rendering or that rendered the video (embedded: the service)"
    )
