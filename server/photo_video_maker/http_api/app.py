"""``build_app``: the self-hosted cloud API (docs/cloud-api.md) over the local engine."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import AsyncIterator, Collection
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from .. import __version__
from ..backends.local import LocalBackend
from ..config import Settings
from ..store.db import Database
from .auth import TokenStore
from .edits import EditTurns
from .envelope import install_error_handlers
from .guard import LOOPBACK_HOSTS, HostOriginGuard
from .ledger import Ledger
from .openapi_doc import complete_openapi
from .owners import SessionOwners
from .render_front import Renders
from .render_rows import RenderRows
from .renders import RenderQueue
from .routes import router, upload_router
from .services import Services
from .turn_replies import TurnReplies

log = logging.getLogger("photo_video_maker.http_api")

DESCRIPTION = """The cloud video API of Photo Video Maker Easy, served by the local engine.

Get a token with `POST /api/auth/anonymous-token` (header `X-Client-Id`), then send it as
`Authorization: Bearer <token>`. Every JSON answer is an envelope `{"code", "message", "data"}`;
`code` 0 is success, the others are listed in docs/cloud-api.md.
"""


def build_app(
    settings: Settings,
    *,
    grant: int = 100,
    edit_cost: int = 1,
    token_ttl_s: int = 7 * 86400,
    workers: int = 1,
    render_cost: int = 0,
    heartbeat_s: float = 10.0,
    allowed_hosts: Collection[str] = LOOPBACK_HOSTS,
) -> FastAPI:
    """The ASGI app: ``grant`` credits per new token, ``edit_cost`` per edit, exports free.

    ``workers`` renders run at once in this process (0: jobs queue up until a later start
    with workers) unless ``settings.queue_url`` names a Redis server: then renders go to
    ``photo-video-maker worker`` processes (renders_remote.py). ``render_cost`` credits are
    frozen per render (0 by default: the cloud's exports are free);
    ``heartbeat_s`` is the longest silence in an SSE turn; ``allowed_hosts`` are the Host
    names answered (loopback by default, ``"*"`` for any, see guard.py).
    """
    # Clients of this API can name no local paths (files arrive as uploads, videos go to the
    # service's own folder), so the MCP server's allowed-roots rule has nothing to guard here.
    backend = LocalBackend(dataclasses.replace(settings, allowed_roots=()))
    db = Database(settings.db_path)
    ledger = Ledger(db)
    rows = RenderRows(db, ledger, settings.home)
    renders: Renders
    if settings.queue_url:
        from .renders_remote import RemoteRenderQueue  # Celery and Redis only when asked for

        renders = RemoteRenderQueue(rows, backend, settings)
    else:
        renders = RenderQueue(rows, backend, workers, settings.renders_per_account)
    services = Services(
        settings=settings,
        backend=backend,
        ledger=ledger,
        tokens=TokenStore(db, ledger, grant=grant, ttl_s=token_ttl_s),
        owners=SessionOwners(db, backend.sessions),
        turns=EditTurns(backend, ledger, edit_cost),
        replies=TurnReplies(db),
        renders=renders,
        heartbeat_s=heartbeat_s,
        render_cost=render_cost,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Renders still queued keep their credits; what other work of an earlier process had
        # frozen goes back, and a render it finished is paid for (render_rows.py).
        await anyio.to_thread.run_sync(services.renders.start)
        closed = await anyio.to_thread.run_sync(rows.settle_leftovers)
        if closed:
            log.info("closed %d credit holds left by a previous run", closed)
        await anyio.to_thread.run_sync(services.replies.forget_unfinished)
        try:
            yield
        finally:
            services.renders.stop()

    app = FastAPI(
        title="Photo Video Maker Easy API",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served below from the bundled Swagger UI: no CDN, works offline
    )
    app.mount("/docs/static", StaticFiles(directory=swagger_ui_path), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="Photo Video Maker Easy API",
            swagger_js_url="/docs/static/swagger-ui-bundle.js",
            swagger_css_url="/docs/static/swagger-ui.css",
            swagger_favicon_url="/docs/static/favicon-32x32.png",
        )

    app.openapi = lambda: complete_openapi(app)  # type: ignore[method-assign]
    app.state.services = services
    install_error_handlers(app)
    app.include_router(router)
    app.include_router(upload_router)
    app.add_middleware(HostOriginGuard, allowed_hosts=allowed_hosts)
    return app
