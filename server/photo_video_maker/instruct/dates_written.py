""" "日期都不要了", "remove the dates": the dates are the captions that read as dates (as the
date captions write them: "2024年5月3日", "3 May 2024"). Other captions ("City lights") are not
dates: with no date on the video nothing changes and the person is told so; with dates beside
other captions only the dates go."""

from __future__ import annotations

import re

from ..model.edit_types import Edit, RemoveText, SetCaption
from .context import Ctx
from .intents import Out, refuse

_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_DATE = re.compile(
    rf"\d{{4}}\s*年\s*\d{{1,2}}\s*月(\s*\d{{1,2}}\s*[日号])?"
    rf"|\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号]"
    rf"|\b\d{{1,2}}\s+({_MONTHS})[a-z]*\.?,?\s+\d{{4}}\b"
    rf"|\b({_MONTHS})[a-z]*\.?\s+\d{{1,2}},?\s+\d{{4}}\b"
    rf"|\b\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}}\b|\b\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{2,4}}\b",
    re.IGNORECASE,
)


def is_date(text: str) -> bool:
    return _DATE.search(text) is not None


def captions(ctx: Ctx) -> list[tuple[int, str]]:
    """(photo number, text) of each caption on the video."""
    track = ctx.draft.text_track()
    ids = [seg.id for seg in ctx.segments()]
    found = []
    for seg in track.sg if track is not None else []:
        if seg.m.role == "caption" and seg.m.anchor in ids:
            found.append((ids.index(seg.m.anchor) + 1, str(seg.m.text)))
    return sorted(found)


def dates_removed(ctx: Ctx) -> Out:
    """The date captions taken off, and only those."""
    written = captions(ctx)
    dated = [index for index, text in written if is_date(text)]
    if not dated:
        return refuse(
            "text",
            ctx,
            "There are no dates on the video, so nothing was removed.",
            "视频里没有显示日期，所以没有删除任何文字。",
        )
    if len(dated) == len(written):
        return Out([RemoveText(which="captions")])
    # the other captions are kept as they are: each is written again over all of them gone
    kept: list[Edit] = [SetCaption(index=i, text=t) for i, t in written if i not in dated]
    return Out([RemoveText(which="captions"), *kept])
