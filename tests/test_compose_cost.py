"""Cheaper composition draws what the per-frame computation drew, on the standard job.

Each shortcut in the per-frame path is checked against the computation it replaced, on the
photos and motions of the standard job (bench/standard_job.py): bit-identical, or at least
45 dB PSNR (a difference no one can see).
"""

from __future__ import annotations

import math
from pathlib import Path

import cv2
import numpy as np

from photo_video_maker.media.collect import collect
from photo_video_maker.media.image import load_image
from photo_video_maker.media.probe import probe
from photo_video_maker.media.refs import to_ref
from photo_video_maker.media.subject import subject_of
from photo_video_maker.model.layout import SlideshowOptions, build_slideshow, relayout
from photo_video_maker.model.plan import FramePlan, make_plan
from photo_video_maker.render import subpixel
from photo_video_maker.render.compose import canvas_size, detail_size, fit_rgb, prepare
from photo_video_maker.render.kenburns import Motion, PanView
from photo_video_maker.render.yuv import I420, from_rgb

PHOTOS = Path(__file__).resolve().parents[2] / "shared" / "testdata" / "photos"


def psnr(a: I420, b: I420) -> float:
    mse = float(np.mean((a.buf.astype(np.float64) - b.buf) ** 2))
    return math.inf if mse == 0 else 10 * math.log10(255**2 / mse)


def standard_plan() -> tuple[FramePlan, dict[str, Path]]:
    """The standard job's pictures, motions and title at 1080p, without its music."""
    files = {f"m{i}": p for i, p in enumerate(collect([PHOTOS]), start=1)}
    refs = [to_ref(k, p.name, probe(p)) for k, p in files.items()]
    options = SlideshowOptions(
        resolution="1080p",
        seconds_per_photo=3.0,
        transition="crossfade",
        transition_ms=750,
        zoom=1.1,
        title="Summer 2026",
        fade_out_ms=0,
    )
    return make_plan(relayout(build_slideshow(refs, options))), files


def _pan_every_frame(canvas: I420, motion: Motion, p: float, out: I420) -> None:
    """A pan as it was drawn before: both axes' phases applied in every frame."""
    w, h = out.w, out.h
    _, px, py = motion.at(p)
    left, top = (canvas.w - w) * (1 + px) / 2, (canvas.h - h) * (1 + py) / 2
    moves = (motion.pan0[0] != motion.pan1[0], motion.pan0[1] != motion.pan1[1])
    pad = subpixel.PAD
    for plane, dst, div in zip(canvas.planes(), out.planes(), (1, 2, 2), strict=True):
        padded = cv2.copyMakeBorder(plane, pad, pad, pad, pad, cv2.BORDER_REPLICATE)
        subpixel.shift(padded, dst, left / div, top / div, *moves)


def test_pans_of_the_standard_job_match_filtering_the_fixed_axis_every_frame() -> None:
    plan, files = standard_plan()
    fixed_phases = 0
    for span in plan.visuals:
        motion = Motion.from_meta(span.motion)
        if motion.zoom0 != motion.zoom1:
            continue
        path = files[span.src]
        image = load_image(path, *detail_size(plan.w, plan.h, motion), alpha=True)
        subject = subject_of(path, image)
        view = prepare(image, plan.w, plan.h, span.fit, motion, "none", subject)
        assert isinstance(view, PanView)
        cw, ch = canvas_size(plan.w, plan.h, view.motion)
        canvas = from_rgb(fit_rgb(image, cw, ch, span.fit, subject))
        top = (ch - plan.h) * (1 + view.motion.pan0[1]) / 2
        fixed_phases += not view.moves[1] and subpixel.split(top)[1] != 0
        new, old = I420(plan.w, plan.h), I420(plan.w, plan.h)
        for p in np.linspace(0.0, 1.0, 7):
            view.draw(float(p), new)
            _pan_every_frame(canvas, view.motion, float(p), old)
            assert psnr(new, old) >= 45.0, (path.name, p)
    # the job has a pan whose fixed axis sits between pixels: the case the shortcut changes
    assert fixed_phases >= 1
