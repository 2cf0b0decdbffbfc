"""A photo named by a word of its file name, as people name what they see ("the wine one" for
03_Wine_by_Jakkub_Mede.jpg); a word several photos share names none."""

from __future__ import annotations

import pytest

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import Edit, Move, Remove, Swap
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow

NAMES = [
    "01_sunset_by_Aitzol_Berasategi.jpg",
    "02_Dragonfly_by_Bolly.jpg",
    "03_Wine_by_Jakkub_Mede.jpg",
    "IMG_2041.jpg",
    "06_market_by_Aitzol_Berasategi.jpg",
]
REFS = [
    MediaRef(id=f"m{i}", name=name, kind="image", width=4000, height=3000)
    for i, name in enumerate(NAMES, 1)
]
MEDIA = {ref.id: ref for ref in REFS}


@pytest.mark.parametrize(
    ("text", "edits"),
    [
        ("put the wine one at the very end", [Move(index=3, to="end")]),
        ("swap the sunset and the wine", [Swap(i=1, j=3)]),
        ("get rid of the dragonfly pic", [Remove(name="02_Dragonfly_by_Bolly.jpg")]),
    ],
)
def test_a_word_of_one_file_name_names_that_photo(text: str, edits: list[Edit]) -> None:
    draft = build_slideshow(REFS, SlideshowOptions())
    assert read(text, draft, MEDIA).edits == edits


@pytest.mark.parametrize("text", ["move the aitzol photo to the end", "delete the berasategi one"])
def test_a_word_several_names_share_names_no_photo(text: str) -> None:
    draft = build_slideshow(REFS, SlideshowOptions())
    reading = read(text, draft, MEDIA)
    assert not reading.edits
