"""The clip's own sound named around the clip in English: "the party.mp4 audio", "the video
clip audio", "the party noise", "the audio in the clip", "mute everything else" (after "just
the music"). A sound word next to the clip is the clip's sound, never the music: "drop the
party.mp4 audio" mutes the clip, it neither removes the clip nor the music."""

from __future__ import annotations

import re

from .entities import Tok
from .refs import VIDEO_FILES

SOUNDS = ("audio", "the audio", "sound", "the sound", "sounds", "noise", "the noise", "noises")
# "the audio in the clip", "the sound inside the video": what joins the sound to its clip
INSIDE = re.compile(r"^\W*(in|inside|within|on|of|from)\W+((the|that|this|my)\W+)?$")
SOUND_KINDS = ("music", "volume", "?")
# "mute everything else", "mute the rest": all sound but the music just kept
REST = ("else", "the rest", "rest of them")


def clip_audio(toks: list[Tok], stems: dict[str, str], clip: int | None, orig: str) -> list[Tok]:
    """Sound words joined to the clip they belong to become the clip's sound (``clip_sound``)."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        after = toks[k + 2] if k + 2 < len(toks) else None
        if nxt is not None and _is_clip(tok, stems, clip) and _is_sound(nxt):
            out.append(Tok("clip_sound", None, tok.start, nxt.end, orig[tok.start : nxt.end]))
            k += 2  # "the party.mp4 audio", "the video clip sound", "the party noise"
            continue
        if nxt is not None and _is_sound(tok) and _inside(tok, nxt, after, stems, clip, orig):
            last = after if nxt.kind == "in" and after is not None else nxt
            out.append(Tok("clip_sound", None, tok.start, last.end, orig[tok.start : last.end]))
            k += 3 if last is after else 2  # "the audio in the clip"
            continue
        if tok.kind == "mute" and nxt is not None and nxt.surface in REST:
            out += [tok, Tok("clip_sound", None, nxt.start, nxt.end, nxt.surface)]
            k += 2  # "just the music, mute everything else"
            continue
        if tok.kind == "another" and tok.surface == "other" and nxt is not None and _is_sound(nxt):
            out.append(Tok("clip_sound", None, tok.start, nxt.end, orig[tok.start : nxt.end]))
            k += 2  # "only the music, no other sound"
            continue
        out.append(tok)
        k += 1
    return out


def _is_sound(tok: Tok) -> bool:
    return tok.kind in SOUND_KINDS and tok.surface.lower() in SOUNDS


def _is_clip(tok: Tok, stems: dict[str, str], clip: int | None) -> bool:
    """The clip, by kind, by number, by file name, or by the stem of a video's file name."""
    if tok.kind == "clip" or (tok.kind == "video" and tok.surface.lower() == "video"):
        return True  # "the video audio": the video's own sound, as "the video's audio" is
    if tok.kind == "photo":
        named = isinstance(tok.value, str) and tok.value.lower().endswith(VIDEO_FILES)
        return named or (clip is not None and tok.value == clip)
    return stems.get(tok.surface.lower(), "").lower().endswith(VIDEO_FILES)


def _inside(
    sound: Tok, nxt: Tok, after: Tok | None, stems: dict[str, str], clip: int | None, orig: str
) -> bool:
    """ "the audio in the clip", "the noise from the party video": a sound, then its clip."""
    target = after if nxt.kind == "in" else nxt
    if target is None or not (_is_clip(target, stems, clip) or target.kind == "video"):
        return False
    return bool(INSIDE.match(orig[sound.end : target.start].lower()))
