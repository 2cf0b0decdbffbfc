"""The frame generator: a frame plan in, I420 frames out, one at a time.

Photos are decoded when first needed (the next one in the background while the current one
shows), at working size, and dropped as soon as their time is over, so memory stays flat
however many photos and however long the video.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import cv2
import numpy as np

from ..media.image import load_image
from ..media.probe import probe
from ..media.subject import subject_of
from ..media.video import ClipReader
from ..model.panorama import is_panorama, sweep_canvas
from ..model.plan import FramePlan, VisualSpan
from . import transitions
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


class ClipLayer:
    """A video clip: each frame is fitted, coloured and converted as it comes."""

    def __init__(self, span: VisualSpan, path: Path, w: int, h: int, fps: int, look: str) -> None:
        self.span, self.w, self.h, self.fps, self.look = span, w, h, fps, look
        self.reader = ClipReader(path, start_ms=span.clip_in_ms, size=(w, h))

    def draw(self, frame_index: int, out: I420) -> None:
        t_ms = round((frame_index - self.span.start) * 1000 / self.fps)
        rgb = fit_rgb(self.reader.frame_at(t_ms), self.w, self.h, self.span.fit)
        np.copyto(out.buf, from_rgb(apply_look(rgb, self.look)).buf)

    def close(self) -> None:
        self.reader.close()


class PhotoLayer:
    def __init__(self, span: VisualSpan, prepared: View) -> None:
        self.span, self.prepared = span, prepared

    def draw(self, frame_index: int, out: I420) -> None:
        self.prepared.draw(self.span.progress(frame_index), out)

    def close(self) -> None:
        pass


Layer = PhotoLayer | ClipLayer


class FrameSource:
    """Iterates the frames of a plan; ``warnings`` collects what a person should know."""

    def __init__(self, plan: FramePlan, resolve: Resolve) -> None:
        self.plan, self.resolve = plan, resolve
        self.warnings: list[str] = []
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="prepare")
        self._pending: dict[int, Future[Layer]] = {}
        self._layers: dict[int, Layer] = {}
        self._texts: dict[int, TextLayer] = {}  # made when their time comes, dropped after
        self._first = 0  # the earliest visual that may still be on screen
        w, h = plan.w, plan.h
        self._incoming = I420(w, h)  # a transition's new side; the old one is drawn in place

    def _make_layer(self, span: VisualSpan) -> Layer:
        path = self.resolve(span.src)
        plan = self.plan
        if span.kind == "video":
            return ClipLayer(span, path, plan.w, plan.h, plan.fps, plan.look)
        motion = Motion.from_meta(span.motion)
        info = probe(path)
        if (
            span.fit != "cover"
            and not motion.still
            and info.width
            and info.height
            and is_panorama(info.width, info.height, plan.w, plan.h)
        ):
            seconds = (span.end - span.start) / plan.fps
            cw, ch = sweep_canvas(info.width, info.height, plan.w, plan.h, seconds)
            image = load_image(path, *_needed(info.width, info.height, cw, ch, span.fit))
            backwards = motion.pan1[0] < motion.pan0[0]  # the way its Ken Burns would pan
            view = sweep(image, plan.w, plan.h, span.fit, (cw, ch), backwards, plan.look)
            return PhotoLayer(span, view)
        dw, dh = detail_size(plan.w, plan.h, motion)
        need_w, need_h = _needed(info.width or dw, info.height or dh, dw, dh, span.fit)
        image = load_image(path, need_w, need_h, alpha=True)  # laid over the fit's background
        subject = subject_of(path, image)
        view = prepare(image, plan.w, plan.h, span.fit, motion, plan.look, subject)
        return PhotoLayer(span, view)

    def _layer(self, span: VisualSpan) -> Layer:
        if span.index not in self._layers:
            future = self._pending.pop(span.index, None)
            self._layers[span.index] = (
                future.result() if future is not None else self._make_layer(span)
            )
            following = span.index + 1
            if following < len(self.plan.visuals) and following not in self._pending:
                nxt = self.plan.visuals[following]
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
        for index in [i for i, layer in self._layers.items() if layer.span.end <= frame]:
            self._layers.pop(index).close()

    def frames(self, acquire: Callable[[], I420]) -> Iterator[I420]:
        """Compose each frame into a buffer from ``acquire`` and yield it."""
        plan = self.plan
        try:
            for n in range(plan.frames):
                out = acquire()
                self._release_before(n)
                active = self._active(n)
                if len(active) == 1:
                    self._layer(active[0]).draw(n, out)
                else:
                    older, newer = active[0], active[-1]
                    self._layer(older).draw(n, out)
                    self._layer(newer).draw(n, self._incoming)
                    blend = transitions.get(newer.transition)
                    blend(out, self._incoming, newer.transition_progress(n), out)
                texts = self._texts_at(n)
                # a closing text is shown on an end card: the picture under it blurred and dark.
                # The card comes in twice as fast as the text, so that the text never crosses
                # a sharp face: a sharp picture at even 15 % still shows its edges
                card = max((t.span.opacity(n) for t in texts if _closing(t)), default=0.0)
                end_card(out, min(1.0, 2.0 * card))
                for text in texts:
                    text.draw(out, n)
                gain = plan.global_gain(n)
                if gain < 1.0:
                    dim(out, gain)
                yield out
        finally:
            self.close()

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
