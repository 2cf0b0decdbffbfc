"""English sentences that name a second thing only as context or to rule it out (issue #15,
nlu19enA): a photo as long as another item (never a move), "last" as a verb (never the last
item), "compared to the others" (never every photo), "not the title, the caption" (the other
one is meant), text that begins with "in"/"into" after "saying", the caption named by its photo
made bigger (never the photo's frame asked about)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does as _does
from harness import probe as _read


def _spp(seconds: float, index: int) -> list[dict[str, Any]]:
    return [{"kind": "seconds_per_photo", "seconds": seconds, "index": index}]


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("make the city pic as long as the party clip", _spp(8, 2)),
        ("make photo 2 twice as long as photo 1", _spp(6, 2)),
        ("the forest one should last as long as the beach one", _spp(3, 4)),
        ("the dog pic should stay up as long as the others", _spp(3, 3)),
        ("keep the clip on screen just as long as the city photo", _spp(3, 6)),
    ],
)
def test_a_photo_as_long_as_another_item_takes_its_time_never_moves(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def test_last_said_after_a_photo_is_a_verb_not_the_last_item() -> None:
    _does(
        "can the city photo last a bit longer",
        [{"kind": "seconds_per_photo", "factor": 1.25, "index": 2}],
    )


def test_compared_to_the_others_measures_one_photo_never_every_photo() -> None:
    _does("the garden pic is too short compared to the others give it 2 more seconds", _spp(5, 5))
    _does(
        "photo 3 is too long compared with the rest",
        [{"kind": "seconds_per_photo", "factor": 0.8, "index": 3}],
    )


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "not the title, the caption. make that bigger",
            [{"kind": "text_style", "target": "captions", "size": 1.25}],
        ),
        (
            "the caption not the title, make it yellow",
            [{"kind": "text_style", "target": "captions", "color": "yellow"}],
        ),
        ("not photo 2, photo 3. remove it", [{"kind": "remove", "index": 3}]),
        ("remove the clip not the dog photo", [{"kind": "remove", "index": 6}]),
        (
            "dont remove the dog photo, just move it to the end",
            [{"kind": "move", "index": 3, "to": "end"}],
        ),
    ],
)
def test_the_thing_ruled_out_with_not_gets_no_edit(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


def test_no_music_just_the_clip_sound_still_removes_the_music() -> None:
    reading = _read("no music, just the clip sound")
    assert any(edit.kind == "remove_music" for edit in reading.edits)


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("caption on photo 4 saying into the woods", "into the woods"),
        ("add a caption to the dog pic that says in the garden", "in the garden"),
    ],
)
def test_a_text_after_saying_keeps_its_first_in_or_into(text: str, caption: str) -> None:
    reading = _read(text)
    assert [getattr(edit, "text", None) for edit in reading.edits] == [caption]


@pytest.mark.parametrize(
    "text",
    [
        "make the caption on the city pic bigger",
        "the text on the second picture is hard to read, make it bigger",
    ],
)
def test_the_caption_named_by_its_photo_is_made_bigger_without_asking(text: str) -> None:
    _does(text, [{"kind": "text_style", "target": "captions", "size": 1.25}])


def test_a_photo_made_bigger_with_no_text_named_is_still_asked_about() -> None:
    assert _read("make photo 2 bigger").clarify


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("same transitions but a bit slower", [{"kind": "transition", "factor": 1.25}]),
        ("the same transitions, but slower", [{"kind": "transition", "factor": 1.25}]),
        ("keep the same music just make it quieter", [{"kind": "music_volume", "factor": 0.8}]),
    ],
)
def test_same_x_but_a_step_is_that_things_step_never_the_pace(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def test_zoom_in_more_on_one_photo_never_makes_that_photo_longer() -> None:
    reading = _read("zoom in more on the dog pic")
    assert not any(edit.kind == "seconds_per_photo" for edit in reading.edits)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("the photo after the beach one is blurry, remove it", [{"kind": "remove", "index": 2}]),
        ("remove the one after the dog pic", [{"kind": "remove", "index": 4}]),
        (
            "move the one after the dog pic to the start",
            [{"kind": "move", "index": 4, "to": "start"}],
        ),
        (
            "the one after the dog pic should be longer",
            [{"kind": "seconds_per_photo", "index": 4, "factor": 1.25}],
        ),
    ],
)
def test_the_photo_next_to_a_named_one_is_meant_never_the_named_one(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    "text", ["the one before the beach one is blurry remove it", "move one before the dog pic"]
)
def test_no_photo_there_or_a_bare_one_changes_nothing(text: str) -> None:
    assert not _read(text).edits


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "the song fade out is too long make it shorter",
            [{"kind": "music_fade", "fade_out_ms": 1600}],
        ),
        ("the song is too loud, turn it down a lot", [{"kind": "music_volume", "factor": 0.67}]),
        (
            "music fades out too fast at the end, make the fade longer",
            [{"kind": "music_fade", "fade_out_ms": 2500}],
        ),
        (
            "the clip is too loud compared to the music, mute it",
            [{"kind": "mute_clips", "on": True}],
        ),
    ],
)
def test_a_complaint_then_the_same_step_said_again_is_one_edit(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    "text",
    [
        "not the music fade, the video one, make it 2 secs",
        "not the music volume, the clip one, turn it down",
    ],
)
def test_a_correction_naming_no_pair_we_know_changes_nothing(text: str) -> None:
    assert not _read(text).edits


def test_the_caption_one_after_not_the_title_color_restyles_the_caption() -> None:
    _does(
        "not the title color, the caption one, make it yellow",
        [{"kind": "text_style", "target": "captions", "color": "yellow"}],
    )


@pytest.mark.parametrize(
    ("text", "index", "factor"),
    [
        ("the beach one is nice so make it longer than the others", 1, 1.25),
        ("the dog one, shorter than the rest pls", 3, 0.8),
    ],
)
def test_longer_than_the_others_is_one_photo(text: str, index: int, factor: float) -> None:
    _does(text, [{"kind": "seconds_per_photo", "index": index, "factor": factor}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("the title has to be bigger", [{"kind": "text_style", "target": "title", "size": 1.25}]),
        ("photo 2 has to be longer", [{"kind": "seconds_per_photo", "index": 2, "factor": 1.25}]),
        ("the title looks kinda small", [{"kind": "text_style", "target": "title", "size": 1.25}]),
        ("the caption looks big", [{"kind": "text_style", "target": "captions", "size": 0.8}]),
        ("the music is quiet", [{"kind": "music_volume", "factor": 1.25}]),
    ],
)
def test_needs_to_be_and_how_it_looks_never_become_the_text_or_the_same_step(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def test_big_enough_changes_nothing() -> None:
    assert not _read("the title is big enough").edits


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("the clip at the end is too loud, mute it", [{"kind": "mute_clips", "on": True}]),
        (
            "the beach one at the start should be longer",
            [{"kind": "seconds_per_photo", "index": 1, "factor": 1.25}],
        ),
    ],
)
def test_at_the_end_where_a_photo_already_is_only_says_which_never_moves(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)
