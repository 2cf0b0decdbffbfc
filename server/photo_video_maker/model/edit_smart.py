"""Edit handlers of the smart slideshow: cuts on the beat, length of the song, culling, and
date and place captions. They read the media through ``ctx.facts`` and change only the draft.

Cutting on the beat and the song's length are remembered in the draft's metadata (``cuts``,
``length``), so asking for one after the other keeps both: the photos are retimed once more.
"""

from __future__ import annotations

from contextlib import suppress
from typing import NamedTuple

from ..errors import DraftError, InputError, PVMError
from .beat_cuts import PHRASE_FADE_MS, cut_on_beats, fit_to_song, song_end
from .caption_words import caption_text
from .draft import AudioSegment, Draft
from .edit_common import EditContext, count_words, label, position, set_meta, video_segments
from .edit_text import caption
from .edit_types import (
    Cull,
    CutToBeat,
    DateCaptions,
    LengthToSong,
    Move,
    RemoveMusic,
    SetCaption,
    SetTotalLength,
)
from .lang import count, say, secs
from .media_facts import MediaFacts
from .photo_cull import cull_plan

SMART_EDITS = (CutToBeat, LengthToSong, Cull, DateCaptions)


def _facts(ctx: EditContext) -> MediaFacts:
    if ctx.facts is None:  # a caller that cannot read its media: a bug, said plainly
        raise InputError(
            "this edit needs to read the media files, which this service cannot do",
            "Run it with the local backend or the CLI",
        )
    return ctx.facts


def _music(draft: Draft, ctx: EditContext) -> AudioSegment:
    track = draft.bgm_track()
    if track is None or not track.sg:
        raise DraftError(
            say(ctx.lang, "there is no music to follow yet", "还没有音乐可以跟随"),
            hint=say(
                ctx.lang,
                "Add some first: say 'add upbeat music', or give --music on the command line",
                "先加音乐，比如“加欢快的音乐”（命令行用 --music）",
            ),
        )
    return track.sg[0]


class Retimed(NamedTuple):
    """What ``retime`` did: beats per photo (0: not on the beat), the tempo, where the song
    asked the video to end (None: it did not) and whether that is a phrase's end."""

    per_photo: int
    bpm: float
    end: int | None
    phrase: bool


def retime(draft: Draft, ctx: EditContext, beats: int | None = None, fade: bool = True) -> Retimed:
    """Apply what the draft's metadata asks (cuts on the beat, the song's length); ``fade``
    lengthens the music's fade-out when the video ends mid-song (once: when asked for, not
    again after later edits, so a fade the person chose since stays)."""
    video_segments(draft)
    music = _music(draft, ctx)
    grid = _facts(ctx).beats(music.m.src)
    end: int | None = None
    phrase = False
    if getattr(draft.m, "length", None) == "song":
        end, whole = song_end(grid, draft.compute_duration(), music.m.in_)
        phrase = not whole
        if phrase and fade:  # the song goes on past the end: it fades out over the last bars
            music.m.fade_out = max(music.m.fade_out, min(PHRASE_FADE_MS, end // 3))
    per_photo = 0
    if getattr(draft.m, "cuts", None) == "beat":
        per_photo = cut_on_beats(draft, grid, music.m.in_, end, beats).beats_per_photo
    elif end is not None:
        fit_to_song(draft, end)
    return Retimed(per_photo, grid.bpm, end, phrase)


def keep_in_time(draft: Draft, edit: object, ctx: EditContext) -> None:
    """After another edit (new transitions, pace, photos or song), put the cuts back on the
    beat and the end back on the song, as the draft asks; a photo moved after a cull is
    spared by later culls. An explicit length replaces the
    song's; without music there is nothing to follow, so both are forgotten."""
    if isinstance(edit, Move) and getattr(draft.m, "spared", None):
        _spare_moved(draft, edit)
    marks = {key: getattr(draft.m, key, None) for key in ("cuts", "length")}
    if ctx.facts is None or not any(marks.values()) or isinstance(edit, SMART_EDITS):
        return
    if isinstance(edit, SetTotalLength):
        set_meta(draft, length=None)
    if isinstance(edit, RemoveMusic) or draft.bgm_track() is None:
        set_meta(draft, cuts=None, length=None)
        return
    # the edit itself stands; the person hears about the beats when asking for them
    with suppress(PVMError):
        retime(draft, ctx, fade=False)  # the fade was set once; the person may have changed it


def _spare_moved(draft: Draft, edit: Move) -> None:
    """A photo the person moves after a cull is one they placed: later culls keep it."""
    segments = video_segments(draft)
    if edit.to == "start":
        at = 0
    elif edit.to == "end":
        at = len(segments) - 1
    else:
        at = position(segments, edit.to, "position")
    moved = segments[at].m
    spared = set(getattr(draft.m, "spared", None) or []) | {moved.src, f"name:{moved.name}"}
    set_meta(draft, spared=sorted(spared))


def cut_to_beat(draft: Draft, edit: CutToBeat, ctx: EditContext) -> str:
    """Photo changes on the beats of the music."""
    set_meta(draft, cuts="beat")
    per_photo, bpm, _, _ = retime(draft, ctx, edit.beats)
    each = secs(per_photo * 60_000 / bpm, ctx.lang)
    return say(
        ctx.lang,
        f"Photos now change on the beat: {per_photo} beats each ({each} at {bpm:.0f} BPM)",
        f"照片现在踩着节拍切换：每张 {per_photo} 拍（{bpm:.0f} BPM 下 {each}）",
    )


def length_to_song(draft: Draft, edit: LengthToSong, ctx: EditContext) -> str:
    """The video lasts as long as the song, or to the end of a phrase of a long song."""
    set_meta(draft, length="song")
    done = retime(draft, ctx)
    total = secs(draft.compute_duration(), ctx.lang)
    if done.end is not None and draft.compute_duration() > done.end + 40:
        song = secs(done.end, ctx.lang)
        return say(
            ctx.lang,
            f"The song lasts {song}, too short for {count_words(video_segments(draft))} "
            f"(half a second each at least): the video lasts {total} and the song starts over. "
            "Leave some photos out to end with it",
            f"歌曲只有 {song}，放不下{count_words(video_segments(draft), 'zh')}（每张至少半秒）："
            f"视频长 {total}，歌曲会从头再放。删掉一些照片就能和歌曲一起结束",
        )
    if done.phrase:
        return say(
            ctx.lang,
            f"The video now ends at the end of a musical phrase, {total} into the song, with "
            "the music faded out",
            f"视频现在在一个乐句结束处收尾，共 {total}，音乐淡出",
        )
    return say(
        ctx.lang,
        f"The video now lasts as long as the song: {total}",
        f"视频现在和歌曲一样长：{total}",
    )


def cull(draft: Draft, edit: Cull, ctx: EditContext) -> str:
    """Leave out near-duplicates and blurred photos, and say which and why."""
    segments = video_segments(draft)
    facts = _facts(ctx)
    # by media id and file name: what an earlier cull left out (on the timeline again, the
    # person put it back or uploaded it again) and what the person moved since: theirs to keep
    kept_back = set(getattr(draft.m, "spared", None) or [])
    photos = {seg.id: facts.photo(seg.m.src) for seg in segments if seg.m.kind == "image"}
    spared = frozenset(seg.id for seg in segments if {seg.m.src, f"name:{seg.m.name}"} & kept_back)
    plan = cull_plan([seg.id for seg in segments], photos, edit.duplicates, edit.blurry, spared)
    if not plan:
        return say(
            ctx.lang,
            "No near-duplicates or blurred photos found: nothing was left out",
            "没有发现重复或模糊的照片，没有删减",
        )
    position = {seg.id: i for i, seg in enumerate(segments)}
    reasons = []
    for seg_id, why in plan.items():
        name = label(segments, position[seg_id], ctx.lang)
        if why.duplicate_of is not None:
            other = label(segments, position[why.duplicate_of], ctx.lang)
            reasons.append(
                say(
                    ctx.lang, f"{name}, a near-duplicate of {other}", f"{name}（与{other}几乎相同）"
                )
            )
        else:
            reasons.append(say(ctx.lang, f"{name}, blurred", f"{name}（模糊）"))
    gone = {key for seg in segments if seg.id in plan for key in (seg.m.src, f"name:{seg.m.name}")}
    track = draft.video_track()
    assert track is not None
    track.sg = [seg for seg in segments if seg.id not in plan]
    if track.sg:
        track.sg[0].m.transition = "none"
    set_meta(draft, spared=sorted(kept_back | gone))
    left = count_words(track.sg, ctx.lang)
    return say(
        ctx.lang,
        f"Left out {count(len(plan), 'photo')}: {'; '.join(reasons)}. {left} remain; say "
        "'undo' to bring them back",
        f"删减了 {count(len(plan), 'photo', 'zh')}：{'；'.join(reasons)}。"
        f"还剩 {left}；说“撤销”可恢复",
    )


def date_captions(draft: Draft, edit: DateCaptions, ctx: EditContext) -> str:
    """A caption with the date (and place) on each photo that has one."""
    segments = video_segments(draft)
    facts = _facts(ctx)
    dated: list[str] = []
    placed = 0
    for pos, seg in enumerate(segments):
        if seg.m.kind != "image":
            continue
        found = facts.photo(seg.m.src)
        text = caption_text(found, edit.place, ctx.lang)
        if text is None:
            continue
        caption(draft, SetCaption(index=pos + 1, text=text), ctx)
        dated.append(text)
        placed += edit.place and found.place is not None and found.taken is not None
    if not dated:
        return say(
            ctx.lang,
            "None of the photos records when it was taken, so no captions were added",
            "照片里都没有拍摄日期，所以没有加字幕",
        )
    photos = sum(1 for seg in segments if seg.m.kind == "image")
    told = say(
        ctx.lang,
        f"Added the date to {count(len(dated), 'photo')}",
        f"给 {count(len(dated), 'photo', 'zh')}加上了日期",
    )
    if edit.place:
        told += say(ctx.lang, f" (and the place to {placed})", f"（其中 {placed} 张有地点）")
    if len(dated) < photos:
        missing = photos - len(dated)
        told += say(
            ctx.lang,
            f"; {count(missing, 'photo')} record no date and got none",
            f"；{missing} 张没有拍摄日期，未加",
        )
    return told + say(ctx.lang, f', e.g. "{dated[0]}"', f"，例如“{dated[0]}”")
