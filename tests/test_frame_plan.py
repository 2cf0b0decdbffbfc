"""The frame plan is the renderer's only input: what it holds, and that a render follows it."""

from __future__ import annotations

import wave
from dataclasses import replace
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from photo_video_maker.errors import RenderError
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.model.plan import make_plan, to_frame
from photo_video_maker.model.share_size import MB, set_size_limit
from photo_video_maker.planner import plan_render
from photo_video_maker.render.audio_mix import RATE, mix_blocks, samples
from photo_video_maker.render.engine import render

from support import make_clip, shared_data

SONG = MediaRef(id="song", name="song.wav", kind="audio")
CALM = MediaRef(id="builtin:calm", name="Calm", kind="audio")


def _photo(src: str, w: int = 64, h: int = 48) -> MediaRef:
    return MediaRef(id=src, name=f"{src}.jpg", kind="image", width=w, height=h)


def test_the_plan_carries_each_files_upright_size_and_sound_read_once(tmp_path: Path) -> None:
    turned = shared_data("exif") / "Landscape_5.jpg"  # stored 1200x1800, EXIF-turned
    with Image.open(turned) as stored:
        assert stored.size == (1200, 1800)
    files = {
        "turned": turned,
        "speaks": make_clip(tmp_path / "speaks.mp4", 1.0, 440.0, (64, 48)),
        "silent": make_clip(tmp_path / "silent.mp4", 1.0, None, (64, 48)),
    }
    refs = [
        _photo("turned", 1800, 1200),
        MediaRef(id="speaks", name="s.mp4", kind="video", duration_ms=1000, has_audio=True),
        MediaRef(id="silent", name="q.mp4", kind="video", duration_ms=1000),
        _photo("turned", 1800, 1200),  # the same photo again
    ]
    draft = build_slideshow(refs, SlideshowOptions(resolution="480p"))
    asked: list[str] = []

    def resolve(src: str) -> Path:
        asked.append(src)
        return files[src]

    plan = plan_render(draft, resolve)
    facts = [span.source for span in plan.visuals]
    assert (facts[0].width, facts[0].height) == (1800, 1200)
    assert facts[1].has_audio and facts[1].duration_ms is not None
    assert 900 <= facts[1].duration_ms <= 1100
    assert not facts[2].has_audio and facts[3] == facts[0]
    assert sorted(asked) == ["silent", "speaks", "turned"]  # each file read once
    assert plan.has_sound and [s.speaks for s in plan.visuals] == [False, True, False, False]


def test_the_music_is_planned_in_frames_with_its_fades_loop_volume_and_ducking() -> None:
    draft = build_slideshow([_photo("a"), _photo("b")], SlideshowOptions(music=SONG, fps=30))
    bgm = draft.bgm_track()
    assert bgm is not None
    bgm.sg[0].m.fade_in, bgm.sg[0].m.fade_out = 433, 2000
    bgm.sg[0].m.in_, bgm.sg[0].m.loop = 1500, False
    bgm.sg[0].m.volume, bgm.sg[0].m.duck = 0.6, 0.25
    plan = make_plan(draft)
    music = plan.music
    assert music is not None
    assert (music.start, music.end) == (0, plan.frames)
    assert (music.fade_in, music.fade_out) == (to_frame(433, 30), 60) == (13, 60)
    assert (music.in_ms, music.loop, music.volume, music.duck) == (1500, False, 0.6, 0.25)
    assert plan.has_sound
    assert make_plan(build_slideshow([_photo("a")], SlideshowOptions())).music is None


def _tone_wav(path: Path, seconds: float) -> Path:
    t = np.arange(round(seconds * 8000)) / 8000
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes((0.5 * 32767 * np.sin(2 * np.pi * 440 * t)).astype("<i2").tobytes())
    return path


def _peaks(mix: np.ndarray, step: int = 480) -> np.ndarray:
    """The loudest sample of each 10 ms."""
    return np.abs(mix[: len(mix) // step * step, 0]).reshape(-1, step).max(axis=1)


def test_the_mixer_fades_the_music_in_over_the_frames_the_plan_says(tmp_path: Path) -> None:
    song = {"song": _tone_wav(tmp_path / "tone.wav", 10.0)}.__getitem__
    draft = build_slideshow([_photo("a"), _photo("b")], SlideshowOptions(music=SONG, fps=30))
    plan = make_plan(draft)
    assert plan.music is not None
    for frames in (15, 45):
        faded = replace(plan, music=replace(plan.music, fade_in=frames))
        peaks = _peaks(np.concatenate(list(mix_blocks(faded, song))))
        full = float(np.median(peaks[len(peaks) // 2 : len(peaks) * 3 // 4]))
        reached = int(np.argmax(peaks >= full * 0.99)) * 480  # the first 10 ms at full level
        # the limiter rounds the top of the ramp off: full level comes a little early
        ramp = samples(frames, 30)
        assert 0.95 * ramp - 960 <= reached <= ramp + 960, (frames, reached)
        assert peaks[0] < full * 0.05


def _has_audio_track(path: Path) -> bool:
    with av.open(str(path)) as container:
        return bool(container.streams.audio)


def test_a_render_follows_the_plan_and_reads_no_file_for_what_the_plan_says(
    tmp_path: Path,
) -> None:
    clip = make_clip(tmp_path / "c.mp4", 1.0, 440.0, (64, 48))
    ref = MediaRef(id="c", name="c.mp4", kind="video", duration_ms=1000, has_audio=True)
    draft = build_slideshow([ref], SlideshowOptions(resolution="480p", fade_out_ms=0))
    plan = plan_render(draft, lambda _: clip)
    render(plan, tmp_path / "heard.mp4", resolve=lambda _: clip)
    assert _has_audio_track(tmp_path / "heard.mp4")
    # the same file, planned as silent: the renderer believes the plan and probes nothing
    (span,) = plan.visuals
    mute = replace(plan, visuals=[replace(span, source=replace(span.source, has_audio=False))])
    result = render(mute, tmp_path / "mute.mp4", resolve=lambda _: clip)
    assert not _has_audio_track(tmp_path / "mute.mp4")
    assert result.frames == plan.frames == 30


def test_a_size_limit_plans_the_smaller_frame_its_budget_keeps_sharp() -> None:
    refs = [_photo("a", 1920, 1080), _photo("b", 1920, 1080)]
    draft = build_slideshow(refs, SlideshowOptions(seconds_per_photo=3.0, music=CALM))
    set_size_limit(draft, 1 * MB, "tiny")
    plan = make_plan(draft)
    assert plan.limit is not None and (plan.limit.bytes, plan.limit.label) == (MB, "tiny")
    smaller = plan.limit.smaller
    assert smaller is not None and (plan.w, plan.h) == (1920, 1080)
    assert (smaller.w, smaller.h) == (1280, 720) and smaller.frames == plan.frames
    assert plan.limit.note == (
        "made at 1280x720 instead of 1920x1080 so that it looks sharp within 1 MB, tiny's limit"
    )
    set_size_limit(draft, 100 * MB)
    roomy = make_plan(draft).limit
    assert roomy is not None and roomy.smaller is None and roomy.label is None


def test_a_plan_without_a_limit_carries_none_and_no_music_means_no_sound() -> None:
    plan = make_plan(build_slideshow([_photo("a")], SlideshowOptions()))
    assert plan.limit is None and plan.music is None and not plan.has_sound
    assert RATE == 48000 and samples(plan.frames, plan.fps) == round(plan.frames * 1600)


def test_a_plan_that_never_read_its_files_is_refused_before_anything_is_written(
    tmp_path: Path,
) -> None:
    photo = tmp_path / "p.png"
    Image.new("RGB", (64, 48), "teal").save(photo)
    draft = build_slideshow([_photo("p")], SlideshowOptions(resolution="480p"))
    with pytest.raises(RenderError, match=r"never read its files.*plan_render"):
        render(make_plan(draft), tmp_path / "out.mp4", resolve=lambda _: photo)
    assert list(tmp_path.iterdir()) == [photo]
    assert plan_render(draft, lambda _: photo).files_read
