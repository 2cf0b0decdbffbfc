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
