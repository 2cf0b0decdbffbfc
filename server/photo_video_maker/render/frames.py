"""The frame generator: a frame plan in, I420 frames out, in order.

Each frame is planned in order on one thread (which photos and texts, how far along, the
clip's next decoded frame) and composed from that plan on a pool of threads, a few frames at
once, into buffers the encoder lends: composition on one core could not feed x264 on many.
Photos are decoded when first needed (the next ones in the background while the current one
shows), at working size, and dropped as soon as their time is over, so memory stays flat
however many photos and however long the video.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from av.video.frame import VideoFrame

from ..media.image import load_image
from ..media.subject import subject_of
from ..media.video import ClipReader
from ..model.panorama import is_panorama, sweep_canvas
from ..model.plan import FramePlan, VisualSpan
from . import transitions
from .clip_fill import REFRESH, Backdrop, paint_contained
from .compose import detail_size, fit_rgb, prepare, sweep
from .end_card import end_card
from .kenburns import Motion, View
from .looks import apply_look
from .overlay import TextLayer
from .yuv import I420, dim, from_rgb

# x264's frame threads already fill the cores; OpenCV's own pool only added contention
# (standard job: 30.9 -> 28.7 CPU seconds)
cv2.setNumThreads(1)

Resolve = Callable[[str], Path]
# photos prepared at once ahead of the one on screen: the next two cover a transition's
# both sides at the start, and each holds a canvas (about 4 MB at 1080p) until shown
PREPARE_AHEAD = 2
# one photo decoded at a time in the process: a progressive JPEG holds every coefficient of
# the full picture while it decodes, whatever the size it is reduced to (43-64 MB for the
# standard job's 10-13 MP photos), and two such decodes at once beside x264 made the peak.
# The rest of a photo's preparation (fit, look, conversion) still overlaps.
_DECODING = threading.Lock()


class ClipLayer:
    """A video clip: each frame is fitted, coloured and converted as it comes.

    Decoding goes forward only, so ``fetch`` runs in frame order on the thread that plans the
    frames; the conversion (``paint``) may run on any thread: a decoded frame is never changed.
    Without a look, a frame goes from the decoder's YUV straight into the frame
    (``ClipReader.to_i420``), over the fill of clip_fill.py where it does not fill the
    picture; only a look needs RGB.
    """

    def __init__(self, span: VisualSpan, path: Path, w: int, h: int, fps: int, look: str) -> None:
        self.span, self.w, self.h, self.fps, self.look = span, w, h, fps, look
        self.reader = ClipReader(path, start_ms=span.clip_in_ms, size=(w, h))
        # contain and blur draw the clip over a fill that is made every few frames
        self._fill: tuple[int, Backdrop] | None = None

    def fetch(self, frame_index: int) -> tuple[VideoFrame, Backdrop | None]:
        frame = self.reader.decoded_at(round((frame_index - self.span.start) * 1000 / self.fps))
        if self.look != "none" or self.span.fit == "cover":
            return frame, None
        block = (frame_index - self.span.start) // REFRESH
        if self._fill is None or self._fill[0] != block:
            blur = self.span.fit != "contain"
            self._fill = block, Backdrop(self.reader, frame, self.w, self.h, blur)
        return frame, self._fill[1]

    def paint(self, fetched: object, out: I420) -> None:
        assert isinstance(fetched, tuple)
        frame, backdrop = fetched
        if self.look == "none":
            if backdrop is not None:  # contain and blur must not cut the clip
                if paint_contained(self.reader, frame, backdrop, out):
                    return
            else:  # cover cuts the clip to the frame
                planes = self.reader.to_i420(frame, self.w, self.h)
                if planes is not None:
                    for src, dst in zip(planes, out.planes(), strict=True):
                        np.copyto(dst, src)
                    return
        rgb = fit_rgb(self.reader.to_rgb(frame), self.w, self.h, self.span.fit)
        np.copyto(out.buf, from_rgb(apply_look(rgb, self.look)).buf)

    def close(self) -> None:
        self.reader.close()


class PhotoLayer:
    """A prepared photo: drawing only reads it, so any number of threads may draw it."""

    def __init__(self, span: VisualSpan, prepared: View) -> None:
        self.span, self.prepared = span, prepared

    def fetch(self, frame_index: int) -> float:
        return self.span.progress(frame_index)

    def paint(self, fetched: object, out: I420) -> None:
        assert isinstance(fetched, float)
        self.prepared.draw(fetched, out)

    def close(self) -> None:
        pass


Layer = PhotoLayer | ClipLayer


@dataclass(frozen=True)
class FrameJob:
    """Everything one frame needs, gathered in frame order; composing it reads only this."""

    index: int
    draws: tuple[tuple[Layer, object], ...]  # one visual, or the old and the new of a transition
    blend: transitions.Transition | None
    blend_at: float
    texts: tuple[TextLayer, ...]
    gain: float


class FrameSource:
    """Iterates the frames of a plan; ``warnings`` collects what a person should know.

    ``threads`` frames are composed at once (NumPy and OpenCV release the GIL), in a window of
    ``depth`` frames handed out in order; as many photos are prepared ahead at once.
    """

    def __init__(self, plan: FramePlan, resolve: Resolve, threads: int = 1) -> None:
        self.plan, self.resolve = plan, resolve
        self.threads = max(1, threads)
        # one frame more than composers: the planning thread gathers the next frame's job
        # while they work, and no composer waits for a buffer to come back from the encoder
        self.depth = 1 if self.threads == 1 else self.threads + 1
        self.ahead = min(self.threads, PREPARE_AHEAD)
        self.warnings: list[str] = []
        self._pool = ThreadPoolExecutor(max_workers=self.ahead, thread_name_prefix="prepare")
        self._pending: dict[int, Future[Layer]] = {}
        self._layers: dict[int, Layer] = {}
        self._texts: dict[int, TextLayer] = {}  # made when their time comes, dropped after
        self._first = 0  # the earliest visual that may still be on screen
        # a transition's new side, one per composing thread; the old one is drawn in place
        self._local = threading.local()

    def _make_layer(self, span: VisualSpan) -> Layer:
        path = self.resolve(span.src)
        plan = self.plan
        if span.kind == "video":
            return ClipLayer(span, path, plan.w, plan.h, plan.fps, plan.look)
        motion = Motion.from_meta(span.motion)
        info = span.source  # the photo's size, read when the plan was made
        if (
            span.fit != "cover"
            and not motion.still
            and info.width
            and info.height
            and is_panorama(info.width, info.height, plan.w, plan.h)
        ):
            seconds = (span.end - span.start) / plan.fps
            cw, ch = sweep_canvas(info.width, info.height, plan.w, plan.h, seconds)
            with _DECODING:
                image = load_image(path, *_needed(info.width, info.height, cw, ch, span.fit))
            backwards = motion.pan1[0] < motion.pan0[0]  # the way its Ken Burns would pan
            view = sweep(image, plan.w, plan.h, span.fit, (cw, ch), backwards, plan.look)
            return PhotoLayer(span, view)
        dw, dh = detail_size(plan.w, plan.h, motion)
        need_w, need_h = _needed(info.width or dw, info.height or dh, dw, dh, span.fit)
        with _DECODING:  # laid over the fit's background: with its alpha
            image = load_image(path, need_w, need_h, alpha=True)
            # the face detector's buffers (25 MB) are the other large temporary: never
            # beside a decode
            subject = subject_of(path, image)
        view = prepare(image, plan.w, plan.h, span.fit, motion, plan.look, subject)
        return PhotoLayer(span, view)

    def _layer(self, span: VisualSpan) -> Layer:
        if span.index not in self._layers:
            future = self._pending.pop(span.index, None)
            self._layers[span.index] = (
                future.result() if future is not None else self._make_layer(span)
            )
            visuals = self.plan.visuals
            for following in range(span.index + 1, min(len(visuals), span.index + 1 + self.ahead)):
                if following not in self._pending and following not in self._layers:
                    nxt = visuals[following]
                    self._pending[following] = self._pool.submit(self._make_layer, nxt)
        return self._layers[span.index]

    def _active(self, n: int) -> list[VisualSpan]:
        """The one or two visuals on screen at frame ``n`` (frames only move forward)."""
        visuals = self.plan.visuals
        while self._first < len(visuals) - 1 and visuals[self._first].end <= n:
            self._first += 1
        found, i = [], self._first
        while i < len(visuals) and visuals[i].start <= n:
            if n < visuals[i].end:
                found.append(visuals[i])
            i += 1
        return found

    def _texts_at(self, n: int) -> list[TextLayer]:
        for i, span in enumerate(self.plan.texts):
            if span.start <= n < span.end and i not in self._texts:
                layer = TextLayer(span, self.plan.w, self.plan.h)
                if layer.warning and layer.warning not in self.warnings:
                    self.warnings.append(layer.warning)
                self._texts[i] = layer
            elif n >= span.end:
                self._texts.pop(i, None)
        return list(self._texts.values())

    def _release_before(self, frame: int) -> None:
        # a layer's frames still being composed hold what they fetched, not the layer's files
        for index in [i for i, layer in self._layers.items() if layer.span.end <= frame]:
            self._layers.pop(index).close()

    def job(self, n: int) -> FrameJob:
        """Frame ``n``'s job; called for every frame in order (clips decode forward)."""
        self._release_before(n)
        active = self._active(n)
        if len(active) > 2:
            active = [active[0], active[-1]]  # the oldest and the newest are drawn
        draws = tuple((layer, layer.fetch(n)) for layer in map(self._layer, active))
        newer = active[-1]
        blend = transitions.get(newer.transition) if len(active) > 1 else None
        blend_at = newer.transition_progress(n) if blend is not None else 0.0
        texts = tuple(self._texts_at(n))
        return FrameJob(n, draws, blend, blend_at, texts, self.plan.global_gain(n))

    def compose(self, job: FrameJob, out: I420) -> I420:
        """Compose one frame into ``out``; safe on any thread, for frames in any order."""
        (first, fetched), *rest = job.draws
        first.paint(fetched, out)
        if rest and job.blend is not None:
            (newer, new_fetched), incoming = rest[-1], self._incoming()
            newer.paint(new_fetched, incoming)
            job.blend(out, incoming, job.blend_at, out)
        # a closing text is shown on an end card: the picture under it blurred and dark. The
        # card comes in twice as fast as the text, so that the text never crosses a sharp face:
        # a sharp picture at even 15 % still shows its edges
        card = max((t.span.opacity(job.index) for t in job.texts if _closing(t)), default=0.0)
        end_card(out, min(1.0, 2.0 * card))
        for text in job.texts:
            text.draw(out, job.index)
        if job.gain < 1.0:
            dim(out, job.gain)
        return out

    def _incoming(self) -> I420:
        frame: I420 | None = getattr(self._local, "incoming", None)
        if frame is None:
            frame = self._local.incoming = I420(self.plan.w, self.plan.h)
        return frame

    def frames(self, acquire: Callable[[], I420]) -> Iterator[I420]:
        """Compose each frame into a buffer from ``acquire`` and yield it, in order.

        With several threads, up to ``depth`` frames are in flight: at most that many buffers
        are held here (the caller sizes its pool by it), and memory does not grow with it.
        """
        try:
            if self.threads == 1:
                for n in range(self.plan.frames):
                    job = self.job(n)
                    yield self.compose(job, acquire())
                return
            yield from self._parallel(acquire)
        finally:
            self.close()

    def _parallel(self, acquire: Callable[[], I420]) -> Iterator[I420]:
        window: deque[Future[I420]] = deque()
        pool = ThreadPoolExecutor(max_workers=self.threads, thread_name_prefix="compose")
        try:
            for n in range(self.plan.frames):
                job = self.job(n)
                if len(window) == self.depth:
                    yield window.popleft().result()
                window.append(pool.submit(self.compose, job, acquire()))
            while window:
                yield window.popleft().result()
        finally:
            for future in window:
                future.cancel()
            pool.shutdown(wait=True)  # no composer may write into a buffer handed back

    def close(self) -> None:
        for future in self._pending.values():
            future.cancel()
        self._pool.shutdown(wait=True)
        for layer in self._layers.values():
            layer.close()
        self._layers.clear()


def _closing(text: TextLayer) -> bool:
    return text.span.style.role == "closing"


def _needed(iw: int, ih: int, cw: int, ch: int, fit: str) -> tuple[int, int]:
    """The box the decoded photo must cover so that fitting never enlarges it."""
    if fit == "cover":
        return cw, ch
    scale = min(cw / iw, ch / ih)
    return max(1, round(iw * scale)), max(1, round(ih * scale))
