"""A storyboard: one frame from the middle of each photo or clip, with the titles and captions
of that moment drawn as the video draws them; as separate shots (the chat app shows each one)
or as one numbered JPEG sheet small enough for a tool result at any aspect.
"""

from __future__ import annotations

import base64
import io
import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ..errors import NothingToRender
from ..media.image import load_image
from ..media.subject import subject_of
from ..media.video import ClipReader
from ..model.plan import FramePlan, TextSpan, VisualSpan
from .boundary import boundary
from .compose import fit_rgb, prepare
from .end_card import end_card
from .frames import Resolve
from .kenburns import Motion
from .looks import apply_look
from .overlay import TextLayer
from .yuv import I420, even, from_rgb, to_rgb

# hosts refuse tool results over about 1 MB; base64 makes 4 bytes of 3, and the text and the
# structured content travel in the same result
MAX_SHEET_BASE64 = 900_000
GAP = 6


@dataclass(frozen=True)
class Shot:
    """One photo or clip as the storyboard shows it."""

    index: int  # 0-based position in the video
    src: str  # media id
    kind: str  # image or video
    start_ms: int
    end_ms: int
    time_ms: int  # the moment shown: the middle of its time on screen
    texts: tuple[str, ...]  # the titles and captions drawn on it
    rgb: np.ndarray  # the picture, tile-sized


def shots(plan: FramePlan, resolve: Resolve, long_side: int = 320) -> tuple[list[Shot], int, int]:
    """Each photo or clip of the plan at its middle, ``long_side`` pixels on its longer side;
    with the video's own width and height."""
    with boundary("the storyboard"):
        return _shots(plan, resolve, long_side)


def _shots(plan: FramePlan, resolve: Resolve, long_side: int) -> tuple[list[Shot], int, int]:
    scale = long_side / max(plan.w, plan.h)
    tile_w, tile_h = even(plan.w * scale), even(plan.h * scale)
    found = []
    for span in plan.visuals:
        middle = (span.start + span.end) // 2
        texts = [t for t in plan.texts if _belongs(t, span, middle)]
        found.append(
            Shot(
                index=span.index,
                src=span.src,
                kind=span.kind,
                start_ms=_ms(span.start, plan),
                end_ms=_ms(span.end, plan),
                time_ms=_ms(middle, plan),
                texts=tuple(t.text for t in texts),
                rgb=_picture(span, middle, texts, resolve, plan, tile_w, tile_h),
            )
        )
    return found, plan.w, plan.h


def _ms(frame: int, plan: FramePlan) -> int:
    return round(frame * 1000 / plan.fps)


def _belongs(text: TextSpan, span: VisualSpan, middle: int) -> bool:
    """A text is drawn on the shot it shows over at the shot's middle, or on the shot where
    its own middle falls (an end card over the last second would otherwise appear nowhere)."""
    return text.start <= middle < text.end or span.start <= (text.start + text.end) // 2 < span.end


def _picture(
    span: VisualSpan,
    middle: int,
    texts: list[TextSpan],
    resolve: Resolve,
    plan: FramePlan,
    w: int,
    h: int,
) -> np.ndarray:
    path = resolve(span.src)
    if span.kind == "video":
        with ClipReader(path, start_ms=span.clip_in_ms, size=(w, h)) as reader:
            picture = reader.frame_at(round((middle - span.start) * 1000 / plan.fps))
        frame = from_rgb(apply_look(fit_rgb(picture, w, h, span.fit), plan.look))
    else:
        image = load_image(path, w * 2, h * 2, alpha=True)
        frame = I420(w, h)
        motion, subject = Motion.from_meta(span.motion), subject_of(path, image)
        prepare(image, w, h, span.fit, motion, plan.look, subject).draw(0.5, frame)
    if any(text.style.role == "closing" for text in texts):
        end_card(frame, 1.0)  # as the video shows its closing text
    for text in texts:
        # whole, as the text looks once faded in, at the tile's size (sizes follow the frame)
        for plane, dst in zip(TextLayer(text, w, h).planes, frame.planes(), strict=True):
            plane.blend(dst, 1.0)
    return to_rgb(frame)


def jpeg(rgb: np.ndarray, quality: int = 82) -> bytes:
    out = io.BytesIO()
    Image.fromarray(rgb).save(out, format="JPEG", quality=quality, optimize=True)
    return out.getvalue()


def data_uri(rgb: np.ndarray, quality: int = 80) -> str:
    return "data:image/jpeg;base64," + base64.b64encode(jpeg(rgb, quality)).decode()


def sheet(found: list[Shot], limit: int = MAX_SHEET_BASE64) -> tuple[bytes, int, int]:
    """The shots in a numbered grid as JPEG bytes whose base64 stays under ``limit``; with
    the sheet's width and height. Quality goes down first, then the size of the tiles."""
    if not found:
        raise NothingToRender("nothing to preview yet: the video has no photos or clips")
    th, tw = found[0].rgb.shape[:2]
    cols = min(len(found), 4 if tw >= th else 6)
    rows = math.ceil(len(found) / cols)
    # a sheet of about 3 megapixels at most: a hundred photos shrink their tiles
    scale = min(1.0, math.sqrt(3_000_000 / (cols * rows * tw * th)))
    while True:
        picture = _grid(found, cols, rows, max(16, even(tw * scale)), max(16, even(th * scale)))
        for quality in (85, 75, 65, 55, 45):
            data = jpeg(picture, quality)
            if len(base64.b64encode(data)) < limit:
                return data, picture.shape[1], picture.shape[0]
        scale *= 0.75


def _grid(found: list[Shot], cols: int, rows: int, tw: int, th: int) -> np.ndarray:
    canvas = Image.new("RGB", (cols * (tw + GAP) + GAP, rows * (th + GAP) + GAP), "#222")
    draw = ImageDraw.Draw(canvas)
    font = ImageFont.load_default(size=max(11, min(tw, th) // 9))
    for i, shot in enumerate(found):
        x, y = GAP + (i % cols) * (tw + GAP), GAP + (i // cols) * (th + GAP)
        tile = Image.fromarray(shot.rgb)
        if tile.size != (tw, th):
            tile = tile.resize((tw, th), Image.Resampling.LANCZOS)
        canvas.paste(tile, (x, y))
        label = f" {i + 1} "
        box = draw.textbbox((x + 5, y + 5), label, font=font)
        draw.rectangle(box, fill="#000")
        draw.text((x + 5, y + 5), label, fill="#fff", font=font)
    return np.asarray(canvas)


def storyboard(plan: FramePlan, resolve: Resolve) -> tuple[bytes, list[int], int, int]:
    """The numbered sheet as JPEG bytes, the time (ms) of each tile, its width and height."""
    found, _, _ = shots(plan, resolve)
    data, w, h = sheet(found)
    return data, [shot.time_ms for shot in found], w, h
