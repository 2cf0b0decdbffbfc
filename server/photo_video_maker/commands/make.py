"""``photo-video-maker make``: files and options in, a finished video out."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from ..errors import InputError, NothingToRender
from ..media.collect import collect
from ..media.probe import MediaInfo, probe, verify
from ..media.refs import taken_at, to_ref
from ..model.draft import Draft
from ..model.layout import (
    MIN_SEGMENT_MS,
    MediaRef,
    SlideshowOptions,
    build_slideshow,
)
from ..model.quality import DRAFT_RESOLUTION
from ..model.share_size import MB, describe, parse_size, preset_size, set_size_limit
from ..music.builtin import TRACKS, builtin_id
from ..planner import plan_render
from ..render.cpus import available_cpus
from ..render.encode import EncodeSettings
from ..render.engine import render
from ..render.memory import keep_large_blocks_returnable
from ..render.quick import DRAFT_SETTINGS
from .make_smart import smart_edits


def _order(items: list[tuple[Path, MediaInfo]], order: str) -> list[tuple[Path, MediaInfo]]:
    if order == "name":
        return sorted(items, key=lambda item: item[0].name.lower())
    if order == "date":
        return sorted(items, key=lambda item: taken_at(item[1]))
    return items


DEFAULT_FADE_OUT_MS = 1000


def _music(choice: str, audio: list[tuple[str, Path]]) -> MediaRef | None:
    """``--music``: "none", a built-in name, or a file (appended last to the inputs); without
    it, the first audio file among the inputs, else the calm built-in track."""
    if choice == "none":
        return None
    if choice in TRACKS or not audio:
        track = TRACKS[choice if choice in TRACKS else "calm"]
        return MediaRef(id=builtin_id(track.name), name=track.title, kind="audio")
    media_id, path = audio[-1] if choice else audio[0]
    return MediaRef(id=media_id, name=path.name, kind="audio")


def _check_length(
    refs: list[MediaRef], options: SlideshowOptions, draft: Draft, args: argparse.Namespace
) -> None:
    """Refuse, before rendering, a video that cannot be what was asked: shorter than its photos
    allow (each stays at least half a second; clips keep their length), or all fade."""
    if isinstance(args.length, float | int):
        tightest = replace(options, seconds_per_photo=MIN_SEGMENT_MS / 1000, total_seconds=None)
        shortest_ms = build_slideshow(refs, tightest).compute_duration()
        if args.length * 1000 < shortest_ms:
            shortest = math.ceil(shortest_ms / 100) / 10
            raise InputError(
                f"--length {args.length:g} s is too short for {len(refs)} photos and clips",
                f"Use --length {shortest:g} or more, or fewer photos",
            )
    duration_ms = draft.compute_duration()
    fades = args.fade_in + (args.fade_out or 0.0)
    if fades and fades * 1000 >= duration_ms:
        raise InputError(
            f"the fades (--fade-in {args.fade_in:g} s, --fade-out {args.fade_out:g} s) would "
            f"last the whole {duration_ms / 1000:g} s video",
            "Shorten the fades or make the video longer (--seconds or --length)",
        )


def _checked(path: Path) -> MediaInfo:
    """What the file is, and whether it is whole: a cut clip would freeze on its last whole
    frame without a word, so clips and sound are decoded in full as an upload is. A photo's
    headers are read here and its pixels only by the render, whose decoder refuses a damaged
    one with the same error ("corrupt or truncated image"): decoding every photo here too
    cost a second decode of each (a progressive JPEG reads all its data at any scale)."""
    info = probe(path)
    verify(path, info, decode_photos=False)
    return info


def run_make(args: argparse.Namespace) -> int:
    paths = collect(list(args.inputs))
    music = (args.music or "").lower()
    if music and music not in TRACKS and music != "none":
        paths.append(Path(args.music))  # a file: checked like every input
    files: dict[str, Path] = {}
    visuals: list[tuple[Path, MediaInfo]] = []
    audio: list[tuple[str, Path]] = []
    # checked on every usable CPU (decoders release the GIL): one at a time, 50 photos kept
    # the render waiting 8 s on one core; a failure still names the first bad file in order.
    # Large decoded pictures go back to the system when freed, as in the render, or the
    # checking threads' arenas keep them beside x264's buffers.
    keep_large_blocks_returnable()
    with ThreadPoolExecutor(available_cpus(), thread_name_prefix="check") as pool:
        checked = list(pool.map(_checked, paths))
    for path, info in zip(paths, checked, strict=True):
        if info.kind.value == "audio":
            media_id = f"m{len(files) + 1}"
            files[media_id] = path
            audio.append((media_id, path))
        else:
            visuals.append((path, info))
    if not visuals:
        raise NothingToRender("nothing to render: no photos or clips among the inputs")
    refs = []
    for path, info in _order(visuals, args.order):
        media_id = f"m{len(files) + 1}"
        files[media_id] = path
        refs.append(to_ref(media_id, path.name, info))
    options = SlideshowOptions(
        aspect=args.aspect,
        resolution=DRAFT_RESOLUTION if args.draft else args.resolution,
        fps=args.fps,
        seconds_per_photo=args.seconds,
        total_seconds=args.length if isinstance(args.length, float | int) else None,
        transition=args.transition,
        transition_ms=round(args.transition_seconds * 1000),
        motion=args.motion,
        zoom=args.zoom,
        fit=args.fit,
        look=args.look,
        title=args.title,
        closing=args.closing,
        music=_music(music, audio),
        music_volume=args.music_volume / 100.0,
        music_fade_out_ms=round(args.music_fade_out * 1000),
        fade_in_ms=round(args.fade_in * 1000),
        fade_out_ms=round(args.fade_out * 1000) if args.fade_out is not None else 0,
    )
    draft = build_slideshow(refs, options)
    if args.fade_out is None:
        # the default fade to black: a second, or a third of a video shorter than three
        options.fade_out_ms = min(DEFAULT_FADE_OUT_MS, draft.compute_duration() // 3)
        draft = build_slideshow(refs, options)
    draft, told = smart_edits(draft, args, refs, files)
    _check_length(refs, options, draft, args)
    _size_limit(draft, args)
    output = args.output
    if args.fmt and not output.suffix:
        output = output.with_suffix("." + args.fmt)
    settings = DRAFT_SETTINGS if args.draft else EncodeSettings(crf=args.crf, preset=args.preset)
    with _progress(args.quiet or not sys.stderr.isatty()) as on_progress:
        plan = plan_render(draft, files.__getitem__)
        result = render(
            plan, output, on_progress, resolve=files.__getitem__, fmt=args.fmt, settings=settings
        )
    for line in told:  # what the smart options did (what culling left out, and why)
        print(line)
    if result.warnings:
        from rich.console import Console

        console = Console(stderr=True)
        for warning in result.warnings:
            console.print(f"[yellow]warning:[/] {warning}")
    size_mb = result.size_bytes / MB
    within = ""
    if result.limit_bytes is not None and result.size_bytes <= result.limit_bytes:
        within = f", within {describe(result.limit_bytes, result.limit_for)}"
    print(
        f"Wrote {result.path} ({result.duration_ms / 1000:.2f} s, {result.width}x{result.height}, "
        f"{result.fps:g} fps, {size_mb:.1f} MB{within}) in {result.seconds:.1f} s"
    )
    return 0


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[int, int], None] | None]:
    """The progress bar's callback, or None when quiet. rich is imported only to show it:
    its import costs a render 40 ms and 3 MB that stay beside x264 to the end."""
    if quiet:
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("[bold]Rendering"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("frames"),
        TaskProgressColumn(),
        TextColumn("{task.fields[speed]}"),
        TimeElapsedColumn(),
        TextColumn("elapsed,"),
        TimeRemainingColumn(),
        TextColumn("left"),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("render", total=None, speed="")

        def on_progress(done: int, total: int) -> None:
            elapsed = progress.tasks[0].elapsed or 0.0
            speed = f"{done / elapsed:.0f} fps" if elapsed > 0.2 else ""
            progress.update(task, completed=done, total=total, speed=speed)

        yield on_progress


def _size_limit(draft: Draft, args: argparse.Namespace) -> None:
    """``--max-size`` / ``--for``: the same limit a chat turn or the edit tool sets."""
    if args.max_size is not None and args.share_for is not None:
        raise InputError("--max-size and --for both set a size limit", "Give one of them, not both")
    if args.share_for is not None:
        label, size = preset_size(args.share_for)
        set_size_limit(draft, size, label)
    elif args.max_size is not None:
        set_size_limit(draft, parse_size(args.max_size))
