"""``photo-video-maker serve``: the MCP server over stdio, or streamable HTTP on loopback."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import replace
from pathlib import Path

from ..backends.base import Backend
from ..config import from_env


def run_serve(args: argparse.Namespace) -> int:
    # stdout carries the protocol: logs go to stderr
    logging.basicConfig(
        level=logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
    )
    if args.http and args.host not in ("127.0.0.1", "localhost", "::1"):
        # refused before anything is opened: a wrong command must not touch the data folder
        print("error: the HTTP transport only binds to loopback (127.0.0.1, ::1)", file=sys.stderr)
        return 1
    settings = from_env()
    if args.api_base:
        settings = replace(settings, api_base=args.api_base)
    if args.allowed_folders:  # the Claude Desktop extension passes the folders chosen there
        chosen = tuple(Path(p).expanduser().resolve() for p in args.allowed_folders if p.strip())
        settings = replace(settings, allowed_roots=settings.allowed_roots + chosen)
    backend: Backend
    if args.backend == "cloud":
        from ..backends.cloud import CloudBackend
        from ..cloud.identity import detect_from_install

        backend = CloudBackend(settings, platform=detect_from_install(os.environ))
    else:
        from ..backends.local import LocalBackend

        backend = LocalBackend(settings)
    from ..mcp_server import build_server

    server = build_server(backend, inline_seconds=settings.inline_render_seconds)
    if args.http:
        server.run("streamable-http", host=args.host, port=args.port)
    else:
        server.run("stdio")
    return 0
