"""The encoder: a sink that consumes I420 frames and audio and writes the file.

Encoding and muxing run on a worker thread so the encoder stays busy while the next frames
are composed. The file is written beside the output under a temporary name, flushed to disk
and renamed at the end, so the output path only ever holds a finished video.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
import uuid
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from types import TracebackType
from typing import Any

import av
import numpy as np

from ..errors import InputError, RenderError, shorten
from ..model.levels import level_for
from .cpus import available_cpus
from .gif import GifWriter
from .yuv import I420

AUDIO_RATE = 48000
AAC_FRAME = 1024


@dataclass(frozen=True)
class OutputFormat:
    name: str
    container: str
    video_codec: str
    audio_codec: str | None
    extension: str


FORMATS: dict[str, OutputFormat] = {
    "mp4": OutputFormat("mp4", "mp4", "libx264", "aac", ".mp4"),
    "mov": OutputFormat("mov", "mov", "libx264", "aac", ".mov"),
    "mkv": OutputFormat("mkv", "matroska", "libx264", "aac", ".mkv"),
    "webm": OutputFormat("webm", "webm", "libvpx-vp9", "libopus", ".webm"),
    "gif": OutputFormat("gif", "gif", "gif", None, ".gif"),
}
QUEUE = 1  # x264 keeps its own lookahead: a longer queue only holds more frames (3 MB each)


# x264's CRF scale; 0 (lossless) is refused by the High profile, and VP9 adds 12 (max 63)
CRF_RANGE = (1, 51)
PRESETS = (
    "ultrafast",
    "superfast",
    "veryfast",
    "faster",
    "fast",
    "medium",
    "slow",
    "slower",
    "veryslow",
)


@dataclass(frozen=True)
class EncodeSettings:
    """Quality knobs; the defaults are what the benchmark's standard job asks for.

    Checked here, before anything renders: a value the encoder refuses would otherwise fail
    on the first frame with the encoder's own words.
    """

    crf: int = 20
    preset: str = "veryfast"
    audio_bitrate: int = 192_000
    # bits a second for the video: an average bitrate instead of a constant quality, to make
    # a file of a chosen size (render/size_target.py)
    video_bitrate: int | None = None

    def __post_init__(self) -> None:
        low, high = CRF_RANGE
        if not low <= self.crf <= high:
            raise InputError(
                f"quality (CRF) {self.crf} is out of range",
                f"Use {low} to {high}: lower is better and larger; 18-23 suits most videos",
            )
        if self.preset not in PRESETS:
            raise InputError(
                f"unknown encoder preset {shorten(self.preset)}",
                f"Use one of {', '.join(PRESETS)}",
            )


def _video_frame(frame: I420) -> Any:
    """The frame as PyAV's, without a copy where PyAV allows it.

    ``from_numpy_buffer`` takes the height as rows // 6 * 4: for a height that is not a
    multiple of 4 (1080x1350, Instagram's 4:5) it would see two rows fewer and start the
    colour planes inside the luma plane. ``from_ndarray`` copies, but by the real height.
    """
    if frame.h % 4 == 0:
        return av.VideoFrame.from_numpy_buffer(frame.as_2d(), format="yuv420p")
    return av.VideoFrame.from_ndarray(frame.as_2d(), format="yuv420p")


def get_format(name: str) -> OutputFormat:
    """The output format by name or extension ("mp4", ".MOV"); InputError lists the valid ones."""
    key = name.strip().lower().lstrip(".")
    if key not in FORMATS:
        raise InputError(
            f"unsupported video format {shorten(name)}", f"Use one of {', '.join(FORMATS)}"
        )
    return FORMATS[key]


class Sink:
    """Writes frames (and audio) to a temporary file; ``finish`` renames it into place."""

    def __init__(
        self,
        path: Path,
        fmt: OutputFormat,
        w: int,
        h: int,
        fps: int,
        settings: EncodeSettings,
        with_audio: bool,
        in_flight: int = 1,
    ) -> None:
        """``in_flight``: the frames the producer holds at once while composing them."""
        self.path, self.fmt, self.w, self.h, self.fps = path, fmt, w, h, fps
        self.tmp = path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}.part{fmt.extension}")
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=QUEUE)
        # frames are handed to the encoder without a copy: a small pool of buffers cycles
        # between the composers and the encoder (x264 copies its input when it takes it):
        # theirs, the queue's and the one being encoded
        self._free: queue.Queue[I420] = queue.Queue()
        for _ in range(in_flight + QUEUE + 1):
            self._free.put(I420(w, h))
        self._error: BaseException | None = None
        self._frames = 0
        self.written = 0  # frames in the file (a GIF keeps every other one at 30 fps)
        self._sent = 0
        self._samples = 0
        self._container: Any = None
        self._gif: GifWriter | None = None
        if fmt.name == "gif":
            self._gif = GifWriter(self.tmp, w, h, fps)
        else:
            self._open(settings, with_audio)
        self._thread = threading.Thread(target=self._work, name="encoder", daemon=True)
        self._thread.start()

    def _open(self, settings: EncodeSettings, with_audio: bool) -> None:
        options = {"movflags": "+faststart"} if self.fmt.container in ("mp4", "mov") else {}
        self._container = av.open(str(self.tmp), "w", format=self.fmt.container, options=options)
        stream = self._container.add_stream(self.fmt.video_codec, rate=self.fps)
        stream.width, stream.height, stream.pix_fmt = self.w, self.h, "yuv420p"
        stream.time_base = Fraction(1, self.fps)
        ctx = stream.codec_context
        if self.fmt.video_codec == "libx264":
            # the level stated, not guessed by x264: it also bounds x264's reference frames
            # and motion vectors, so the stream is what the level promises (levels.py)
            level = level_for(self.w, self.h, self.fps)
            options = {"crf": str(settings.crf), "preset": settings.preset, "profile": "high"}
            if settings.video_bitrate is not None:
                del options["crf"]
                ctx.bit_rate = settings.video_bitrate
            ctx.options = {**options, "level": level}
        else:
            # constant quality ("b" 0), or for a chosen size an average bitrate (with a crf
            # too, VP9 would only cap the rate and stop short of it on easy pictures)
            rate = settings.video_bitrate
            quality = {"crf": str(settings.crf + 12), "b": "0"} if rate is None else {}
            if rate is not None:
                ctx.bit_rate = rate
            ctx.options = {**quality, "row-mt": "1", "deadline": "good", "cpu-used": "5"}
        # frame threads: PyAV's default (slice threads) was measured ~30 % slower; one per core
        # was as fast as x264's own 1.5 per core on the standard job, for 20 MB less memory
        ctx.thread_type = "FRAME"
        ctx.thread_count = available_cpus()
        ctx.color_range, ctx.colorspace = 1, 1  # limited range, BT.709
        ctx.color_primaries, ctx.color_trc = 1, 1
        self._video = stream
        self._audio: Any = None
        if with_audio and self.fmt.audio_codec:
            rate = 48000
            audio = self._container.add_stream(self.fmt.audio_codec, rate=rate)
            audio.layout = "stereo"
            audio.bit_rate = settings.audio_bitrate
            if self.fmt.audio_codec == "aac":
                # at 192 kb/s the fast coder measured as close to the source as the default
                # two-loop search (SNR 32 vs 29 dB on the test song) for half the CPU, and this
                # thread also feeds x264
                audio.codec_context.options = {"aac_coder": "fast"}
            self._audio = audio

    # -- producer side -------------------------------------------------------------
    def buffer(self) -> I420:
        """A free frame buffer to compose into; hand it back with ``write``."""
        self._raise_if_failed()
        return self._free.get()

    def write(self, frame: I420) -> None:
        """Queue a frame obtained from ``buffer``; the sink gives it back once encoded."""
        self._raise_if_failed()
        if self._gif is not None:
            self._queue.put(("gif", frame))
            self.written += self._frames % self._gif.step == 0
        else:
            self._queue.put(("video", frame))
            self.written += 1
        self._frames += 1

    def write_audio(self, samples: np.ndarray) -> None:
        """Queue stereo float32 samples (n, 2); sent in encoder-sized frames."""
        self._raise_if_failed()
        if self._audio is None or not len(samples):
            return
        self._queue.put(("audio", np.ascontiguousarray(samples.T, dtype=np.float32)))

    def finish(self) -> None:
        """Flush everything, close, fsync and rename into place."""
        self._queue.put(("end", None))
        self._thread.join()
        self._raise_if_failed()
        if self._gif is not None and not self._gif.kept:
            self.abort()
            raise RenderError("nothing to write into the GIF")
        try:
            with open(self.tmp, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(self.tmp, self.path)
        except OSError:
            self.abort()
            raise  # the engine's boundary tells a full disk from other write failures

    def abort(self) -> None:
        """Stop and remove the temporary file; the output path is left untouched."""
        if self._thread.is_alive():
            self._queue.put(("end", None))
            self._thread.join()
        if self._container is not None:
            with contextlib.suppress(Exception):
                self._container.close()
        if self._gif is not None:
            with contextlib.suppress(Exception):
                self._gif.abort()
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> Sink:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        if et is not None:
            self.abort()

    def _raise_if_failed(self) -> None:
        # The worker's own exception, traceback and all: the engine's boundary logs it and
        # turns it into a RenderError that says whether the disk is the cause.
        if self._error is not None:
            raise self._error

    # -- worker side ---------------------------------------------------------------
    def _work(self) -> None:
        pending: list[np.ndarray] = []
        kind = ""
        gif_frames = 0
        try:
            while True:
                kind, item = self._queue.get()
                if kind == "video":
                    vf = _video_frame(item)
                    vf.pts = self._sent
                    vf.color_range, vf.colorspace = 1, 1
                    self._sent += 1
                    self._mux(self._video.encode(vf))
                    del vf
                    self._free.put(item)
                elif kind == "audio":
                    pending = self._encode_audio([*pending, item], final=False)
                elif kind == "gif" and self._gif is not None:
                    self._gif.add(gif_frames, item)
                    gif_frames += 1
                    self._free.put(item)
                else:
                    if self._gif is not None:
                        self._gif.close(gif_frames)
                    if self._container is not None:
                        self._encode_audio(pending, final=True)
                        self._mux(self._video.encode(None))
                        self._container.close()
                    return
        except Exception as exc:
            self._error = exc
            while kind != "end":  # keep the producer from blocking on a full queue or pool
                kind, item = self._queue.get()
                if isinstance(item, I420):
                    self._free.put(item)

    def _mux(self, packets: Any) -> None:
        for packet in packets:
            self._container.mux(packet)

    def _encode_audio(self, chunks: list[np.ndarray], final: bool) -> list[np.ndarray]:
        if self._audio is None or not chunks:
            if final and self._audio is not None:
                self._mux(self._audio.encode(None))
            return []
        data = np.concatenate(chunks, axis=1)
        size = AAC_FRAME if self.fmt.audio_codec == "aac" else 960
        whole = data.shape[1] // size * size
        if final and whole < data.shape[1]:
            whole = data.shape[1]
        for start in range(0, whole, size):
            part = np.ascontiguousarray(data[:, start : start + size])
            frame = av.AudioFrame.from_ndarray(part, format="fltp", layout="stereo")
            frame.sample_rate = AUDIO_RATE
            frame.pts = self._samples
            self._samples += part.shape[1]
            self._mux(self._audio.encode(frame))
        if final:
            self._mux(self._audio.encode(None))
            return []
        return [data[:, whole:]] if whole < data.shape[1] else []

    @property
    def picture(self) -> tuple[int, int, float]:
        """Width, height and frame rate of what is written (a GIF is smaller and slower)."""
        if self._gif is None:
            return self.w, self.h, float(self.fps)
        return self._gif.width, self._gif.height, self.fps / self._gif.step
