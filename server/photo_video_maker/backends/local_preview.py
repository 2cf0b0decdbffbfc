"""The storyboard preview: one frame from the middle of each shot, on one sheet."""

from __future__ import annotations

from pathlib import Path

from ..errors import DraftError, shorten
from ..model.draft import Draft
from ..model.lang import Lang, say
from ..model.layout import relayout
from ..model.plan import make_plan
from ..render.storyboard import sheet, shots
from .results import PreviewResult


def storyboard(
    sid: str, draft: Draft, files: dict[str, Path], lang: Lang = "en"
) -> tuple[PreviewResult, bytes]:
    """The sheet (PNG bytes) of ``draft``, whose media are ``files``, and what it shows."""

    def resolve(src: str) -> Path:
        if src not in files:
            raise DraftError(f"the draft refers to unknown media {shorten(src)}")
        return files[src]

    found, _, _ = shots(make_plan(relayout(draft)), resolve)
    picture, w, h = sheet(found)
    result = PreviewResult(
        session_id=sid,
        frames=len(found),
        width=w,
        height=h,
        times_ms=[shot.time_ms for shot in found],
        texts=[list(shot.texts) for shot in found],
        summary=say(
            lang,
            f"Storyboard of {len(found)} shots, one frame from the middle of each with its "
            "titles and captions, numbered in order.",
            f"故事板：{len(found)} 个镜头，每个取中间的一帧，带上它的标题和字幕，按顺序编号。",
        ),
    )
    return result, picture
