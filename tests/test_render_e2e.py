"""End to end: drafts rendered to files, decoded back with PyAV and checked."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pyloudnorm
import pytest

from photo_video_maker.media.image import load_image
from photo_video_maker.model.edit_types import SetMotion, SetMusicStart
from photo_video_maker.model.edits import apply_edits
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.model.plan import make_plan
from photo_video_maker.planner import plan_render
from photo_video_maker.render.compose import fit_rgb
from photo_video_maker.render.engine import render

from support import (
    decode_audio,
    decode_video,
    gradient,
    make_clip,
    save_photo,
    shared_data,
    small,
)

pytestmark = pytest.mark.slow


def _photos(tmp_path: Path, n: int, w: int = 640, h: int = 480) -> dict[str, Path]:
    return {
        f"m{i}": save_photo(tmp_path / f"p{i}.png", gradient(w, h, seed=i + 10)) for i in range(n)
    }


def _refs(files: dict[str, Path], w: int = 640, h: int = 480) -> list[MediaRef]:
    return [MediaRef(id=k, name=v.name, kind="image", width=w, height=h) for k, v in files.items()]


def test_a_slideshow_has_the_planned_frames_size_codec_and_an_audio_track_as_long(
    tmp_path: Path,
) -> None:
    files = _photos(tmp_path, 4)
    opts = SlideshowOptions(
        resolution="480p",
        seconds_per_photo=1.5,
        transition_ms=500,
        music=MediaRef(id="builtin:calm", name="Calm", kind="audio"),
    )
    draft = build_slideshow(_refs(files), opts)
    out = tmp_path / "show.mp4"
    result = render(plan_render(draft, files.__getitem__), out, resolve=files.__getitem__)
    _frames, facts = decode_video(out)
    plan = make_plan(draft)
    assert facts["frames"] == plan.frames == result.frames
    assert (facts["width"], facts["height"]) == (854, 480)
    assert facts["codec"] == "h264" and facts["pix_fmt"] == "yuv420p"
    assert facts["profile"] == "High" and facts["fps"] == 30
    audio, rate, codec = decode_audio(out)
    assert codec == "aac" and rate == 48000 and audio.shape[1] == 2
    assert abs(len(audio) / rate - plan.frames / 30) < 0.05
    assert not list(tmp_path.glob(".*part*")), "no temporary file is left behind"
    data = out.read_bytes()
    assert 0 < data.find(b"moov") < data.find(b"mdat"), "+faststart: the index comes first"


def test_each_photo_is_on_screen_in_order_and_crossfades_blend_neighbours(tmp_path: Path) -> None:
    files = _photos(tmp_path, 3)
    opts = SlideshowOptions(
        resolution="480p",
        seconds_per_photo=2.0,
        transition_ms=600,
        motion=False,
        fade_out_ms=0,
        fit="contain",
    )
    draft = build_slideshow(_refs(files), opts)
    out = tmp_path / "order.mp4"
    render(plan_render(draft, files.__getitem__), out, resolve=files.__getitem__)
    frames, _ = decode_video(out)
    plan = make_plan(draft)
    expected = [
        small(fit_rgb(load_image(files[v.src], 854, 480), 854, 480, "contain"))
        for v in plan.visuals
    ]
    for i, span in enumerate(plan.visuals):
        middle = small(frames[(span.start + span.end) // 2])
        errors = [np.abs(middle - e).mean() for e in expected]
        assert int(np.argmin(errors)) == i and errors[i] < 4
    for before, after in zip(plan.visuals, plan.visuals[1:], strict=False):
        mid = small(frames[after.start + after.transition_frames // 2])
        blend = (expected[before.index] + expected[after.index]) / 2
        assert np.abs(mid - blend).mean() < np.abs(mid - expected[before.index]).mean() / 2
        assert np.abs(mid - blend).mean() < np.abs(mid - expected[after.index]).mean() / 2


def test_every_exif_orientation_sample_renders_upright(tmp_path: Path) -> None:
    folder = shared_data("exif")
    names = [f"{kind}_{n}" for kind in ("Landscape", "Portrait") for n in range(9)]
    files = {name: folder / f"{name}.jpg" for name in names}
    refs = [MediaRef(id=n, name=n, kind="image", width=None, height=None) for n in names]
    opts = SlideshowOptions(
        resolution="480p",
        seconds_per_photo=0.5,
        transition="none",
        motion=False,
        fit="contain",
        fade_out_ms=0,
    )
    draft = build_slideshow(refs, opts)
    out = tmp_path / "exif.mp4"
    render(plan_render(draft, files.__getitem__), out, resolve=files.__getitem__)
    frames, _ = decode_video(out)
    plan = make_plan(draft)
    shots = {v.src: small(frames[(v.start + v.end) // 2]) for v in plan.visuals}
    for name in names:
        reference = shots[name.split("_")[0] + "_1"]
        assert np.abs(shots[name] - reference).mean() < 6, f"{name} is not upright"
    # and a landscape is not a portrait: the check can fail
    assert np.abs(shots["Landscape_1"] - shots["Portrait_1"]).mean() > 10


def test_a_title_is_inside_the_frame_and_only_during_its_time(tmp_path: Path) -> None:
    grey = np.full((480, 854, 3), 90, np.uint8)
    files = {"g": save_photo(tmp_path / "grey.png", grey)}
    opts = SlideshowOptions(
        resolution="480p",
        seconds_per_photo=3.0,
        motion=False,
        title="Summer 2026 夏天",
        fade_out_ms=0,
    )
    draft = build_slideshow(
        [MediaRef(id="g", name="grey.png", kind="image", width=854, height=480)], opts
    )
    draft.t[-1].sg[0].m.len = 1000
    out = tmp_path / "title.mp4"
    render(plan_render(draft, files.__getitem__), out, resolve=files.__getitem__)
    frames, _ = decode_video(out)
    background = frames[-1].astype(int)
    during = np.abs(frames[15].astype(int) - background).max(axis=2) > 40
    ys, xs = np.nonzero(during)
    assert len(xs) > 500, "the title is visible during its time"
    assert xs.min() > 854 * 0.04 and xs.max() < 854 * 0.96
    assert ys.min() > 480 * 0.04 and ys.max() < 480 * 0.96
    for after in frames[40:]:
        assert (np.abs(after.astype(int) - background).max(axis=2) > 40).sum() == 0


def _loudness(audio: np.ndarray, rate: int) -> float:
    return float(pyloudnorm.Meter(rate).integrated_loudness(audio.astype(np.float64)))


def test_music_is_normalised_quieter_at_lower_volume_and_fades_out_to_silence(
    tmp_path: Path, audio_file: Path
) -> None:
    files = {**_photos(tmp_path, 2), "song": audio_file}
    song = MediaRef(id="song", name="song.mp3", kind="audio")
    levels = {}
    for volume in (1.0, 0.3):
        opts = SlideshowOptions(
            resolution="480p",
            seconds_per_photo=4.0,
            music=song,
            music_volume=volume,
            music_fade_out_ms=1000,
        )
        out = tmp_path / f"v{volume}.mp4"
        render(
            plan_render(build_slideshow(_refs(files)[:2], opts), files.__getitem__),
            out,
            resolve=files.__getitem__,
        )
        audio, rate, _ = decode_audio(out)
        levels[volume] = _loudness(audio, rate)
        if volume == 1.0:
            tail = audio[-rate // 50 :]
            assert 20 * np.log10(np.sqrt(np.mean(tail**2)) + 1e-9) < -45
            assert np.abs(audio).max() < 10 ** (-0.5 / 20)
    assert abs(levels[1.0] - (-16.0)) < 1.5
    assert levels[0.3] < levels[1.0] - 8


def test_music_that_comes_in_later_is_silent_before_and_plays_after(tmp_path: Path) -> None:
    files = _photos(tmp_path, 2, 320, 240)
    opts = SlideshowOptions(
        resolution="480p",
        seconds_per_photo=3.0,
        music=MediaRef(id="builtin:upbeat", name="Upbeat", kind="audio"),
    )
    draft, _ = apply_edits(
        build_slideshow(_refs(files, 320, 240), opts), [SetMusicStart(seconds=2)], {}
    )
    out = tmp_path / "late.mp4"
    render(plan_render(draft, files.__getitem__), out, resolve=files.__getitem__)
    audio, rate, _ = decode_audio(out)

    def level(a: float, b: float) -> float:
        part = audio[int(a * rate) : int(b * rate)]
        return float(20 * np.log10(np.sqrt(np.mean(part**2)) + 1e-9))

    assert level(0.0, 1.9) < -60  # nothing before the music comes in
    assert level(2.1, 4.0) > -30


def test_one_photo_kept_still_does_not_move_while_the_others_do(tmp_path: Path) -> None:
    yy, xx = np.mgrid[0:480, 0:640]
    board = (((yy // 24) + (xx // 24)) % 2 * 200 + 30).astype(np.uint8)  # sharp edges to move
    files = {
        f"m{i}": save_photo(tmp_path / f"b{i}.png", np.dstack([board, board[::-1], board]))
        for i in range(2)
    }
    opts = SlideshowOptions(
        resolution="480p", seconds_per_photo=2.0, transition_ms=0, fade_out_ms=0
    )
    refs = {ref.id: ref for ref in _refs(files)}
    draft, _ = apply_edits(
        build_slideshow(list(refs.values()), opts), [SetMotion(on=False, index=2)], refs
    )
    out = tmp_path / "still.mp4"
    render(plan_render(draft, files.__getitem__), out, resolve=files.__getitem__)
    frames, _ = decode_video(out)
    first, second = make_plan(draft).visuals

    def moved(span_start: int, span_end: int) -> float:
        a, b = frames[span_start + 2], frames[span_end - 3]
        return float(np.abs(a.astype(np.float32) - b.astype(np.float32)).mean())

    assert moved(first.start, first.end) > 20  # the zoom and pan shifted the squares
    assert moved(second.start, second.end) < 3  # the still photo: only encoder noise


@pytest.mark.parametrize(
    ("fmt", "codec"), [("webm", "vp9"), ("mov", "h264"), ("mkv", "h264"), ("gif", "gif")]
)
def test_other_formats_decode_with_their_codecs(tmp_path: Path, fmt: str, codec: str) -> None:
    files = _photos(tmp_path, 2, 320, 240)
    opts = SlideshowOptions(
        resolution="480p",
        seconds_per_photo=1.0,
        transition_ms=300,
        music=MediaRef(id="builtin:upbeat", name="Upbeat", kind="audio"),
    )
    out = tmp_path / f"clip.{fmt}"
    result = render(
        plan_render(build_slideshow(_refs(files, 320, 240), opts), files.__getitem__),
        out,
        resolve=files.__getitem__,
    )
    frames, facts = decode_video(out)
    assert facts["codec"] == codec and len(frames) == result.frames > 5
    assert (facts["width"], facts["height"]) == (result.width, result.height)
    if fmt == "gif":
        from PIL import Image

        with Image.open(out) as gif:
            total = 0
            for i in range(gif.n_frames):
                gif.seek(i)
                total += gif.info["duration"]
        assert abs(total - result.duration_ms) <= 10 and result.width <= 640
    if fmt == "webm":
        assert decode_audio(out)[2] == "opus"


def _band_energy(audio: np.ndarray, rate: int, lo: float, hi: float) -> tuple[float, float]:
    """Energy inside [lo, hi] Hz and outside it, of a mono mix."""
    mono = audio.mean(axis=1)
    spectrum = np.abs(np.fft.rfft(mono)) ** 2
    freqs = np.fft.rfftfreq(len(mono), 1 / rate)
    inside = (freqs >= lo) & (freqs <= hi)
    return float(spectrum[inside].sum()), float(spectrum[~inside].sum())


def test_a_clip_keeps_its_sound_and_the_music_ducks_under_it(tmp_path: Path) -> None:
    photos = _photos(tmp_path, 2)
    clip = make_clip(tmp_path / "clip.mp4", 2.0, 3000.0, (320, 240))
    files = {**photos, "clip": clip}
    refs = _refs(photos)
    clip_ref = MediaRef(
        id="clip",
        name="clip.mp4",
        kind="video",
        width=320,
        height=240,
        duration_ms=2000,
        has_audio=True,
    )
    music = MediaRef(id="builtin:calm", name="Calm", kind="audio")
    energies = {}
    for volume in (1.0, 0.0):
        opts = SlideshowOptions(
            resolution="480p",
            seconds_per_photo=2.0,
            transition="none",
            music=music,
            fade_out_ms=0,
            music_fade_out_ms=0,
        )
        draft = build_slideshow([refs[0], clip_ref, refs[1]], opts)
        draft.t[0].sg[1].m.volume = volume
        out = tmp_path / f"clip{volume}.mp4"
        render(plan_render(draft, files.__getitem__), out, resolve=files.__getitem__)
        audio, rate, _ = decode_audio(out)
        regions = {
            "photo": audio[int(0.3 * rate) : int(1.7 * rate)],
            "clip": audio[int(2.3 * rate) : int(3.7 * rate)],
        }
        energies[volume] = {k: _band_energy(v, rate, 2950, 3050) for k, v in regions.items()}
    with_sound, muted = energies[1.0], energies[0.0]
    # the clip's tone is there during the clip, and only when the clip is not muted
    assert with_sound["clip"][0] > 20 * with_sound["photo"][0]
    assert with_sound["clip"][0] > 20 * muted["clip"][0]
    # the music outside the tone is lowered while the clip speaks, not elsewhere
    assert with_sound["clip"][1] < 0.3 * muted["clip"][1]
    assert 0.7 < with_sound["photo"][1] / muted["photo"][1] < 1.4


@pytest.mark.parametrize(("w", "h"), [(64, 36), (64, 38), (1080, 1350)])
def test_the_colour_planes_stay_in_place_for_any_even_height(
    tmp_path: Path, w: int, h: int
) -> None:
    """1080x1350 (4:5) has a height that is not a multiple of 4: its colour once slid up."""
    from photo_video_maker.render.encode import EncodeSettings, Sink, get_format
    from photo_video_maker.render.yuv import I420, from_rgb

    rgb = np.zeros((h, w, 3), np.uint8)
    rgb[: h // 2] = (220, 30, 30)  # red above, blue below: the seam must stay at the middle
    rgb[h // 2 :] = (30, 30, 220)
    picture = from_rgb(rgb)
    out = tmp_path / "planes.mp4"
    with Sink(out, get_format("mp4"), w, h, 30, EncodeSettings(crf=10), with_audio=False) as sink:
        for _ in range(3):
            frame = sink.buffer()
            np.copyto(frame.buf, picture.buf)
            sink.write(frame)
        sink.finish()
    with av.open(str(out)) as container:
        decoded = next(container.decode(video=0))
    assert (decoded.width, decoded.height) == (w, h)
    back = I420(w, h, decoded.to_ndarray(format="yuv420p").reshape(-1))
    for plane, want in zip(back.planes(), picture.planes(), strict=True):
        # away from the seam (x264 blurs a block or so of it) the planes are where they were
        rows = plane.shape[0]
        for r in (0, 1, rows // 4, 3 * rows // 4, rows - 1):
            assert abs(int(plane[r].mean()) - int(want[r].mean())) <= 3, (plane.shape, r)


def test_a_built_in_track_is_synthesised_before_the_encoder_takes_its_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from photo_video_maker.render import audio_mix, engine

    events: list[str] = []
    synthesize, sink = audio_mix.synthesize, engine.Sink

    def traced_synthesize(name: str, rate: int) -> np.ndarray:
        events.append(f"synthesize {name}")
        return synthesize(name, rate)

    def traced_sink(*args: object, **kwargs: object) -> object:
        events.append("encoder")
        return sink(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(audio_mix, "synthesize", traced_synthesize)
    monkeypatch.setattr(engine, "Sink", traced_sink)
    files = _photos(tmp_path, 2, 64, 48)
    opts = SlideshowOptions(
        resolution="480p",
        seconds_per_photo=1.0,
        music=MediaRef(id="builtin:upbeat", name="Upbeat", kind="audio"),
    )
    render(
        plan_render(build_slideshow(_refs(files, 64, 48), opts), files.__getitem__),
        tmp_path / "out.mp4",
        resolve=files.__getitem__,
    )
    assert events[:2] == ["synthesize upbeat", "encoder"]


def test_an_unknown_built_in_track_is_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    from photo_video_maker.errors import MediaNotFound

    files = _photos(tmp_path, 1, 64, 48)
    opts = SlideshowOptions(
        resolution="480p", music=MediaRef(id="builtin:polka", name="Polka", kind="audio")
    )
    out = tmp_path / "out.mp4"
    with pytest.raises(MediaNotFound, match=r"no built-in track 'polka'.*calm"):
        render(
            plan_render(build_slideshow(_refs(files, 64, 48), opts), files.__getitem__),
            out,
            resolve=files.__getitem__,
        )
    assert list(tmp_path.glob("*.mp4")) == []
