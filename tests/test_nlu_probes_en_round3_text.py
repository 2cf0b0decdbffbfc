"""English phrasings about the frame, the texts, the order, questions and export (third
round): a slide counted ("the first slide") is a photo, not the slide transition; texts made of
words that are fillers elsewhere ("put thanks for watching at the end", "add the end at the
end"); a sign-off signed in lower case ("love, dad"); follow-ups that rewrite or take back the
closing text just written, and "no, the other way round" after a move or a sort."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.instruct.interpret import read
from photo_video_maker.instruct.reading import Reading
from photo_video_maker.model.edit_types import (
    Edit,
    Move,
    RemoveText,
    SetAspect,
    SetCaption,
    SetClosing,
    SetTextStyle,
    SetTitle,
    Shuffle,
    Sort,
    Swap,
    Undo,
)
from photo_video_maker.model.edits import apply_edits

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, assert_does, fixture, probe

SLIDES: list[tuple[str, list[dict[str, Any]]]] = [
    ("make the first slide longer", [{"kind": "seconds_per_photo", "index": 1, "factor": 1.25}]),
    ("remove the last slide", [{"kind": "remove", "index": -1}]),
    ("write happy anniversary on the first slide", [
        {"kind": "caption", "index": 1, "text": "happy anniversary"}]),
    ("slide 3 should say hi", [{"kind": "caption", "index": 3, "text": "hi"}]),
    ("make slide 2 longer", [{"kind": "seconds_per_photo", "index": 2, "factor": 1.25}]),
    ("use the slide transition", [{"kind": "transition", "name": "slideleft"}]),
    ("use slide", [{"kind": "transition", "name": "slideleft"}]),
    ("end with a 4 second fade to black", [{"kind": "video_fade", "fade_out_ms": 4000}]),
]  # fmt: skip

CLOSINGS: list[tuple[str, list[dict[str, Any]]]] = [
    ("put thanks for watching at the end", [{"kind": "closing", "text": "thanks for watching"}]),
    ("add thanks for watching at the end", [{"kind": "closing", "text": "thanks for watching"}]),
    ("put see you soon at the end", [{"kind": "closing", "text": "see you soon"}]),
    ("put love you all at the end", [{"kind": "closing", "text": "love you all"}]),
    ("put xoxo at the end", [{"kind": "closing", "text": "xoxo"}]),
    ("add the end at the end", [{"kind": "closing", "text": "The end"}]),
    ("put the end at the end", [{"kind": "closing", "text": "The end"}]),
    ("add the end to the end", [{"kind": "closing", "text": "The end"}]),
    ("end with the words thank you grandma", [{"kind": "closing", "text": "thank you grandma"}]),
    ("sign off with the line love you all", [{"kind": "closing", "text": "love you all"}]),
    ("add a sign off saying love, dad", [{"kind": "closing", "text": "love, dad"}]),
    ("add a sign off saying bye bye", [{"kind": "closing", "text": "bye bye"}]),
    ("end with love, mom", [{"kind": "closing", "text": "love, mom"}]),
    ("sign it love, grandma", [{"kind": "closing", "text": "love, grandma"}]),
    ("end with thanks, dad", [{"kind": "closing", "text": "thanks, dad"}]),
    ("add a credit at the end saying music by john", [
        {"kind": "closing", "text": "music by john"}]),
    ("the last text should be bye bye", [{"kind": "closing", "text": "bye bye"}]),
    ("the final text: see ya", [{"kind": "closing", "text": "see ya"}]),
    ("make the last text bigger", [{"kind": "text_style", "target": "closing", "size": 1.25}]),
    ("add a caption to photo 2 with the text hello world", [
        {"kind": "caption", "index": 2, "text": "hello world"}]),
    ("title it The Words We Said", [{"kind": "title", "text": "The Words We Said"}]),
]  # fmt: skip

FRAME: list[tuple[str, list[dict[str, Any]]]] = [
    ("make it fit on a phone screen", [{"kind": "aspect", "aspect": "9:16"}]),
    ("make it instagram ready", [{"kind": "aspect", "aspect": "1:1"}]),
    ("make it tiktok friendly", [{"kind": "aspect", "aspect": "9:16"}]),
    ("make it youtube format", [{"kind": "aspect", "aspect": "16:9"}]),
    ("make it 9 16", [{"kind": "aspect", "aspect": "9:16"}]),
    ("make it 16 9", [{"kind": "aspect", "aspect": "16:9"}]),
    ("9 16 please", [{"kind": "aspect", "aspect": "9:16"}]),
    ("make it fit on whatsapp", [{"kind": "size_limit", "target": "whatsapp"}]),
    ("fit the dog photo to the screen", [{"kind": "fit", "fit": "contain", "index": 3}]),
    ("fit photo 3 to the screen", [{"kind": "fit", "fit": "contain", "index": 3}]),
    ("fit the dog photo in the frame", [{"kind": "fit", "fit": "contain", "index": 3}]),
    ("fit the last one to the screen", [{"kind": "fit", "fit": "contain", "index": -1}]),
    ("fit the photos to the screen", [{"kind": "fit", "fit": "contain"}]),
    ("it cuts off the top of the photos", [{"kind": "fit", "fit": "contain"}]),
    ("make the background black", [{"kind": "fit", "fit": "contain"}]),
    ("blur on the sides", [{"kind": "fit", "fit": "blur"}]),
    ("zoom to fit", [{"kind": "fit", "fit": "contain"}]),
    ("pillarbox", [{"kind": "fit", "fit": "contain"}]),
    ("no bars no blur", [{"kind": "fit", "fit": "cover"}]),
    ("show full photos with blur behind", [{"kind": "fit", "fit": "blur"}]),
    ("the title in the frame is too small", [
        {"kind": "text_style", "target": "title", "size": 1.25}]),
]  # fmt: skip

ORDER: list[tuple[str, list[dict[str, Any]]]] = [
    ("move the dog to number 1", [{"kind": "move", "index": 3, "to": "start"}]),
    ("move the dog photo to number 4", [{"kind": "move", "index": 3, "to": 4}]),
    ("put the clip to number 2", [{"kind": "move", "index": 6, "to": 2}]),
    ("swap pics 2 n 5", [{"kind": "swap", "i": 2, "j": 5}]),
    ("remove photos 2 n 4", [{"kind": "remove", "index": 4}, {"kind": "remove", "index": 2}]),
    ("swap 9 and 16", [{"kind": "swap", "i": 9, "j": 16}]),
    ("put the title in the middle", [{"kind": "text_style", "target": "title", "pos": "center"}]),
    ("most recent last", [{"kind": "sort", "by": "date"}]),
    ("newest last", [{"kind": "sort", "by": "date"}]),
    ("put the newest last", [{"kind": "sort", "by": "date"}]),
    ("oldest last", [{"kind": "sort", "by": "date", "reverse": True}]),
    ("newest first", [{"kind": "sort", "by": "date", "reverse": True}]),
    ("oldest first", [{"kind": "sort", "by": "date"}]),
]  # fmt: skip

QUESTIONS: list[tuple[str, str]] = [
    ("what can u do", "help"),
    ("what else can i change", "help"),
    ("options?", "help"),
    ("what are the music options", "music"),
    ("did it work?", "output"),
    ("hows the export going", "output"),
    ("is my video done", "output"),
    ("i can't find the video", "output"),
    ("can you do anything else", "help"),
    ("did it save", "output"),
]

EXPORTS = [
    "ready to export",
    "generate it",
    "done editing",
    "we're done here",
    "save to my phone",
    "save to camera roll",
    "send it",
    "ok send it",
    "send the file",
    "send it over as mp4",
    "send to me",
    "publish it",
]

# a mood told of how something was is a memory or praise: nothing changes
TOLD = [
    "the beach was so fun",
    "it was so fun",
    "that was fun",
    "it was so calm",
    "it was so much fun",
    "the party was so fun",
]

MOODS_ASKED: list[tuple[str, list[dict[str, Any]]]] = [
    ("make it fun", [{"kind": "speed", "factor": 0.8}, {"kind": "music", "source": "upbeat"}]),
    ("more fun", [{"kind": "speed", "factor": 0.8}, {"kind": "music", "source": "upbeat"}]),
    ("it was so slow", [{"kind": "speed", "factor": 0.8}]),
    ("the music was so loud", [{"kind": "music_volume", "factor": 0.8}]),
    ("it was so loud", [{"kind": "music_volume", "factor": 0.8}]),
    ("it was a bit slow", [{"kind": "speed", "factor": 0.8}]),
    ("the title was so small", [{"kind": "text_style", "target": "title", "size": 1.25}]),
    ("the music is way too loud", [{"kind": "music_volume", "factor": 0.67}]),
    ("the beach was so fun, make it vertical", [{"kind": "aspect", "aspect": "9:16"}]),
]

# the blurred background disliked or refused: filled, or whole with black bars? asked
NOT_BLURRED = ["i dont like the blurry edges", "no blur on the sides"]

REASON_FIRST: list[tuple[str, list[dict[str, Any]]]] = [
    ("since it's for tiktok make it vertical", [{"kind": "aspect", "aspect": "9:16"}]),
    ("because it's for tiktok make it vertical", [{"kind": "aspect", "aspect": "9:16"}]),
    ("cuz its for my mom make it black and white", [{"kind": "look", "look": "bw"}]),
    ("since it's for grandma, make it black and white", [{"kind": "look", "look": "bw"}]),
    ("maybe try square?", [{"kind": "aspect", "aspect": "1:1"}]),
    ("try square?", [{"kind": "aspect", "aspect": "1:1"}]),
    ("maybe vertical?", [{"kind": "aspect", "aspect": "9:16"}]),
    ("how about 4k?", [{"kind": "resolution", "resolution": "2160p"}]),
]

LOOKS: list[tuple[str, list[dict[str, Any]]]] = [
    ("boost the colors", [{"kind": "look", "look": "vivid"}]),
    ("bright and colorful", [{"kind": "look", "look": "vivid"}]),
    ("make it bright and colourful", [{"kind": "look", "look": "vivid"}]),
    ("no colour", [{"kind": "look", "look": "bw"}]),
    ("boost the music", [{"kind": "music_volume", "factor": 1.25}]),
]

TITLES: list[tuple[str, list[dict[str, Any]]]] = [
    ("give it a name: Summer Fun", [{"kind": "title", "text": "Summer Fun"}]),
    ("give it the name Beach Days", [{"kind": "title", "text": "Beach Days"}]),
    ("title: A", [{"kind": "title", "text": "A"}]),
    ("end slide: thanks!", [{"kind": "closing", "text": "thanks!"}]),
    ("add an end slide saying bye", [{"kind": "closing", "text": "bye"}]),
    ("remove the final slide", [{"kind": "remove", "index": -1}]),
    ("at the end put love mom and dad", [{"kind": "closing", "text": "love mom and dad"}]),
    ("at the start write Welcome Home", [{"kind": "title", "text": "Welcome Home"}]),
    ("put our names at the end: Tom & Anna", [{"kind": "closing", "text": "Tom & Anna"}]),
    ("title in caps: SUMMER", [{"kind": "title", "text": "SUMMER"}]),
    ("start it off with Welcome to our wedding", [
        {"kind": "title", "text": "Welcome to our wedding"}]),
    ("start with Welcome Home", [{"kind": "title", "text": "Welcome Home"}]),
    ("begin with Summer Camp 2025", [{"kind": "title", "text": "Summer Camp 2025"}]),
    ("start with the dog photo", [{"kind": "move", "index": 3, "to": "start"}]),
    ("start with Beach", [{"kind": "move", "index": 1, "to": "start"}]),
    ("start it off with the clip", [{"kind": "move", "index": 6, "to": "start"}]),
    ("put hello at the start", [{"kind": "title", "text": "hello"}]),
    ("make it vertical and put welcome home at the start", [
        {"kind": "aspect", "aspect": "9:16"}, {"kind": "title", "text": "welcome home"}]),
    ("make it square and write day one on the first pic", [
        {"kind": "aspect", "aspect": "1:1"}, {"kind": "caption", "index": 1, "text": "day one"}]),
    ("make it vertical and put calm music", [
        {"kind": "aspect", "aspect": "9:16"}, {"kind": "music", "source": "calm"}]),
    ("put a thank you at the end", [{"kind": "closing", "text": "Thank you"}]),
    ("thank you message at the end", [{"kind": "closing", "text": "Thank you"}]),
    ("a goodbye at the end please", [{"kind": "closing", "text": "Goodbye"}]),
    ("put a welcome at the start", [{"kind": "title", "text": "Welcome"}]),
    ("thanks, make it vertical", [{"kind": "aspect", "aspect": "9:16"}]),
]  # fmt: skip

# one transition counted is that one transition (the one into the last item): no photo is
# removed, no other transition changed
ONE_TRANSITION = [
    "remove the last transition",
    "remove the last slide transition",
    "remove the last crossfade",
]

# words that stand for photos, or a thing to add, are no text: nothing is written
NO_TEXT = [
    "put everything at the end",
    "put everything else at the end",
    "add a bit at the end",
    "put it at the end",
    "put all at the end",
    "remove the ending",  # the fade, the last photo or the clip's end: nothing just written
    "add the date as a title",  # which date? (it wrote the title "a" and dated every photo)
    "at the end put the dog",
]


@pytest.mark.parametrize(("text", "ops"), SLIDES)
def test_a_slide_counted_or_numbered_is_a_photo_not_the_slide_transition(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ONE_TRANSITION)
def test_a_transition_counted_removes_no_photo_but_that_transition(text: str) -> None:
    assert_does(text, [{"kind": "transition", "name": "none", "index": -1}])


@pytest.mark.parametrize(("text", "ops"), CLOSINGS)
def test_a_closing_text_said_in_filler_words_or_signed_in_lower_case_is_written_whole(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", NO_TEXT)
def test_stand_in_words_put_somewhere_write_no_text(text: str) -> None:
    assert not any(
        e.kind in ("closing", "title", "caption", "date_captions") for e in probe(text).edits
    )


@pytest.mark.parametrize(("text", "ops"), FRAME)
def test_a_shape_said_as_a_platform_ready_or_a_spaced_ratio_and_one_photo_fitted(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), ORDER)
def test_photos_joined_by_chat_n_are_both_named(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), REASON_FIRST)
def test_a_request_after_its_reason_or_offered_to_try_is_made(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["square?", "vertical?", "because it's for instagram"])
def test_a_bare_shape_asked_or_a_reason_alone_changes_nothing(text: str) -> None:
    assert probe(text).edits == []


@pytest.mark.parametrize(("text", "ops"), LOOKS)
def test_colours_boosted_or_taken_away_are_a_look_not_the_music(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), TITLES)
def test_a_name_given_an_end_slide_or_a_place_said_first_writes_that_text(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "question"), QUESTIONS)
def test_what_else_can_be_done_and_whether_the_export_went_through_are_answered(
    text: str, question: str
) -> None:
    reading = probe(text)
    assert reading.question == question and reading.edits == []


@pytest.mark.parametrize("text", EXPORTS)
def test_send_it_exports(text: str) -> None:
    assert probe(text).route == "export"


def test_sent_by_email_is_still_a_size_limit() -> None:
    assert_does("send it by email", [{"kind": "size_limit", "target": "email"}])


@pytest.mark.parametrize("text", TOLD)
def test_a_mood_told_in_the_past_changes_nothing(text: str) -> None:
    assert probe(text).edits == []


@pytest.mark.parametrize(("text", "ops"), MOODS_ASKED)
def test_a_mood_asked_for_or_a_complaint_still_changes_the_pace(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", NOT_BLURRED)
def test_a_blurred_background_disliked_asks_fill_or_bars(text: str) -> None:
    reading = probe(text)
    fits = [[getattr(e, "fit", None) for e in o.edits] for o in reading.clarify]
    assert reading.edits == [] and fits == [["cover"], ["contain"]]


def test_the_clip_put_in_the_middle_of_six_asks_which_of_the_two_middle_places() -> None:
    reading = probe("put the clip in the middle")
    assert reading.edits == []
    assert [o.edits for o in reading.clarify] == [[Move(index=6, to=3)], [Move(index=6, to=4)]]


def test_the_clip_moved_to_the_middle_of_five_goes_to_the_third_place() -> None:
    assert _after("remove the beach photo", "put the clip in the middle").edits == [
        Move(index=5, to=3)
    ]


def test_the_credits_asked_about_are_still_the_account_credits() -> None:
    assert probe("how many credits do i have").route == "credits"


def _after(first: str, then: str) -> Reading:
    """What ``then`` reads right after ``first`` was done."""
    before = probe(first).edits
    draft, _ = apply_edits(fixture(), before, MEDIA, DATES)
    return read(then, draft, MEDIA, before)


FOLLOW_UPS: list[tuple[str, str, list[Edit]]] = [
    ("end with love you all", "change it to See You Soon", [SetClosing(text="See You Soon")]),
    ("end with love you all", "actually make it say See You Soon",
     [SetClosing(text="See You Soon")]),
    ("end with love you all", "change it to see you soon please",
     [SetClosing(text="see you soon")]),
    ("end with love you all", "make it say bye", [SetClosing(text="bye")]),
    ("end with xoxo", "remove the ending", [RemoveText(which="closing")]),
    ("end with xoxo", "get rid of the ending", [RemoveText(which="closing")]),
    ("move the dog photo to the start", "no the other way round", [Move(index=1, to="end")]),
    ("move photo 2 to the end", "nope, other way around", [Move(index=-1, to="start")]),
    ("move the dog photo to the start", "ok now the other way round", [Move(index=1, to="end")]),
    ("sort by date", "no the other way round", [Sort(by="date", reverse=True)]),
    ("sort by name", "the other way round", [Sort(by="name", reverse=True)]),
    ("swap 1 and 2", "swap them back", [Swap(i=1, j=2)]),
    ("swap 1 and 2", "put them back", [Swap(i=1, j=2)]),
    ("swap 1 and 2", "and 3 and 4", [Swap(i=3, j=4)]),
    ("swap 1 and 2", "now 3 and 4", [Swap(i=3, j=4)]),
    ("swap 1 and 2", "no, 1 and 3", [Undo(), Swap(i=1, j=3)]),
    ("make it square", "no i meant vertical", [SetAspect(aspect="9:16")]),
    ("add the title Hello", "no put it at the bottom",
     [SetTextStyle(target="title", pos="bottom")]),
    ("caption photo 5 with Our garden", "actually make it Grandma's garden",
     [SetCaption(index=5, text="Grandma's garden")]),
    ("add the title Italy", "make it Spain 2026", [SetTitle(text="Spain 2026")]),
    ("add the title Italy", "make it 'Spain'", [SetTitle(text="Spain")]),
    ("add the title Italy", "make it bigger", [SetTextStyle(target="title", size=1.25)]),
    ("make the title yellow", "make it Blue", [SetTextStyle(target="title", color="blue")]),
    ("shuffle", "again", [Shuffle()]),
    ("shuffle", "once more", [Shuffle()]),
    ("shuffle", "another one", [Shuffle()]),
    ("shuffle", "try again", [Shuffle()]),
    ("end with bye", "and put hello at the start", [SetTitle(text="hello")]),
    ("end with bye", "and put Hi there at the start", [SetTitle(text="Hi there")]),
]  # fmt: skip


@pytest.mark.parametrize(("first", "then", "edits"), FOLLOW_UPS)
def test_a_follow_up_rewrites_the_closing_or_turns_the_move_or_sort_around(
    first: str, then: str, edits: list[Edit]
) -> None:
    assert _after(first, then).edits == edits


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("move pic 2 after pic 4", "no the other way round"),
        ("swap 2 and 5", "the other way round"),
        ("add the title Italy 2025", "change it to please"),
        ("end with xoxo", "remove the last photo"),
    ],
)
def test_a_follow_up_with_no_one_reading_never_reverses_or_removes_or_writes_please(
    first: str, then: str
) -> None:
    edits = _after(first, then).edits
    assert not any(e.kind in ("reverse", "title") for e in edits)
    if then.startswith("remove"):
        assert [e.kind for e in edits] == ["remove"]
    else:
        assert edits == []


@pytest.mark.parametrize("then", ["actually move it to the start", "put it at the start"])
def test_the_closing_just_written_moved_to_the_start_asks_title_or_higher(then: str) -> None:
    reading = _after("end with thanks", then)
    assert reading.edits == []
    assert [o.edits for o in reading.clarify] == [
        [RemoveText(which="closing"), SetTitle(text="thanks")],
        [SetTextStyle(target="closing", pos="top")],
    ]


def test_a_mood_made_after_a_title_is_still_the_mood_not_its_words() -> None:
    assert not any(e.kind == "title" for e in _after("add the title Italy", "make it calm").edits)


def test_a_chinese_refusal_before_a_verb_still_refuses() -> None:
    assert_does("别放背景音乐了", [{"kind": "remove_music"}])
