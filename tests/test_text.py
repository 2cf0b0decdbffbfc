"""Title text: font choice and coverage, layout inside the safe area, backdrops, colours."""

from __future__ import annotations

import logging
import math
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from photo_video_maker.render import fonts
from photo_video_maker.render.text import TextOverlay, TextStyle, parse_color, render_text

FRAMES = [(1920, 1080), (1080, 1920), (1080, 1080), (854, 480)]
POSITIONS = ["top", "center", "bottom"]
BACKDROPS = ["outline", "shadow", "box", "none"]
LONG_SENTENCE = (
    "We spent the whole summer by the sea, swimming every morning and eating ice cream "
    "every afternoon until it was over"
)


def assert_inside_safe_area(ov: TextOverlay, w: int, h: int) -> None:
    oh, ow = ov.rgba.shape[:2]
    assert ov.x >= math.ceil(0.05 * w) and ov.x + ow <= math.floor(0.95 * w), (ov.x, ow, w)
    assert ov.y >= math.ceil(0.05 * h) and ov.y + oh <= math.floor(0.95 * h), (ov.y, oh, h)


def assert_even_and_well_formed(ov: TextOverlay) -> None:
    oh, ow = ov.rgba.shape[:2]
    assert ov.x % 2 == 0 and ov.y % 2 == 0 and ow % 2 == 0 and oh % 2 == 0
    assert ov.rgba.dtype == np.uint8 and ov.rgba.shape[2] == 4
    assert ov.rgba.flags.c_contiguous and not ov.rgba.flags.writeable


def test_cjk_title_with_digits_is_fully_covered_by_the_bundled_fonts() -> None:
    choice = fonts.choose_font("夏天 2026")
    assert choice.missing == ""
    assert choice.warning is None
    # Every run is drawn with a face that really has its characters (DejaVu for the digits,
    # Droid for the Han characters, unless a system font covers both).
    runs = fonts.split_runs("夏天 2026", choice)
    assert "".join(run for run, _ in runs) == "夏天 2026"
    assert all(fonts.covers(face, c) for run, face in runs for c in run)


def test_coverage_probe_tells_real_glyphs_from_notdef() -> None:
    dejavu, droid = fonts.FontFace(fonts.DEJAVU_BOLD), fonts.FontFace(fonts.DROID_FALLBACK)
    assert fonts.covers(dejavu, "A") and fonts.covers(dejavu, "Ж") and fonts.covers(dejavu, "λ")
    assert not fonts.covers(dejavu, "夏")
    assert fonts.covers(droid, "夏") and not fonts.covers(droid, "\U0010fffd")
    assert fonts.covers(dejavu, " ") and fonts.covers(droid, "\u0301")  # never need a glyph


def test_cjk_characters_render_as_distinct_glyphs_not_boxes() -> None:
    summer, sky = render_text("夏", 1280, 720), render_text("天", 1280, 720)
    box = render_text("\U0010fffd", 1280, 720)
    alphas = [o.rgba[..., 3] for o in (summer, sky, box)]
    for i, j in [(0, 1), (0, 2), (1, 2)]:
        assert alphas[i].shape != alphas[j].shape or not np.array_equal(alphas[i], alphas[j])
    assert summer.warning is None and box.warning is not None


def test_latin_title_picks_dejavu_bold_alone() -> None:
    choice = fonts.choose_font("Summer Holiday 2026 — Привет, Ελλάδα!")
    assert choice.path.name == "DejaVuSans-Bold.ttf"
    assert choice.fallbacks == () and choice.missing == ""
    assert render_text("Summer Holiday", 1920, 1080).font.name == "DejaVuSans-Bold.ttf"


@pytest.mark.parametrize(("w", "h"), FRAMES)
@pytest.mark.parametrize("pos", POSITIONS)
def test_overlay_stays_inside_the_safe_area_for_every_position_and_frame(
    w: int, h: int, pos: str
) -> None:
    for backdrop in BACKDROPS:
        ov = render_text("Summer 2026 夏天", w, h, TextStyle(pos=pos, backdrop=backdrop))  # type: ignore[arg-type]
        assert_inside_safe_area(ov, w, h)
        assert_even_and_well_formed(ov)


@pytest.mark.parametrize(("w", "h"), FRAMES)
def test_top_and_bottom_titles_sit_about_eight_percent_from_the_edge(w: int, h: int) -> None:
    top = render_text("Top", w, h, TextStyle(pos="top"))
    bottom = render_text("Bottom", w, h, TextStyle(pos="bottom"))
    assert abs(top.y - 0.08 * h) <= 2
    assert abs(bottom.y + bottom.rgba.shape[0] - 0.92 * h) <= 2


@pytest.mark.parametrize(("w", "h"), FRAMES)
def test_a_long_sentence_wraps_onto_several_lines_and_stays_inside(w: int, h: int) -> None:
    one_line = render_text("Summer", w, h)
    ov = render_text(LONG_SENTENCE, w, h)
    assert ov.rgba.shape[0] >= 2 * one_line.rgba.shape[0]
    assert ov.warning is None  # wrapped (and maybe shrunk), never shortened
    assert_inside_safe_area(ov, w, h)


def test_chinese_without_spaces_wraps_between_characters() -> None:
    text = "我们的夏天在海边度过了最美好的时光还有很多很多故事想要讲给你听"
    ov = render_text(text, 1080, 1920)
    assert ov.rgba.shape[0] >= 2 * render_text("夏天", 1080, 1920).rgba.shape[0]
    assert ov.warning is None
    assert_inside_safe_area(ov, 1080, 1920)


@pytest.mark.parametrize(("w", "h"), FRAMES)
def test_a_single_very_long_word_shrinks_or_ellipsizes_but_stays_inside(w: int, h: int) -> None:
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 4
    ov = render_text(word, w, h, TextStyle(max_lines=1))
    assert_inside_safe_area(ov, w, h)
    assert_even_and_well_formed(ov)
    assert ov.rgba.shape[0] < render_text("Pneu", w, h).rgba.shape[0]  # it got smaller


def test_text_that_cannot_fit_is_ellipsized_and_says_so() -> None:
    ov = render_text("word " * 400, 854, 480, TextStyle(max_lines=2))
    assert ov.warning is not None and "shortened" in ov.warning
    assert_inside_safe_area(ov, 854, 480)


def test_explicit_newline_starts_a_new_line() -> None:
    same_line, two_lines = (
        render_text("Hello World", 1920, 1080),
        render_text("Hello\nWorld", 1920, 1080),
    )
    assert two_lines.rgba.shape[0] > 1.8 * same_line.rgba.shape[0]
    assert two_lines.rgba.shape[1] < same_line.rgba.shape[1]


def test_edges_are_anti_aliased() -> None:
    alpha = render_text("Smooth edges", 1280, 720, TextStyle(backdrop="none")).rgba[..., 3]
    partial = np.count_nonzero((alpha > 10) & (alpha < 245))
    assert partial > 0.02 * np.count_nonzero(alpha)


def test_outline_puts_a_dark_edge_around_light_text() -> None:
    rgba = render_text("Contrast", 1280, 720).rgba.astype(int)
    solid = rgba[rgba[..., 3] > 200][:, :3].sum(axis=1)  # the outline is ~90% opaque
    assert np.count_nonzero(solid > 700) > 100 and np.count_nonzero(solid < 90) > 100


def test_dark_text_gets_a_light_outline() -> None:
    rgba = render_text("Dark", 1280, 720, TextStyle(color=(0, 0, 0))).rgba.astype(int)
    opaque = rgba[rgba[..., 3] > 200][:, :3].sum(axis=1)
    assert np.count_nonzero(opaque > 600) > 100


def test_box_backdrop_is_semi_transparent() -> None:
    alpha = render_text("In a box", 1280, 720, TextStyle(backdrop="box")).rgba[..., 3]
    semi = np.count_nonzero((alpha > 100) & (alpha < 200))
    assert semi > 0.3 * alpha.size
    assert alpha[alpha.shape[0] // 2, 2] > 100  # the box, not just the glyphs, fills the sides


def test_shadow_backdrop_is_soft() -> None:
    alpha = render_text("Shadow", 1280, 720, TextStyle(backdrop="shadow")).rgba[..., 3]
    assert len(np.unique(alpha)) > 64


def test_results_are_cached_and_read_only() -> None:
    first = render_text("Cached", 1280, 720)
    assert render_text("Cached", 1280, 720) is first
    with pytest.raises(ValueError):
        first.rgba[0, 0, 0] = 1


def test_emoji_and_unassigned_characters_still_render_and_report_missing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    text = "Party 🎉 \U0010fffd unique-caplog-text"
    with caplog.at_level(logging.WARNING, logger="photo_video_maker.text"):
        ov = render_text(text, 1280, 720)
    assert "\U0010fffd" in fonts.choose_font(text).missing
    assert ov.warning is not None and "may show as boxes" in ov.warning
    assert any("may show as boxes" in r.getMessage() for r in caplog.records)
    assert_inside_safe_area(ov, 1280, 720)


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\x00\x07", "a\u2029b\x85c", "\ud800 lone"])
def test_empty_or_odd_text_does_not_raise(text: str) -> None:
    ov = render_text(text, 854, 480)
    assert_inside_safe_area(ov, 854, 480)
    assert_even_and_well_formed(ov)


def test_random_mixed_text_always_stays_inside() -> None:
    rng = random.Random(7)
    alphabet = (
        list("abcdefghij ABCXYZ 0123 ,.!?-") + list("夏天我们的海边，。") + ["\n", "é", "😀", "ü"]
    )
    for i in range(24):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 120)))
        w, h = FRAMES[i % 4]
        style = TextStyle(
            pos=POSITIONS[i % 3],  # type: ignore[arg-type]
            backdrop=BACKDROPS[i % 4],  # type: ignore[arg-type]
            align=("left", "center", "right")[i % 3],
            size=rng.choice([0.05, 0.08, 0.15]),
            max_lines=rng.randint(1, 5),
        )
        ov = render_text(text, w, h, style)
        assert_inside_safe_area(ov, w, h)
        assert_even_and_well_formed(ov)


def test_left_and_right_aligned_titles_hug_the_safe_edges() -> None:
    left = render_text("Left", 1920, 1080, TextStyle(align="left"))
    right = render_text("Right", 1920, 1080, TextStyle(align="right"))
    assert left.x == 96
    assert right.x + right.rgba.shape[1] == 1824


def test_portrait_titles_are_sized_by_width_not_height() -> None:
    landscape = render_text("Title", 1920, 1080).rgba.shape[0]
    portrait = render_text("Title", 1080, 1920).rgba.shape[0]
    assert 1.1 * landscape < portrait < 1.5 * landscape


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("#fff", (255, 255, 255)),
        ("#ffcc00", (255, 204, 0)),
        ("FFCC00", (255, 204, 0)),
        ("white", (255, 255, 255)),
        (" Black ", (0, 0, 0)),
        ("白色", (255, 255, 255)),
        ("黑色", (0, 0, 0)),
        ((10, 20, 30), (10, 20, 30)),
    ],
)
def test_parse_color_accepts_hex_names_and_tuples(
    value: str | tuple[int, int, int], expected: tuple[int, int, int]
) -> None:
    assert parse_color(value) == expected


def test_every_named_colour_parses_in_english_and_chinese() -> None:
    names = ["white", "yellow", "red", "black", "gold", "pink", "blue", "green", "orange"]
    chinese = ["白色", "黄色", "红色", "黑色", "金色", "粉色", "蓝色", "绿色", "橙色"]
    for name, zh in zip([*names, "purple"], [*chinese, "紫色"], strict=True):
        assert parse_color(name) == parse_color(zh)


@pytest.mark.parametrize("value", ["chartreuse-ish", "#ggg", "#12345", "", (1, 2), (0, 0, 256)])
def test_parse_color_rejects_unknown_values_listing_known_names(
    value: str | tuple[int, int, int],
) -> None:
    with pytest.raises(ValueError, match=r"white|0-255"):
        parse_color(value)


@pytest.mark.parametrize(
    "kwargs", [{"size": 0}, {"size": -1}, {"max_lines": 0}, {"color": (300, 0, 0)}]
)
def test_invalid_styles_are_rejected(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        TextStyle(**kwargs)  # type: ignore[arg-type]


@pytest.fixture
def fresh_font_caches() -> Iterator[None]:
    caches = [fonts.choose_font, fonts._cjk_bold_faces, fonts.system_font_files, render_text]
    for cached in caches:
        cached.cache_clear()
    yield
    for cached in caches:
        cached.cache_clear()


def test_a_bold_system_cjk_font_is_preferred_over_the_bundled_fallback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_font_caches: None
) -> None:
    system_cjk = tmp_path / "NotoSansCJK-Bold.ttc"  # stands in for the real Noto CJK Bold
    shutil.copy(fonts.DROID_FALLBACK, system_cjk)
    monkeypatch.setattr(fonts, "system_font_files", lambda: (system_cjk,))
    assert fonts.choose_font("夏天").path == system_cjk
    assert fonts.choose_font("Summer").path == fonts.DEJAVU_BOLD
