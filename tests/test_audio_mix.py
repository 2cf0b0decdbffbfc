"""The soundtrack mixer on its own: block by block, in memory that does not grow with length."""

from __future__ import annotations

import tracemalloc
import wave
from pathlib import Path

import numpy as np
import pytest

from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.model.plan import make_plan
from photo_video_maker.render.audio_mix import BLOCK, CEILING, RATE, limit, mix_blocks, ramps

CALM = MediaRef(id="builtin:calm", name="Calm", kind="audio")


def _draft(photos: int, seconds: float = 3.0, music: MediaRef = CALM):  # type: ignore[no-untyped-def]
    refs = [
        MediaRef(id=f"p{i}", name="p.jpg", kind="image", width=8, height=8) for i in range(photos)
    ]
    return build_slideshow(refs, SlideshowOptions(music=music, seconds_per_photo=seconds))


def _nothing(src: str) -> Path:
    raise AssertionError(f"no file should be needed for {src}")


def test_the_mix_comes_in_blocks_that_add_up_to_the_video() -> None:
    draft = _draft(8)
    plan = make_plan(draft)
    blocks = list(mix_blocks(plan, _nothing))
    assert all(len(b) <= BLOCK and b.shape[1] == 2 for b in blocks)
    assert sum(len(b) for b in blocks) == round(plan.frames * RATE / plan.fps)


def _peak_mb(photos: int) -> tuple[float, int]:
    draft = _draft(photos)
    tracemalloc.start()
    try:
        samples = sum(len(b) for b in mix_blocks(make_plan(draft), _nothing))
        return tracemalloc.get_traced_memory()[1] / 1e6, samples
    finally:
        tracemalloc.stop()


def test_the_memory_of_the_mix_does_not_grow_with_the_length_of_the_video() -> None:
    _peak_mb(2)  # the built-in track is synthesised once and cached
    short_mb, _ = _peak_mb(40)  # 1.5 minutes
    long_mb, samples = _peak_mb(400)  # 15 minutes
    assert samples >= 15 * 60 * RATE
    whole_track_mb = samples * 2 * 4 / 1e6
    assert long_mb < short_mb * 1.2 + 5, f"{short_mb:.0f} MB for 1.5 min, {long_mb:.0f} MB for 15"
    assert long_mb < whole_track_mb


def test_the_limiter_never_exceeds_the_ceiling_and_leaves_quiet_sound_alone() -> None:
    loud = np.linspace(-3, 3, 1000, dtype=np.float32)[:, None].repeat(2, axis=1)
    quiet = loud * np.float32(0.1)
    assert np.abs(limit(loud.copy())).max() <= CEILING
    assert np.array_equal(limit(quiet.copy()), quiet)


def test_fade_ramps_rise_and_fall_where_asked() -> None:
    t = np.arange(100, dtype=np.int64)
    env = ramps(t, 10, 90, 20, 10)
    assert env[0] == 0 and env[10] == 0 and env[30] == 1 and env[50] == 1
    assert 0 < env[20] < 1 and 0 < env[85] < 1 and env[95] == 0


def test_loudness_from_ffmpeg_agrees_with_pyloudnorm_on_real_music(audio_file: Path) -> None:
    import warnings

    import pyloudnorm

    from photo_video_maker.media.audio import load_audio
    from photo_video_maker.render.loudness import integrated_loudness

    music = load_audio(audio_file)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reference = pyloudnorm.Meter(RATE).integrated_loudness(music.astype(np.float64))
    blocks = [music[a : a + RATE * 3] for a in range(0, len(music), RATE * 3)]
    assert abs(integrated_loudness(blocks) - reference) < 0.1
    assert integrated_loudness([np.zeros((RATE, 2), np.float32)]) == float("-inf")


SONG = MediaRef(id="song", name="song.wav", kind="audio")


def _tone_wav(path: Path, seconds: float, rate: int = 8000) -> Path:
    """A 440 Hz tone at half level, mono 16-bit: small on disk, 48 kHz stereo once decoded."""
    t = np.arange(round(seconds * rate)) / rate
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((0.5 * 32767 * np.sin(2 * np.pi * 440 * t)).astype("<i2").tobytes())
    return path


def _song_peak_mb(song: Path, photos: int) -> tuple[float, int]:
    draft = _draft(photos, music=SONG)
    tracemalloc.start()
    try:
        blocks = mix_blocks(make_plan(draft), {"song": song}.__getitem__)
        samples = sum(len(b) for b in blocks)
        return tracemalloc.get_traced_memory()[1] / 1e6, samples
    finally:
        tracemalloc.stop()


def test_a_song_as_long_as_the_video_is_read_as_it_plays_never_held_whole(
    tmp_path: Path,
) -> None:
    song = _tone_wav(tmp_path / "long.wav", 8 * 60)
    short_mb, _ = _song_peak_mb(song, 10)  # 30 s of an 8-minute song
    long_mb, samples = _song_peak_mb(song, 190)  # 7 minutes of it
    whole_song_mb = 8 * 60 * RATE * 2 * 4 / 1e6  # 184 MB as 48 kHz stereo float32
    assert samples >= 7 * 60 * RATE
    assert long_mb < short_mb * 1.2 + 5, f"{short_mb:.0f} MB for 30 s, {long_mb:.0f} MB for 7 min"
    assert long_mb < whole_song_mb / 10


def _rms_db(x: np.ndarray) -> float:
    return float(20 * np.log10(np.sqrt(np.mean(x.astype(np.float64) ** 2)) + 1e-12))


def _song_mix(song: Path, photos: int, loop: bool) -> np.ndarray:
    draft = _draft(photos, music=SONG)
    bgm = draft.bgm_track()
    assert bgm is not None
    bgm.sg[0].m.loop = loop
    return np.concatenate(list(mix_blocks(make_plan(draft), {"song": song}.__getitem__)))


def test_a_short_song_loops_to_the_end_of_the_video_or_stops_when_looping_is_off(
    tmp_path: Path,
) -> None:
    song = _tone_wav(tmp_path / "short.wav", 2.5)
    looped = _song_mix(song, 5, loop=True)  # 12 s of video: the song is heard 5 times
    once = _song_mix(song, 5, loop=False)
    assert len(looped) == len(once) >= 11 * RATE
    seconds = [looped[i * RATE : (i + 1) * RATE] for i in range(len(looped) // RATE - 3)]
    levels = [_rms_db(part) for part in seconds]  # the last seconds fade out
    assert max(levels) - min(levels) < 0.5, levels  # the same tone, as loud, in every second
    assert _rms_db(once[: 2 * RATE]) == pytest.approx(levels[0], abs=0.5)
    assert _rms_db(once[3 * RATE :]) < -90  # the song is over and nothing repeats it


def test_a_song_that_starts_part_way_in_plays_from_there(tmp_path: Path) -> None:
    song = _tone_wav(tmp_path / "half.wav", 3.0)
    draft = _draft(2, music=SONG)
    bgm = draft.bgm_track()
    assert bgm is not None
    bgm.sg[0].m.in_, bgm.sg[0].m.loop = 2000, False  # one second of the song left to play
    mix = np.concatenate(list(mix_blocks(make_plan(draft), {"song": song}.__getitem__)))
    assert _rms_db(mix[RATE // 10 : RATE * 9 // 10]) > -30
    assert _rms_db(mix[RATE * 11 // 10 :]) < -90


def _stereo_wav(path: Path, samples: np.ndarray) -> Path:
    """float (n, 2) samples at 48 kHz as a 16-bit WAV: decoded back sample for sample."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes((np.clip(samples, -1, 1) * 32767).round().astype("<i2").tobytes())
    return path


def _steps(mix: np.ndarray) -> np.ndarray:
    """The largest change from one sample to the next, per sample pair (either channel)."""
    return np.abs(np.diff(mix, axis=0)).max(axis=1)


def _looped_mix(song: Path, photos: int) -> np.ndarray:
    draft = _draft(photos, music=SONG)
    return np.concatenate(list(mix_blocks(make_plan(draft), {"song": song}.__getitem__)))


def test_a_real_song_looped_under_a_longer_video_steps_no_more_at_a_seam_than_it_does_itself(
    audio_file: Path, tmp_path: Path
) -> None:
    from photo_video_maker.media.audio import load_audio

    # 8 s of the song whose end is 0.24 of full scale away from its start: cut hard, a pop
    excerpt = load_audio(audio_file, start_ms=10_000, duration_ms=8_000)
    song = _stereo_wav(tmp_path / "excerpt.wav", excerpt)
    mix = _looped_mix(song, 13)  # 30 s of video: three seams
    assert len(mix) >= 30 * RATE
    steps = _steps(mix)
    own = steps[RATE // 10 : 7 * RATE].max()  # the first pass, as mixed (gain, limiter)
    for k in (1, 2, 3):  # each seam lies at most a few tens of ms before k x 8 s
        around = steps[k * (8 * RATE - RATE // 10) : k * 8 * RATE + RATE // 10]
        assert around.max() <= own, f"seam {k}: step {around.max():.3f} > the song's {own:.3f}"


def test_a_tone_cut_at_its_peak_loops_without_a_jump(tmp_path: Path) -> None:
    # 2.5 s and a quarter period of 440 Hz: the song ends at its crest and starts from zero
    t = np.arange(round(2.5 * RATE) + RATE // (4 * 440)) / RATE
    tone = 0.5 * np.sin(2 * np.pi * 440 * t)
    song = _stereo_wav(tmp_path / "tone.wav", np.column_stack([tone, tone]))
    mix = _looped_mix(song, 4)  # four seams in 10 s
    steps = _steps(mix)
    own = steps[RATE // 10 : 2 * RATE].max()  # a 440 Hz sine's own step: 6 % of its peak
    assert steps.max() <= own * 1.01, f"largest step {steps.max():.3f}, the tone's {own:.3f}"


def test_a_loop_seam_is_crossfaded_at_equal_power_so_noise_keeps_its_loudness(
    tmp_path: Path,
) -> None:
    noise = np.random.default_rng(7).normal(0, 0.1, (3 * RATE, 2))
    mix = _looped_mix(_stereo_wav(tmp_path / "noise.wav", noise), 4)
    window = RATE // 100  # 10 ms: a quarter of a seam
    body = mix[RATE // 2 : len(mix) - 2 * RATE]  # clear of the fades at both ends
    levels = [_rms_db(body[a : a + window]) for a in range(0, len(body) - window, window // 2)]
    # a linear crossfade dips 3 dB at its middle; equal power holds the level
    assert np.median(levels) - min(levels) < 1.2, (np.median(levels), min(levels))
