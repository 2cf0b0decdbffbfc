"""English phrasings found by chatting as a person would (second round): lengths said after a
colon or as "slide duration", halved fades, greetings as a text, the order said as what to end
with, complaints said "kinda", who asks ("my niece says ..."), a file that has to fit in an
email, follow-ups that rewrite the text just written, and sentences that used to change
something other than what was asked (YouTube Shorts for "short", the old-photo look for "go
back to the old one")."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import Edit, Remove, SetCaption, SetTitle, Undo
from photo_video_maker.model.edits import apply_edits

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, assert_does, fixture, probe

LENGTHS: list[tuple[str, list[dict[str, Any]]]] = [
    ("photo 4: 5 seconds", [{"kind": "seconds_per_photo", "index": 4, "seconds": 5}]),
    ("photo 2: 3 secs, photo 4: 5 seconds", [
        {"kind": "seconds_per_photo", "index": 2, "seconds": 3},
        {"kind": "seconds_per_photo", "index": 4, "seconds": 5}]),
    ("set slide duration to 4", [{"kind": "seconds_per_photo", "seconds": 4}]),
    ("slide duration 4", [{"kind": "seconds_per_photo", "seconds": 4}]),
    ("photo duration: 5", [{"kind": "seconds_per_photo", "seconds": 5}]),
    ("change slide duration to 6 secs", [{"kind": "seconds_per_photo", "seconds": 6}]),
    ("set the photo length to 4", [{"kind": "seconds_per_photo", "seconds": 4}]),
    ("make the picture time 3", [{"kind": "seconds_per_photo", "seconds": 3}]),
    ("make the dog pic 1 second", [{"kind": "seconds_per_photo", "index": 3, "seconds": 1}]),
    ("i barely have time to see each photo", [{"kind": "speed", "factor": 1.25}]),
    ("there is not enough time to see the pics", [{"kind": "speed", "factor": 1.25}]),
    ("this is taking forever", [{"kind": "speed", "factor": 0.8}]),
    ("it's a bit slow and draggy", [{"kind": "speed", "factor": 0.8}]),
    ("it is kinda slow and draggy", [{"kind": "speed", "factor": 0.8}]),
    ("the pics are kinda slow", [{"kind": "speed", "factor": 0.8}]),
    ("photo 1 6 seconds, all the others 2 seconds", [
        {"kind": "seconds_per_photo", "seconds": 2},
        {"kind": "seconds_per_photo", "index": 1, "seconds": 6}]),
    ("make photo 3 5 seconds and the rest 2", [
        {"kind": "seconds_per_photo", "seconds": 2},
        {"kind": "seconds_per_photo", "index": 3, "seconds": 5}]),
    ("photos 2-4 at 3 seconds", [
        {"kind": "seconds_per_photo", "index": n, "seconds": 3} for n in (2, 3, 4)]),
    ("photos 2 to 4 at 3 seconds", [
        {"kind": "seconds_per_photo", "index": n, "seconds": 3} for n in (2, 3, 4)]),
    ("cut it from 30 to 20 seconds", [{"kind": "total_length", "seconds": 20}]),
    ("hold each photo a beat longer", [{"kind": "seconds_per_photo", "factor": 1.25}]),
    ("linger a bit longer on the dog photo", [
        {"kind": "seconds_per_photo", "index": 3, "factor": 1.25}]),
    ("linger a moment longer on the dog photo", [
        {"kind": "seconds_per_photo", "index": 3, "factor": 1.25}]),
    ("the first one 5s and the rest 3s", [
        {"kind": "seconds_per_photo", "seconds": 3},
        {"kind": "seconds_per_photo", "index": 1, "seconds": 5}]),
]  # fmt: skip

FADES: list[tuple[str, list[dict[str, Any]]]] = [
    ("cut the fades in half", [{"kind": "transition", "factor": 0.5}]),
    ("fades in half please", [{"kind": "transition", "factor": 0.5}]),
    ("halve the fades", [{"kind": "transition", "factor": 0.5}]),
    ("make the fades half as long", [{"kind": "transition", "factor": 0.5}]),
    ("the crossfades take way too long", [{"kind": "transition", "factor": 0.67}]),
    ("the fades are kinda long", [{"kind": "transition", "factor": 0.8}]),
]

TEXTS: list[tuple[str, list[dict[str, Any]]]] = [
    ("add the title Hello", [{"kind": "title", "text": "Hello"}]),
    ("change the title to Hello", [{"kind": "title", "text": "Hello"}]),
    ("add a title hey there", [{"kind": "title", "text": "hey there"}]),
    ("end with thank you", [{"kind": "closing", "text": "thank you"}]),
    ("add the caption Hello to photo 1", [{"kind": "caption", "index": 1, "text": "Hello"}]),
    ("add a caption to the dog photo saying Max", [
        {"kind": "caption", "index": 3, "text": "Max"}]),
    ("put a caption on the beach pic that says Sunny day", [
        {"kind": "caption", "index": 1, "text": "Sunny day"}]),
    ("give the forest photo a caption saying Into the woods", [
        {"kind": "caption", "index": 4, "text": "Into the woods"}]),
    ("no text on the photos", [{"kind": "remove_text", "which": "all"}]),
    ("id like the title to be bigger and at the bottom", [
        {"kind": "text_style", "target": "title", "size": 1.25},
        {"kind": "text_style", "target": "title", "pos": "bottom"}]),
    ("the title should be yellow and bigger", [
        {"kind": "text_style", "target": "title", "color": "yellow"},
        {"kind": "text_style", "target": "title", "size": 1.25}]),
    ("the title should be Summer and Sun", [{"kind": "title", "text": "Summer and Sun"}]),
    ("label photo 5 as our garden", [{"kind": "caption", "index": 5, "text": "our garden"}]),
    ("put photo 3 as Beach Fun", [{"kind": "caption", "index": 3, "text": "Beach Fun"}]),
    ("i dont want any text on the pics", [{"kind": "remove_text", "which": "all"}]),
    ("get rid of the words on the photos", [{"kind": "remove_text", "which": "all"}]),
]  # fmt: skip

ORDER: list[tuple[str, list[dict[str, Any]]]] = [
    ("start with the oldest photo and end with the newest", [{"kind": "sort", "by": "date"}]),
    ("end with the newest photo", [{"kind": "sort", "by": "date"}]),
    ("end with the latest pics", [{"kind": "sort", "by": "date"}]),
    ("finish with the most recent", [{"kind": "sort", "by": "date"}]),
    ("end with the oldest one", [{"kind": "sort", "by": "date", "reverse": True}]),
]

LOOK_AND_SHAPE: list[tuple[str, list[dict[str, Any]]]] = [
    ("make the colors brighter and punchier", [{"kind": "look", "look": "vivid"}]),
    ("brighter colors pls", [{"kind": "look", "look": "vivid"}]),
    ("make the colors more vibrant", [{"kind": "look", "look": "vivid"}]),
    ("make the photos pop", [{"kind": "look", "look": "vivid"}]),
    ("make the photos fit in the frame", [{"kind": "fit", "fit": "contain"}]),
    ("make the pics fit into the screen", [{"kind": "fit", "fit": "contain"}]),
    ("tiktok needs tall videos", [{"kind": "aspect", "aspect": "9:16"}]),
    ("my niece says tiktok needs tall videos so do that", [{"kind": "aspect", "aspect": "9:16"}]),
    ("instagram wants square videos so do that", [{"kind": "aspect", "aspect": "1:1"}]),
    ("my nephew says the music is too loud", [{"kind": "music_volume", "factor": 0.8}]),
    ("my best friend thinks the photos are too fast", [{"kind": "speed", "factor": 1.25}]),
    ("the music is kinda sad, something happier", [{"kind": "music", "source": "upbeat"}]),
    ("the music is kinda loud", [{"kind": "music_volume", "factor": 0.8}]),
    ("can you sync the photos to the music", [{"kind": "cut_to_beat"}]),
    ("stretch the photos to fit", [{"kind": "fit", "fit": "cover"}]),
    ("stretch them to fill the screen", [{"kind": "fit", "fit": "cover"}]),
]  # fmt: skip

REMOVALS: list[tuple[str, list[dict[str, Any]]]] = [
    ("take the 2nd and 4th pictures out", [
        {"kind": "remove", "index": 4}, {"kind": "remove", "index": 2}]),
    ("take photos 2 and 4 out", [{"kind": "remove", "index": 4}, {"kind": "remove", "index": 2}]),
    ("leave the beach and the dog photos out", [
        {"kind": "remove", "name": "beach.jpg"}, {"kind": "remove", "name": "dog.jpg"}]),
]  # fmt: skip

SENDING: list[tuple[str, list[dict[str, Any]]]] = [
    ("needs to fit in an email", [{"kind": "size_limit", "target": "email"}]),
    ("it has to fit in an email", [{"kind": "size_limit", "target": "email"}]),
    ("send it by email", [{"kind": "size_limit", "target": "email"}]),
    ("i need to send it on whatsapp, make it fit", [{"kind": "size_limit", "target": "whatsapp"}]),
]

# sentences that once did something other than what was asked: now they change nothing
NOT_THESE_EDITS = [
    "the title covers the faces",
    "the caption hides his face",
    "the title blocks the dog",
    "make it short",
    "keep it short",
    "why is it so short",
    "a short video",
    "no music on photo 3",
    "the first 2 seconds of the video are boring",
    "use photo 5 as the thumbnail",
    "undo the vertical",
    "undo the slide transitions",
]


@pytest.mark.parametrize(("text", "ops"), LENGTHS)
def test_a_length_said_after_a_colon_or_as_slide_duration_or_a_feeling(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), FADES)
def test_fades_halved_or_said_way_too_long_change_the_transitions(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), TEXTS)
def test_a_greeting_is_a_text_and_saying_leads_the_text_of_the_photo_named(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), ORDER)
def test_ending_with_the_newest_or_oldest_is_the_order_not_a_closing_text(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), LOOK_AND_SHAPE)
def test_looks_shapes_and_complaints_said_by_someone_else_or_kinda(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), REMOVALS)
def test_photos_listed_between_take_and_out_are_all_removed(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), SENDING)
def test_a_file_that_has_to_fit_in_an_email_gets_a_size_limit(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", NOT_THESE_EDITS)
def test_a_statement_or_a_request_it_cannot_do_changes_nothing(text: str) -> None:
    assert probe(text).edits == []


def test_youtube_shorts_named_is_still_vertical() -> None:
    assert_does("make it a youtube short", [{"kind": "aspect", "aspect": "9:16"}])


def test_a_ratio_with_no_unit_after_it_is_still_a_shape() -> None:
    assert_does("make it 4:5", [{"kind": "aspect", "aspect": "4:5"}])


def _after(first: str, then: str) -> list[Edit]:
    """The edits of ``then`` said right after ``first`` was done."""
    before = probe(first).edits
    draft, _ = apply_edits(fixture(), before, MEDIA, DATES)
    return read(then, draft, MEDIA, before).edits


FOLLOW_UPS: list[tuple[str, str, list[Edit]]] = [
    ("add a caption to photo 3 saying Max", "change it to Buddy",
     [SetCaption(index=3, text="Buddy")]),
    ("add a caption to photo 3 saying Max", "change it to buddy the dog",
     [SetCaption(index=3, text="buddy the dog")]),
    ("add the title Italy 2025", "actually make it say Spain 2026", [SetTitle(text="Spain 2026")]),
    ("add the title Italy 2025", "make it say Spain 2026", [SetTitle(text="Spain 2026")]),
    ("set the music to upbeat", "nah go back to the old one", [Undo()]),
    ("use slide transitions", "the old one was better", [Undo()]),
    ("remove the city photo", "undo, i need that one", [Undo()]),
    ("make it vertical", "undo the vertical", [Undo()]),
    ("use slide transitions", "undo the slide transitions", [Undo()]),
]  # fmt: skip


@pytest.mark.parametrize(("first", "then", "edits"), FOLLOW_UPS)
def test_a_follow_up_rewrites_the_text_just_written_or_goes_back(
    first: str, then: str, edits: list[Edit]
) -> None:
    assert _after(first, then) == edits


def test_a_style_after_a_title_is_still_a_style_not_its_words() -> None:
    assert [e.kind for e in _after("add the title Italy 2025", "change it to blue")] == [
        "text_style"
    ]


def test_undo_then_a_photo_needed_never_removes_that_photo() -> None:
    edits = _after("remove the beach photo", "wait undo that, i need the city one")
    assert Undo() in edits and not any(isinstance(e, Remove) for e in edits)


@pytest.mark.parametrize("text", ["how much does it cost", "what does it cost to export"])
def test_asking_the_price_shows_the_credits(text: str) -> None:
    assert probe(text).route == "credits"
