"""The chat app (MCP Apps, ``ui://``): a page that hosts such as Claude, ChatGPT, VS Code and
Goose show inside the chat, beside the results of ``preview`` and ``export``.

The page (``app/studio.html``, plain JavaScript that speaks the MCP Apps messages itself, so
running the server needs no Node) draws the storyboard, takes photos dropped on it, reorders
and removes shots, exports, and plays the video. It runs in the host's sandbox with no network:
everything it shows or sends goes through tool calls. Its own tools below are visible to the
app only (``_meta.ui.visibility``); reordering, removing and exporting use ``edit`` and
``export`` themselves, so the page can do nothing the model could not.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Annotated

from mcp.server.apps import Apps
from mcp.types import CallToolResult
from pydantic import Field

from .backends.app_results import ChunkResult, TimelineResult, VideoChunk
from .backends.base import Backend
from .backends.drop_uploads import MAX_CHUNK_BYTES
from .backends.local_app import MAX_VIDEO_CHUNK
from .mcp_server import SessionId, _call, _hints, _reply

APP_URI = "ui://photo-video-maker/studio.html"
# the flat key is the draft spec's name for the same link; hosts that shipped before the
# stable spec read only that one
APP_META = {"ui": {"resourceUri": APP_URI}, "ui/resourceUri": APP_URI}


def app_html() -> str:
    """The page, as shipped inside the package."""
    return (files("photo_video_maker") / "app" / "studio.html").read_text(encoding="utf-8")


def app_extension(backend: Backend) -> Apps:
    """The MCP Apps extension: the page as a ``ui://`` resource and the app's own tools."""
    apps = Apps()
    apps.add_html_resource(
        APP_URI,
        app_html(),
        name="Photo Video Maker studio",
        description="Storyboard, drop zone, reordering, export and playback of the video",
        prefers_border=True,
    )

    @apps.tool(resource_uri=APP_URI, visibility=["app"], annotations=_hints(True, idempotent=True))
    async def app_timeline(
        session_id: SessionId = None,
    ) -> Annotated[CallToolResult, TimelineResult]:
        """The timeline as the app draws it: each shot's picture (titles and captions drawn),
        name and times, the music and the latest export."""
        return _reply(await _call(backend.timeline, session_id))

    @apps.tool(resource_uri=APP_URI, visibility=["app"], annotations=_hints(False))
    async def app_upload_chunk(
        name: Annotated[str, Field(description="The dropped file's name", max_length=255)],
        size: Annotated[int, Field(description="The whole file's size in bytes", ge=1)],
        offset: Annotated[int, Field(description="Where this piece starts in the file", ge=0)],
        data: Annotated[
            str,
            Field(
                description=f"This piece, base64 ({MAX_CHUNK_BYTES // 1024} KB at most)",
                max_length=MAX_CHUNK_BYTES * 4 // 3 + 4,
            ),
        ],
        upload_id: Annotated[
            str | None, Field(description="From the first piece's result; omit on the first")
        ] = None,
        session_id: SessionId = None,
    ) -> Annotated[CallToolResult, ChunkResult]:
        """One piece of a file dropped on the app, in order. When the last piece arrives the
        file is checked as upload checks files, and joins the end of the timeline."""
        result = await _call(backend.receive_chunk, upload_id, name, size, offset, data, session_id)
        return _reply(result)

    @apps.tool(resource_uri=APP_URI, visibility=["app"], annotations=_hints(True, idempotent=True))
    async def app_video_chunk(
        job_id: Annotated[str, Field(description="A completed export's job_id")],
        offset: Annotated[int, Field(description="First byte to send", ge=0)] = 0,
        length: Annotated[
            int, Field(description="Bytes to send (a multiple of 3)", ge=3, le=MAX_VIDEO_CHUNK)
        ] = MAX_VIDEO_CHUNK,
    ) -> Annotated[CallToolResult, VideoChunk]:
        """Bytes of an exported video, for the app to play it."""
        return _reply(await _call(backend.video_chunk, job_id, offset, length))

    return apps
