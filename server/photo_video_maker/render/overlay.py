"""Text overlays blended onto I420 frames."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from ..errors import DraftError, shorten
from ..model.meta import TextMeta
from ..model.plan import TextSpan
from .text import TextOverlay, TextStyle, parse_color, render_text
from .yuv import I420, RGB_TO_UV, RGB_TO_Y


@dataclass
class _Plane:
    x: int
    y: int
    alpha: np.ndarray  # float32 0..1
    value: np.ndarray  # float32, premultiplied by alpha

    def blend(self, dst: np.ndarray, opacity: float) -> None:
        h, w = self.alpha.shape
        roi = dst[self.y : self.y + h, self.x : self.x + w]
        a = self.alpha if opacity >= 1.0 else self.alpha * opacity
        mixed = roi * (1.0 - a) + (self.value if opacity >= 1.0 else self.value * opacity)
        np.copyto(roi, np.rint(mixed), casting="unsafe")


class TextLayer:
    """One text segment ready to blend: its planes are computed once."""

    def __init__(self, span: TextSpan, w: int, h: int) -> None:
        self.span = span
        overlay = render_text(span.text, w, h, style_of(span.style))
        self.warning = overlay.warning
        self.planes = _planes(overlay)

    def draw(self, frame: I420, index: int) -> None:
        opacity = self.span.opacity(index)
        if opacity <= 0.0:
            return
        for plane, dst in zip(self.planes, frame.planes(), strict=True):
            plane.blend(dst, opacity)


def style_of(meta: TextMeta) -> TextStyle:
    """A text segment's role and optional style keys mapped onto a TextStyle."""
    role = meta.role or "title"
    # ``size`` in the draft is a factor of the role's default size (1.0 = default)
    default_size = 0.085 if role == "title" else 0.055
    try:
        return TextStyle(
            # a closing text sits on its end card, centred like a title
            pos=meta.pos or ("center" if role in ("title", "closing") else "bottom"),
            size=default_size * (meta.size if meta.size is not None else 1.0),
            color=parse_color(meta.color if meta.color is not None else "#ffffff"),
            backdrop=meta.backdrop or ("box" if role == "caption" else "outline"),
        )
    except (TypeError, ValueError):  # a draft written by hand or by another program
        raise DraftError(
            f"invalid draft: the text {shorten(meta.text, 40)} has a style that "
            "cannot be drawn (colour or size)",
            "Use a colour name or #rrggbb, and a size factor such as 0.8 or 1.25",
        ) from None


def _planes(overlay: TextOverlay) -> list[_Plane]:
    rgb = np.ascontiguousarray(overlay.rgba[..., :3])
    alpha = overlay.rgba[..., 3].astype(np.float32) / 255.0
    h, w = alpha.shape
    y = cv2.transform(rgb, RGB_TO_Y).reshape(h, w).astype(np.float32)
    half_rgb = cv2.resize(rgb, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
    half_alpha = cv2.resize(alpha, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
    uv = cv2.transform(half_rgb, RGB_TO_UV).astype(np.float32)
    x0, y0 = overlay.x, overlay.y
    return [
        _Plane(x0, y0, alpha, y * alpha),
        _Plane(x0 // 2, y0 // 2, half_alpha, uv[..., 0] * half_alpha),
        _Plane(x0 // 2, y0 // 2, half_alpha, uv[..., 1] * half_alpha),
    ]
