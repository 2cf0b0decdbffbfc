"""Builders for sound and mood: music by mood, name or upload, volume, fades, the clips' own
sound, calmer / more energetic (pace and music together), and the one-step slideshow."""

from __future__ import annotations

from ..model.edit_types import (
    Edit,
    MakeSlideshow,
    MuteClips,
    RemoveMusic,
    SetAspect,
    SetMusic,
    SetMusicFade,
    SetMusicStart,
    SetMusicVolume,
    Speed,
)
from ..model.music_catalog import TITLES_ZH, TRACKS, is_builtin
from .context import Ctx
from .intents import Out, Slots, factor, intent, refuse, said
from .reading import Option

FADE_IN_MS, FADE_OUT_MS = 1000, 2000
# how much later "a bit later" / "later" / "much later" brings the music in, seconds
START_STEP = {"small": 1.0, "normal": 2.0, "big": 4.0}


@intent("music_mood")
def music_mood(slots: Slots, ctx: Ctx) -> Out:
    source = slots.value("mood") or slots.value("builtin")
    if source is None:  # "music that's more fun"
        source = "calm" if slots.has("calmer") else "upbeat"
    pct = slots.value("pct")  # "lofi music at 40 percent"
    volume: list[Edit] = [SetMusicVolume(percent=float(pct))] if pct is not None else []
    return Out([SetMusic(source=source), *volume])


@intent("music_song")
def music_song(slots: Slots, ctx: Ctx) -> Out:
    pct = slots.value("pct")
    volume: list[Edit] = [SetMusicVolume(percent=float(pct))] if pct is not None else []
    return Out([SetMusic(source=slots.value("song")), *volume])


@intent("music_uploaded")
def music_uploaded(slots: Slots, ctx: Ctx) -> Out:
    songs = ctx.songs()
    if not songs:
        return refuse(
            "music",
            ctx,
            "No song has been uploaded yet: upload one, or choose built-in music.",
            "还没有上传歌曲：先上传一首，或者选内置音乐。",
        )
    return Out([SetMusic(source=songs[-1].id)])


@intent("music_add")
def music_add(slots: Slots, ctx: Ctx) -> Out:
    """Music with no mood named: the person's own song if they sent one, else calm music; when
    music already plays, which music is asked."""
    track = ctx.draft.bgm_track()
    if track is not None and track.sg:
        return music_change(slots, ctx)
    songs = ctx.songs()
    return Out([SetMusic(source=songs[-1].id if songs else "calm")])


@intent("music_change")
def music_change(slots: Slots, ctx: Ctx) -> Out:
    """ "change the music": to what? Each built-in track and each upload is an option."""
    track = ctx.draft.bgm_track()
    now = str(track.sg[0].m.src) if track is not None and track.sg else ""
    options = [
        Option(TITLES_ZH[name] if ctx.lang == "zh" else entry.title, [SetMusic(source=name)])
        for name, entry in TRACKS.items()
        if not (is_builtin(now) and now.endswith(":" + name))
    ]
    options += [Option(ref.name, [SetMusic(source=ref.id)]) for ref in ctx.songs() if ref.id != now]
    return Out(clarify=options, unless="music")  # "add some music, something upbeat" says which


@intent("volume_pct")
def volume_pct(slots: Slots, ctx: Ctx) -> Out:
    pct = 100.0 if slots.has("full") else float(slots.value("pct", "num"))
    if not slots.has("pct") and 0 < pct < 1:
        pct *= 100  # "volume at 0.5": a fraction of full volume, not half a percent
    if not 0 <= pct <= 100:
        return refuse("music", ctx, "The volume goes from 0 to 100%.", "音量范围是 0 到 100%。")
    return Out([SetMusicVolume(percent=pct)])


@intent("volume_step")
def volume_step(slots: Slots, ctx: Ctx) -> Out:
    """ "make the music 10% quieter", "up by 20 percent": a change by the percentage said."""
    return Out([SetMusicVolume(factor=round(float(slots.value("pct_step")), 3))])


# "softer music", "a quieter song": a kind of music when there is none to turn down
GENTLER_MUSIC = ("softer", "quieter", "gentler", "mellower", "calmer")
MUSIC_WORDS = ("music", "song", "track", "tune")


def _gentler_music(slots: Slots) -> bool:
    """ "softer music" said as one ("can we have softer music") or as two words ("quieter
    music"), never "turn the music down"."""
    for k, tok in enumerate(slots.toks):
        if tok.kind not in ("quieter", "softer"):
            continue
        words = tok.surface.lower().split()
        nxt = slots.toks[k + 1] if k + 1 < len(slots.toks) else None
        if words[-1:] and words[-1] in GENTLER_MUSIC and nxt is not None and nxt.kind == "music":
            words = [*words, *nxt.surface.lower().split()[:1]]
        if len(words) >= 2 and words[-2] in GENTLER_MUSIC and words[-1] in MUSIC_WORDS:
            return True
    return False


@intent("volume_rel")
def volume_rel(slots: Slots, ctx: Ctx) -> Out:
    if ctx.draft.bgm_track() is None and _gentler_music(slots):
        return Out([SetMusic(source="calm")])  # "can we have softer music" with none yet
    up = slots.has("louder", "up", "bigger", "more")
    step = up or slots.has("quieter", "down", "smaller", "softer", "less", "lower")
    music = SetMusicVolume(factor=factor(up if step else None, slots))
    clip = slots.get("photo")
    alone = clip is not None and not slots.has("music", "volume")
    # "the clip is too loud": its own sound, or the music over it?
    if not up and alone and clip is not None and ctx.index_of(clip.value) == ctx.only_clip():
        return Out(
            clarify=[
                Option(
                    said(ctx, "Mute the clip's own sound", "视频片段静音"), [MuteClips(on=True)]
                ),
                Option(said(ctx, "Make the music quieter", "音乐小声一点"), [music]),
            ],
            unless="mute_clips|music_volume|remove_music",  # "..., mute it" says which
        )
    return Out([music])


@intent("music_mute")
def music_mute(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetMusicVolume(percent=0)])


@intent("music_remove")
def music_remove(slots: Slots, ctx: Ctx) -> Out:
    return Out([RemoveMusic()])


@intent("music_fade_in")
def music_fade_in(slots: Slots, ctx: Ctx) -> Out:
    ms = slots.value("dur")
    slow = slots.get("longer", "slower")  # "fade the music in slowly" ("gently": the fade)
    longer = slow is not None and slow.surface != "gently"
    if ms is None and (longer or slots.has("shorter", "faster") or _scaled(slots)):
        track = ctx.draft.bgm_track()
        now = [int(seg.m.fade_in or 0) for seg in track.sg] if track is not None else []
        way = longer or (None if not slots.has("shorter", "faster") else False)
        ms = min(30000, max([*now, FADE_IN_MS]) * factor(way, slots))
    return Out([SetMusicFade(fade_in_ms=FADE_IN_MS if ms is None else round(ms))])


@intent("music_fade_out")
def music_fade_out(slots: Slots, ctx: Ctx) -> Out:
    ms = slots.value("dur")
    longer = slots.has(
        "longer", "slower", "softer", "abrupt_end"
    )  # "fade out slower", "ends too abruptly"
    if ms is None and (longer or slots.has("shorter", "faster") or _scaled(slots)):
        track = ctx.draft.bgm_track()
        now = [int(seg.m.fade_out or 0) for seg in track.sg] if track is not None else []
        step = factor(longer or (None if not slots.has("shorter", "faster") else False), slots)
        ms = min(30000, max(now or [FADE_OUT_MS]) * step)
    return Out([SetMusicFade(fade_out_ms=FADE_OUT_MS if ms is None else round(ms))])


def _scaled(slots: Slots) -> bool:
    """ "音乐淡出时间加倍", "fade-out twice as long": the fade there is now, doubled or halved."""
    return slots.value("degree") in ("double", "half")


@intent("mute_which")
def mute_which(slots: Slots, ctx: Ctx) -> Out:
    """ "mute": the music, or the clips' own sound? ("silence, no song" says which)"""
    return Out(
        clarify=[
            Option(said(ctx, "Mute the music", "音乐静音"), [SetMusicVolume(percent=0)]),
            Option(said(ctx, "Mute the clips' own sound", "视频片段静音"), [MuteClips(on=True)]),
        ],
        unless="remove_music|music_volume|mute_clips",
    )


@intent("music_fade_none")
def music_fade_none(slots: Slots, ctx: Ctx) -> Out:
    """ "no fade on the music at the end"."""
    if slots.has("fade_inout"):  # "no fade in or fade out on the music"
        return Out([SetMusicFade(fade_in_ms=0, fade_out_ms=0)])
    start = slots.has("fade_in", "start")
    return Out([SetMusicFade(fade_in_ms=0) if start else SetMusicFade(fade_out_ms=0)])


@intent("dislike_music")
def dislike_music(slots: Slots, ctx: Ctx) -> Out:
    """ "the piano is boring": which music instead, unless the sentence says."""
    out = music_change(slots, ctx)
    out.unless = "music|music_volume|remove_music|music_fade"  # "..., turn it down" says what
    disliked = slots.value("mood")  # "this one is sad": not the sad track instead
    if isinstance(disliked, str):
        kept = [o for o in out.clarify if o.edits != [SetMusic(source=disliked)]]
        out.clarify = kept if len(kept) > 1 else out.clarify
    return out


@intent("mute_clips")
def mute_clips(slots: Slots, ctx: Ctx) -> Out:
    return Out([MuteClips(on=True)])


@intent("unmute_clips")
def unmute_clips(slots: Slots, ctx: Ctx) -> Out:
    photo = slots.get("photo")
    if photo is not None and ctx.index_of(photo.value) != ctx.only_clip():
        return Out()  # "add a dog barking sound": a photo has no sound to turn on
    return Out([MuteClips(on=False)])


@intent("pace_mood")
def pace_mood(slots: Slots, ctx: Ctx) -> Out:
    """Calmer: slower pace and calm music; livelier: faster pace and upbeat music. Other moods
    ("more cinematic") are only the music."""
    mood = slots.value("mood")
    if slots.has("calmer") or mood == "calm" or slots.has("pace"):  # "chill pace": calmer
        calm = True
    elif slots.has("livelier") or mood == "upbeat":
        calm = False
    elif mood == "cinematic" and not slots.has(
        "more", "degree"
    ):  # "搞成电影感": the music or the frame?
        return Out(
            clarify=[
                Option(said(ctx, "Cinematic music", "电影感的音乐"), [SetMusic(source=mood)]),
                Option(
                    said(ctx, "Cinema widescreen (21:9)", "电影宽银幕（21:9）"),
                    [SetAspect(aspect="21:9")],
                ),
            ]
        )
    else:
        return Out([SetMusic(source=mood)])
    if ctx.last and all(e.kind == "music" for e in ctx.last):
        # "set the music to upbeat" then "something calmer": another song, the pace stays
        return Out([SetMusic(source="calm" if calm else "upbeat")])
    edits: list[Edit] = [
        Speed(factor=factor(calm, slots)),
        SetMusic(source="calm" if calm else "upbeat"),
    ]
    return Out(edits)


@intent("slideshow")
def slideshow(slots: Slots, ctx: Ctx) -> Out:
    mood = slots.value("mood")
    music = slots.has("music") or mood is not None
    return Out([MakeSlideshow(with_music=music, mood=mood)])


@intent("music_fade_both")
def music_fade_both(slots: Slots, ctx: Ctx) -> Out:
    """ "音乐淡入淡出各一秒": the music fades in and out."""
    ms = slots.value("dur")
    fade_in = FADE_IN_MS if ms is None else round(ms)
    fade_out = FADE_OUT_MS if ms is None else round(ms)
    return Out([SetMusicFade(fade_in_ms=fade_in, fade_out_ms=fade_out)])


@intent("music_backwards")
def music_backwards(slots: Slots, ctx: Ctx) -> Out:
    """ "play the music backwards": the order of the photos reverses, the music does not."""
    return refuse(
        "music",
        ctx,
        "The music can only play forwards; another track or a fade changes how it sounds.",
        "音乐只能正着播放；可以换一首音乐，或加淡入淡出。",
    )


@intent("music_start_later")
def music_start_later(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetMusicStart(shift=_start_step(slots))])


@intent("music_start_earlier")
def music_start_earlier(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetMusicStart(shift=-_start_step(slots))])


def _start_step(slots: Slots) -> float:
    """ "two seconds later" says its step; "a bit later", "later", "much later" take one."""
    if (ms := slots.value("dur")) is not None:
        return float(ms) / 1000
    degree = slots.value("degree", default="normal")
    return START_STEP.get(str(degree), START_STEP["normal"])


@intent("music_start_photo")
def music_start_photo(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetMusicStart(index=int(slots.value("photo")))])


@intent("music_start_at")
def music_start_at(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetMusicStart(seconds=float(slots.value("dur")) / 1000)])


@intent("music_start_title")
def music_start_title(slots: Slots, ctx: Ctx) -> Out:
    """ "the music after the title": when the title is gone from the screen."""
    texts = ctx.draft.text_track()
    ends = [seg.s + seg.d for seg in texts.sg if seg.m.role == "title"] if texts else []
    if not ends:
        return refuse(
            "music",
            ctx,
            "There is no title, so the music cannot wait for it: say when it should come in.",
            "还没有标题，音乐没法等它：说一下音乐什么时候进来。",
        )
    return Out([SetMusicStart(seconds=max(ends) / 1000)])
