"""Built-in music: deterministic, seamless, well-levelled loops, and mood-word lookup."""

from __future__ import annotations

import hashlib
import itertools
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pyloudnorm
import pytest

from photo_video_maker.errors import InputError
from photo_video_maker.music import builtin
from photo_video_maker.music import cache as music_cache
from photo_video_maker.music.builtin import (
    TRACKS,
    builtin_id,
    is_builtin,
    list_tracks,
    resolve_name,
    synthesize,
)

RATE = 48000
NAMES = list(TRACKS)
DRUM_TRACKS = ["upbeat", "lofi", "acoustic"]

Audio = npt.NDArray[np.float32]


def _octave_levels(x: Audio) -> npt.NDArray[np.float64]:
    """Long-term spectrum in octave bands (dB, relative to the total)."""
    spec = np.abs(np.fft.rfft(x.mean(axis=1))) ** 2
    f = np.fft.rfftfreq(x.shape[0], 1 / RATE)
    edges = 62.5 * 2.0 ** np.arange(8)  # 62.5 Hz ... 8 kHz
    bands = [spec[(f >= lo) & (f < hi)].sum() for lo, hi in itertools.pairwise(edges)]
    return np.asarray(10 * np.log10(np.array(bands) / spec.sum() + 1e-12))


def _onset_strength(x: Audio, hop: int = 480, size: int = 2048) -> npt.NDArray[np.float64]:
    """Spectral flux: how much new energy each 10 ms frame brings (peaks at note/drum hits)."""
    mono = x.mean(axis=1).astype(np.float64)
    count = (mono.size - size) // hop
    frames = np.lib.stride_tricks.sliding_window_view(mono, size)[::hop][:count]
    mag = np.log1p(100 * np.abs(np.fft.rfft(frames * np.hanning(size), axis=1)))
    return np.asarray(np.maximum(np.diff(mag, axis=0), 0).sum(axis=1))


def test_catalogue_has_the_required_moods_with_metadata() -> None:
    assert {"calm", "upbeat", "cinematic", "lofi"} <= set(TRACKS)
    assert list_tracks() == list(TRACKS.values())
    for name, track in TRACKS.items():
        assert track.name == name
        assert track.title and track.description
        assert track.mood.isalpha()  # one word
        assert 60 <= track.bpm <= 140


def test_builtin_ids_are_prefixed_and_recognised() -> None:
    assert builtin_id("calm") == "builtin:calm"
    assert is_builtin(builtin_id("lofi"))
    assert not is_builtin("/home/me/music/song.mp3")
    assert not is_builtin("calm")


@pytest.mark.parametrize("name", NAMES)
def test_track_is_a_stereo_float32_loop_of_16_bars_lasting_30_to_60_seconds(name: str) -> None:
    x = synthesize(name)
    assert x.dtype == np.float32
    assert x.ndim == 2 and x.shape[1] == 2
    assert np.isfinite(x).all()
    assert 30.0 <= x.shape[0] / RATE <= 60.0
    assert x.shape[0] == round(16 * 4 * 60 / TRACKS[name].bpm * RATE)


@pytest.mark.parametrize("name", NAMES)
def test_track_is_cached_and_read_only(name: str) -> None:
    x = synthesize(name)
    assert synthesize(name, RATE) is x
    assert not x.flags.writeable
    with pytest.raises(ValueError):
        x[0, 0] = 0.0


def test_rendering_is_byte_identical_in_another_process(tmp_path: Path) -> None:
    # A second interpreter with a different hash seed catches any unseeded randomness or
    # reliance on set/dict ordering of strings.
    rate = 22050
    script = (
        "import hashlib\n"
        "from photo_video_maker.music.builtin import TRACKS, synthesize\n"
        "for n in TRACKS:\n"
        f"    print(n, hashlib.sha256(synthesize(n, {rate}).tobytes()).hexdigest())\n"
    )
    # an empty cache of its own: the other process must synthesise, not read our files
    env = dict(
        os.environ,
        PYTHONHASHSEED="12345",
        PYTHONPATH=os.pathsep.join(sys.path),
        PVM_CACHE_DIR=str(tmp_path),
    )
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    ).stdout
    theirs = dict(line.split() for line in out.splitlines())
    ours = {n: hashlib.sha256(synthesize(n, rate).tobytes()).hexdigest() for n in TRACKS}
    assert theirs == ours


def test_synthesis_holds_a_few_loops_at_once_not_one_per_bus_and_note() -> None:
    # the notes and each bus are freed as the mix goes: 13.3 loops at the peak before, 5.5 now
    # (a loop here: the track in float64 stereo)
    import photo_video_maker.music.tracks  # noqa: F401  (its imports are not the synthesis)

    tracemalloc.start()
    try:
        audio = builtin._compose("upbeat", 48000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak / (audio.shape[0] * 2 * 8) < 8


@pytest.mark.parametrize("name", NAMES)
def test_loop_point_has_no_click(name: str) -> None:
    x = synthesize(name).astype(np.float64)
    jump = np.abs(x[0] - x[-1]).max()
    typical = np.percentile(np.abs(np.diff(x, axis=0)).max(axis=1), 99)
    assert jump <= typical


@pytest.mark.parametrize("name", NAMES)
def test_peak_is_at_most_minus_1_dbfs(name: str) -> None:
    peak = float(np.abs(synthesize(name)).max())
    assert 20 * np.log10(peak) <= -1.0


@pytest.mark.parametrize("name", NAMES)
def test_integrated_loudness_is_between_minus_18_and_minus_14_lufs(name: str) -> None:
    lufs = pyloudnorm.Meter(RATE).integrated_loudness(synthesize(name).astype(np.float64))
    assert -18.0 <= lufs <= -14.0


@pytest.mark.parametrize("name", NAMES)
def test_every_second_of_the_loop_is_audible(name: str) -> None:
    x = synthesize(name)
    seconds = x[: x.shape[0] // RATE * RATE].reshape(-1, RATE, 2).astype(np.float64)
    rms_db = 10 * np.log10((seconds**2).mean(axis=(1, 2)))
    assert rms_db.min() > -35.0


@pytest.mark.parametrize("name", NAMES)
def test_little_energy_above_8_khz(name: str) -> None:
    x = synthesize(name).mean(axis=1)
    spec = np.abs(np.fft.rfft(x)) ** 2
    f = np.fft.rfftfreq(x.size, 1 / RATE)
    assert spec[f > 8000].sum() / spec.sum() < 0.02


@pytest.mark.parametrize("name", NAMES)
def test_stereo_is_wide_yet_mono_compatible(name: str) -> None:
    x = synthesize(name).astype(np.float64)
    correlation = np.corrcoef(x[:, 0], x[:, 1])[0, 1]
    assert 0.3 < correlation < 0.9999


def test_tracks_differ_in_tempo_length_and_spectrum() -> None:
    assert len({t.bpm for t in TRACKS.values()}) == len(TRACKS)
    assert len({synthesize(n).shape[0] for n in NAMES}) == len(NAMES)
    levels = {n: _octave_levels(synthesize(n)) for n in NAMES}
    for i, a in enumerate(NAMES):
        for b in NAMES[i + 1 :]:
            assert np.sqrt(np.mean((levels[a] - levels[b]) ** 2)) > 1.5, (a, b)


def test_upbeat_is_brighter_than_lofi() -> None:
    def centroid(x: Audio) -> float:
        spec = np.abs(np.fft.rfft(x.mean(axis=1))) ** 2
        return float((spec * np.fft.rfftfreq(x.shape[0], 1 / RATE)).sum() / spec.sum())

    assert centroid(synthesize("upbeat")) > 1.2 * centroid(synthesize("lofi"))


@pytest.mark.parametrize("name", DRUM_TRACKS)
def test_drum_tracks_repeat_with_a_steady_bar(name: str) -> None:
    flux = _onset_strength(synthesize(name))
    flux = flux - flux.mean()
    frames_per_beat = 60 / TRACKS[name].bpm * RATE / 480

    def similarity(beats: float) -> float:
        lag = round(beats * frames_per_beat)
        return float(np.dot(flux[:-lag], flux[lag:]) / np.dot(flux, flux))

    # Hits recur one bar later, but not at an arbitrary off-grid delay.
    assert similarity(4) > 0.5
    assert similarity(4) > similarity(0.37) + 0.3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *[(w, "calm") for w in ("relaxing", "peaceful", "soft", "Calm", "something relaxing")],
        *[(w, "upbeat") for w in ("happy", "energetic", "party", "fun", "HAPPY music")],
        *[(w, "cinematic") for w in ("epic", "dramatic", "emotional", "cinematic")],
        *[(w, "lofi") for w in ("chill", "lo-fi", "lo fi", "Lo-Fi beats", "lofi")],
        ("acoustic", "acoustic"),
        ("builtin:upbeat", "upbeat"),
    ],
)
def test_resolve_name_understands_english_mood_words(text: str, expected: str) -> None:
    assert resolve_name(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *[(w, "calm") for w in ("舒缓", "安静", "轻松", "来点舒缓的音乐")],
        *[(w, "upbeat") for w in ("欢快", "动感", "活泼")],
        *[(w, "cinematic") for w in ("史诗", "大气", "电影", "电影感")],
        *[(w, "lofi") for w in ("低保真", "放松", "chill")],
    ],
)
def test_resolve_name_understands_chinese_mood_words(text: str, expected: str) -> None:
    assert resolve_name(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "qwerty", "polka", "funeral", "xyz123", "?!"])
def test_resolve_name_returns_none_for_nonsense(text: str) -> None:
    assert resolve_name(text) is None


def test_resolve_name_prefers_the_first_mood_mentioned() -> None:
    assert resolve_name("epic but also happy") == "cinematic"
    assert resolve_name("happy but also epic") == "upbeat"


def test_an_unknown_track_is_refused_naming_the_valid_ones() -> None:
    with pytest.raises(InputError) as err:
        synthesize("polka")
    for name in TRACKS:
        assert name in str(err.value)


def test_unsupported_sample_rate_is_rejected() -> None:
    with pytest.raises(ValueError):
        synthesize("calm", 8000)


def _fresh(monkeypatch: pytest.MonkeyPatch, cache: Path) -> None:
    monkeypatch.setenv("PVM_CACHE_DIR", str(cache))
    builtin._render.cache_clear()  # the process-wide copy would hide the disk


def _no_synthesis(name: str, rate: int) -> np.ndarray:
    raise AssertionError(f"{name} at {rate} Hz should have come from the cache")


def _synthesised_into(monkeypatch: pytest.MonkeyPatch, cache: Path) -> tuple[np.ndarray, Path]:
    """A copy of a track synthesised into an empty ``cache``, and the file it was stored in."""
    _fresh(monkeypatch, cache)
    made = np.array(synthesize("acoustic", 16000))
    (stored,) = (cache / "music").glob("acoustic-16000-*.npy")
    _fresh(monkeypatch, cache)
    return made, stored


def test_a_synthesised_track_is_stored_once_and_read_back_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made, stored = _synthesised_into(monkeypatch, tmp_path)
    monkeypatch.setattr(builtin, "_compose", _no_synthesis)
    again = synthesize("acoustic", 16000)
    assert isinstance(again, np.memmap) and not again.flags.writeable
    assert np.array_equal(again, made)
    assert not list(stored.parent.glob("*.tmp"))


def test_a_damaged_cache_file_is_synthesised_again_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made, stored = _synthesised_into(monkeypatch, tmp_path)
    stored.write_bytes(stored.read_bytes()[:5000])  # a disk that filled up mid-write
    assert np.array_equal(synthesize("acoustic", 16000), made)
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(builtin, "_compose", _no_synthesis)
    assert np.array_equal(synthesize("acoustic", 16000), made)


def test_a_changed_recipe_is_synthesised_afresh_not_read_from_the_old_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _synthesised_into(monkeypatch, tmp_path)
    monkeypatch.setattr(music_cache, "_recipe_hash", lambda: "another-recipe")
    calls: list[str] = []
    compose = builtin._compose
    monkeypatch.setattr(builtin, "_compose", lambda n, r: calls.append(n) or compose(n, r))
    synthesize("acoustic", 16000)
    assert calls == ["acoustic"]
    assert len(list((tmp_path / "music").glob("acoustic-16000-*.npy"))) == 2


def test_a_cache_that_cannot_be_written_costs_only_the_synthesis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    _fresh(monkeypatch, blocker)
    x = synthesize("acoustic", 16000)
    assert x.shape[1] == 2 and not x.flags.writeable
