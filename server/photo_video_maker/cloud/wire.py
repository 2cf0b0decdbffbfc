"""What the cloud API sends, as pydantic models (docs/cloud-api.md).

Models ignore keys they do not know, so a service that adds fields keeps working. Render
status is the one answer with several known shapes; ``parse_render_status`` reads them all and
returns one ``RenderStatus`` whose ``status`` is pending, processing, completed or failed.
"""

from __future__ import annotations

import email.utils
import logging
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from ..errors import (
    AuthError,
    BackendError,
    CreditsError,
    ExportNotAllowed,
    InputError,
    MediaTooLarge,
    PVMError,
    RateLimited,
    SessionNotFound,
    UnsupportedMedia,
)
from ..instruct.gui_reply import translate_reply

log = logging.getLogger("photo_video_maker.cloud")

RenderState = Literal["pending", "processing", "completed", "failed"]
_STATUS_WORDS: dict[str, RenderState] = {
    **dict.fromkeys(("pending", "queued", "waiting", "created", "submitted", "new"), "pending"),
    **dict.fromkeys(
        ("processing", "running", "in_progress", "rendering", "started", "active"), "processing"
    ),
    **dict.fromkeys(
        ("completed", "complete", "succeeded", "success", "done", "finished", "ok"), "completed"
    ),
    **dict.fromkeys(
        ("failed", "failure", "error", "errored", "cancelled", "canceled", "timeout", "aborted"),
        "failed",
    ),
}


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class AnonymousToken(_Wire):
    """``POST /api/auth/anonymous-token``. The token is a SecretStr: it never shows in a repr."""

    token: SecretStr
    expires_at: str | None = None
    credits: int | None = None


class SessionInfo(_Wire):
    """``POST /api/tasks/me/with-session/nemo_agent``."""

    task_id: str | None = None
    session_id: str
    bind_url: str | None = None


class WireMedia(_Wire):
    """One media file as the service describes it (upload answers and ``video_infos``)."""

    id: str
    name: str = ""
    kind: Literal["image", "video", "audio"] = "image"
    width: int | None = None
    height: int | None = None
    duration_ms: int | None = None

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, value: Any) -> str:
        # The origin says "photo", "picture", "clip" or "music" in places.
        word = str(value or "image").lower()
        if word in ("video", "clip", "movie"):
            return "video"
        if word in ("audio", "music", "sound", "bgm"):
            return "audio"
        return "image"


class UploadAnswer(_Wire):
    """``POST /api/upload-video/...``: what was added and what the service refused."""

    media: list[WireMedia] = Field(default_factory=list)
    skipped: list[str] = Field(default_factory=list)


class Balance(_Wire):
    """``GET /api/credits/balance/simple``."""

    available: int = 0
    frozen: int = 0
    total: int = 0


class GeneratedMedia(_Wire):
    """A finished render kept in the session."""

    id: str = ""
    url: str = ""
    format: str = "mp4"
    duration_ms: int | None = None
    size_bytes: int | None = None


class SessionState(_Wire):
    """``GET /api/state/.../latest`` -> ``data.state``. ``draft`` stays raw JSON: the caller
    decides how leniently to read it."""

    draft: dict[str, Any] | None = None
    video_infos: list[WireMedia] = Field(default_factory=list)
    generated_media: list[GeneratedMedia] = Field(default_factory=list)


class RenderStatus(_Wire):
    """A render job in the one shape the rest of the code uses."""

    id: str
    status: RenderState
    progress: float = Field(0.0, description="0..100")
    url: str | None = None
    duration_s: float | None = None
    size: int | None = None
    error: str | None = None

    @property
    def fraction(self) -> float:
        """Progress as 0..1 (1 once completed)."""
        return 1.0 if self.status == "completed" else max(0.0, min(self.progress, 100.0)) / 100


def normal_status(word: Any) -> RenderState:
    """Map every status word the cloud is known to use onto the four of the contract.

    An unknown word is read as still processing (logged): polling is bounded by the caller's
    timeout, and failing a render because the service added a new stage would be worse.
    """
    key = str(word or "").strip().lower().replace("-", "_").replace(" ", "_")
    if key in _STATUS_WORDS:
        return _STATUS_WORDS[key]
    log.warning("unknown render status %r, treated as processing", str(word)[:40])
    return "processing"


def _error_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dict):
        return str(value.get("message") or value.get("msg") or value.get("error") or value)
    return str(value)


def parse_render_status(body: Any, fallback_id: str) -> RenderStatus:
    """Read a render status in any known shape:

    - the contract: ``{"code": 0, "data": {"id", "status", "progress", "output": {...}, "error"}}``
    - no envelope: ``{"status", "output": {"url"}}``
    - ``{"success": true, "data": {"id", "status", "progress", "outputUrl"}}``
    - ``{"taskId", "status", "progress", "output": {"url", "duration", "size"}}``
    """
    obj: Any = body
    # Envelopes: {"code": 0, "data": {...}} and {"success": true, "data": {...}}
    while isinstance(obj, dict) and "status" not in obj and isinstance(obj.get("data"), dict):
        obj = obj["data"]
    if not isinstance(obj, dict) or "status" not in obj:
        raise ValueError("not a render status")
    output: dict[str, Any] = obj["output"] if isinstance(obj.get("output"), dict) else {}
    url = output.get("url") or obj.get("outputUrl") or obj.get("output_url") or obj.get("url")
    duration = output.get("duration", obj.get("duration"))
    size = output.get("size", obj.get("size"))
    status = normal_status(obj.get("status"))
    error = _error_text(obj.get("error") or obj.get("errorMessage") or obj.get("message"))
    if status == "failed" and error is None:
        error = "the cloud render failed without saying why"
    return RenderStatus(
        id=str(obj.get("id") or obj.get("taskId") or obj.get("task_id") or fallback_id),
        status=status,
        progress=float(obj.get("progress") or 0.0),
        url=str(url) if url else None,
        duration_s=float(duration) if isinstance(duration, int | float) else None,
        size=int(size) if isinstance(size, int | float) else None,
        error=error if status == "failed" else None,
    )


def retry_after(value: str | None, default: float = 30.0) -> float:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date)."""
    if not value:
        return default
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def envelope_code(body: Any, status: int) -> tuple[int, str]:
    """The envelope's code and message; HTTP status stands in when the body has none."""
    if isinstance(body, dict):
        if isinstance(body.get("code"), int):
            return body["code"], str(body.get("message") or "")
        if body.get("success") is False:
            return (status if status >= 400 else 500), str(body.get("message") or body)[:300]
    if status < 400:
        return 0, ""
    return {401: 1001, 413: 4002}.get(status, status), f"HTTP {status}"


def error_for(
    code: int, message: str, *, register_link: str | None, nemo_token: bool, reauthed: bool
) -> PVMError:
    """The project error for an API error code, with the action the error table asks for.

    ``message`` comes from the service (already scrubbed of tokens); like every text from the
    backend it goes through the GUI-phrase translation before a person sees it.
    """
    said = translate_reply(message).text.strip()
    if code == 1001:
        if nemo_token:
            return AuthError(
                "the cloud rejected the token in NEMO_TOKEN (bad or expired)",
                "Get a fresh token from your account, set NEMO_TOKEN to it and restart the server",
            )
        what = "a freshly issued anonymous token" if reauthed else "the anonymous token"
        return AuthError(
            f"the cloud rejected {what}", "Try again later, or set NEMO_TOKEN to an account token"
        )
    if code == 1002:
        return SessionNotFound("the cloud no longer has this session")
    if code == 2001:
        if register_link:
            return CreditsError(
                "you have no cloud credits left",
                f"Register for free to get more credits and keep this project: {register_link}",
            )
        return CreditsError("you have no cloud credits left", "Top up credits in your account")
    if code == 402:
        return ExportNotAllowed(
            "your cloud plan does not allow export (this is not about credits)",
            "Register or upgrade your plan to unlock export",
        )
    if code == 4001:
        return UnsupportedMedia(said or "the cloud refused the file")
    if code == 4002:
        return MediaTooLarge(said or "the file is too large for the cloud (200 MB at most)")
    if code == 429:
        return RateLimited(said or "the cloud is limiting requests")
    if code == 400:
        return InputError(said or "the cloud refused the request", "Check the request and retry")
    return BackendError(f"the cloud answered with error {code}" + (f": {said}" if said else ""))
