"""English visuals and arrangement as people put them: how the photos fill the frame, the
transitions, moving and swapping photos by name, the title and the closing text, the shape."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))

from harness import DATES, MEDIA, assert_does, fixture, outcome, probe

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import Move, Undo
from photo_video_maker.model.edits import apply_edits


@pytest.mark.parametrize(
    "text",
    [
        "zoom in on the pics so there arent any borders",
        "zoom in so there are no borders",
        "make them cover the whole screen",
        "no black on the sides",
    ],
)
def test_borders_said_as_what_must_go_fill_the_frame(text: str) -> None:
    assert_does(text, [{"kind": "fit", "fit": "cover"}])


def test_a_zoom_and_a_fill_joined_by_and_are_two_requests() -> None:
    reading = probe("zoom in slowly and fill the screen")
    assert [e.kind for e in reading.edits] == ["motion", "fit"]


@pytest.mark.parametrize(
    "text",
    [
        "show the whole of each photo pls even if theres black around it",
        "i want the whole picture visible",
        "make sure nothing gets cropped",
        "fit them to the screen",
    ],
)
def test_the_whole_photo_said_many_ways_shows_it_with_bars(text: str) -> None:
    assert_does(text, [{"kind": "fit", "fit": "contain"}])


def test_dont_zoom_in_on_one_photo_to_see_all_of_it_shows_that_photo_whole() -> None:
    assert_does(
        "dont zoom in on the forest one, i want to see all of it",
        [{"kind": "fit", "fit": "contain", "index": 4}],
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("fade thru white between pics", "fadewhite"),
        ("can we do white flashes between pics instead of the dissolve", "fadewhite"),
        ("no fancy transitions pls just straight cuts", "none"),
        ("plain cut between photos", "none"),
    ],
)
def test_transitions_named_as_people_type_them(text: str, name: str) -> None:
    assert_does(text, [{"kind": "transition", "name": name}])


@pytest.mark.parametrize(
    "text",
    [
        "transitions are kinda abrupt",
        "the transitions are a bit abrupt",
        "make the transitions smoother, theyre kinda abrupt",
    ],
)
def test_abrupt_transitions_as_a_complaint_make_them_gentler(text: str) -> None:
    assert_does(text, [{"kind": "transition", "factor": 1.25}])


def test_abrupt_transitions_as_a_wish_make_them_sharper() -> None:
    assert_does("make the transitions abrupt", [{"kind": "transition", "factor": 0.8}])


def test_up_on_the_way_to_first_is_no_step_of_one_place() -> None:
    assert_does("bump the garden one up to first", [{"kind": "move", "index": 5, "to": "start"}])


def test_two_photos_in_the_wrong_order_change_places() -> None:
    assert_does(
        "the beach and city pics are in the wrong order", [{"kind": "swap", "i": 1, "j": 2}]
    )


def test_the_photos_in_the_wrong_order_without_two_named_change_nothing() -> None:
    assert not probe("the photos are in the wrong order").edits


def test_it_moved_elsewhere_instead_is_the_photo_just_moved() -> None:
    first = [Move(index=3, to="start")]
    draft = apply_edits(fixture(), first, MEDIA, DATES)[0]
    reading = read("hmm actually put it at the end instead", draft, MEDIA, first)
    moved_dog_to_end = [Move(index=3, to="end")]
    assert outcome(draft, reading.edits) == outcome(fixture(), moved_dog_to_end)


def test_another_photo_named_instead_is_numbered_as_before_the_move() -> None:
    first = [Move(index=3, to="start")]
    draft = apply_edits(fixture(), first, MEDIA, DATES)[0]
    reading = read("no move the city one to the start instead", draft, MEDIA, first)
    assert isinstance(reading.edits[0], Undo)
    assert outcome(fixture(), reading.edits[1:]) == outcome(fixture(), [Move(index=2, to="start")])


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("intro card saying Welcome", "title", "Welcome"),
        ("end card with Thanks for watching", "closing", "Thanks for watching"),
        ("finish with a message saying we love you grandma", "closing", "we love you grandma"),
        ("end on a text that says miss you", "closing", "miss you"),
        ("swap the title for Lake Days", "title", "Lake Days"),
    ],
)
def test_titles_and_closings_as_people_put_them(text: str, kind: str, words: str) -> None:
    assert_does(text, [{"kind": kind, "text": words}])


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("square for the feed", "1:1"),
        ("for the grid", "1:1"),
        ("cinematic wide 21:9 pls", "21:9"),
        ("make it cinematic wide", "21:9"),
    ],
)
def test_shapes_named_by_where_they_go(text: str, shape: str) -> None:
    assert_does(text, [{"kind": "aspect", "aspect": shape}])


@pytest.mark.parametrize(
    "text", ["not crossfade", "anything but crossfades", "something other than crossfade"]
)
def test_a_transition_said_as_not_wanted_asks_which_other(text: str) -> None:
    reading = probe(text)
    assert not reading.edits
    names = [option.edits[0].name for option in reading.clarify]  # type: ignore[union-attr]
    assert names and "crossfade" not in names


def test_a_different_transition_offers_every_one_in_the_usual_order() -> None:
    reading = probe("try a different transition")
    names = [option.edits[0].name for option in reading.clarify]  # type: ignore[union-attr]
    assert names[:3] == ["crossfade", "fadeblack", "slideleft"]  # "3" answers "slide"


def test_write_the_end_in_capitals_keeps_them() -> None:
    assert_does("write THE END at the end", [{"kind": "closing", "text": "THE END"}])


@pytest.mark.parametrize(
    "text", ["make the pictures bigger so they fill the screen", "can you remove the borders"]
)
def test_photos_made_bigger_to_fill_or_borders_removed_fill_the_frame(text: str) -> None:
    assert_does(text, [{"kind": "fit", "fit": "cover"}])


@pytest.mark.parametrize("text", ["no crossfade pls", "dont use crossfade"])
def test_no_crossfade_is_no_transitions_never_the_videos_fade_out(text: str) -> None:
    assert_does(text, [{"kind": "transition", "name": "none"}])
