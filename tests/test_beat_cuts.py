"""The timeline arithmetic of the smart slideshow, on plain data: where the beats fall when the
music loops, how many beats a photo gets, where a song-length video ends, and culling's rules."""

from __future__ import annotations

from photo_video_maker.backends.facts import FileFacts
from photo_video_maker.model.beat_cuts import beats_per_photo, cut_on_beats, song_end
from photo_video_maker.model.draft import Draft, VideoTrack
from photo_video_maker.model.edit_types import (
    CutToBeat,
    LengthToSong,
    SetMusicFade,
    SetTotalLength,
    SetTransition,
)
from photo_video_maker.model.edits import apply_edits
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.model.media_facts import LOOP_SEAM_MS, BeatGrid, PhotoFacts, builtin_grid
from photo_video_maker.model.meta import Transition
from photo_video_maker.model.photo_cull import cull_plan
from photo_video_maker.render.audio_mix import RATE, SEAM


def test_a_built_in_loop_keeps_its_beat_across_the_join() -> None:
    beats = builtin_grid("builtin:upbeat").on_timeline(0, 40_000)  # the loop is 32 s
    assert beats == list(range(0, 40_001, 500))


def test_a_song_that_starts_over_is_crossfaded_so_its_beats_come_a_seam_early() -> None:
    assert round(LOOP_SEAM_MS * RATE / 1000) == SEAM  # the same seam as the renderer's
    grid = BeatGrid(beats_ms=(300, 1300, 2300, 3300, 4300), bpm=60.0, song_ms=5000)
    beats = grid.on_timeline(0, 12_000)
    assert beats[:5] == [300, 1300, 2300, 3300, 4300]
    assert beats[5:8] == [4960 + 300, 4960 + 1300, 4960 + 2300]
    # starting 1.3 s into the song: its first beat is at once, the second pass 1.3 s sooner
    later = grid.on_timeline(1300, 12_000)
    assert later[:4] == [0, 1000, 2000, 3000] and later[4] == 3660 + 300


def test_a_photo_gets_the_number_of_beats_nearest_its_time() -> None:
    assert beats_per_photo(3000, 60_000 / 97) == 4
    assert beats_per_photo(3000, 500) == 8  # 4 s is nearer 3 s than 2 s, as a ratio
    assert beats_per_photo(1000, 500) == 2
    assert beats_per_photo(900, 60_000 / 72) == 1


def test_a_song_ends_the_video_unless_it_is_much_longer_then_a_phrase_does() -> None:
    grid = BeatGrid(tuple(range(250, 60_000, 500)), 120.0, 60_000)
    assert song_end(grid, needed_ms=45_000) == (60_000, True)
    end, whole = song_end(grid, needed_ms=9_000)
    assert not whole and end == 250 + 32 * 500  # the second four-bar phrase passes 9 s


def _facts(phash: int, sharpness: float, detail: float) -> PhotoFacts:
    return PhotoFacts(phash=phash, sharpness=sharpness, detail=detail)


def test_culling_keeps_the_sharpest_of_near_duplicates_and_never_every_photo() -> None:
    photos = {
        "a": _facts(0x0F0F_0F0F_0F0F_0F0F, 0.97, 0.003),
        "b": _facts(0x0F0F_0F0F_0F0F_0F0E, 0.98, 0.004),  # one bit apart: b is sharper
        "c": _facts(0xFFFF_0000_FFFF_0000, 0.96, 0.003),
    }
    assert {k: v.duplicate_of for k, v in cull_plan(["a", "b", "c"], photos).items()} == {"a": "b"}
    blurred = {"x": _facts(1, 0.80, 0.0001), "y": _facts(1 << 40, 0.82, 0.0001)}
    assert len(cull_plan(["x", "y"], blurred)) <= 1
    alike = {i: _facts(0, 0.97, 0.003) for i in "pqr"}
    assert len(cull_plan(list("pqr"), alike)) == 2  # one of three identical photos stays


def _draft(photos: int, bpm_src: str = "builtin:upbeat") -> Draft:
    refs = [
        MediaRef(id=f"m{i}", name=f"{i}.jpg", kind="image", width=640, height=360)
        for i in range(photos)
    ]
    music = MediaRef(id=bpm_src, name="song", kind="audio")
    return build_slideshow(refs, SlideshowOptions(transition="none", music=music))


def test_beats_are_shared_to_end_on_the_song_and_never_below_half_a_second() -> None:
    grid = BeatGrid(tuple(range(0, 20_000, 300)), 200.0, 20_000)  # 200 BPM: 300 ms beats
    draft = _draft(5)
    cut_on_beats(draft, grid, end_ms=9_000)
    video = draft.video_track()
    assert video is not None and draft.compute_duration() == 9_000
    assert all(seg.s % 300 == 0 and seg.d >= 600 for seg in video.sg)  # 2 beats at least
    crowded = _draft(20)  # 20 photos of 2 beats each do not fit 9 s: they overrun it
    cut_on_beats(crowded, grid, end_ms=9_000)
    track = crowded.video_track()
    assert track is not None and all(seg.d == 600 for seg in track.sg)


def test_a_photo_the_person_placed_is_never_culled_and_keeps_its_group() -> None:
    photos = {
        "placed": _facts(0x0F0F_0F0F_0F0F_0F0F, 0.90, 0.001),  # softer than its twin
        "twin": _facts(0x0F0F_0F0F_0F0F_0F0E, 0.98, 0.004),
        "blurred": _facts(0xFFFF_0000_FFFF_0000, 0.80, 0.00005),
        "other": _facts(0x3333_CCCC_3333_CCCC, 0.97, 0.003),
    }
    order = ["placed", "twin", "blurred", "other"]
    plan = cull_plan(order, photos, spared=frozenset({"placed", "blurred"}))
    assert {k: v.duplicate_of for k, v in plan.items()} == {"twin": "placed"}
    assert set(cull_plan(order, photos)) == {"placed", "blurred"}  # unless placed


def test_later_edits_keep_the_song_length_and_the_persons_own_fade() -> None:
    draft = _draft(4, "builtin:calm")  # 12 s of photos under a 53 s loop at 72 BPM
    ops = [
        LengthToSong(),
        CutToBeat(),
        SetMusicFade(fade_out_ms=500),
        SetTransition(name="fadeblack"),
    ]
    after, said = apply_edits(draft, ops, {}, facts=FileFacts({}.__getitem__))
    beat = 60_000 / 72
    assert abs(after.d - 16 * beat) <= 1 and "phrase" in said[0]
    music = after.bgm_track()
    assert music is not None and music.sg[0].m.fade_out == 500
    video = after.video_track()
    assert video is not None
    for seg in video.sg[1:]:  # the new transitions' middles are still on the beat
        assert isinstance(seg.m.transition, Transition)
        middle = seg.s + seg.m.transition.d / 2
        assert abs(middle / beat - round(middle / beat)) * beat <= 1


def test_cutting_on_the_beat_again_keeps_the_same_beats_per_photo() -> None:
    draft = _draft(5)
    for seg in (draft.video_track() or VideoTrack()).sg[1:]:
        seg.m.transition = Transition(type="crossfade", d=1200)  # long transitions
    grid = BeatGrid(tuple(range(0, 60_000, 619)), 60_000 / 619, 60_000)
    first = cut_on_beats(draft, grid).beats_per_photo
    again = cut_on_beats(draft, grid).beats_per_photo
    assert first == again == 4  # 3 s on screen at 97 BPM; the crossfades are not counted


def test_a_total_length_given_with_cuts_on_the_beat_ends_on_the_nearest_beat() -> None:
    draft = _draft(5, "builtin:upbeat")  # 120 BPM: a beat every 500 ms
    ops = [CutToBeat(), SetTotalLength(seconds=10.1)]
    after, _ = apply_edits(draft, ops, {}, facts=FileFacts({}.__getitem__))
    assert after.d == 10_000
    video = after.video_track()
    assert video is not None and all(seg.s % 500 == 0 for seg in video.sg)
