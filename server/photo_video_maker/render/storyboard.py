"""A storyboard: one small frame per photo or clip, in a grid, as PNG bytes."""

from __future__ import annotations

import io
import math

from PIL import Image, ImageDraw

from ..media.image import load_image
from ..media.video import ClipReader
from ..model.draft import Draft
from ..model.layout import relayout
from ..model.plan import make_plan
from .boundary import boundary
from .compose import fit_rgb, prepare
from .frames import Resolve
from .kenburns import Motion
from .looks import apply_look
from .yuv import I420, even, to_rgb

COLUMNS = 4


def storyboard(
    draft: Draft, resolve: Resolve, tile_w: int = 320
) -> tuple[bytes, list[int], int, int]:
    """PNG bytes, the time (ms) of each tile, and the image's width and height."""
    with boundary("the storyboard"):
        return _storyboard(draft, resolve, tile_w)


def _storyboard(draft: Draft, resolve: Resolve, tile_w: int) -> tuple[bytes, list[int], int, int]:
    draft = relayout(draft)
    plan = make_plan(draft)
    tile_h = even(tile_w * plan.h / plan.w)
    tile_w = even(tile_w)
    n = len(plan.visuals)
    cols = min(COLUMNS, n)
    rows = math.ceil(n / cols)
    gap = 6
    sheet = Image.new("RGB", (cols * (tile_w + gap) + gap, rows * (tile_h + gap) + gap), "#222")
    draw = ImageDraw.Draw(sheet)
    times: list[int] = []
    for i, span in enumerate(plan.visuals):
        path = resolve(span.src)
        middle = (span.start + span.end) // 2
        times.append(round(middle * 1000 / plan.fps))
        if span.kind == "video":
            with ClipReader(path, start_ms=span.clip_in_ms, size=(tile_w, tile_h)) as reader:
                picture = reader.frame_at(round((middle - span.start) * 1000 / plan.fps))
            rgb = apply_look(fit_rgb(picture, tile_w, tile_h, span.fit), plan.look)
        else:
            motion = Motion.from_meta(span.motion)
            image = load_image(path, tile_w * 2, tile_h * 2, alpha=True)
            frame = I420(tile_w, tile_h)
            prepare(image, tile_w, tile_h, span.fit, motion, plan.look).draw(0.5, frame)
            rgb = to_rgb(frame)
        x, y = gap + (i % cols) * (tile_w + gap), gap + (i // cols) * (tile_h + gap)
        sheet.paste(Image.fromarray(rgb), (x, y))
        label = f" {i + 1} "
        box = draw.textbbox((x + 6, y + 6), label)
        draw.rectangle(box, fill="#000")
        draw.text((x + 6, y + 6), label, fill="#fff")
    out = io.BytesIO()
    sheet.save(out, format="PNG", optimize=True)
    return out.getvalue(), times, sheet.width, sheet.height
