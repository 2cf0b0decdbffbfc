"""Korean (Hangul) and emoji in titles are drawn with glyphs, never as empty boxes."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.model.plan import make_plan
from photo_video_maker.planner import plan_render
from photo_video_maker.render import fonts
from photo_video_maker.render.engine import render
from photo_video_maker.render.overlay import style_of
from photo_video_maker.render.text import render_text

from support import decode_video, save_photo

TITLE = "서울의 봄 🌸🎉"
NOTDEF = "\U0010fffd"  # no font maps it: what a missing character looks like


@pytest.fixture
def bundled_fonts_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This machine's own fonts hidden: what a machine without Korean or emoji fonts gets."""
    caches = [fonts.choose_font, fonts._cjk_bold_faces, fonts._emoji_faces, render_text]
    for cached in caches:
        cached.cache_clear()
    monkeypatch.setattr(fonts, "system_font_files", lambda: ())
    yield
    for cached in caches:
        cached.cache_clear()


def _shape(text: str) -> np.ndarray:
    return render_text(text, 640, 360).rgba[..., 3]


@pytest.mark.parametrize("text", ["서울의 봄", "한글 2026", "🌸🎉😀❤️👍🍕⚽"])
def test_hangul_and_emoji_have_a_bundled_font(text: str, bundled_fonts_only: None) -> None:
    choice = fonts.choose_font(text)
    assert choice.missing == "" and choice.warning is None


def test_each_hangul_and_emoji_character_draws_its_own_shape_not_the_notdef_box(
    bundled_fonts_only: None,
) -> None:
    box = _shape(NOTDEF)
    shapes = {c: _shape(c) for c in "서울봄한글🌸🎉😀🍕"}
    for c, shape in shapes.items():
        assert shape.shape != box.shape or np.abs(shape.astype(int) - box).mean() > 5, c
    # boxes would all look alike; glyphs differ from one another
    distinct = {shape.tobytes() for shape in shapes.values()}
    assert len(distinct) == len(shapes)


def test_a_character_no_font_has_is_named_in_a_warning(
    bundled_fonts_only: None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="photo_video_maker.text"):
        overlay = render_text("Hi 🫠", 640, 360)  # Unicode 14: newer than the bundled emoji
    assert overlay.warning is not None and "melting face" in overlay.warning
    assert "may show as boxes" in overlay.warning
    assert any("melting face" in r.getMessage() for r in caplog.records)


@pytest.mark.slow
def test_a_title_in_korean_with_emoji_renders_glyphs_end_to_end(
    tmp_path: Path, bundled_fonts_only: None
) -> None:
    grey = np.full((480, 854, 3), 70, np.uint8)
    files = {"g": save_photo(tmp_path / "grey.png", grey)}
    opts = SlideshowOptions(
        resolution="480p", seconds_per_photo=1.0, motion=False, title=TITLE, fade_out_ms=0
    )
    ref = MediaRef(id="g", name="grey.png", kind="image", width=854, height=480)
    out = tmp_path / "title.mp4"
    result = render(
        plan_render(build_slideshow([ref], opts), files.__getitem__), out, resolve=files.__getitem__
    )
    assert not [w for w in result.warnings if "glyphs" in w], result.warnings
    frames, _ = decode_video(out)
    frame = frames[len(frames) // 2].astype(float)
    Image.fromarray(frames[len(frames) // 2]).save(tmp_path / "title.png")  # to look at
    draft = build_slideshow([ref], opts)
    span = make_plan(draft).texts[0]
    overlay = render_text(span.text, 854, 480, style_of(span.style))  # as the renderer made it
    oh, ow = overlay.rgba.shape[:2]
    where = np.s_[overlay.y : overlay.y + oh, overlay.x : overlay.x + ow]
    alpha = overlay.rgba[..., 3:] / 255
    expected = overlay.rgba[..., :3] * alpha + 70 * (1 - alpha)  # the overlay over the grey
    assert (overlay.rgba[..., 3] > 200).sum() > 2000
    # the frame shows the overlay's glyphs (white, outlined) and nothing outside it
    assert np.abs(frame[where] - expected).mean() < 8
    assert (frame[where].min(axis=2) > 200).sum() > 1000
    outside = np.ones(frame.shape[:2], bool)
    outside[where] = False
    assert np.abs(frame.astype(int) - 70).max(axis=2)[outside].max() < 20
