"""The MCP server: thin tools over a Backend, built by ``build_server(backend)``.

Every tool returns a pydantic result (structured content) whose ``summary`` is written for
a person; domain errors become ``ToolError`` with a message that says what to do next.
"""

from __future__ import annotations

import base64
import json
import logging
import time
from collections.abc import Callable
from functools import partial
from typing import Annotated, Any, Literal, TypeVar
from urllib.parse import unquote, urlparse

import anyio
import anyio.from_thread
import anyio.to_thread
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
from mcp.server.mcpserver.resolve import ListRoots, Resolve
from mcp.types import CallToolResult, ImageContent, ListRootsResult, TextContent, ToolAnnotations
from pydantic import BaseModel, BeforeValidator, Field, ValidationError

from . import __version__
from .backends.base import Backend
from .backends.results import (
    CreditsResult,
    EditResult,
    ExportResult,
    MusicList,
    PreviewResult,
    SessionResult,
    StateResult,
    UploadResult,
    reply_text,
)
from .errors import PVMError, bounded, for_person
from .model.edit_types import Edit, ResolutionName
from .model.lang import detect, say
from .model.quality import Quality
from .model.share_size import size_limit_edit_for

log = logging.getLogger("photo_video_maker.mcp")
T = TypeVar("T")
PROGRESS_EVERY_S = 0.3  # at most about three progress notifications a second

INSTRUCTIONS = """Photo Video Maker Easy turns photos, clips and music into a video, locally.
Usual flow: upload (paths, folders, URLs or pasted images) -> edit with the person's own words
("slideshow with music and transitions", "make it vertical for TikTok", "add the title
'Summer 2026'") -> export (returns the file path). state shows the timeline, preview shows a
storyboard image, undo goes back one change and redo makes it again. Hosts that show MCP Apps
open an app with preview and export where the person can drop photos, reorder, export and watch
the video. Tools use the most recent session unless a session_id is given."""

SessionId = Annotated[str | None, Field(description="Session to use; omit for the most recent one")]


def _format_name(value: Any) -> Any:
    """ "MP4", ".mov": the names people and models use for the formats."""
    return value.strip().lower().lstrip(".") if isinstance(value, str) else value


# the encoder's formats (render/encode.py FORMATS; a test keeps the two the same)
FormatName = Annotated[Literal["mp4", "mov", "mkv", "webm", "gif"], BeforeValidator(_format_name)]
CRASHED = (
    "{tool} failed because of an internal error. Try again; if it fails again, report a bug "
    "(the server log has the details)"
)


class _Server(MCPServer):
    """The SDK's server, with failures worded for the model.

    A deliberate failure keeps only its own message (not the SDK's "Error executing tool"
    prefix); arguments that break the schema say which argument and what is allowed, without
    echoing the value or pydantic's links; a crash is logged with its traceback and says so.
    """

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        try:
            return await super().call_tool(name, arguments, context)
        except UnexpectedToolError as exc:
            log.error("tool %s crashed", bounded(name, 80), exc_info=exc.__cause__ or exc)
            raise ToolError(CRASHED.format(tool=bounded(name, 80))) from None
        except ToolError as exc:
            cause = exc.__cause__
            if isinstance(cause, ValidationError):
                raise ToolError(bad_arguments(name, cause)) from None
            text = str(cause) if isinstance(cause, ToolError) else str(exc)
            raise ToolError(bounded(text)) from None


def bad_arguments(tool: str, exc: ValidationError) -> str:
    """ "edit: operations[1].fps is 50, not allowed: input should be 24, 25, 30 or 60": the
    argument, the value given (shortened) and what is allowed, never pydantic's own links."""
    said = []
    for error in exc.errors(include_url=False)[:3]:
        where = bounded(_where(error["loc"]), 80)
        if error["type"] == "missing":
            said.append(f"{where} is required")
            continue
        value = bounded(repr(error.get("input")), 60)
        reason = str(error["msg"]).removeprefix("Value error, ")
        said.append(f"{where} is {value}, not allowed: {reason[:1].lower()}{reason[1:]}")
    more = len(exc.errors()) - len(said)
    tail = f" (and {more} more)" if more > 0 else ""
    return bounded(f"{tool}: " + "; ".join(said) + tail + ". Fix the arguments and call it again.")


def _where(loc: tuple[int | str, ...]) -> str:
    """("operations", 0, "fps", "fps") -> "operations[1].fps" (the union's tag repeats)."""
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int) and parts:
            parts[-1] += f"[{part + 1}]"
        elif not parts or parts[-1] != part:
            parts.append(str(part))
    if len(parts) >= 3 and "[" in parts[-3]:  # operations[1].fps.fps: the kind, then the field
        del parts[-2]
    return ".".join(parts) or "the arguments"


def _hints(
    read_only: bool, destructive: bool = False, idempotent: bool = False, open_world: bool = False
) -> ToolAnnotations:
    return ToolAnnotations(
        read_only_hint=read_only,
        destructive_hint=destructive,
        idempotent_hint=idempotent,
        open_world_hint=open_world,
    )


async def _call(fn: Callable[..., T], *args: Any) -> T:
    """Run backend work off the event loop; domain errors become ToolError for the model."""
    try:
        return await anyio.to_thread.run_sync(fn, *args)
    except PVMError as exc:
        raise ToolError(for_person(exc)) from None


async def _call_within(seconds: float, fn: Callable[..., T], *args: Any) -> T | None:
    """Like ``_call``, but gives up waiting after ``seconds`` (the work goes on): hosts cut a
    tool call off after about a minute, and a cloud edit can take longer."""
    with anyio.move_on_after(seconds):
        try:
            return await anyio.to_thread.run_sync(partial(fn, *args), abandon_on_cancel=True)
        except PVMError as exc:
            raise ToolError(for_person(exc)) from None
    return None


def _reporter(ctx: Context, every_s: float = PROGRESS_EVERY_S) -> Callable[[float, str], None]:
    """A progress callback for worker threads that tells the host at most a few times a second
    (a render reports every frame; hosts need no more than a moving bar), and always the end."""
    last = [-every_s]

    def report(progress: float, message: str) -> None:
        now = time.monotonic()
        if progress < 1.0 and now - last[0] < every_s:
            return
        last[0] = now
        anyio.from_thread.run(ctx.report_progress, progress, 1.0, message)

    return report


def _reply(result: BaseModel) -> CallToolResult:
    """Structured content for programs, and the text a person reads."""
    data = result.model_dump(mode="json")
    text = reply_text(result)
    return CallToolResult(content=[TextContent(type="text", text=text)], structured_content=data)


def _ask_roots(ctx: Context) -> ListRoots | ListRootsResult:
    """Ask the host for its roots (the folders it lets us see), when it has any."""
    caps = ctx.client_capabilities
    if caps is None or caps.roots is None:
        return ListRootsResult(roots=[])
    return ListRoots()


def _root_paths(result: ListRootsResult) -> tuple[str, ...]:
    found = []
    for root in result.roots:
        parsed = urlparse(str(root.uri))
        if parsed.scheme == "file":
            found.append(unquote(parsed.path))
    return tuple(found)


def build_server(
    backend: Backend, *, inline_seconds: float = 45.0, edit_seconds: float | None = None
) -> MCPServer:
    """The MCP server over ``backend``.

    ``inline_seconds`` is how long export waits before answering with a job id;
    ``edit_seconds`` (a little longer by default, so an export asked for in words can answer
    with its job id first) how long edit waits before answering that the work goes on.
    """
    # imported here: the app's tools use this module's helpers
    from .mcp_app import APP_META, app_extension
    from .mcp_prompts import add_prompts

    edit_wait = inline_seconds + 5.0 if edit_seconds is None else edit_seconds
    server = _Server(
        "photo-video-maker",
        version=__version__,
        instructions=INSTRUCTIONS,
        extensions=[app_extension(backend)],
    )
    add_prompts(server)

    @server.tool(annotations=_hints(read_only=False, open_world=True))
    async def upload(
        host_roots: Annotated[ListRootsResult, Resolve(_ask_roots)],
        paths: Annotated[list[str], Field(description="Files or folders on this machine")] = [],  # noqa: B006
        urls: Annotated[list[str], Field(description="http(s) addresses of media files")] = [],  # noqa: B006
        session_id: SessionId = None,
        inline: Annotated[
            list[str],
            Field(description="Small pasted images as base64 or data: URIs (3 MB each at most)"),
        ] = [],  # noqa: B006
    ) -> Annotated[CallToolResult, UploadResult]:
        """Add photos (JPEG, PNG, WebP, GIF, HEIC), clips (MP4, MOV, WebM, MKV, AVI) and music
        (MP3, WAV, M4A, AAC, OGG, FLAC) to a session, creating one if there is none. New photos
        and clips go at the end of the video; the first song becomes the background music."""
        roots = _root_paths(host_roots)
        return _reply(await _call(backend.upload, paths, urls, inline, session_id, roots))

    @server.tool(annotations=_hints(read_only=False))
    async def edit(
        ctx: Context,
        instruction: Annotated[
            str | None,
            Field(description="The person's own words, in English or Chinese", max_length=2000),
        ] = None,
        operations: Annotated[
            list[Edit] | None,
            Field(description="Typed edits, applied in order, all or none"),
        ] = None,
        language: Annotated[
            Literal["en", "zh"] | None,
            Field(description="The person's language for the reply (default: as they write)"),
        ] = None,
        session_id: SessionId = None,
    ) -> Annotated[CallToolResult, EditResult]:
        """Change the video as the person asks. Turn the request into `operations` whenever
        you can (each kind and field is described in this schema: durations, length, pace,
        aspect, resolution, fps, order, texts, transitions, motion, fit, look, fades, music,
        volume, undo, redo): they are exact. Otherwise pass the person's words as `instruction`:
        edits change the timeline, questions ("how long is it?") are answered (action
        "answer"), an ambiguous request asks back (action "clarify": ask the person which of
        `options`, then send that one of `choices`' operations), and export, credits, status
        and upload requests are routed there. When words could not be placed, nothing was
        guessed: `next_step` says what to do."""

        done = await _call_within(
            edit_wait, backend.edit, instruction, session_id, _reporter(ctx), operations, language
        )
        if done is None:
            lang = language or detect(instruction or "")
            return _reply(
                EditResult(
                    session_id=session_id or "",
                    action="edit",
                    changes=[],
                    summary=say(
                        lang,
                        "Still working on it; it goes on in the background. Ask me again in a "
                        "minute to see the result.",
                        "还在处理，会在后台继续。过一分钟再问我，就能看到结果。",
                    ),
                    next_step="Call state in a minute to see the result.",
                    language=lang,
                )
            )
        return _reply(done)

    @server.tool(annotations=_hints(read_only=True, idempotent=True))
    async def state(session_id: SessionId = None) -> Annotated[CallToolResult, StateResult]:
        """The timeline as a summary for a person, and the draft JSON."""
        return _reply(await _call(backend.state, session_id))

    @server.tool(annotations=_hints(read_only=False, idempotent=False), meta=APP_META)
    async def export(
        ctx: Context,
        session_id: SessionId = None,
        format: Annotated[FormatName, Field(description="mp4, mov, mkv, webm or gif")] = "mp4",
        resolution: Annotated[
            ResolutionName | None,
            Field(
                description="480p, 720p, 1080p, 1440p or 2160p (4k); omit to keep the draft's "
                "own size and frame rate"
            ),
        ] = None,
        output_path: Annotated[
            str | None, Field(description="Where to write the file (default: the data folder)")
        ] = None,
        quality: Annotated[
            Quality,
            Field(
                description='"draft" for a quick 480p preview to try things out (a fraction of '
                'the full render\'s time), "full" for the finished video'
            ),
        ] = "full",
        max_size: Annotated[
            str | None,
            Field(
                description='Largest file size, e.g. "16MB", or where it is sent: "whatsapp" '
                '(16 MB), "email" (25 MB), "discord" (10 MB). Kept on the draft like the edit '
                '{"kind": "size_limit"}; omit to keep the draft\'s own limit, if any',
                max_length=40,
            ),
        ] = None,
    ) -> Annotated[CallToolResult, ExportResult]:
        """Render the video and return its path. Sends progress while rendering. A long render
        returns status "running" with a job_id after about 45 s and goes on in the background:
        then call export_status(job_id) until it is completed. The reply states the file's
        size (and the limit it was made within)."""
        if max_size is not None:
            limit = await _call(size_limit_edit_for, max_size)
            await _call(backend.edit, None, session_id, None, [limit], None)
        started = await _call(
            backend.start_export, session_id, format, resolution, output_path, quality
        )

        report = _reporter(ctx)
        return _reply(await _call(backend.wait_export, started.job_id, inline_seconds, report))

    @server.tool(annotations=_hints(read_only=True, idempotent=True))
    async def export_status(
        ctx: Context,
        job_id: Annotated[str, Field(description="The job_id that export returned")],
        wait_seconds: Annotated[
            float, Field(description="Wait this long for the render to finish", ge=0, le=50)
        ] = 20.0,
    ) -> Annotated[CallToolResult, ExportResult]:
        """Progress or result of an export that was still running."""

        return _reply(await _call(backend.wait_export, job_id, wait_seconds, _reporter(ctx)))

    @server.tool(annotations=_hints(read_only=True, idempotent=True))
    async def credits() -> Annotated[CallToolResult, CreditsResult]:
        """Credits available, frozen and total, the backend's name and what has been used."""
        return _reply(await _call(backend.credits))

    @server.tool(annotations=_hints(read_only=False))
    async def new_session() -> Annotated[CallToolResult, SessionResult]:
        """Start a new, empty project (the previous ones are kept)."""
        return _reply(await _call(backend.new_session))

    @server.tool(annotations=_hints(read_only=True, idempotent=True))
    async def list_music(session_id: SessionId = None) -> Annotated[CallToolResult, MusicList]:
        """Built-in music tracks (free) and the audio uploaded to the session."""
        return _reply(await _call(backend.list_music, session_id))

    @server.tool(annotations=_hints(read_only=False, destructive=True))
    async def undo(session_id: SessionId = None) -> Annotated[CallToolResult, EditResult]:
        """Go back one change to the timeline (redo makes it again)."""
        return _reply(await _call(backend.undo, session_id))

    @server.tool(annotations=_hints(read_only=False, destructive=False))
    async def redo(session_id: SessionId = None) -> Annotated[CallToolResult, EditResult]:
        """Make again the change undo just took back; any other change in between leaves
        nothing to redo."""
        return _reply(await _call(backend.redo, session_id))

    @server.tool(annotations=_hints(read_only=True, idempotent=True), meta=APP_META)
    async def preview(session_id: SessionId = None) -> Annotated[CallToolResult, PreviewResult]:
        """A storyboard image (JPEG): one frame from the middle of each photo or clip, with its
        titles and captions, numbered."""
        result, picture = await _call(backend.preview, session_id)
        return CallToolResult(
            content=[
                ImageContent(
                    type="image", data=base64.b64encode(picture).decode(), mime_type="image/jpeg"
                ),
                TextContent(type="text", text=result.summary),
            ],
            structured_content=result.model_dump(),
        )

    @server.resource(
        "draft://latest", mime_type="application/json", name="The latest project's draft"
    )
    async def latest_draft() -> str:
        """The draft JSON of the most recent session."""
        return json.dumps((await _call(backend.state, None)).draft.to_json())

    @server.resource("draft://{session_id}", mime_type="application/json")
    async def draft(session_id: str) -> str:
        """The draft JSON of a session ("latest": the most recent one)."""
        state = await _call(backend.state, None if session_id == "latest" else session_id)
        return json.dumps(state.draft.to_json())

    return server
