"""Edits: plain-data changes to a draft, and the one pure function that applies them.

    new_draft, changes = apply_edits(draft, [SetAspect(aspect="9:16"), SetSecondsPerPhoto(
        seconds=2)], media)

The input draft is never changed. Either every edit applies and a new, relaid-out draft comes
back with one plain sentence per edit ("Photos now last 2 s each"; photos removed together,
or a choice and its amount, share one), or an ``InputError``
(``DraftError`` for an impossible edit such as "there is no photo 12", ``InstructionNotUnderstood``
for an unknown name) is raised and nothing changed at all.

``Undo`` and ``Redo`` are edits a person can ask for, but they are not changes of the draft: the
caller keeps the history of drafts and restores one. ``apply_edits`` raises ``ValueError`` when
handed either, so that a caller who forgot to handle it finds out at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from . import (
    edit_music,
    edit_ops,
    edit_order,
    edit_photo_smart,
    edit_smart,
    edit_text,
    share_size,
)
from .already import already
from .draft import Draft
from .edit_common import EditContext
from .edit_types import (
    Cull,
    CutToBeat,
    DateCaptions,
    Edit,
    LengthToSong,
    MakeSlideshow,
    Move,
    MuteClips,
    Redo,
    Remove,
    RemoveMusic,
    RemoveText,
    Reverse,
    SetAspect,
    SetCaption,
    SetClosing,
    SetFit,
    SetFps,
    SetLook,
    SetMotion,
    SetMusic,
    SetMusicFade,
    SetMusicStart,
    SetMusicVolume,
    SetResolution,
    SetSecondsPerPhoto,
    SetSizeLimit,
    SetTextStyle,
    SetTitle,
    SetTotalLength,
    SetTransition,
    SetVideoFade,
    Shuffle,
    Sort,
    Speed,
    Swap,
    TextTarget,
    Undo,
)
from .lang import Lang
from .layout import MediaRef, relayout
from .media_facts import MediaFacts

__all__ = [
    "Cull",
    "CutToBeat",
    "DateCaptions",
    "Edit",
    "LengthToSong",
    "MakeSlideshow",
    "Move",
    "MuteClips",
    "Redo",
    "Remove",
    "RemoveMusic",
    "RemoveText",
    "Reverse",
    "SetAspect",
    "SetCaption",
    "SetClosing",
    "SetFit",
    "SetFps",
    "SetLook",
    "SetMotion",
    "SetMusic",
    "SetMusicFade",
    "SetMusicStart",
    "SetMusicVolume",
    "SetResolution",
    "SetSecondsPerPhoto",
    "SetSizeLimit",
    "SetTextStyle",
    "SetTitle",
    "SetTotalLength",
    "SetTransition",
    "SetVideoFade",
    "Shuffle",
    "Sort",
    "Speed",
    "Swap",
    "TextTarget",
    "Undo",
    "apply_edits",
]

Handler = Callable[[Draft, Any, EditContext], str]

HANDLERS: dict[type, Handler] = {
    SetSecondsPerPhoto: edit_ops.seconds_per_photo,
    SetTotalLength: edit_ops.total_length,
    SetTransition: edit_ops.transition,
    SetMotion: edit_ops.motion,
    SetAspect: edit_ops.aspect,
    SetResolution: edit_ops.resolution,
    SetFps: edit_ops.fps,
    SetFit: edit_ops.fit,
    SetLook: edit_ops.look,
    Speed: edit_ops.speed,
    SetVideoFade: edit_ops.video_fade,
    SetTitle: edit_text.title,
    SetCaption: edit_text.caption,
    SetClosing: edit_text.closing,
    RemoveText: edit_text.remove_text,
    SetTextStyle: edit_text.text_style,
    SetMusic: edit_music.music,
    SetMusicVolume: edit_music.music_volume,
    SetMusicFade: edit_music.music_fade,
    SetMusicStart: edit_music.music_start,
    RemoveMusic: edit_music.remove_music,
    MuteClips: edit_music.mute_clips,
    MakeSlideshow: edit_music.slideshow,
    Reverse: edit_order.reverse,
    Sort: edit_order.sort,
    Shuffle: edit_order.shuffle,
    Move: edit_order.move,
    Swap: edit_order.swap,
    Remove: edit_order.remove,
    CutToBeat: edit_smart.cut_to_beat,
    LengthToSong: edit_smart.length_to_song,
    Cull: edit_photo_smart.cull,
    DateCaptions: edit_photo_smart.date_captions,
    SetSizeLimit: share_size.size_limit_edit,
}


def apply_edits(
    draft: Draft,
    edits: Sequence[Edit],
    media: dict[str, MediaRef],
    media_dates: dict[str, float] | None = None,
    lang: Lang = "en",
    facts: MediaFacts | None = None,
) -> tuple[Draft, list[str]]:
    """Apply ``edits`` in order to a copy of ``draft``; returns the new draft and the changes.

    ``media`` maps media ids to what is known about each upload (uploaded songs are found
    here); ``media_dates`` maps media ids to capture times (any sortable number, e.g. a Unix
    timestamp) for ``Sort``; ``lang`` is the language of the sentences; ``facts`` reads the
    media files for the smart edits (beats, culling, date captions). Later edits see the
    result of earlier ones, and the timeline is relaid out after each, so "2 seconds per photo
    and 30 seconds long" means what it says.
    """
    work = draft.model_copy(deep=True)
    ctx = EditContext(media=media, media_dates=media_dates or {}, lang=lang, facts=facts)
    changes: list[str] = []
    for run in _runs(_unrepeated(edits)):
        edit = run[-1]
        if isinstance(edit, Undo | Redo):
            raise ValueError(f"{edit.kind} is not a change of the draft: the caller keeps history")
        handler = HANDLERS.get(type(edit))
        if handler is None:
            raise TypeError(f"not an edit: {edit!r}")
        before = relayout(work)
        if len(run) > 1:  # photos removed together: one sentence, as one undo brings them back
            told = edit_order.remove_several(work, [e for e in run if isinstance(e, Remove)], ctx)
        else:
            told = handler(work, edit, ctx)
        told += edit_smart.keep_in_time(work, edit, ctx)  # cuts on the beat, end on the song
        work = relayout(work)
        if not isinstance(edit, Shuffle) and work == before:  # "make it 16:9" when it is
            told = already(told, lang)
        changes.append(told)
    return relayout(work), changes


# how much of a setting, which a later edit of the same kind may add to what an earlier one chose
_AMOUNTS = frozenset({"ms", "factor", "zoom"})


def _unrepeated(edits: Sequence[Edit]) -> list[Edit]:
    """``edits`` with a choice and the amount that follows it as one edit ("wipes, and quicker"
    reads as wipes, then 0.8x as long): the person hears one sentence, "now wipes (0.6 s, was
    0.75 s)", not two. Joined only when the first edit sets no amount and the second sets only
    amounts beyond what they agree on, so the outcome is the same."""
    kept: list[Edit] = []
    for edit in edits:
        before = kept[-1] if kept else None
        if type(before) is type(edit) and isinstance(edit, SetTransition | SetMotion):
            mine, theirs = _given(before), _given(edit)
            if (
                not _AMOUNTS.intersection(mine)
                and set(theirs) - set(mine) <= _AMOUNTS
                and all(mine[name] == theirs[name] for name in set(mine) & set(theirs))
                and mine.get("index") == theirs.get("index")  # the same transitions
            ):
                kept[-1] = type(edit).model_validate({**mine, **theirs})
                continue
        kept.append(edit)
    return kept


def _runs(edits: list[Edit]) -> list[list[Edit]]:
    """Each edit alone, but removals in a row together."""
    runs: list[list[Edit]] = []
    for edit in edits:
        if runs and isinstance(edit, Remove) and isinstance(runs[-1][-1], Remove):
            runs[-1].append(edit)
        else:
            runs.append([edit])
    return runs


def _given(edit: Edit) -> dict[str, Any]:
    return {name: value for name, value in edit if value is not None and name != "kind"}
