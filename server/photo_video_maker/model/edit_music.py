"""Edit handlers for sound: background music, its volume and fades, the clips' own sound,
and the one-step "make it a slideshow" (which may add music)."""

from __future__ import annotations

from ..errors import DraftError, shorten
from .draft import Draft, Segment
from .edit_common import EditContext, check_range, plural, secs, sentence
from .edit_ops import slideshow_visuals
from .edit_types import (
    MakeSlideshow,
    MuteClips,
    RemoveMusic,
    SetMusic,
    SetMusicFade,
    SetMusicVolume,
)
from .layout import MediaRef, set_music
from .music_catalog import TRACKS, builtin_id, resolve_name

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


def _music(draft: Draft) -> Segment:
    track = draft.bgm_track()
    if track is None or not track.sg:
        raise DraftError("there is no music yet", hint="Add some first, e.g. 'add calm music'")
    return track.sg[0]


def music(draft: Draft, edit: SetMusic, ctx: EditContext) -> str:
    """Put an uploaded song or a built-in track under the video (replacing any music)."""
    ref = ctx.media.get(edit.source)
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
    volume = float(before.get("volume", DEFAULT_VOLUME)) if before else DEFAULT_VOLUME
    fade_out = int(before.get("fade_out", DEFAULT_FADE_OUT_MS)) if before else DEFAULT_FADE_OUT_MS
    if found is not None:
        ref, name = found
        what = f"{name} music ({ref.name})"
    else:
        assert ref is not None
        what = f'"{ref.name}"'
    set_music(draft, ref, volume=volume, fade_out=fade_out)
    if before is not None:
        new = _music(draft)
        new.m["fade_in"] = int(before.get("fade_in", 0))  # the person's fade choices stay
    pct = round(volume * 100)
    if before is not None:
        return f"Music is now {what} at {pct}% volume"
    if found is not None:
        return f"Added {what} at {pct}% volume"
    return f"Added {what} as background music at {pct}% volume"


def music_volume(draft: Draft, edit: SetMusicVolume, ctx: EditContext) -> str:
    """Music volume in percent, or louder/quieter by a factor."""
    seg = _music(draft)
    current = float(seg.m.get("volume", DEFAULT_VOLUME))
    if edit.percent is not None:
        check_range(edit.percent, 0, 100, "the music volume", unit="%")
        volume = edit.percent / 100
    elif edit.factor is not None:
        if edit.factor > 1 and current >= 1.0:
            return "Music is already at full volume (100%)"
        volume = min(1.0, max(0.0, current * edit.factor))
    else:
        return f"Music volume stays at {round(current * 100)}%"
    seg.m["volume"] = round(volume, 3)
    return f"Music volume is now {round(volume * 100)}%"


def music_fade(draft: Draft, edit: SetMusicFade, ctx: EditContext) -> str:
    """The music's fade-in and fade-out."""
    seg = _music(draft)
    said = []
    for key, value, words in (
        ("fade_in", edit.fade_in_ms, "fades in"),
        ("fade_out", edit.fade_out_ms, "fades out"),
    ):
        if value is None:
            continue
        check_range(value / 1000, 0, 30, "a music fade")
        seg.m[key] = value
        said.append(f"{words} over {secs(value)}" if value else f"no longer {words}")
    return "Music now " + " and ".join(said) if said else "Music fades are unchanged"


def remove_music(draft: Draft, edit: RemoveMusic, ctx: EditContext) -> str:
    """Remove the background music."""
    track = draft.bgm_track()
    if track is None:
        return "There was no music to remove"
    draft.t = [t for t in draft.t if t.id != track.id]
    return "Removed the music"


def mute_clips(draft: Draft, edit: MuteClips, ctx: EditContext) -> str:
    """Mute (or unmute) the video clips' own sound."""
    track = draft.video_track()
    clips = [seg for seg in track.sg if seg.m.get("kind") == "video"] if track else []
    if not clips:
        return "There are no video clips, so there is no clip sound to change"
    for seg in clips:
        seg.m["volume"] = 0.0 if edit.on else 1.0
    if edit.on:
        return f"Muted the sound of {plural(len(clips), 'video clip')}"
    return f"{sentence(plural(len(clips), 'video clip'))} play their own sound again"


def slideshow(draft: Draft, edit: MakeSlideshow, ctx: EditContext) -> str:
    """Crossfades, Ken Burns and, if asked, built-in music, where they are missing."""
    said = slideshow_visuals(draft, edit.with_transitions)
    if edit.with_music and draft.bgm_track() is None:
        found = builtin_ref(edit.mood or DEFAULT_MOOD) or builtin_ref(DEFAULT_MOOD)
        if found is None:
            raise DraftError(f"there is no built-in {edit.mood or DEFAULT_MOOD} music")
        ref, name = found
        set_music(draft, ref, volume=DEFAULT_VOLUME, fade_out=DEFAULT_FADE_OUT_MS)
        said.append(f"{name} music ({ref.name}) at {round(DEFAULT_VOLUME * 100)}% volume")
    if not said:
        return "It is already a slideshow with transitions and gentle motion"
    how = ", ".join(said[:-1]) + (" and " if len(said) > 1 else "") + said[-1]
    return f"Made a slideshow: {how}"
