"""Photo changes on the beat, and a video as long as its song (pure timeline arithmetic).

A "change" is the moment the next photo takes over: the cut itself, or the middle of a
transition. Every change is put on a beat of the music, in whole milliseconds, so the first
frame of the new photo is at most one frame after the beat. Each photo lasts a whole number of
beats (1, 2, 4 or 8: the one closest to its time before, so the pace the person chose is kept);
a clip ends on the last beat before its own end.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .draft import Draft, VideoSegment, transition_ms
from .layout import MIN_SEGMENT_MS, fit_total
from .media_facts import BeatGrid
from .meta import Transition
from .timeline import end_card_ms, relayout

BEATS_CHOICES = (1, 2, 4, 8)
PHRASE_BEATS = 16  # four bars of 4/4: where a song cut short ends
# A song up to this much longer than the photos need is played whole (the photos stretch);
# beyond it the video ends at the end of a phrase near the photos' own length.
WHOLE_SONG_STRETCH = 1.5
PHRASE_FADE_MS = 3000


def beats_per_photo(photo_ms: float, beat_ms: float) -> int:
    """The choice among 1, 2, 4 and 8 beats nearest (as a ratio) to a photo's time."""
    return min(BEATS_CHOICES, key=lambda n: abs(math.log(n * beat_ms / max(photo_ms, 1.0))))


@dataclass(frozen=True)
class BeatPlan:
    """What ``cut_on_beats`` did: beats per photo and the number of changes placed."""

    beats_per_photo: int
    changes: int


def cut_on_beats(
    draft: Draft,
    grid: BeatGrid,
    music_in_ms: int = 0,
    end_ms: int | None = None,
    per_photo: int | None = None,
) -> BeatPlan:
    """Set every photo's time so each change lands on a beat (``draft`` is changed).

    ``music_in_ms`` is where the music starts in its source (its beats move earlier by that);
    ``end_ms``, when given, is where the video must end (a beat), and the photos share the beats
    up to it evenly, less a closing text's end card, which comes after them.
    ``per_photo`` beats each, else the choice nearest to the current pace.
    """
    video = draft.video_track()
    if video is None or not video.sg:
        return BeatPlan(0, 0)
    if end_ms is not None:
        end_ms = max(1, end_ms - end_card_ms(draft))
    segs = video.sg
    horizon = (end_ms or 0) + sum(max(seg.d, 8 * round(grid.beat_ms)) for seg in segs)
    # the first is where the first photo's beats start counting
    beats = grid.on_timeline(music_in_ms, horizon)
    # the usual time a photo holds the screen, from change to change (half of each of its
    # transitions belongs to its neighbour): the same again once its changes are on beats
    held = [_held(segs, i) for i, seg in enumerate(segs) if seg.m.kind == "image"]
    usual = sorted(held)[len(held) // 2] if held else segs[0].d
    n = per_photo or beats_per_photo(usual, grid.beat_ms)
    # the shortest a photo may be is half a second: a faster song gets more beats per photo
    while n * grid.beat_ms < MIN_SEGMENT_MS and n < BEATS_CHOICES[-1]:
        n *= 2
    counts = _beat_counts(segs, n, grid.beat_ms, beats, end_ms)
    changes: list[int] = []
    k = 0
    for count in counts[:-1]:
        k += count
        changes.append(beats[min(k, len(beats) - 1)])
    last = beats[min(k + counts[-1], len(beats) - 1)]
    # too many photos for the song: each keeps its least and the video goes on past its end
    fits = end_ms is not None and sum(counts) == sum(1 for b in beats if b < end_ms)
    end = end_ms if fits and end_ms is not None else last
    for _ in range(3):  # transitions are capped by their neighbours' length: settle them
        _durations(segs, changes, end)
        relaid = relayout(draft)
        draft.t = relaid.t
        settled = draft.video_track()
        segs = settled.sg if settled is not None else segs
    return BeatPlan(n, len(changes))


def _held(segs: list[VideoSegment], i: int) -> int:
    after = transition_ms(segs[i + 1].m.transition) // 2 if i + 1 < len(segs) else 0
    return segs[i].d - transition_ms(segs[i].m.transition) // 2 - after


def _beat_counts(
    segs: list[VideoSegment], n: int, beat_ms: float, beats: list[int], end_ms: int | None
) -> list[int]:
    """Beats each segment spans, the first counted from the start of the video."""
    least = max(1, math.ceil(MIN_SEGMENT_MS / beat_ms))  # a photo stays half a second at least
    counts = []
    for seg in segs:
        if seg.m.kind == "video":  # a clip keeps (at most) its own length, to a whole beat
            counts.append(max(1, math.floor(seg.d / beat_ms)))
        else:
            counts.append(n)
    if end_ms is None:
        return counts
    available = sum(1 for b in beats if b < end_ms)  # the last photo ends on the first beyond
    photos = [i for i, seg in enumerate(segs) if seg.m.kind == "image"]
    floor = sum(least if i in photos else c for i, c in enumerate(counts))
    if not photos or floor > available:  # the song is too short for them all: each the least
        return [least if i in photos else c for i, c in enumerate(counts)]
    # photos gain (or lose) a beat each in turn until the beats up to the end are shared
    turn = 0
    while sum(counts) != available:
        i = photos[turn % len(photos)]
        if sum(counts) < available:
            counts[i] += 1
        elif counts[i] > least:
            counts[i] -= 1
        turn += 1
    return counts


def _durations(segs: list[VideoSegment], changes: list[int], end: int) -> None:
    """Durations that put segment i+1's change (its start plus half its transition) at
    ``changes[i]`` and the last segment's end at ``end``."""
    halves = [0] + [_half(seg) for seg in segs[1:]]
    start = 0
    for i, seg in enumerate(segs):
        if i + 1 < len(segs):
            next_start = changes[i] - halves[i + 1]
            seg.d = max(1, next_start + 2 * halves[i + 1] - start)
            start = next_start
        else:
            seg.d = max(1, end - start)


def _half(seg: VideoSegment) -> int:
    # an odd transition is made even so its middle is a whole millisecond
    t = seg.m.transition
    if isinstance(t, Transition) and t.d % 2:
        t.d -= 1
    return t.d // 2 if isinstance(t, Transition) else 0


def song_end(grid: BeatGrid, needed_ms: int, music_in_ms: int = 0) -> tuple[int, bool]:
    """Where a video "as long as the song" ends, and whether that is the song's own end.

    The whole song when it is not much longer than the photos need; otherwise the end of the
    first four-bar phrase (counted from the first beat) at or after what the photos need.
    """
    whole = grid.song_ms - music_in_ms
    if whole <= needed_ms * WHOLE_SONG_STRETCH or len(grid.beats_ms) < PHRASE_BEATS:
        return max(whole, 1), True
    beats = [b - music_in_ms for b in grid.beats_ms]
    first = next((i for i, b in enumerate(beats) if b >= 0), 0)
    for k in range(first + PHRASE_BEATS, len(beats), PHRASE_BEATS):
        if beats[k] >= needed_ms:
            return beats[k], False
    return max(whole, 1), True


def fit_to_song(draft: Draft, end_ms: int) -> None:
    """Photos share the time so the video ends at ``end_ms`` (not on beats)."""
    fit_total(draft, end_ms)
    relaid = relayout(draft)
    video = relaid.video_track()
    if video is not None and video.sg:  # the shares were rounded: the last one takes the rest
        video.sg[-1].d = max(MIN_SEGMENT_MS, video.sg[-1].d + end_ms - relaid.d)
        relaid = relayout(relaid)
    draft.t = relaid.t
    draft.d = relaid.d
