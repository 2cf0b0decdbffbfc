"""What the smart edits need to know about the media, as plain data (no files are read here).

Cutting on the beat needs a song's beats, culling needs each photo's look (a perceptual hash
and a sharpness), captions need when and where a photo was taken. The pure edits get these
through ``MediaFacts``, which the backends implement over the real files (``backends.facts``),
so the same edit code serves the CLI, the chat, MCP and the HTTP service.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from .music_catalog import PREFIX, TRACKS

# A song that runs out under a longer video starts over, crossfaded over this much (the
# renderer's ``audio_mix.SEAM``); a built-in track is made to loop and is joined as it is.
LOOP_SEAM_MS = 40


@dataclass(frozen=True)
class BeatGrid:
    """The beats of one song: times in ms from its start, its tempo and its length."""

    beats_ms: tuple[int, ...]
    bpm: float
    song_ms: int
    loops: bool = False  # a built-in track repeats seamlessly, so its grid goes on for ever

    @property
    def beat_ms(self) -> float:
        return 60_000.0 / self.bpm

    def on_timeline(self, music_in_ms: int, until_ms: int) -> list[int]:
        """Where the beats fall on the video's timeline up to ``until_ms``, the music starting
        ``music_in_ms`` into the song and starting over when it runs out, as the renderer
        plays it: a built-in track joined as it is, a song crossfaded over ``LOOP_SEAM_MS``
        (so each later pass starts that much before the previous one ends)."""
        seam = 0 if self.loops else LOOP_SEAM_MS
        period = self.song_ms - seam
        if period <= 0 or not self.beats_ms:
            return []
        out = [b - music_in_ms for b in self.beats_ms if music_in_ms <= b < period]
        start = period - music_in_ms  # where the second pass begins
        while start <= until_ms:
            out += [start + b for b in self.beats_ms if b < period]
            start += period
        return [b for b in out if b <= until_ms]


def builtin_grid(src: str) -> BeatGrid:
    """The beat grid of a built-in track, from its recorded tempo: it is written on that grid
    (16 bars of 4 beats, the first beat at 0 s), so nothing is measured."""
    track = TRACKS[src.removeprefix(PREFIX)]
    step = 60_000.0 / track.bpm
    loop_beats = 16 * 4
    beats = tuple(round(i * step) for i in range(loop_beats))
    return BeatGrid(beats, float(track.bpm), round(loop_beats * step), loops=True)


@dataclass(frozen=True)
class Place:
    """Where a photo was taken: the nearest town's name in English and Chinese, and country."""

    name: str
    name_zh: str | None
    country: str  # ISO 3166 code, e.g. "PT"


@dataclass(frozen=True)
class PhotoFacts:
    """One photo's look and origin."""

    phash: int  # 64-bit perceptual hash (DCT of a 32x32 grey thumbnail)
    sharpness: float  # share of fine detail a light blur removes: ~0.95+ sharp, lower blurred
    detail: float  # how much fine detail there is (content dependent): the sharpest copy wins
    taken: date | None = None
    place: Place | None = None


class MediaFacts(Protocol):
    """Reads what the smart edits need from the media files (implemented by the backends)."""

    def beats(self, src: str) -> BeatGrid:
        """The beats of the music ``src`` (an upload's media id or "builtin:<name>")."""
        ...

    def photo(self, src: str) -> PhotoFacts:
        """The facts of the photo ``src``."""
        ...
