"""English as it is really typed (fourth round): a slip inside a phrase the lexicon only knows
whole ("fade to blak", "frames per secnd", "remove the backround music"), a misspelt word that
also looks like another word plus an ending ("shoter" is no "shot" + "er"), comparatives said
with "more" by people learning English ("make more short the video"), requests typed as a
numbered list, and minutes said short ("half a min", "1m30"); and the sentences that used to
change something other than what was asked ("more short" made the photos longer, "the music
is very much loud" made it louder, "wait a min, make it vertical" made the video a minute)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, assert_does, fixture, probe

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import Edit, SetAspect, SetSecondsPerPhoto, Undo
from photo_video_maker.model.edits import apply_edits

SLIPS_IN_PHRASES: list[tuple[str, list[dict[str, Any]]]] = [
    ("make it portait mode", [{"kind": "aspect", "aspect": "9:16"}]),
    ("fade to blak at the end", [{"kind": "video_fade", "fade_out_ms": 1000}]),
    ("fade in from blak at the start", [{"kind": "video_fade", "fade_in_ms": 1000}]),
    ("use fade to blak transitions", [{"kind": "transition", "name": "fadeblack"}]),
    ("speeed up a bit", [{"kind": "speed", "factor": 0.8}]),
    ("put 24 frames per secnd", [{"kind": "fps", "fps": 24}]),
    ("sort by naem", [{"kind": "sort", "by": "name"}]),
    ("put them in reverse oder", [{"kind": "reverse"}]),
    ("remove the backround music", [{"kind": "remove_music"}]),
    ("backgroud music is too loud", [{"kind": "music_volume", "factor": 0.8}]),
    ("normal colours", [{"kind": "look", "look": "none"}]),
]  # fmt: skip

GLUED: list[tuple[str, list[dict[str, Any]]]] = [
    ("turnoff the music", [{"kind": "remove_music"}]),
    ("fadeout at the end", [{"kind": "video_fade", "fade_out_ms": 1000}]),
    ("move photo5 to the start", [{"kind": "move", "index": 5, "to": "start"}]),
    ("swap photo1 and photo2", [{"kind": "swap", "i": 1, "j": 2}]),
    ("remove photo3", [{"kind": "remove", "index": 3}]),
    ("photo3 5 secs", [{"kind": "seconds_per_photo", "index": 3, "seconds": 5}]),
]  # fmt: skip

SLIPS_NOT_ENDINGS: list[tuple[str, list[dict[str, Any]]]] = [
    ("make the photos shoter", [{"kind": "seconds_per_photo", "factor": 0.8}]),
    ("put them oldes first", [{"kind": "sort"}]),
    ("make the title biger", [{"kind": "text_style", "target": "title", "size": 1.25}]),
    ("make it slowr", [{"kind": "speed", "factor": 1.25}]),
]  # fmt: skip

PLAIN_MORE: list[tuple[str, list[dict[str, Any]]]] = [
    ("make more short the video", [{"kind": "seconds_per_photo", "factor": 0.8}]),
    ("i want it more short", [{"kind": "seconds_per_photo", "factor": 0.8}]),
    ("please make more long the photos", [{"kind": "seconds_per_photo", "factor": 1.25}]),
    ("the music is very much loud", [{"kind": "music_volume", "factor": 0.8}]),
    ("the music is too much loud", [{"kind": "music_volume", "factor": 0.8}]),
    ("i want to put the music more down", [{"kind": "music_volume", "factor": 0.8}]),
    ("make that the music is more low", [{"kind": "music_volume", "factor": 0.8}]),
    ("the photos pass too fast", [{"kind": "speed", "factor": 1.25}]),
    ("can you to make it square", [{"kind": "aspect", "aspect": "1:1"}]),
    ("from new to old", [{"kind": "sort", "reverse": True}]),
    ("old to new pls", [{"kind": "sort"}]),
    ("mix the photos", [{"kind": "shuffle"}]),
]  # fmt: skip

LISTS: list[tuple[str, list[dict[str, Any]]]] = [
    ("1) vertical 2) 3 sec each 3) upbeat music", [
        {"kind": "aspect", "aspect": "9:16"}, {"kind": "seconds_per_photo", "seconds": 3},
        {"kind": "music", "source": "upbeat"}]),
    ("1. make it square 2. remove the title", [
        {"kind": "aspect", "aspect": "1:1"}, {"kind": "remove_text", "which": "title"}]),
    ("1)square 2)no music", [{"kind": "aspect", "aspect": "1:1"}, {"kind": "remove_music"}]),
    ("1) make it vertical", [{"kind": "aspect", "aspect": "9:16"}]),
    ("swap 1 and 2. then make it square", [
        {"kind": "swap", "i": 1, "j": 2}, {"kind": "aspect", "aspect": "1:1"}]),
    ("vertical plus upbeat music", [
        {"kind": "aspect", "aspect": "9:16"}, {"kind": "music", "source": "upbeat"}]),
    ("remove photo 2 then make it faster", [
        {"kind": "remove", "index": 2}, {"kind": "speed", "factor": 0.8}]),
    ("first remove photo2 then make it longer", [
        {"kind": "remove", "index": 2}, {"kind": "seconds_per_photo", "factor": 1.25}]),
    ("first make it vertical then put upbeat music", [
        {"kind": "aspect", "aspect": "9:16"}, {"kind": "music", "source": "upbeat"}]),
    ("make vertical and also 3 sec each", [
        {"kind": "aspect", "aspect": "9:16"}, {"kind": "seconds_per_photo", "seconds": 3}]),
]  # fmt: skip

TOO_TYPED_TO: list[tuple[str, list[dict[str, Any]]]] = [
    ("the video is to long", [{"kind": "seconds_per_photo", "factor": 0.8}]),
    ("the video is way to long", [{"kind": "seconds_per_photo", "factor": 0.67}]),
    ("the photos are to short", [{"kind": "seconds_per_photo", "factor": 1.25}]),
    ("lower the frame rate to 24", [{"kind": "fps", "fps": 24}]),
    ("raise the fps to 60", [{"kind": "fps", "fps": 60}]),
    ("reduce the frame rate to 24", [{"kind": "fps", "fps": 24}]),
    ("the music is to soft", [{"kind": "music_volume", "factor": 1.25}]),
    ("the zoom is to strong", [{"kind": "motion", "factor": 0.8}]),
    ("to much zoom", [{"kind": "motion", "factor": 0.8}]),
    ("make the music more quite", [{"kind": "music_volume", "factor": 0.8}]),
    ("set the transitions to slow", [{"kind": "transition", "factor": 1.25}]),
    ("raise the resolution to 4k", [{"kind": "resolution", "resolution": "2160p"}]),
    ("slowdown the video", [{"kind": "speed", "factor": 1.25}]),
    ("speedup the video", [{"kind": "speed", "factor": 0.8}]),
]  # fmt: skip

CUT_BY: list[tuple[str, list[dict[str, Any]]]] = [
    ("cut the video by 5 seconds", [{"kind": "total_length", "seconds": 14.25}]),
    ("trim the vid by 5 secs", [{"kind": "total_length", "seconds": 14.25}]),
    ("cut photo 3 by 1 second", [{"kind": "seconds_per_photo", "index": 3, "seconds": 2}]),
    ("cut the video to 20 seconds", [{"kind": "total_length", "seconds": 20}]),
]  # fmt: skip

MINUTES: list[tuple[str, list[dict[str, Any]]]] = [
    ("make the video half a min", [{"kind": "total_length", "seconds": 30}]),
    ("make it a min and a half", [{"kind": "total_length", "seconds": 90}]),
    ("make it 1m30", [{"kind": "total_length", "seconds": 90}]),
    ("make it 1min30", [{"kind": "total_length", "seconds": 90}]),
    ("make it 2m15s", [{"kind": "total_length", "seconds": 135}]),
    ("make it one min", [{"kind": "total_length", "seconds": 60}]),
    ("two minutes and a half", [{"kind": "total_length", "seconds": 150}]),
    ("make each photo 2 seconds and a half", [{"kind": "seconds_per_photo", "seconds": 2.5}]),
    ("volume at 0.5", [{"kind": "music_volume", "percent": 50}]),
    ("music volume 40", [{"kind": "music_volume", "percent": 40}]),
    ("make it one minute and thirty seconds", [{"kind": "total_length", "seconds": 90}]),
    ("make the video a minute and 10 seconds", [{"kind": "total_length", "seconds": 70}]),
    ("make it 1 minute and 2 seconds each", [
        {"kind": "total_length", "seconds": 60}, {"kind": "seconds_per_photo", "seconds": 2}]),
    ("wait a min make it vertical", [{"kind": "aspect", "aspect": "9:16"}]),
    ("hang on a sec, make each photo 2 secs", [{"kind": "seconds_per_photo", "seconds": 2}]),
    ("make each photo two and a half secs", [{"kind": "seconds_per_photo", "seconds": 2.5}]),
]  # fmt: skip

# real words, or a slip that two words fit: nothing is guessed
NOT_GUESSED = [
    "the oder river photo", "sort by dare", "fade to back at the end", "the endless summer",
    "i am upset", "nothing to change",
]  # fmt: skip
# a real word next to a phrase word stays itself ("woods" is no slip of "words")
TEXT_KEPT: list[tuple[str, list[dict[str, Any]]]] = [
    ("caption the forest pic with into the woods", [
        {"kind": "caption", "index": 4, "text": "into the woods"}]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), SLIPS_IN_PHRASES)
def test_a_slip_inside_a_phrase_is_read_as_the_phrase(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), GLUED)
def test_words_typed_with_no_space_between_are_read_apart(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), SLIPS_NOT_ENDINGS)
def test_a_slip_is_not_read_as_another_word_with_an_ending(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), PLAIN_MORE)
def test_more_and_a_plain_word_is_the_comparative_it_says(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), LISTS)
def test_requests_typed_as_a_numbered_list_or_run_on_are_each_done(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), MINUTES)
def test_minutes_said_short_are_lengths_and_a_pause_is_none(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", NOT_GUESSED)
def test_a_real_word_or_an_ambiguous_slip_changes_nothing(text: str) -> None:
    assert probe(text).edits == []


@pytest.mark.parametrize(("text", "ops"), TEXT_KEPT)
def test_a_real_word_in_a_text_is_kept_as_typed(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), TOO_TYPED_TO)
def test_to_typed_for_too_glued_verbs_and_raising_the_rate_are_understood(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


def _after(first: str, then: str) -> list[Edit]:
    before = probe(first).edits
    draft, _ = apply_edits(fixture(), before, MEDIA, DATES)
    return read(then, draft, MEDIA, before).edits


def test_preferring_the_older_version_after_a_change_undoes_it_not_the_old_look() -> None:
    assert _after("make it vertical", "i prefer the older version") == [Undo()]


def test_a_misspelt_correction_after_a_change_replaces_it() -> None:
    assert _after("make it vertical", "no make it sqaure insted") == [SetAspect(aspect="1:1")]
    assert _after("make each photo 2 seconds", "actualy make it 3 secs") == [
        SetSecondsPerPhoto(seconds=3)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "first make it vertical then put upbeat music and at the end export",
        "make it vertical and finally export it",
    ],
)
def test_requests_put_in_order_are_done_then_exported(text: str) -> None:
    reading = probe(text)
    assert reading.route == "export" and not reading.leftover, reading
    assert any(isinstance(e, SetAspect) and e.aspect == "9:16" for e in reading.edits)


@pytest.mark.parametrize("text", ["save the video in my phone", "download it on my phone"])
def test_a_copy_saved_on_a_phone_is_an_export_not_a_shape(text: str) -> None:
    reading = probe(text)
    assert reading.route == "export" and reading.edits == [], reading


@pytest.mark.parametrize(("text", "ops"), CUT_BY)
def test_cut_by_a_length_takes_it_off_and_cut_to_sets_it(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)
