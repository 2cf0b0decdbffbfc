"""Edit handlers that change which photos are shown and in what order."""

from __future__ import annotations

import random
import re
import zlib
from pathlib import PurePath

from ..errors import DraftError, shorten
from .draft import Draft, VideoSegment
from .edit_common import (
    EditContext,
    after_reorder,
    count_words,
    label,
    position,
    prevailing_transition,
    sentence,
    video_track,
)
from .edit_types import Move, Remove, Reverse, Shuffle, Sort, Swap
from .lang import count, join, say


def _reorder(draft: Draft, order: list[VideoSegment]) -> None:
    track = video_track(draft)
    before = prevailing_transition(track.sg)
    first = track.sg[0].id if track.sg else None
    track.sg = order
    after_reorder(track.sg, before, first)


def reverse(draft: Draft, edit: Reverse, ctx: EditContext) -> str:
    """Last photo first."""
    segments = video_track(draft).sg
    _reorder(draft, segments[::-1])
    all_of = count_words(segments, ctx.lang)
    return say(ctx.lang, f"Reversed the order of the {all_of}", f"已倒转 {all_of}的顺序")


def sort(draft: Draft, edit: Sort, ctx: EditContext) -> str:
    """Order by capture time (photos without one go to the end) or by file name."""
    segments = video_track(draft).sg
    if edit.by == "name":
        order = sorted(segments, key=lambda seg: _name_key(seg), reverse=edit.reverse)
        _reorder(draft, order)
        return say(
            ctx.lang,
            "Photos are now in order of their file names" + (", Z to A" if edit.reverse else ""),
            "照片现在按文件名" + ("倒序" if edit.reverse else "") + "排列",
        )
    dates = {seg.id: ctx.media_dates.get(seg.m.src) for seg in segments}
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
    lang, n = ctx.lang, len(undated)
    filed = _by_file_dates(segments, ctx)
    if lang == "zh":
        note = f"；{count(n, 'photo', lang)}没有拍摄日期，放在最后" if undated else ""
        note += "（照片里都没有记录拍摄日期，按文件日期排）" if filed else ""
        return f"照片现在按拍摄时间排列，{'最新' if edit.reverse else '最早'}的在前{note}"
    which = "newest" if edit.reverse else "oldest"
    note = f"; {count(n, 'photo')} without a date went to the end" if undated else ""
    note += " (none of them records when it was taken: by the files' dates)" if filed else ""
    return f"Photos are now in the order they were taken, {which} first{note}"


def _by_file_dates(segments: list[VideoSegment], ctx: EditContext) -> bool:
    """Whether no photo records when it was taken, so their order came from the files' own
    dates (said, since "add the dates" will then find none to show)."""
    photos = [seg for seg in segments if seg.m.kind == "image"]
    facts = ctx.facts
    return (
        facts is not None
        and bool(photos)
        and all(facts.photo(seg.m.src).taken is None for seg in photos)
    )


def _name_key(seg: VideoSegment) -> list[object]:
    """ "IMG_2.jpg" before "IMG_10.jpg": numbers inside names compare as numbers."""
    name = (seg.m.name or "").casefold()
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def order_seed(draft: Draft) -> int:
    """A seed from the current order: the same draft shuffles the same way, and shuffling again
    gives a new order because the order changed."""
    ids = ",".join(seg.id for seg in video_track(draft).sg)
    return zlib.crc32(ids.encode())


def shuffle(draft: Draft, edit: Shuffle, ctx: EditContext) -> str:
    """A random order, the same for the same seed, and never the order it had: a person who
    asks to shuffle and sees nothing move thinks it did not work."""
    segments = video_track(draft).sg
    order = list(segments)
    random.Random(order_seed(draft) if edit.seed is None else edit.seed).shuffle(order)
    if order == segments:
        order = order[1:] + order[:1]
    _reorder(draft, order)
    all_of = count_words(segments, ctx.lang)
    return say(ctx.lang, f"Shuffled the order of the {all_of}", f"已打乱{all_of}的顺序")


def move(draft: Draft, edit: Move, ctx: EditContext) -> str:
    """Move one photo to the start, the end or a position."""
    segments = video_track(draft).sg
    pos = position(segments, edit.index)
    n = len(segments)
    if edit.to == "start":
        to = 0
    elif edit.to == "end":
        to = n - 1
    else:
        to = position(segments, edit.to, "position")
    lang = ctx.lang
    if to == 0:
        where = say(lang, "the start", "最前面")
    elif to == n - 1:
        where = say(lang, "the end", "最后")
    else:
        where = say(lang, f"position {to + 1}", f"第 {to + 1} 位")
    name = label(segments, pos, lang)
    if to == pos:
        return say(lang, f"{sentence(name)} is already at {where}", f"{name}已经在{where}")
    order = list(segments)
    order.insert(to, order.pop(pos))
    _reorder(draft, order)
    return say(lang, f"Moved {name} to {where}", f"已把{name}移到{where}")


def swap(draft: Draft, edit: Swap, ctx: EditContext) -> str:
    """Swap two photos."""
    segments = video_track(draft).sg
    a, b = position(segments, edit.i), position(segments, edit.j)
    lang = ctx.lang
    if a == b:
        same = label(segments, a, lang)
        return say(
            lang,
            f"That is the same photo twice ({same}), so nothing moved",
            f"这是同一张（{same}），所以没有移动",
        )
    first, second = label(segments, a, lang), label(segments, b, lang)
    order = list(segments)
    order[a], order[b] = order[b], order[a]
    _reorder(draft, order)
    return say(lang, f"Swapped {first} and {second}", f"已交换{first}和{second}")


def _by_name(segments: list[VideoSegment], name: str) -> int:
    wanted = name.strip().casefold()
    for pos, seg in enumerate(segments):
        have = (seg.m.name or "").casefold()
        if wanted in (have, PurePath(have).stem):
            return pos
    names = ", ".join(seg.m.name or "?" for seg in segments[:12])
    raise DraftError(f"there is no photo called {shorten(name)}", hint=f"The photos are: {names}")


def remove(draft: Draft, edit: Remove, ctx: EditContext) -> str:
    """Remove one photo (by number or file name) and its caption."""
    return remove_several(draft, [edit], ctx)


def remove_several(draft: Draft, edits: list[Remove], ctx: EditContext) -> str:
    """Remove photos one after another (each number counted after the removals before it, as
    the interpreter sends them: highest first) and say so in one sentence, since one undo brings
    them all back; each photo is named by the number it had, in the person's order."""
    before = list(video_track(draft).sg)
    gone = sorted(before.index(_take_out(draft, edit)) for edit in edits)
    names = join([label(before, pos, ctx.lang) for pos in gone], ctx.lang)
    left = count_words(video_track(draft).sg, ctx.lang)
    text = draft.text_track()
    ids = {before[pos].id for pos in gone}
    captions = text is not None and any(s.m.anchor in ids for s in text.sg)
    if ctx.lang == "zh":
        note = ("及其字幕" if len(gone) == 1 else "及字幕") if captions else ""
        return f"已删除{names}{note}；还剩 {left}（说“撤销”可以恢复）"
    note = (" and its caption" if len(gone) == 1 else " and their captions") if captions else ""
    them = "it" if len(gone) == 1 else "them"
    return f"Removed {names}{note}; {left} left (say 'undo' to bring {them} back)"


def _take_out(draft: Draft, edit: Remove) -> VideoSegment:
    """Take one photo out and return it (its caption goes when the timeline is laid out again)."""
    segments = video_track(draft).sg
    if edit.name is not None:
        pos = _by_name(segments, edit.name)
    elif edit.index is not None:
        pos = position(segments, edit.index)
    else:
        raise DraftError("say which photo to remove", hint="e.g. 'remove photo 3'")
    if len(segments) == 1:
        raise DraftError(
            f"{label(segments, pos)} is the only one left; a video needs at least one photo",
            hint="Add photos first, or start again",
        )
    gone = segments[pos]
    _reorder(draft, [seg for seg in segments if seg.id != gone.id])
    return gone
