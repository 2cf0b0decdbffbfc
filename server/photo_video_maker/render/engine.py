"""``render(plan, output_path, on_progress) -> RenderResult``: the engine's one entry point.

Its input is a frame plan (model/plan.py, made by planner.plan_render): the renderer reads
no draft and probes no file; everything it needs, in frames, is in the plan.

The renderer is a generator of frames and the encoder a sink that consumes them; audio is
fed to the sink alongside the frames so the muxer can interleave without holding the video.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from ..errors import InputError, RenderError
from ..model.plan import FramePlan
from . import size_target
from .audio_mix import mix_blocks, samples, synthesize_first
from .boundary import boundary
from .cpus import compose_threads
from .encode import EncodeSettings, OutputFormat, Sink, get_format
from .frames import FrameSource, Resolve
from .memory import keep_large_blocks_returnable

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RenderResult:
    path: Path
    format: str
    width: int
    height: int
    fps: float
    frames: int
    duration_ms: int
    size_bytes: int
    seconds: float
    warnings: list[str] = field(default_factory=list)
    limit_bytes: int | None = None  # the file-size limit it was made within
    limit_for: str | None = None  # who the limit is for ("WhatsApp"), if said


def render(
    plan: FramePlan,
    output_path: Path,
    on_progress: Progress | None = None,
    *,
    resolve: Resolve,
    fmt: str | None = None,
    settings: EncodeSettings | None = None,
) -> RenderResult:
    """Render a frame plan to a finished file (mp4, mov, mkv, webm or gif).

    ``resolve`` maps a media id to its file. The output path only ever holds a complete
    video: the file is written beside it and renamed at the end. Every failure leaves as a
    PVMError; one that is a bug is logged with its traceback first (``boundary``).
    """
    with boundary("the render"):
        return _render(plan, Path(output_path), on_progress, resolve, fmt, settings)


def _render(
    plan: FramePlan,
    output: Path,
    on_progress: Progress | None,
    resolve: Resolve,
    fmt: str | None,
    settings: EncodeSettings | None,
) -> RenderResult:
    if not plan.files_read:
        # a clip would lose its sound and a panorama its sweep without a word: a caller's bug
        raise RenderError(
            "the render was given a plan that never read its files",
            "Make the plan with planner.plan_render; report a bug if it persists",
        )
    started = time.perf_counter()
    keep_large_blocks_returnable()
    out_format = get_format(fmt or output.suffix.lstrip(".") or "mp4")
    if not output.parent.is_dir():
        raise InputError(f"the folder {output.parent} does not exist", "Create it or pick another")
    sound = out_format.audio_codec is not None and plan.has_sound
    if sound:
        synthesize_first(plan.music)
    settings = settings or EncodeSettings()
    limit = plan.limit
    if limit is None:
        result = _render_pass(plan, output, on_progress, resolve, out_format, settings, sound)
        return replace(result, seconds=time.perf_counter() - started)
    if out_format.name == "gif":
        raise InputError(
            "a GIF cannot be made to a chosen size",
            "Choose mp4 (or mov, mkv, webm) for a size limit, or remove the limit",
        )
    made: list[RenderResult] = []

    def render_once(sized: FramePlan, video_bitrate: int, audio_bitrate: int) -> int:
        chosen = replace(settings, video_bitrate=video_bitrate, audio_bitrate=audio_bitrate)
        # progress only goes forward: a pass that has to be made again (rare: the first
        # lands in the band on every video measured) keeps the bar where the first left it
        report = on_progress if not made else None
        made.append(_render_pass(sized, output, report, resolve, out_format, chosen, sound))
        return made[-1].size_bytes

    _, notes = size_target.within(plan, limit, sound, render_once)
    last = made[-1]
    return replace(
        last,
        seconds=time.perf_counter() - started,
        warnings=[*last.warnings, *notes],
        limit_bytes=limit.bytes,
        limit_for=limit.label,
    )


def _render_pass(
    plan: FramePlan,
    output: Path,
    on_progress: Progress | None,
    resolve: Resolve,
    out_format: OutputFormat,
    settings: EncodeSettings,
    sound: bool,
) -> RenderResult:
    """One render of the planned frames and sound, encoded with ``settings``."""
    source = FrameSource(plan, resolve, threads=compose_threads())
    try:
        blocks = mix_blocks(plan, resolve) if sound else iter(())
        with Sink(
            output,
            out_format,
            plan.w,
            plan.h,
            plan.fps,
            settings,
            with_audio=sound,
            in_flight=source.depth,
        ) as sink:
            with _AudioFeed(blocks, sink) as audio:
                for n, frame in enumerate(source.frames(sink.buffer)):
                    sink.write(frame)
                    audio.feed(samples(n + 1, plan.fps))
                    if on_progress is not None:
                        on_progress(n + 1, plan.frames)
                audio.feed(samples(plan.frames, plan.fps), final=True)
            sink.finish()
            width, height, rate = sink.picture
            written = sink.written
    finally:
        source.close()
    return RenderResult(
        path=output,
        format=out_format.name,
        width=width,
        height=height,
        fps=rate,
        frames=written,
        duration_ms=round(plan.frames * 1000 / plan.fps),
        size_bytes=output.stat().st_size,
        seconds=0.0,
        warnings=[*plan.notes, *source.warnings],
    )


class _AudioFeed:
    """Hands the sink the soundtrack as the video advances, block by block from the mixer.

    The first block costs the most (decoding the song, measuring its loudness), so it is made
    on a worker thread while the first frames are composed; until it is ready the video goes
    on alone and the muxer holds the few packets it has until the sound catches up.
    """

    def __init__(self, blocks: Iterator[np.ndarray], sink: Sink) -> None:
        self.blocks, self.sink = blocks, sink
        self.pending = np.zeros((0, 2), np.float32)
        self.fed = 0
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="soundtrack")
        self._first: Future[np.ndarray | None] | None = self._pool.submit(next, blocks, None)

    def feed(self, upto: int, final: bool = False) -> None:
        if self._first is not None:
            if not (final or self._first.done()):
                return
            first, self._first = self._first.result(), None
            if first is not None:
                self.pending = first
        while self.fed + len(self.pending) < upto:
            block = next(self.blocks, None)
            if block is None:
                break
            self.pending = np.concatenate([self.pending, block])
        take = max(0, min(upto - self.fed, len(self.pending)))
        if take:
            self.sink.write_audio(self.pending[:take])
            self.pending = self.pending[take:]
            self.fed += take

    def __enter__(self) -> _AudioFeed:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._first is not None:
            self._first.cancel()
        self._pool.shutdown(wait=True)  # never leave the mixer running behind a failed render
