"""The command line: ``photo-video-maker make PHOTOS... -o OUT``, ``probe``, ``serve``, ``api``,
``worker``.

Errors are one line that says what to do, and exit code 1, for a mistyped option as for a
file that cannot be used; numbers are checked against their ranges before anything is read.
Libraries' warnings and the library's own log go nowhere unless ``--verbose`` is given, so
nothing is printed before that one line.
"""

from __future__ import annotations

import argparse
import logging
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from . import __version__
from .errors import InputError, PVMError, bounded, for_person
from .model.catalog import ASPECTS, FITS, FPS_CHOICES, LOOKS, RESOLUTIONS, resolve_transition
from .model.edit_text import MAX_TEXT
from .render.encode import CRF_RANGE, PRESETS


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors as one line like every other error (and exit code 1)."""

    def error(self, message: str) -> NoReturn:
        # argparse quotes the value it refuses, whatever its length: keep the line short
        self.exit(1, f"error: {bounded(message, 300)} (see {self.prog} --help)\n")


def _number(low: float, high: float, unit: str = "", whole: bool = False) -> Callable[[str], float]:
    """An argparse type: a finite number between ``low`` and ``high``, else a clear error."""

    def parse(text: str) -> float:
        try:
            value = int(text) if whole else float(text)
        except ValueError:
            kind = "a whole number" if whole else "a number"
            raise argparse.ArgumentTypeError(f"expected {kind}, not {text[:40]!r}") from None
        if not (math.isfinite(value) and low <= value <= high):
            raise argparse.ArgumentTypeError(
                f"{text[:40]} is out of range: use {low:g} to {high:g}{unit}"
            )
        return value

    return parse


def _text(limit: int) -> Callable[[str], str]:
    def parse(text: str) -> str:
        if len(text) > limit:
            raise argparse.ArgumentTypeError(f"{len(text)} characters; keep it under {limit}")
        return text

    return parse


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="photo-video-maker",
        description="Turn photos, clips and music into a shareable video.",
    )
    parser.add_argument(
        "--verbose", action="store_true", help="show warnings and the log (details of a failure)"
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
    make.add_argument(
        "--music-volume", type=_number(0, 100, " %"), default=100.0, metavar="PERCENT"
    )
    make.add_argument("--aspect", choices=list(ASPECTS), default="16:9")
    make.add_argument("--resolution", choices=list(RESOLUTIONS), default="1080p")
    make.add_argument(
        "--seconds", type=_number(0.5, 3600, " s"), default=3.0, help="seconds per photo"
    )
    make.add_argument(
        "--length",
        type=_length,
        default=None,
        help="total length in seconds (photo times are fitted to it), or 'song': as long as "
        "the music (to the end of a phrase when the song is much longer)",
    )
    make.add_argument(
        "--cuts",
        choices=["even", "beat"],
        default="even",
        help="beat: every photo change lands on a beat of the music",
    )
    make.add_argument(
        "--cull",
        action="store_true",
        help="leave out near-duplicates (the sharpest stays) and clearly blurred photos",
    )
    make.add_argument(
        "--captions",
        choices=["none", "date", "date-place"],
        default="none",
        help="caption each photo with the date it was taken (and the place, from GPS)",
    )
    make.add_argument(
        "--transition",
        default="crossfade",
        type=_transition,
        help="crossfade, fadeblack, fadewhite, slide*, push*, wipe*, zoom, circle, random or none",
    )
    make.add_argument("--transition-seconds", type=_number(0, 10, " s"), default=0.75)
    make.add_argument(
        "--motion",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="Ken Burns zoom and pan (on by default)",
    )
    make.add_argument(
        "--zoom", type=_number(1, 1.5), default=1.1, help="Ken Burns zoom factor (1 to 1.5)"
    )
    make.add_argument("--title", type=_text(MAX_TEXT), default=None)
    make.add_argument(
        "--closing",
        type=_text(MAX_TEXT),
        default=None,
        help="closing text, centred on an end card over the last photo blurred and darkened",
    )
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
        type=_number(0, 10, " s"),
        default=None,
        help="seconds of fade to black at the end (0 for none; default 1, less in a short video)",
    )
    make.add_argument("--fade-in", type=_number(0, 10, " s"), default=0.0)
    make.add_argument("--music-fade-out", type=_number(0, 30, " s"), default=2.0)
    make.add_argument(
        "--crf",
        type=_number(*CRF_RANGE, whole=True),
        default=20,
        help=f"H.264 quality, {CRF_RANGE[0]} to {CRF_RANGE[1]} (lower is better and larger)",
    )
    make.add_argument("--preset", choices=PRESETS, default="veryfast", help="x264 speed preset")
    make.add_argument(
        "--draft",
        action="store_true",
        help="a quick preview: 480p with the fastest encoder preset (overrides --resolution "
        "and --preset)",
    )
    make.add_argument(
        "--max-size",
        default=None,
        metavar="SIZE",
        help="largest file size, e.g. 16MB: the bitrate (and if need be the frame) is chosen "
        "to fit",
    )
    make.add_argument(
        "--for",
        dest="share_for",
        choices=["whatsapp", "email", "discord"],
        default=None,
        help="fit the file to where it is sent: WhatsApp 16 MB, email 25 MB, Discord 10 MB",
    )
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

    worker = sub.add_parser("worker", help="render jobs of the HTTP service from its queue")
    worker.add_argument("--name", default=None, help="shown in job status (default pvm-PID@host)")
    worker.add_argument("--concurrency", type=int, default=1, help="renders at once")
    return parser


def _length(value: str) -> float | str:
    """``--length``: seconds, or "song" (as long as the music)."""
    if value.strip().lower() == "song":
        return "song"
    try:
        float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a number of seconds or 'song', not {value[:40]!r}"
        ) from None
    return _number(1, 3600, " s")(value)


def _transition(value: str) -> str:
    try:
        return resolve_transition(value)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _quiet_libraries(verbose: bool) -> None:
    """Warnings (Pillow's, PyAV's) and log records go through logging, shown only on request.

    Without this, a library's warning, or the traceback the renderer logs for a bug, would be
    printed before the one ``error:`` line.
    """
    logging.captureWarnings(True)
    if verbose:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    elif not logging.getLogger().handlers:  # no handler at all: logging's last resort prints
        logging.getLogger().addHandler(logging.NullHandler())


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command in ("make", "probe"):  # serve and api set up their own logging
        _quiet_libraries(args.verbose)
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
        if args.command == "worker":
            from .commands.worker import run_worker_command

            return run_worker_command(args)
    except PVMError as exc:
        print(f"error: {for_person(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; nothing was written", file=sys.stderr)
        return 1
    return 2


if __name__ == "__main__":
    sys.exit(main())
