"""Edit handlers for sound: background music, its volume and fades, the clips' own sound,
and the one-step "make it a slideshow" (which may add music)."""

from __future__ import annotations

from pathlib import PurePath

from ..errors import DraftError, shorten
from .draft import AudioSegment, Draft
from .edit_common import EditContext, check_range, label, position, sentence, video_segments
from .edit_ops import slideshow_visuals
from .edit_types import (
    MakeSlideshow,
    MuteClips,
    RemoveMusic,
    SetMusic,
    SetMusicFade,
    SetMusicStart,
    SetMusicVolume,
)
from .lang import count, join, say, secs
from .layout import MediaRef, set_music
from .music_catalog import TITLES_ZH, TRACKS, builtin_id, resolve_name
from .timeline import MUSIC_TAIL_MS

DEFAULT_MOOD = "calm"
DEFAULT_VOLUME = 1.0  # music is normalised to -16 LUFS: 100 % is the reference level
DEFAULT_FADE_OUT_MS = 2000


def builtin_ref(source: str) -> tuple[MediaRef, str] | None:
    """A built-in track for a name, id ("builtin:calm") or mood word; None if there is none."""
    name = source.strip().lower().removeprefix("builtin:")
    if name not in TRACKS:
        name = resolve_name(source) or ""
    if name not in TRACKS:
        return None
    track = TRACKS[name]
    return MediaRef(id=builtin_id(name), name=track.title, kind="audio"), name


def builtin_names() -> list[str]:
    """Names of the built-in tracks, for messages."""
    return list(TRACKS)


def _music(draft: Draft) -> AudioSegment:
    track = draft.bgm_track()
    if track is None or not track.sg:
        raise DraftError("there is no music yet", hint="Add some first, e.g. 'add calm music'")
    return track.sg[0]


def _uploaded(source: str, media: dict[str, MediaRef]) -> MediaRef | None:
    """An upload by media id, or an uploaded song by its file name (with or without extension)."""
    if source in media:
        return media[source]
    wanted = source.strip().casefold()
    for ref in media.values():
        name = ref.name.casefold()
        if ref.kind == "audio" and wanted in (name, PurePath(name).stem):
            return ref
    return None


def music(draft: Draft, edit: SetMusic, ctx: EditContext) -> str:
    """Put an uploaded song or a built-in track under the video (replacing any music)."""
    ref = _uploaded(edit.source, ctx.media)
    if ref is not None and ref.kind != "audio":
        kind = {"image": "photo", "video": "video clip"}.get(ref.kind, ref.kind)
        raise DraftError(f"{ref.name} is a {kind}, not a song", hint="Choose an audio file")
    found = builtin_ref(edit.source) if ref is None else None
    if ref is None and found is None:
        raise DraftError(
            f"there is no uploaded song or built-in music called {shorten(edit.source)}",
            hint=f"Upload a song, or choose built-in music: {', '.join(builtin_names())}",
        )
    old = draft.bgm_track()
    before = old.sg[0].m if old is not None and old.sg else None
    started = old.sg[0].s if old is not None and old.sg else 0
    volume = before.volume if before is not None else DEFAULT_VOLUME
    fade_out = before.fade_out if before is not None else DEFAULT_FADE_OUT_MS
    lang = ctx.lang
    if found is not None:
        ref, name = found
        what = say(lang, f"{name} music ({ref.name})", f"{TITLES_ZH[name]}（{ref.name}）")
    else:
        assert ref is not None
        what = say(lang, f'"{ref.name}"', f"“{ref.name}”")
    set_music(draft, ref, volume=volume, fade_out=fade_out)
    if before is not None:
        new = _music(draft)
        new.m.fade_in = before.fade_in  # the person's fade and start choices stay
        new.s = started
    pct = round(volume * 100)
    spaced = (
        " " if what[:1].isascii() else ""
    )  # "已加上 Lo-fi 轻松曲": a space before Latin letters
    if before is not None:
        said = f"音乐换成了{spaced}{what}，音量 {pct}%"
        return say(lang, f"Music is now {what} at {pct}% volume", said)
    if found is not None:
        return say(lang, f"Added {what} at {pct}% volume", f"已加上{spaced}{what}，音量 {pct}%")
    return say(
        lang,
        f"Added {what} as background music at {pct}% volume",
        f"已把{what}设为背景音乐，音量 {pct}%",
    )


def music_volume(draft: Draft, edit: SetMusicVolume, ctx: EditContext) -> str:
    """Music volume in percent, or louder/quieter by a factor."""
    seg = _music(draft)
    current = seg.m.volume
    if edit.percent is not None:
        check_range(edit.percent, 0, 100, "the music volume", unit="%")
        volume = edit.percent / 100
    elif edit.factor is not None:
        if edit.factor > 1 and current >= 1.0:
            return say(
                ctx.lang, "Music is already at full volume (100%)", "音乐已经是最大音量（100%）"
            )
        volume = min(1.0, max(0.0, current * edit.factor))
    else:
        pct = round(current * 100)
        return say(ctx.lang, f"Music volume stays at {pct}%", f"音乐音量保持 {pct}%")
    seg.m.volume = round(volume, 3)
    pct, was = round(volume * 100), round(current * 100)
    if edit.factor is not None:
        return say(
            ctx.lang,
            f"Music volume is now {pct}% (was {was}%)",
            f"音乐音量现在是 {pct}%（原来 {was}%）",
        )
    return say(ctx.lang, f"Music volume is now {pct}%", f"音乐音量现在是 {pct}%")


def music_fade(draft: Draft, edit: SetMusicFade, ctx: EditContext) -> str:
    """The music's fade-in and fade-out."""
    seg = _music(draft)
    lang, said = ctx.lang, []
    for value, en, zh in (
        (edit.fade_in_ms, "fades in", "淡入"),
        (edit.fade_out_ms, "fades out", "淡出"),
    ):
        if value is None:
            continue
        check_range(value / 1000, 0, 30, "a music fade")
        if lang == "zh":
            said.append(f"{zh} {secs(value, lang)}" if value else f"不再{zh}")
        else:
            said.append(f"{en} over {secs(value)}" if value else f"no longer {en}")
    if edit.fade_in_ms is not None:
        seg.m.fade_in = edit.fade_in_ms
    if edit.fade_out_ms is not None:
        seg.m.fade_out = edit.fade_out_ms
    if not said:
        return say(lang, "Music fades are unchanged", "音乐的淡入淡出没有变化")
    return say(lang, "Music now " + " and ".join(said), "音乐现在" + "，".join(said))


def music_start(draft: Draft, edit: SetMusicStart, ctx: EditContext) -> str:
    """When the music comes in, on the video's time: it stays there when photos change (a
    time, not a photo, is kept), and the video before it plays without music."""
    seg, lang = _music(draft), ctx.lang
    if getattr(draft.m, "cuts", None) or getattr(draft.m, "length", None):
        raise DraftError(
            "the photos follow the music's beats or its length, so it starts with the video",
            hint="Undo cutting on the beat (or fitting the song) first",
        )
    segments = video_segments(draft)
    named = None
    if edit.index is not None:
        pos = position(segments, edit.index)
        ms, named = segments[pos].s, label(segments, pos, lang)
    elif edit.seconds is not None:
        ms = round(edit.seconds * 1000)
    else:
        assert edit.shift is not None  # the model requires one of the three
        ms = max(0, seg.s + round(edit.shift * 1000))
    latest = max(0, draft.d - MUSIC_TAIL_MS)
    if ms > latest:
        raise DraftError(
            f"the video is only {secs(draft.d)} long, so the music cannot start at {secs(ms)}",
            hint=f"Choose a time under {secs(latest)}",
        )
    before, seg.s, seg.d = seg.s, ms, max(1, draft.d - ms)
    at, was = secs(ms, lang), secs(before, lang)
    if ms == 0:
        if before == 0:
            return say(lang, "Music already starts with the video", "音乐本来就和视频一起开始")
        return say(lang, "Music now starts with the video", "音乐现在和视频一起开始")
    if ms == before:
        return say(lang, f"Music already comes in at {at}", f"音乐已经从第 {at}开始")
    if named is not None:
        return say(lang, f"Music now comes in with {named}, {at} into the video",
                   f"音乐现在从{named}开始，也就是第 {at}")  # fmt: skip
    if before == 0:
        return say(lang, f"Music now comes in {at} into the video", f"音乐现在从第 {at}开始")
    return say(
        lang,
        f"Music now comes in {at} into the video (was {was})",
        f"音乐现在从第 {at}开始（原来第 {was}）",
    )


def remove_music(draft: Draft, edit: RemoveMusic, ctx: EditContext) -> str:
    """Remove the background music."""
    track = draft.bgm_track()
    if track is None:
        return say(ctx.lang, "There was no music to remove", "没有音乐可删除")
    draft.t = [t for t in draft.t if t.id != track.id]
    return say(ctx.lang, "Removed the music", "已去掉音乐")


def mute_clips(draft: Draft, edit: MuteClips, ctx: EditContext) -> str:
    """Mute (or unmute) the video clips' own sound."""
    track = draft.video_track()
    clips = [seg for seg in track.sg if seg.m.kind == "video"] if track else []
    lang = ctx.lang
    if not clips:
        return say(
            lang,
            "There are no video clips, so there is no clip sound to change",
            "没有视频片段，所以没有片段原声可调",
        )
    for seg in clips:
        seg.m.volume = 0.0 if edit.on else 1.0
    n = count(len(clips), "video clip", lang)
    if edit.on:
        return say(lang, f"Muted the sound of {n}", f"已把 {n}静音")
    return say(lang, f"{sentence(n)} play their own sound again", f"{n}恢复了原声")


def slideshow(draft: Draft, edit: MakeSlideshow, ctx: EditContext) -> str:
    """Crossfades, Ken Burns and, if asked, built-in music, where they are missing."""
    lang = ctx.lang
    said = slideshow_visuals(draft, edit.with_transitions, lang)
    if edit.with_music and draft.bgm_track() is None:
        found = builtin_ref(edit.mood or DEFAULT_MOOD) or builtin_ref(DEFAULT_MOOD)
        if found is None:
            raise DraftError(f"there is no built-in {edit.mood or DEFAULT_MOOD} music")
        ref, name = found
        set_music(draft, ref, volume=DEFAULT_VOLUME, fade_out=DEFAULT_FADE_OUT_MS)
        pct = round(DEFAULT_VOLUME * 100)
        said.append(
            say(
                lang,
                f"{name} music ({ref.name}) at {pct}% volume",
                f"{TITLES_ZH[name]}，音量 {pct}%",
            )
        )
    if not said:
        return say(
            lang,
            "It is already a slideshow with transitions and gentle motion",
            "已经是带转场和缓慢运动的幻灯片了",
        )
    return say(lang, f"Made a slideshow: {join(said)}", f"已做成幻灯片：{join(said, lang)}")
