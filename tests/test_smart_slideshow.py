"""The smart slideshow end to end: cuts on the beat of a person's song and of a built-in track,
a video as long as its song, culling with reasons, date and place captions. Real renders
through the CLI (small and short), decoded back with PyAV and checked."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from photo_video_maker.cli import main
from photo_video_maker.model.media_facts import builtin_grid

from smart_media import BPM, LISBON, click_track, cut_frames, small_photos, variants, with_exif
from support import decode_audio, decode_video

FPS = 30
FAST = ["--resolution", "480p", "--fps", str(FPS), "--no-motion", "--preset", "ultrafast"]


def test_cuts_on_the_beat_of_a_persons_song_sit_within_a_frame_of_its_clicks(
    tmp_path: Path,
) -> None:
    clicks = click_track(tmp_path / "song.wav", 20.0)
    out = tmp_path / "beat.mp4"
    pics = small_photos(tmp_path / "photos", 5)
    args = ["make", *map(str, pics), "--music", str(tmp_path / "song.wav")]
    assert main([*args, "--cuts", "beat", "--transition", "none", *FAST, "-o", str(out)]) == 0
    frames, _ = decode_video(out)
    cuts = cut_frames(frames)
    assert len(cuts) == len(pics) - 1
    for frame in cuts:
        nearest = min(clicks, key=lambda c: abs(c - frame / FPS))
        # the first frame of the new photo is the first frame at or after the beat
        assert -1.0 <= (frame / FPS - nearest) * FPS <= 1.0, (frame, nearest)
    # 3 s per photo at 97 BPM is nearest to 4 beats (2.47 s): every photo lasts 4 beats
    beats_between = [(b - a) / FPS / (60 / BPM) for a, b in itertools.pairwise(cuts)]
    assert all(abs(n - 4) < 0.1 for n in beats_between), beats_between


def test_cuts_on_a_built_in_track_follow_its_recorded_tempo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "upbeat.mp4"
    pics = small_photos(tmp_path / "photos", 4)
    cmd = ["make", *map(str, pics), "--music", "upbeat", "--cuts", "beat", "--seconds", "1"]
    assert main([*cmd, "--transition", "none", *FAST, "-o", str(out)]) == 0
    assert "2 beats each" in capsys.readouterr().out  # 1 s at 120 BPM is 2 beats
    frames, _ = decode_video(out)
    cuts = cut_frames(frames)
    # 120 BPM: a beat every 0.5 s, 15 frames at 30 fps; every photo 2 beats = 30 frames
    assert cuts == [30, 60, 90]


@pytest.mark.parametrize("name", ["calm", "upbeat", "cinematic", "lofi", "acoustic"])
def test_the_recorded_tempo_of_each_built_in_track_is_where_its_notes_start(name: str) -> None:
    import librosa

    from photo_video_maker.music.builtin import synthesize

    rate, hop = 22050, 128
    mono = synthesize(name, rate).mean(axis=1).astype(np.float32)
    onset = librosa.onset.onset_strength(y=mono, sr=rate, hop_length=hop)
    grid = builtin_grid(f"builtin:{name}")

    def strength(offset_ms: float) -> float:
        at = [round((b + offset_ms) * rate / 1000 / hop) for b in grid.beats_ms]
        return float(
            np.mean([onset[max(0, i - 2) : i + 3].max() for i in at if i + 3 < len(onset)])
        )

    # a loop is 16 bars of 4 beats at the recorded tempo
    assert abs(len(mono) / rate * 1000 - 64 * grid.beat_ms) < 1
    if name == "cinematic":  # swelling strings: no sharp onsets, but the chords change on bars
        bars = [round(b * rate / 1000 / hop) for b in grid.beats_ms[::4]]
        on = np.mean([onset[i - 2 : i + 3].max() for i in bars[1:]])
        late = [round((b + grid.beat_ms * 4 / 3) * rate / 1000 / hop) for b in grid.beats_ms[::4]]
        assert on > 1.2 * np.mean([onset[i - 2 : i + 3].max() for i in late[:-1]])
        return
    # the notes start on the written beats, not a third of a beat later (off every 8th or 16th)
    assert strength(0) > 1.5 * strength(grid.beat_ms / 3), name


def test_length_song_ends_the_video_with_the_song(tmp_path: Path) -> None:
    click_track(tmp_path / "song.wav", 11.0)
    out = tmp_path / "song-length.mp4"
    pics = small_photos(tmp_path / "photos", 3)  # 9 s at 3 s each: the 11 s song is played whole
    cmd = ["make", *map(str, pics), "--music", str(tmp_path / "song.wav"), "--length", "song"]
    assert main([*cmd, *FAST, "-o", str(out)]) == 0
    frames, _ = decode_video(out)
    assert abs(len(frames) - 11.0 * FPS) <= 1
    sound, rate, _ = decode_audio(out)
    assert abs(len(sound) / rate - 11.0) < 0.1


def test_length_song_of_a_long_song_ends_at_a_phrase_with_the_music_faded(
    tmp_path: Path,
) -> None:
    clicks = click_track(tmp_path / "song.wav", 60.0)
    out = tmp_path / "phrase.mp4"
    pics = small_photos(tmp_path / "photos", 3)  # 9 s of photos under a 60 s song
    cmd = ["make", *map(str, pics), "--music", str(tmp_path / "song.wav"), "--length", "song"]
    assert main([*cmd, "--cuts", "beat", "--transition", "none", *FAST, "-o", str(out)]) == 0
    frames, _ = decode_video(out)
    # the first four-bar phrase end after 9 s: the 16th beat after the first, at 10.2 s
    assert abs(len(frames) / FPS - clicks[16]) <= 1.5 / FPS
    sound, rate, _ = decode_audio(out)
    level = [
        float(np.abs(sound[round(c * rate) : round((c + 0.05) * rate)]).max()) for c in clicks[:16]
    ]
    assert level[15] < 0.5 * level[5]  # the last beat is faded, the middle ones are not


def test_cull_leaves_out_the_near_duplicate_and_the_blurred_photo_and_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pics = variants(tmp_path)
    out = tmp_path / "culled.mp4"
    cmd = ["make", *map(str, pics), "--cull", "--seconds", "1", "--transition", "none"]
    assert main([*cmd, *FAST, "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Left out 3 photos" in said
    assert "(05_copy.jpg), a near-duplicate of photo 1" in said
    assert "(06_blurred_twin.jpg), a near-duplicate of photo 3" in said  # the sharp one stays
    assert "(07_blurred.jpg), blurred" in said and "without --cull all stay" in said
    frames, _ = decode_video(out)
    assert len(cut_frames(frames)) == 3  # four photos remain
    assert abs(len(frames) - 4 * FPS) <= 1


def test_date_and_place_captions_show_on_the_photos_that_record_them(tmp_path: Path) -> None:
    pics = small_photos(tmp_path / "src", 3)
    folder = tmp_path / "photos"
    folder.mkdir()
    inputs = [
        with_exif(pics[0], folder / "1.jpg", "2024:07:03 18:30:00", LISBON),
        with_exif(pics[1], folder / "2.jpg", "2024:07:04 10:00:00", None),
        with_exif(pics[2], folder / "3.jpg", None, None),
    ]
    plain, captioned = tmp_path / "plain.mp4", tmp_path / "captioned.mp4"
    cmd = ["make", *map(str, inputs), "--seconds", "1", "--transition", "none", *FAST]
    assert main([*cmd, "-o", str(plain)]) == 0
    assert main([*cmd, "--captions", "date-place", "-o", str(captioned)]) == 0
    a, _ = decode_video(plain)
    b, _ = decode_video(captioned)
    h = a[0].shape[0]

    def bottom_diff(i: int) -> float:
        return float(np.abs(a[i][h * 3 // 4 :].astype(np.int16) - b[i][h * 3 // 4 :]).mean())

    def top_diff(i: int) -> float:
        return float(np.abs(a[i][: h // 3].astype(np.int16) - b[i][: h // 3]).mean())

    # photos 1 and 2 have a caption at the bottom; photo 3 (no date) has none
    assert bottom_diff(15) > 2 and bottom_diff(45) > 2
    assert bottom_diff(75) < 1
    assert max(top_diff(15), top_diff(75)) < 1
    # "Lisbon, 3 July 2024" is longer than "4 July 2024": more of the bottom changes
    assert bottom_diff(15) > bottom_diff(45)


def test_cuts_stay_on_the_beat_when_a_short_song_starts_over(tmp_path: Path) -> None:
    click_track(tmp_path / "short.wav", 4.5)  # the video is longer: the song loops
    out = tmp_path / "looped.mp4"
    pics = small_photos(tmp_path / "photos", 5)
    cmd = ["make", *map(str, pics), "--music", str(tmp_path / "short.wav"), "--cuts", "beat"]
    assert main([*cmd, "--transition", "none", *FAST, "-o", str(out)]) == 0
    frames, _ = decode_video(out)
    sound, rate, _ = decode_audio(out)
    # the clicks as they sound in the video (after the loop's seam), found in its own audio
    loud = np.abs(sound).max(axis=1) > 0.3
    starts = np.flatnonzero(loud[1:] & ~loud[:-1]) + 1
    heard = [s / rate for i, s in enumerate(starts) if i == 0 or s - starts[i - 1] > rate // 10]
    cuts = cut_frames(frames)
    assert len(cuts) == 4 and cuts[-1] / FPS > 4.5  # some cuts come after the song started over
    for frame in cuts:
        nearest = min(heard, key=lambda c: abs(c - frame / FPS))
        assert abs(frame / FPS - nearest) * FPS <= 1.0, (frame, nearest)
