"""The command line: ``photo-video-maker make PHOTOS... -o OUT``, ``probe``, ``serve``, ``api``.

Errors are one line that says what to do, and exit code 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import PVMError
from .model.catalog import ASPECTS, FITS, FPS_CHOICES, LOOKS, RESOLUTIONS, resolve_transition


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="photo-video-maker",
        description="Turn photos, clips and music into a shareable video.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    make = sub.add_parser("make", help="make a video from photos, clips and music")
    make.add_argument("inputs", nargs="+", type=Path, help="photos, clips, audio or folders")
    make.add_argument("-o", "--output", type=Path, default=Path("slideshow.mp4"))
    make.add_argument(
        "--music",
        default=None,
        help="an audio file, a built-in track (calm, upbeat, cinematic, lofi) or "
        "'none' (default: an audio file among the inputs, else calm)",
    )
    make.add_argument("--music-volume", type=float, default=100.0, metavar="PERCENT")
    make.add_argument("--aspect", choices=list(ASPECTS), default="16:9")
    make.add_argument("--resolution", choices=list(RESOLUTIONS), default="1080p")
    make.add_argument("--seconds", type=float, default=3.0, help="seconds per photo")
    make.add_argument(
        "--length",
        type=float,
        default=None,
        help="total length in seconds (photo times are fitted to it)",
    )
    make.add_argument(
        "--transition",
        default="crossfade",
        type=_transition,
        help="crossfade, fadeblack, fadewhite, slide*, push*, wipe*, zoom, circle, random or none",
    )
    make.add_argument("--transition-seconds", type=float, default=0.75)
    make.add_argument(
        "--motion",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="Ken Burns zoom and pan (on by default)",
    )
    make.add_argument("--zoom", type=float, default=1.1, help="Ken Burns zoom factor")
    make.add_argument("--title", default=None)
    make.add_argument(
        "--fit",
        choices=list(FITS),
        default=None,
        help="default: cover when shapes match, else blur",
    )
    make.add_argument("--look", choices=list(LOOKS), default="none")
    make.add_argument("--fps", type=int, choices=list(FPS_CHOICES), default=30)
    make.add_argument(
        "--format",
        dest="fmt",
        choices=["mp4", "mov", "mkv", "webm", "gif"],
        default=None,
        help="default: from the output's extension",
    )
    make.add_argument("--order", choices=["given", "name", "date"], default="given")
    make.add_argument(
        "--fade-out",
        type=float,
        default=1.0,
        help="seconds of fade to black at the end (0 for none)",
    )
    make.add_argument("--fade-in", type=float, default=0.0)
    make.add_argument("--music-fade-out", type=float, default=2.0)
    make.add_argument("--crf", type=int, default=20, help="H.264 quality (lower is better)")
    make.add_argument("--preset", default="veryfast", help="x264 speed preset")
    make.add_argument("--quiet", action="store_true", help="no progress bar")

    probe = sub.add_parser("probe", help="show what the engine sees in files")
    probe.add_argument("files", nargs="+", type=Path)

    serve = sub.add_parser("serve", help="run the MCP server (stdio by default)")
    serve.add_argument("--http", action="store_true", help="streamable HTTP on loopback")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--backend", choices=["local", "cloud"], default="local")
    serve.add_argument("--api-base", default=None)
    serve.add_argument(
        "--allowed-folders",
        nargs="*",
        default=[],
        metavar="FOLDER",
        help="folders the server may read photos from (besides PVM_ALLOWED_ROOTS)",
    )

    api = sub.add_parser("api", help="run the self-hosted HTTP service (the cloud API)")
    api.add_argument("--host", default="127.0.0.1")
    api.add_argument("--port", type=int, default=8000)
    return parser


def _transition(value: str) -> str:
    try:
        return resolve_transition(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "make":
            from .commands.make import run_make

            return run_make(args)
        if args.command == "probe":
            from .commands.probe import run_probe

            return run_probe(args.files)
        if args.command == "serve":
            from .commands.serve import run_serve

            return run_serve(args)
        if args.command == "api":
            from .commands.api import run_api

            return run_api(args)
    except PVMError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; nothing was written", file=sys.stderr)
        return 1
    return 2


if __name__ == "__main__":
    sys.exit(main())
