"""Fits after a change of frame shape: defaults follow the shape, the person's choice stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from photo_video_maker.model.draft import Draft
from photo_video_maker.model.edits import SetAspect, SetFit, apply_edits
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow

LADYBIRD = "08_LadyBird_by_Charles_Barbin.jpg"
PORTRAIT = MediaRef(id="m2", name="tower.jpg", kind="image", width=2250, height=4000)


@pytest.fixture
def ladybird(photos_dir: Path) -> MediaRef:
    """The ladybird photo as the model knows it: its real, landscape size (2560x1600)."""
    from PIL import Image

    with Image.open(photos_dir / LADYBIRD) as image:
        width, height = image.size
    assert width > height
    return MediaRef(id="m1", name=LADYBIRD, kind="image", width=width, height=height)


def fits(draft: Draft) -> list[str]:
    track = draft.video_track()
    assert track is not None
    return [seg.m.fit for seg in track.sg]


def test_a_landscape_photo_covered_at_16_9_is_shown_whole_after_a_change_to_9_16(
    ladybird: MediaRef,
) -> None:
    media = {ref.id: ref for ref in (ladybird, PORTRAIT)}
    draft = build_slideshow([ladybird, PORTRAIT], SlideshowOptions(aspect="16:9"))
    assert fits(draft) == ["cover", "blur"]  # the ladybird's shape is close to 16:9

    portrait, _ = apply_edits(draft, [SetAspect(aspect="9:16")], media)
    assert fits(portrait) == ["blur", "cover"]  # ladybird whole; the tall photo fills 9:16

    back, _ = apply_edits(portrait, [SetAspect(aspect="16:9")], media)
    assert fits(back) == ["cover", "blur"]


def test_a_fit_the_person_chose_survives_every_change_of_aspect(ladybird: MediaRef) -> None:
    media = {ref.id: ref for ref in (ladybird, PORTRAIT)}
    draft = build_slideshow([ladybird, PORTRAIT], SlideshowOptions(aspect="16:9"))
    chosen, _ = apply_edits(draft, [SetFit(fit="contain", index=2)], media)

    for shape in ("9:16", "1:1", "16:9"):
        chosen, _ = apply_edits(chosen, [SetAspect(aspect=shape)], media)
        assert fits(chosen)[1] == "contain"
    assert fits(chosen)[0] == "cover"


def test_a_fit_chosen_for_every_photo_at_the_start_survives_a_change_of_aspect(
    ladybird: MediaRef,
) -> None:
    media = {ref.id: ref for ref in (ladybird, PORTRAIT)}
    draft = build_slideshow([ladybird, PORTRAIT], SlideshowOptions(aspect="16:9", fit="cover"))

    portrait, _ = apply_edits(draft, [SetAspect(aspect="9:16")], media)
    assert fits(portrait) == ["cover", "cover"]


def test_a_photo_the_edit_does_not_know_is_shown_whole_after_a_change_of_aspect(
    ladybird: MediaRef,
) -> None:
    draft = build_slideshow([ladybird], SlideshowOptions(aspect="16:9"))

    portrait, _ = apply_edits(draft, [SetAspect(aspect="9:16")], {})
    assert fits(portrait) == ["blur"]


def test_the_ladybird_uploaded_and_turned_vertical_is_shown_whole(
    photos_dir: Path, tmp_path: Path
) -> None:
    from photo_video_maker.backends.local import LocalBackend
    from photo_video_maker.config import Settings

    backend = LocalBackend(Settings(home=tmp_path / "home"))
    sid = backend.upload([str(photos_dir / LADYBIRD)], [], [], None).session_id
    assert fits(backend.state(sid).draft) == ["cover"]

    backend.edit("make it vertical", sid)
    assert fits(backend.state(sid).draft) == ["blur"]
