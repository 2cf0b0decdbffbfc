"""The end card's own time: a closing text comes after the last photo (which is seen sharp
for all of its time), the video's length counts it, and a total asked for includes it (pure,
and once through the CLI)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from photo_video_maker.model.draft import Draft
from photo_video_maker.model.edits import (
    RemoveText,
    SetClosing,
    SetSecondsPerPhoto,
    SetTotalLength,
    apply_edits,
)
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.model.plan import make_plan

from support import decode_video, gradient, save_photo

MEDIA = {
    f"m{i}": MediaRef(id=f"m{i}", name=f"p{i}.jpg", kind="image", width=1600, height=900)
    for i in range(4)
}


def _show() -> tuple[Draft, dict[str, MediaRef]]:
    options = SlideshowOptions(seconds_per_photo=3, transition="none")
    return build_slideshow(list(MEDIA.values()), options), MEDIA


def test_a_closing_text_comes_after_the_last_photo_and_lengthens_the_video_by_its_card() -> None:
    draft, media = _show()
    assert draft.d == 12_000
    closed, _ = apply_edits(draft, [SetClosing(text="Love, Dad")], media)
    (text,) = closed.text_track().sg
    last = closed.video_track().sg[-1]
    assert (last.s, last.end) == (9_000, 12_000)  # the last photo keeps its own 3 s
    assert (text.s, text.end) == (12_000, 15_000) and closed.d == 15_000
    assert closed.bgm_track() is None or closed.bgm_track().sg[0].end == 15_000


def test_the_plan_keeps_the_last_photo_under_the_card_to_the_end() -> None:
    draft, media = _show()
    closed, _ = apply_edits(draft, [SetClosing(text="The end")], media)
    plan = make_plan(closed)
    assert plan.frames == 15 * 30
    assert plan.visuals[-1].start == 9 * 30 and plan.visuals[-1].end == plan.frames
    (text,) = plan.texts
    assert (text.start, text.end) == (12 * 30, 15 * 30)


def test_a_total_length_asked_for_includes_the_end_card() -> None:
    draft, media = _show()
    done, _ = apply_edits(draft, [SetClosing(text="Bye"), SetTotalLength(seconds=20)], media)
    assert done.d == 20_000
    assert done.video_track().sg[-1].end == 17_000 and done.text_track().sg[0].end == 20_000


def test_removing_the_closing_text_gives_the_card_time_back() -> None:
    draft, media = _show()
    closed, _ = apply_edits(draft, [SetClosing(text="Bye"), SetSecondsPerPhoto(seconds=4)], media)
    assert closed.d == 16_000 + 3_000
    opened, _ = apply_edits(closed, [RemoveText(which="closing")], media)
    assert opened.d == 16_000


def test_the_cli_fits_a_total_length_with_a_closing_text_to_the_total(tmp_path: Path) -> None:
    # the closing text is set before the photos' times are fitted: 6 s is 6 s, card included
    photos = []
    for i in range(3):
        photos.append(tmp_path / f"p{i}.jpg")
        save_photo(photos[-1], gradient(320, 180, seed=i))
    out = tmp_path / "closing.mp4"
    args = [str(Path(sys.executable).with_name("photo-video-maker")), "make", *map(str, photos)]
    args += ["-o", str(out), "--resolution", "480p", "--length", "6", "--closing", "Bye"]
    done = subprocess.run([*args, "--music", "none", "--quiet"], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    _, facts = decode_video(out)
    assert facts["frames"] == 6 * 30
