"""Edit handlers of the smart slideshow that follow the music: cuts on the beat and the song's
length (culling and captions are in ``edit_photo_smart``). They read the song's beats through
``ctx.facts`` and change only the draft.

Cutting on the beat and the song's length are remembered in the draft's metadata (``cuts``,
``length``), so asking for one after the other keeps both: the photos are retimed once more.
"""

from __future__ import annotations

from contextlib import suppress
from typing import NamedTuple

from ..errors import DraftError, PVMError
from .beat_cuts import PHRASE_FADE_MS, cut_on_beats, fit_to_song, song_end
from .draft import AudioSegment, Draft
from .edit_common import EditContext, count_words, set_meta, video_segments
from .edit_photo_smart import needs_facts, spare_moved
from .edit_types import (
    Cull,
    CutToBeat,
    DateCaptions,
    LengthToSong,
    Move,
    RemoveMusic,
    SetTotalLength,
)
from .lang import say, secs
from .timeline import relayout

SMART_EDITS = (CutToBeat, LengthToSong, Cull, DateCaptions)


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
    grid = needs_facts(ctx).beats(music.m.src)
    end: int | None = None
    phrase = False
    length = getattr(draft.m, "length", None)
    if isinstance(length, int):  # a total the person gave: ends on the beat nearest to it
        beats_then = grid.on_timeline(music.m.in_, length + round(grid.beat_ms) * 2)
        end = min(beats_then, key=lambda b: abs(b - length), default=None)
    if length == "song":
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


def keep_in_time(draft: Draft, edit: object, ctx: EditContext) -> str:
    """After another edit (new transitions, pace, photos or song), put the cuts back on the
    beat and the end back on the song, as the draft asks; a photo moved after a cull is
    spared by later culls. A total length the person gives replaces the song's (and with cuts
    on the beat, the video ends on the beat nearest to it); without music there is nothing to
    follow, so both are forgotten. Returns what to add to the edit's sentence when that moved
    the video's end (else "")."""
    if isinstance(edit, Move) and getattr(draft.m, "spared", None):
        spare_moved(draft, edit)
    marks = {key: getattr(draft.m, key, None) for key in ("cuts", "length")}
    if ctx.facts is None or not any(marks.values()) or isinstance(edit, SMART_EDITS):
        return ""
    if isinstance(edit, SetTotalLength):  # the person's total replaces the song's length
        set_meta(draft, length=round(edit.seconds * 1000) if marks["cuts"] else None)
    if isinstance(edit, RemoveMusic) or draft.bgm_track() is None:
        set_meta(draft, cuts=None, length=None)
        return ""
    before = relayout(draft).d
    # the edit itself stands; the person hears about the beats when asking for them
    with suppress(PVMError):
        retime(draft, ctx, fade=False)  # the fade was set once; the person may have changed it
    after = relayout(draft).d
    if abs(after - before) <= 40:  # a frame or so: not worth a word
        return ""
    total = secs(after, ctx.lang)
    if marks["cuts"]:
        return say(
            ctx.lang, f"; kept on the beat, it now lasts {total}", f"；保持踩点，现在共 {total}"
        )
    return say(
        ctx.lang, f"; kept to the song, it now lasts {total}", f"；保持和歌曲一样长，现在共 {total}"
    )


def cut_to_beat(draft: Draft, edit: CutToBeat, ctx: EditContext) -> str:
    """Photo changes on the beats of the music."""
    set_meta(draft, cuts="beat")
    moved = _with_the_video(draft, ctx)
    per_photo, bpm, _, _ = retime(draft, ctx, edit.beats)
    each = secs(per_photo * 60_000 / bpm, ctx.lang)
    told = say(
        ctx.lang,
        f"Photos now change on the beat: {per_photo} beats each ({each} at {bpm:.0f} BPM)",
        f"照片现在踩着节拍切换：每张 {per_photo} 拍（{bpm:.0f} BPM 下 {each}）",
    )
    return told + moved


def _with_the_video(draft: Draft, ctx: EditContext) -> str:
    """Music the person had come in late starts with the video again: the photos follow its
    beats and its length from its first note. Returns what to add to the sentence."""
    music = _music(draft, ctx)
    if music.s == 0:
        return ""
    music.s = 0
    return say(ctx.lang, "; the music now starts with the video", "；音乐现在和视频一起开始")


def length_to_song(draft: Draft, edit: LengthToSong, ctx: EditContext) -> str:
    """The video lasts as long as the song, or to the end of a phrase of a long song."""
    set_meta(draft, length="song")
    moved = _with_the_video(draft, ctx)
    return _to_song(draft, ctx) + moved


def _to_song(draft: Draft, ctx: EditContext) -> str:
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
