"""Render a title as an RGBA overlay for a video frame.

Sizing: the font size in pixels is ``size * min(frame_h, 1.3 * frame_w)``. On landscape and
square frames that is ``size * frame_h``; on tall frames (9:16) the width limits it, so a title
on a 1080x1920 frame is 1.3x the size it has on a 1920x1080 frame rather than 1.8x, and long
words still fit across the narrow frame. The function is continuous, so a 4:5 frame is not
treated very differently from a square one.

The overlay is drawn at 2x and reduced with area averaging, so glyph, outline and box edges
are anti-aliased; layers are composited with premultiplied alpha to avoid dark fringes.
"""

from __future__ import annotations

import functools
import logging
import math
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw

from photo_video_maker.render import fonts

from .linebreak import ELLIPSIS, Measure, clean, ellipsize, wrap

log = logging.getLogger("photo_video_maker.text")

Position = Literal["top", "center", "bottom"]
Backdrop = Literal["outline", "shadow", "box", "none"]
Align = Literal["left", "center", "right"]
F32 = npt.NDArray[np.float32]


def _hex(digits: str) -> tuple[int, int, int]:
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))


_SS = 2  # supersampling factor
_SAFE, _EDGE = 0.05, 0.08  # action-safe margin; top/bottom text distance from the edge
_LINE_SPACING, _SHRINK, _FLOOR, _MIN_PX = 1.2, 0.9, 1 / 3, 10
_NAMED = "white fff black 000 yellow ffdd00 gold ffc428 red eb2626 pink ff78be blue 2878ff "
_NAMED += "green 28be50 orange ff8c00 purple a050e1 grey 969696 gray 969696"
_COLORS = {k: _hex(v) for k, v in zip(_NAMED.split()[::2], _NAMED.split()[1::2], strict=True)}
_ZH = dict(zip("白黑黄金红粉蓝绿橙紫", list(_COLORS)[:10], strict=True))
_ZH |= {"黃": "yellow", "紅": "red", "藍": "blue", "綠": "green", "灰": "grey"}
_COLORS |= {f"{zh}{suffix}": _COLORS[en] for zh, en in _ZH.items() for suffix in ("", "色")}


@dataclass(frozen=True)
class TextStyle:
    """How a title looks. ``size`` is the font size relative to the frame (see module doc)."""

    pos: Position = "center"
    size: float = 0.08
    color: tuple[int, int, int] = (255, 255, 255)
    backdrop: Backdrop = "outline"
    align: Align = "center"
    max_lines: int = 4

    def __post_init__(self) -> None:
        if not 0 < self.size <= 1:
            raise ValueError(f"text size must be in (0, 1], got {self.size}")
        if self.max_lines < 1:
            raise ValueError(f"max_lines must be at least 1, got {self.max_lines}")
        parse_color(self.color)


@dataclass(frozen=True, eq=False)
class TextOverlay:
    """A rendered title: paste ``rgba`` (straight alpha, read-only) at (x, y) of the frame."""

    x: int
    y: int
    rgba: npt.NDArray[np.uint8]
    font: Path
    warning: str | None


def parse_color(value: str | tuple[int, int, int]) -> tuple[int, int, int]:
    """Parse "#fff", "#ffcc00", a colour name (English or Chinese) or an RGB tuple."""
    if isinstance(value, tuple):
        if len(value) == 3 and all(isinstance(c, int) and 0 <= c <= 255 for c in value):
            return (value[0], value[1], value[2])
        raise ValueError(f"colour tuple must be three integers 0-255, got {value!r}")
    key = value.strip().lower()
    if key in _COLORS:
        return _COLORS[key]
    digits = key.removeprefix("#")
    if len(digits) in (3, 6) and all(c in "0123456789abcdef" for c in digits):
        return _hex(digits)
    raise ValueError(f"unknown colour {value!r}; use #rgb, #rrggbb or one of: {', '.join(_COLORS)}")


def _even_up(v: float) -> int:
    return 2 * math.ceil(v / 2 - 1e-9)


def _even_down(v: float) -> int:
    return 2 * math.floor(v / 2 + 1e-9)


def _geometry(backdrop: str, px: float) -> tuple[float, int, float, tuple[float, float]]:
    """Outline/dilation width, shadow offset and blur, and how far the backdrop reaches
    beyond the glyph advances (x, y); all in output pixels for font size ``px``."""
    stroke = {"outline": max(1.0, 0.07 * px), "shadow": 0.04 * px}.get(backdrop, 0.0)
    off, sigma = max(1, round(0.05 * px)), max(1.0, 0.05 * px)
    reach = {"outline": stroke + 1, "shadow": off + stroke + 3 * sigma}.get(backdrop, 1.0)
    extent = (0.4 * px, 0.25 * px) if backdrop == "box" else (reach, reach)
    return stroke, off, sigma, extent


def _draw(lines: list[str], m: Measure, style: TextStyle, px: float) -> tuple[F32, F32]:
    """Composite the layers; returns premultiplied RGB and alpha at output scale."""
    ss_px = m.px
    widths = [m.width(line) for line in lines]
    used = {f for line in lines for _, f in m.runs(line)} or {m.choice.faces[0]}
    asc = max(fonts.load_font(f, ss_px).getmetrics()[0] for f in used)
    desc = max(fonts.load_font(f, ss_px).getmetrics()[1] for f in used)
    line_h = _LINE_SPACING * ss_px
    stroke_w, off, sigma, (ext_x, ext_y) = _geometry(style.backdrop, px)
    ext_x, ext_y = ext_x * _SS, ext_y * _SS
    margin = math.ceil(max(ext_x, ext_y) + 0.5 * ss_px)
    block_w = max(widths, default=0.0)
    cw = _SS * math.ceil((block_w + 2 * margin) / _SS)
    chh = _SS * math.ceil((asc + desc + line_h * (len(lines) - 1) + 2 * margin) / _SS)
    fill, stroke = Image.new("L", (cw, chh)), Image.new("L", (cw, chh))
    dfill, dstroke = ImageDraw.Draw(fill), ImageDraw.Draw(stroke)
    # The shadow is cast by a slightly dilated text so it also darkens around the glyphs.
    sw = round(stroke_w * _SS)
    for i, (line, w) in enumerate(zip(lines, widths, strict=True)):
        x = margin + {"left": 0.0, "center": (block_w - w) / 2, "right": block_w - w}[style.align]
        y = margin + asc + i * line_h
        for run, face in m.runs(line):
            font = fonts.load_font(face, ss_px)
            # Fallback faces (Droid) are regular weight: embolden them to match DejaVu Bold.
            fb = 0 if fonts.is_bold(face) else max(1, round(0.015 * ss_px))
            dfill.text((x, y), run, font=font, anchor="ls", fill=255, stroke_width=fb)
            if sw:
                dstroke.text((x, y), run, font=font, anchor="ls", fill=255, stroke_width=sw + fb)
            x += font.getlength(run)
    layers: list[tuple[F32, tuple[int, int, int]]] = []
    back = (255, 255, 255) if sum(style.color) < 3 * 90 else (0, 0, 0)
    if style.backdrop == "box":
        box = Image.new("L", (cw, chh))
        ink = fill.getbbox() or (margin, margin, margin + 1, margin + 1)
        top = min(ink[1], margin + asc - 0.78 * ss_px)
        bottom = max(ink[3], margin + asc + line_h * (len(lines) - 1) + 0.25 * ss_px)
        rect = (ink[0] - ext_x, top - 0.65 * ext_y, ink[2] + ext_x, bottom + ext_y)
        ImageDraw.Draw(box).rounded_rectangle(rect, radius=0.3 * ss_px, fill=255)
        layers.append((_down(box) * 0.6, back))
    fill_a = _down(fill)
    if style.backdrop == "shadow":
        shifted = np.zeros_like(fill_a)
        shifted[off:, off:] = _down(stroke)[:-off, :-off]
        blurred = cv2.GaussianBlur(shifted, (0, 0), sigmaX=sigma)
        layers.append((np.minimum(blurred * 1.8, 1.0) * 0.85, back))
    if style.backdrop == "outline":
        layers.append((_down(stroke) * 0.92, back))
    layers.append((fill_a, style.color))
    rgb = np.zeros((*fill_a.shape, 3), np.float32)
    alpha = np.zeros(fill_a.shape, np.float32)
    for a, color in layers:  # "over" in premultiplied space
        rgb = rgb * (1 - a[..., None]) + a[..., None] * (np.array(color, np.float32) / 255)
        alpha = alpha * (1 - a) + a
    return rgb, alpha


def _down(mask: Image.Image) -> F32:
    arr = np.asarray(mask, dtype=np.float32) * np.float32(1 / 255)
    h, w = arr.shape
    return _resize(arr, (w // _SS, h // _SS))


def _resize(arr: F32, size: tuple[int, int]) -> F32:
    return np.asarray(cv2.resize(arr, size, interpolation=cv2.INTER_AREA), np.float32)


def _crop(rgb: F32, alpha: F32) -> tuple[F32, F32]:
    """Crop to the visible pixels (2x2 transparent when nothing is visible)."""
    ys, xs = np.nonzero(alpha >= 0.5 / 255)
    if len(ys) == 0:
        return np.zeros((2, 2, 3), np.float32), np.zeros((2, 2), np.float32)
    crop = np.s_[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    return rgb[crop], alpha[crop]


def _to_rgba(rgb: F32, alpha: F32, max_w: int, max_h: int) -> npt.NDArray[np.uint8]:
    """Fit into max_w x max_h, pad to an even size and convert to straight-alpha uint8."""
    h, w = alpha.shape
    if w > max_w or h > max_h:  # only for absurdly small frames: scale instead of cutting
        scale = min(max_w / w, max_h / h)
        size = (max(1, int(w * scale)), max(1, int(h * scale)))
        rgb, alpha = _resize(rgb, size), _resize(alpha, size)
        h, w = alpha.shape
    pad = ((0, h % 2), (0, w % 2))
    rgb, alpha = np.pad(rgb, (*pad, (0, 0))), np.pad(alpha, pad)
    straight = rgb / np.maximum(alpha, 1e-6)[..., None]
    out = np.dstack([straight, alpha]) * 255 + 0.5
    return np.ascontiguousarray(np.clip(out, 0, 255).astype(np.uint8))


_LOCK = threading.Lock()  # FreeType faces are shared through the font cache
_DEFAULT_STYLE = TextStyle()


@functools.lru_cache(maxsize=256)
def render_text(
    text: str, frame_w: int, frame_h: int, style: TextStyle = _DEFAULT_STYLE
) -> TextOverlay:
    """Render ``text`` for a frame_w x frame_h frame; the overlay stays inside the safe area.

    Long text wraps (at spaces, and between CJK characters); if it still needs more than
    ``style.max_lines`` lines the font shrinks step by step down to a third, and only then are
    words broken and the last line ellipsized. Results are cached and read-only.
    """
    if frame_w < 16 or frame_h < 16:
        raise ValueError(f"frame too small for text: {frame_w}x{frame_h}")
    with _LOCK:
        return _render(text, frame_w, frame_h, style)


def _render(text: str, frame_w: int, frame_h: int, style: TextStyle) -> TextOverlay:
    text = clean(text)
    choice = fonts.choose_font(text)
    warnings = [choice.warning] if choice.warning else []
    left, right = _even_up(_SAFE * frame_w), _even_down((1 - _SAFE) * frame_w)
    top, bottom = _even_up(_SAFE * frame_h), _even_down((1 - _SAFE) * frame_h)
    safe_w, safe_h = right - left, bottom - top
    px = style.size * min(frame_h, 1.3 * frame_w)
    floor = min(px, max(_MIN_PX, _FLOOR * px))
    paras = text.split("\n")
    while True:
        at_floor = px <= floor + 1e-6
        m = Measure(choice, round(px * _SS))
        ext_x, ext_y = _geometry(style.backdrop, px)[3]
        max_w = (safe_w - 2 * ext_x - 2) * _SS
        # As many lines as fit the safe height too, so a huge max_lines cannot overflow it.
        cap = max(1, min(style.max_lines, int((safe_h - 2 * ext_y) / (_LINE_SPACING * px))))
        lines, fits = wrap(paras, m, max_w, split_words=at_floor)
        if (not fits or len(lines) > cap) and not at_floor:
            px = max(floor, px * _SHRINK)
            continue
        if len(lines) > cap:
            if fonts.face_for_char(choice, ELLIPSIS) is None:
                choice = replace(
                    choice, fallbacks=(*choice.fallbacks, fonts.FontFace(fonts.DEJAVU_BOLD))
                )
                m = Measure(choice, m.px)
            lines = [*lines[: cap - 1], ellipsize(lines[cap - 1], m, max_w)]
            warnings.append(f"text too long for {cap} lines; it was shortened")
            log.warning("%s: %r", warnings[-1], text[:80])
        rgb, alpha = _crop(*_draw(lines, m, style, px))
        # Wrapping measured advances; ink (overhangs, accents, backdrop) is checked here.
        if (alpha.shape[1] <= safe_w and alpha.shape[0] <= safe_h) or at_floor:
            break
        px = max(floor, px * _SHRINK)
    rgba = _to_rgba(rgb, alpha, safe_w, safe_h)
    oh, ow = rgba.shape[:2]
    centre_x = left + _even_down((safe_w - ow) / 2)
    x = {"left": left, "center": centre_x, "right": right - ow}[style.align]
    y = {
        "top": _even_up(_EDGE * frame_h),
        "center": top + _even_down((safe_h - oh) / 2),
        "bottom": _even_down((1 - _EDGE) * frame_h) - oh,
    }[style.pos]
    y = max(top, min(y, bottom - oh))
    rgba.flags.writeable = False
    return TextOverlay(x, y, rgba, choice.path, "; ".join(warnings) or None)
