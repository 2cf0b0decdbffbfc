"""``render(draft, output_path, on_progress) -> RenderResult``: the engine's one entry point.

The renderer is a generator of frames and the encoder a sink that consumes them; audio is
fed to the sink alongside the frames so the muxer can interleave without holding the video.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import PVMError, RenderError
from ..model.draft import Draft, check_draft
from ..model.layout import relayout
from ..model.plan import make_plan
from .encode import EncodeSettings, Sink, get_format
from .frames import FrameSource, Resolve
from .soundtrack import RATE, Soundtrack, has_sound

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RenderResult:
    path: Path
    format: str
    width: int
    height: int
    fps: int
    frames: int
    duration_ms: int
    size_bytes: int
    seconds: float
    warnings: list[str] = field(default_factory=list)


def render(
    draft: Draft,
    output_path: Path,
    on_progress: Progress | None = None,
    *,
    resolve: Resolve,
    fmt: str | None = None,
    settings: EncodeSettings | None = None,
) -> RenderResult:
    """Render a draft to a finished file (mp4, mov, mkv, webm or gif).

    ``resolve`` maps a media id to its file. The output path only ever holds a complete
    video: the file is written beside it and renamed at the end.
    """
    started = time.perf_counter()
    output = Path(output_path)
    out_format = get_format(fmt or output.suffix.lstrip(".") or "mp4")
    check_draft(draft)
    draft = relayout(draft)
    plan = make_plan(draft)
    if not output.parent.is_dir():
        raise RenderError(f"the folder {output.parent} does not exist", "Create it or pick another")
    sound = out_format.audio_codec is not None and has_sound(draft, plan, resolve)
    source = FrameSource(plan, resolve)
    soundtrack: Soundtrack | None = None
    try:
        if sound:
            # mixed in a child before the encoder starts: the two never hold memory at once
            soundtrack = Soundtrack(draft, resolve, output.parent)
            source.warm_up()
            soundtrack.wait()
        with Sink(
            output,
            out_format,
            plan.w,
            plan.h,
            plan.fps,
            settings or EncodeSettings(),
            with_audio=sound,
        ) as sink:
            fed = 0
            for n, frame in enumerate(source.frames(sink.buffer)):
                sink.write(frame)
                if soundtrack is not None:
                    upto = round((n + 1) * RATE / plan.fps)
                    sink.write_audio(soundtrack.chunk(fed, upto))
                    fed = upto
                if on_progress is not None:
                    on_progress(n + 1, plan.frames)
            sink.finish()
    except PVMError:
        raise
    except OSError as exc:
        raise RenderError(f"could not write the video: {exc.strerror or exc}") from exc
    except Exception as exc:  # a decoder or encoder failing mid-way: one clear error, no traceback
        raise RenderError(f"rendering failed: {exc}") from exc
    finally:
        source.close()
        if soundtrack is not None:
            soundtrack.close()
    return RenderResult(
        path=output,
        format=out_format.name,
        width=plan.w,
        height=plan.h,
        fps=plan.fps,
        frames=plan.frames,
        duration_ms=round(plan.frames * 1000 / plan.fps),
        size_bytes=output.stat().st_size,
        seconds=time.perf_counter() - started,
        warnings=source.warnings,
    )
