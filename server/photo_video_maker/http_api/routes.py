"""The endpoints of docs/cloud-api.md: thin functions over the services in ``Services``.

Plain ``def`` endpoints run on FastAPI's thread pool (SQLite and the engine block); the two
that stream (``/run_sse`` and uploads) are ``async`` and move blocking work to threads.
"""

from __future__ import annotations

import mimetypes
from typing import Annotated, Any

import anyio.to_thread
from fastapi import APIRouter, Body, Depends, Header, Request
from fastapi.responses import FileResponse, StreamingResponse

from ..errors import ExportNotAllowed, InputError, MessageTooLong, RenderNotFound
from .auth import CurrentAccount
from .envelope import Envelope, ErrorEnvelope, bind_url
from .models import (
    BalanceData,
    GeneratedMedia,
    RenderBody,
    RenderOutput,
    RenderStatus,
    RunBody,
    SessionState,
    StateData,
    TaskBody,
    TaskData,
    TokenData,
    UploadData,
)
from .render_request import check_allowance, prepare
from .render_rows import RenderJob
from .services import Services
from .turn_stream import open_turn
from .uploads import receive_upload

JSON_BODY_LIMIT = 4 * 1024 * 1024  # a large draft is a few hundred KB

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorEnvelope} for status in (400, 401, 402, 404, 413, 429, 500)
}
UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}}
                    },
                }
            },
            "application/json": {"schema": {"$ref": "#/components/schemas/UrlUpload"}},
        }
    }
}

router = APIRouter(max_body_size=JSON_BODY_LIMIT, responses=ERRORS)
# Uploads count their own bytes per file while streaming (uploads.py): no blanket limit here.
upload_router = APIRouter(responses=ERRORS)


def services(request: Request) -> Services:
    """The app's services (FastAPI dependency)."""
    found: Services = request.app.state.services
    return found


Svc = Annotated[Services, Depends(services)]


@router.post("/api/auth/anonymous-token", tags=["auth"])
def anonymous_token(
    svc: Svc,
    x_client_id: Annotated[str | None, Header(description="A random UUID")] = None,
    x_previous_token: Annotated[
        str | None,
        Header(description="The client's expired or refused token, to renew its account"),
    ] = None,
) -> Envelope[TokenData]:
    """A new anonymous token with the starting credits; one per client id per 7 days.

    A client renews an expired (or refused) token by sending it in ``X-Previous-Token`` with
    its client id: the new token keeps the same account, credits and sessions.
    """
    issued = svc.tokens.issue(x_client_id, x_previous_token)
    return Envelope(
        data=TokenData(token=issued.token, expires_at=issued.expires_at, credits=issued.credits)
    )


@router.post("/api/tasks/me/with-session/nemo_agent", tags=["sessions"])
def create_session(
    request: Request,
    svc: Svc,
    account: CurrentAccount,
    body: Annotated[TaskBody | None, Body()] = None,
) -> Envelope[TaskData]:
    """A new, empty session owned by the caller."""
    body = body or TaskBody()
    task_id, session_id = svc.owners.create(account.id, body.task_name, body.language)
    link = bind_url(request, account.client_id) if account.kind == "anonymous" else None
    return Envelope(data=TaskData(task_id=task_id, session_id=session_id, bind_url=link))


@router.post(
    "/run_sse",
    tags=["editing"],
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": "The turn, as SSE"}},
)
async def run_sse(
    svc: Svc,
    account: CurrentAccount,
    body: RunBody,
    idempotency_key: Annotated[
        str | None,
        Header(
            description="Any unique string per message (at most 128 characters): a retry with "
            "the same key is applied and charged once and gets the same reply"
        ),
    ] = None,
) -> StreamingResponse:
    """One chat turn: the instruction is applied to the session's draft; the reply streams."""
    text = "\n".join(p.text for p in body.new_message.parts if p.text).strip()
    if not text:
        raise InputError("the message has no text", "Say what to change")
    limit = svc.settings.max_message_chars
    if len(text) > limit:  # before any credit is frozen: reading is bounded in time
        raise MessageTooLong(f"the message has {len(text)} characters; at most {limit} are read")
    await anyio.to_thread.run_sync(svc.owners.require, account.id, body.session_id)
    return await open_turn(svc, account.id, body.session_id, text, idempotency_key)


@upload_router.post(
    "/api/upload-video/nemo_agent/me/{session_id}", tags=["media"], openapi_extra=UPLOAD_BODY
)
async def upload(
    request: Request, session_id: str, svc: Svc, account: CurrentAccount
) -> Envelope[UploadData]:
    """Add photos, clips or music: multipart ``files`` parts, or JSON ``urls``."""
    await anyio.to_thread.run_sync(svc.owners.require, account.id, session_id)
    result = await receive_upload(request, svc.backend, session_id)
    return Envelope(data=UploadData(media=result.media, skipped=result.skipped))


@router.get("/api/credits/balance/simple", tags=["credits"])
def balance(svc: Svc, account: CurrentAccount) -> Envelope[BalanceData]:
    """The caller's credits."""
    b = svc.ledger.balance(account.id)
    return Envelope(
        data=BalanceData(available=b.available, frozen=b.frozen, total=b.available + b.frozen)
    )


@router.get("/api/state/nemo_agent/me/{session_id}/latest", tags=["sessions"])
def state(
    request: Request, session_id: str, svc: Svc, account: CurrentAccount
) -> Envelope[StateData]:
    """The session's draft, its media and its finished videos."""
    svc.owners.require(account.id, session_id)
    current = svc.backend.state(session_id)
    made = [
        GeneratedMedia(
            id=job.id,
            url=_download_url(request, job),
            format=str(job.result["format"]),
            duration_ms=int(job.result["duration_ms"]),
            size_bytes=int(job.result["size_bytes"]),
        )
        for job in svc.renders.completed(account.id, session_id)
        if job.result
    ]
    return Envelope(
        data=StateData(
            state=SessionState(
                draft=current.draft.to_json(), video_infos=current.media, generated_media=made
            )
        )
    )


@router.post("/api/render/proxy/lambda", tags=["export"])
def start_render(
    request: Request,
    body: RenderBody,
    svc: Svc,
    account: CurrentAccount,
    x_skill_source: Annotated[str | None, Header(description="photo-video-maker-easy")] = None,
    x_skill_version: Annotated[str | None, Header(description="The client's version")] = None,
    x_skill_platform: Annotated[str | None, Header(description="clawhub, cursor, ...")] = None,
) -> Envelope[RenderStatus]:
    """Queue a render; the same ``id`` returns the same job. Needs the attribution headers."""
    if svc.settings.require_attribution and not (
        x_skill_source and x_skill_version and x_skill_platform
    ):
        raise ExportNotAllowed(
            "export needs the attribution headers X-Skill-Source, X-Skill-Version and "
            "X-Skill-Platform",
            "Send them with every request (docs/cloud-api.md)",
        )
    job = svc.renders.find(account.id, body.id)
    if job is None:
        svc.owners.require(account.id, body.sessionId)
        wanted = prepare(
            svc.backend,
            svc.settings,
            body.sessionId,
            body.draft,
            body.output.format,
            body.output.resolution,
        )
        seconds = wanted.seconds

        def allowance(used: float, until: float) -> None:
            check_allowance(svc.settings, used, until, seconds)

        allowance(*svc.renders.rows.seconds_today(account.id))  # before credits are held
        hold = None
        if svc.render_cost:
            hold = svc.ledger.reserve(account.id, svc.render_cost, f"render {body.id}")
        try:
            # checked again as the job is added: a request at the same moment may have used it
            job, new = svc.renders.submit(
                account.id, body.id, body.sessionId, wanted, hold, allowance
            )
        except BaseException:
            if hold is not None:
                svc.ledger.release(hold)
            raise
        if hold is not None and not new:  # the same id at the same time: one job, one charge
            svc.ledger.release(hold)
    return Envelope(data=_status(request, job))


@router.get("/api/render/proxy/lambda/{render_id}", tags=["export"])
def render_status(
    request: Request, render_id: str, svc: Svc, account: CurrentAccount
) -> Envelope[RenderStatus]:
    """Where a render is: pending, processing (with progress), completed or failed."""
    return Envelope(data=_status(request, svc.renders.get(account.id, render_id)))


@router.get(
    "/api/render/download/{render_id}",
    tags=["export"],
    response_class=FileResponse,
    responses={200: {"content": {"video/mp4": {}}, "description": "The video file"}},
)
def download_render(render_id: str, svc: Svc, account: CurrentAccount) -> FileResponse:
    """The finished video (same bearer token as the render)."""
    job = svc.renders.get(account.id, render_id)
    path = svc.renders.output_file(job)
    if path is None:
        raise RenderNotFound("the video is not ready", "Poll the render status until completed")
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media_type, filename=render_id + path.suffix)


@router.get("/register", name="register", tags=["auth"])
def register(bind: str | None = None) -> Envelope[None]:
    """Where the registration link of an anonymous account leads on a self-hosted service."""
    return Envelope(
        message="This self-hosted service has no registration: its operator sets the credits "
        "(PVM_API_GRANT, PVM_API_EDIT_COST).",
        data=None,
    )


def _download_url(request: Request, job: RenderJob) -> str:
    return str(request.url_for("download_render", render_id=job.id))


def _status(request: Request, job: RenderJob) -> RenderStatus:
    output = None
    if job.status == "completed" and job.result:
        output = RenderOutput(
            url=_download_url(request, job),
            duration=int(job.result["duration_ms"]) / 1000,
            size=int(job.result["size_bytes"]),
        )
    progress = 100 if job.status == "completed" else int(job.progress * 100)
    return RenderStatus(
        id=job.id,
        status=job.status,
        progress=min(100, max(0, progress)),
        output=output,
        error=job.error,
        worker=job.worker,
    )
