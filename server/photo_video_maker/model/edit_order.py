"""Edit handlers that change which photos are shown and in what order."""

from __future__ import annotations

import random
import re
import zlib
from pathlib import PurePath

from ..errors import DraftError, shorten
from .draft import Draft, Segment
from .edit_common import (
    EditContext,
    after_reorder,
    count_words,
    label,
    plural,
    position,
    prevailing_transition,
    sentence,
    video_track,
)
from .edit_types import Move, Remove, Reverse, Shuffle, Sort, Swap


def _reorder(draft: Draft, order: list[Segment]) -> None:
    track = video_track(draft)
    before = prevailing_transition(track.sg)
    track.sg = order
    after_reorder(track.sg, before)


def reverse(draft: Draft, edit: Reverse, ctx: EditContext) -> str:
    """Last photo first."""
    segments = video_track(draft).sg
    _reorder(draft, segments[::-1])
    return f"Reversed the order of the {count_words(segments)}"


def sort(draft: Draft, edit: Sort, ctx: EditContext) -> str:
    """Order by capture time (photos without one go to the end) or by file name."""
    segments = video_track(draft).sg
    if edit.by == "name":
        order = sorted(segments, key=lambda seg: _name_key(seg), reverse=edit.reverse)
        _reorder(draft, order)
        return "Photos are now in order of their file names" + (", Z to A" if edit.reverse else "")
    dates = {seg.id: ctx.media_dates.get(str(seg.m.get("src"))) for seg in segments}
    dated = [seg for seg in segments if dates[seg.id] is not None]
    if not dated:
        raise DraftError(
            "I don't know when these photos were taken (they carry no capture date)",
            hint="Move photos by number instead, e.g. 'move photo 3 to the start'",
        )
    # sorted() is stable: photos taken at the same moment keep their current order
    dated.sort(key=lambda seg: dates[seg.id] or 0.0, reverse=edit.reverse)
    undated = [seg for seg in segments if dates[seg.id] is None]
    _reorder(draft, dated + undated)
    which = "newest" if edit.reverse else "oldest"
    note = f"; {plural(len(undated), 'photo')} without a date went to the end" if undated else ""
    return f"Photos are now in the order they were taken, {which} first{note}"


def _name_key(seg: Segment) -> list[object]:
    """ "IMG_2.jpg" before "IMG_10.jpg": numbers inside names compare as numbers."""
    name = str(seg.m.get("name", "")).casefold()
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def order_seed(draft: Draft) -> int:
    """A seed from the current order: the same draft shuffles the same way, and shuffling again
    gives a new order because the order changed."""
    ids = ",".join(seg.id for seg in video_track(draft).sg)
    return zlib.crc32(ids.encode())


def shuffle(draft: Draft, edit: Shuffle, ctx: EditContext) -> str:
    """A random order, the same for the same seed."""
    segments = video_track(draft).sg
    order = list(segments)
    random.Random(order_seed(draft) if edit.seed is None else edit.seed).shuffle(order)
    _reorder(draft, order)
    return f"Shuffled the order of the {count_words(segments)}"


def move(draft: Draft, edit: Move, ctx: EditContext) -> str:
    """Move one photo to the start, the end or a position."""
    segments = video_track(draft).sg
    pos = position(segments, edit.index)
    n = len(segments)
    if edit.to == "start":
        to, where = 0, "the start"
    elif edit.to == "end":
        to, where = n - 1, "the end"
    else:
        to = position(segments, edit.to, "position")
        where = "the start" if to == 0 else "the end" if to == n - 1 else f"position {to + 1}"
    name = label(segments, pos)
    if to == pos:
        return f"{sentence(name)} is already at {where}"
    order = list(segments)
    order.insert(to, order.pop(pos))
    _reorder(draft, order)
    return f"Moved {name} to {where}"


def swap(draft: Draft, edit: Swap, ctx: EditContext) -> str:
    """Swap two photos."""
    segments = video_track(draft).sg
    a, b = position(segments, edit.i), position(segments, edit.j)
    if a == b:
        return f"That is the same photo twice ({label(segments, a)}), so nothing moved"
    first, second = label(segments, a), label(segments, b)
    order = list(segments)
    order[a], order[b] = order[b], order[a]
    _reorder(draft, order)
    return f"Swapped {first} and {second}"


def _by_name(segments: list[Segment], name: str) -> int:
    wanted = name.strip().casefold()
    for pos, seg in enumerate(segments):
        have = str(seg.m.get("name", "")).casefold()
        if wanted in (have, PurePath(have).stem):
            return pos
    names = ", ".join(str(seg.m.get("name", "?")) for seg in segments[:12])
    raise DraftError(f"there is no photo called {shorten(name)}", hint=f"The photos are: {names}")


def remove(draft: Draft, edit: Remove, ctx: EditContext) -> str:
    """Remove one photo (by number or file name) and its caption."""
    segments = video_track(draft).sg
    if edit.name is not None:
        pos = _by_name(segments, edit.name)
    elif edit.index is not None:
        pos = position(segments, edit.index)
    else:
        raise DraftError("say which photo to remove", hint="e.g. 'remove photo 3'")
    name = label(segments, pos)
    if len(segments) == 1:
        raise DraftError(
            f"{name} is the only one left; a video needs at least one photo",
            hint="Add photos first, or start again",
        )
    gone = segments[pos]
    text = draft.text_track()
    captions = [s for s in text.sg if s.m.get("anchor") == gone.id] if text is not None else []
    order = [seg for seg in segments if seg.id != gone.id]
    _reorder(draft, order)
    note = " and its caption" if captions else ""
    return f"Removed {name}{note}; {count_words(order)} left"
