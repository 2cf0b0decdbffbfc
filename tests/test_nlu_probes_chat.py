"""Phrasings found by chatting as a person would (mostly English, some Chinese): where the
video goes (the shape a platform wants), the closing card, motion said as the photos moving,
cropping, the font, lengths "to" and "by" a value, follow-ups to the previous turn, asking for
the video itself."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import (
    Edit,
    Move,
    MuteClips,
    Remove,
    SetLook,
    SetMotion,
    SetMusic,
    SetMusicVolume,
    SetSecondsPerPhoto,
    SetTextStyle,
    SetTotalLength,
    SetTransition,
    Speed,
    Undo,
)
from photo_video_maker.model.edits import apply_edits

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, assert_does, fixture, probe

SHAPES: list[tuple[str, list[dict[str, Any]]]] = [
    ("for my tv", [{"kind": "aspect", "aspect": "16:9"}]),
    ("for the big screen", [{"kind": "aspect", "aspect": "16:9"}]),
    ("format for whatsapp status", [{"kind": "aspect", "aspect": "9:16"}]),
    ("snapchat please", [{"kind": "aspect", "aspect": "9:16"}]),
    ("pinterest pin size", [{"kind": "aspect", "aspect": "9:16"}]),
    ("i want to put it on linkedin", [{"kind": "aspect", "aspect": "1:1"}]),
    ("rotate it to portrait", [{"kind": "aspect", "aspect": "9:16"}]),
]

CLOSING: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "add an ending card that says see you next summer",
        [{"kind": "closing", "text": "see you next summer"}],
    ),
    (
        "an outro card saying thanks for watching",
        [{"kind": "closing", "text": "thanks for watching"}],
    ),
    ("add an outro that says bye bye", [{"kind": "closing", "text": "bye bye"}]),
]

MOTION: list[tuple[str, list[dict[str, Any]]]] = [
    ("make the photos move a bit", [{"kind": "motion", "on": True}]),
    ("i want the pics to move", [{"kind": "motion", "on": True}]),
    ("the photos move too much", [{"kind": "motion", "factor": 0.8}]),
]


@pytest.mark.parametrize(("text", "ops"), SHAPES)
def test_a_platform_or_screen_named_gives_its_shape(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


def test_the_reply_names_the_platform_the_person_said() -> None:
    edits = probe("format for whatsapp status").edits
    assert [getattr(edit, "platform", None) for edit in edits] == ["WhatsApp Status"]


@pytest.mark.parametrize(("text", "ops"), CLOSING)
def test_an_ending_card_or_outro_that_says_words_is_closing_text(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), MOTION)
def test_photos_moving_is_the_motion(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


def test_moving_a_photo_somewhere_is_still_a_move() -> None:
    assert_does("move photo 2 to the end", [{"kind": "move", "index": 2, "to": "end"}])


def test_nvm_before_an_undo_undoes() -> None:
    assert probe("nvm undo").edits == [Undo()]


CROPPING: list[tuple[str, list[dict[str, Any]]]] = [
    ("my pics get cut off at the top", [{"kind": "fit", "fit": "contain"}]),
    ("show the whole photos", [{"kind": "fit", "fit": "contain"}]),
    ("i can't see the whole picture", [{"kind": "fit", "fit": "contain"}]),
    (
        "show the whole photos, captions at the top",
        [
            {"kind": "fit", "fit": "contain"},
            {"kind": "text_style", "target": "captions", "pos": "top"},
        ],
    ),
]


@pytest.mark.parametrize(("text", "ops"), CROPPING)
def test_where_photos_are_cut_off_asks_for_whole_photos_and_moves_no_text(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(
    "text",
    [
        "keep the blur but not on photo 3",
        "black and white but not the first one",
        "remove photo 2 but not photo 3",
    ],
)
def test_but_not_a_photo_never_removes_it(text: str) -> None:
    assert not [edit for edit in probe(text).edits if isinstance(edit, Remove)]


def test_but_not_the_first_is_every_photo_except_it() -> None:
    ops = [{"kind": "seconds_per_photo", "seconds": 4, "index": k} for k in (2, 3, 4, 5)]
    assert_does("each photo 4 seconds but not the first", ops)


@pytest.mark.parametrize("text", ["don't zoom into the photos so much", "don't zoom so much"])
def test_not_so_much_motion_is_less_motion_not_none(text: str) -> None:
    (edit,) = probe(text).edits
    assert isinstance(edit, SetMotion) and edit.factor is not None and edit.factor < 1


FONT: list[tuple[str, list[dict[str, Any]]]] = [
    ("change the font color to white", [{"kind": "text_style", "color": "white"}]),
    ("white font", [{"kind": "text_style", "color": "white"}]),
    ("make the font bigger", [{"kind": "text_style", "size": 1.25}]),
    ("font size bigger", [{"kind": "text_style", "size": 1.25}]),
    ("increase the font size", [{"kind": "text_style", "size": 1.25}]),
    ("reduce the caption size", [{"kind": "text_style", "target": "captions", "size": 0.8}]),
    ("bigger font for the captions", [{"kind": "text_style", "target": "captions", "size": 1.25}]),
]


@pytest.mark.parametrize(("text", "ops"), FONT)
def test_the_font_beside_a_colour_or_size_is_the_text(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["change the font to comic sans", "make the font bold"])
def test_a_typeface_or_weight_is_still_refused(text: str) -> None:
    reading = probe(text)
    assert not reading.edits and reading.leftover


LENGTHS: list[tuple[str, list[dict[str, Any]]]] = [
    ("shorten photo 3 to 2 seconds", [{"kind": "seconds_per_photo", "seconds": 2, "index": 3}]),
    ("trim the clip to 3 seconds", [{"kind": "seconds_per_photo", "seconds": 3, "index": 6}]),
    ("cut photo 2 to 1 second", [{"kind": "seconds_per_photo", "seconds": 1, "index": 2}]),
    ("make photo 3 longer to 6 seconds", [{"kind": "seconds_per_photo", "seconds": 6, "index": 3}]),
    ("shorten photo 3 by 2 seconds", [{"kind": "seconds_per_photo", "seconds": 1, "index": 3}]),
    ("make photo 3 2 seconds longer", [{"kind": "seconds_per_photo", "seconds": 5, "index": 3}]),
]


@pytest.mark.parametrize(("text", "ops"), LENGTHS)
def test_a_photo_made_shorter_to_a_length_gets_that_length(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(
    "text",
    [
        "make the first photo longer, to 5 seconds",
        "the first photo should stay longer, like 5 seconds",
    ],
)
def test_a_step_explained_by_a_length_is_one_change(text: str) -> None:
    assert probe(text).edits == [SetSecondsPerPhoto(seconds=5, index=1)]


TO_OR_BY: list[tuple[str, list[dict[str, Any]]]] = [
    ("extend it to 25 seconds", [{"kind": "total_length", "seconds": 25}]),
    ("extend it by 5 seconds", [{"kind": "total_length", "seconds": 24.25}]),
    ("make every photo longer to 4 seconds", [{"kind": "seconds_per_photo", "seconds": 4}]),
    ("make every photo longer by a second", [{"kind": "seconds_per_photo", "seconds": 4}]),
    ("shorten the transitions to 0.5s", [{"kind": "transition", "ms": 500}]),
    ("make the transitions shorter to half a second", [{"kind": "transition", "ms": 500}]),
    ("shorten the transitions by half a second", [{"kind": "transition", "ms": 250}]),
    ("lengthen the fades to 2 seconds", [{"kind": "transition", "ms": 2000}]),
    ("make the music fade longer to 4 seconds", [{"kind": "music_fade", "fade_out_ms": 4000}]),
    ("make the fade at the end longer to 3 seconds", [{"kind": "video_fade", "fade_out_ms": 3000}]),
]


@pytest.mark.parametrize(("text", "ops"), TO_OR_BY)
def test_to_a_length_sets_it_and_by_a_length_changes_it_by_that(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


def test_transitions_shortened_by_more_than_they_last_change_nothing_and_say_how_long() -> None:
    reading = probe("shorten the transitions by 2 seconds")
    assert not reading.edits and "0.75 s" in reading.suggestions[0]


SEVERAL: list[tuple[str, list[dict[str, Any]]]] = [
    ("photos 1 to 3 shorter", [
        {"kind": "seconds_per_photo", "factor": 0.8, "index": k} for k in (1, 2, 3)]),
    ("remove photos 2 to 4", [{"kind": "remove", "index": k} for k in (4, 3, 2)]),
    ("make photos 2 and 3 4 seconds each", [
        {"kind": "seconds_per_photo", "seconds": 4, "index": k} for k in (2, 3)]),
    ("photo 2 and photo 3 4 seconds", [
        {"kind": "seconds_per_photo", "seconds": 4, "index": k} for k in (2, 3)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), SEVERAL)
def test_several_photos_named_together_all_get_the_change(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


def test_one_photo_to_a_number_is_still_a_move() -> None:
    assert_does("move photo 1 to 3", [{"kind": "move", "index": 1, "to": 3}])


def _after(first: str, then: str) -> list[Edit]:
    """The edits of ``then`` said right after ``first`` was done."""
    before = probe(first).edits
    draft, _ = apply_edits(fixture(), before, MEDIA, DATES)
    return read(then, draft, MEDIA, before).edits


def test_calmer_right_after_a_music_change_is_calmer_music_only() -> None:
    assert _after("set the music to upbeat", "something calmer") == [SetMusic(source="calm")]


def test_calmer_after_anything_else_slows_the_pace_too() -> None:
    assert [e.kind for e in _after("make it black and white", "calmer")] == ["speed", "music"]


def test_not_that_then_another_look_replaces_the_look() -> None:
    assert _after("make it black and white", "hmm not that, sepia instead") == [
        SetLook(look="sepia")
    ]


FOLLOW_UPS: list[tuple[str, str, list[Edit]]] = [
    ("make the music quieter", "more", [SetMusicVolume(factor=0.8)]),
    ("turn the music down", "a lot more", [SetMusicVolume(factor=0.64)]),
    ("make the transitions 1 second", "a little shorter", [SetTransition(factor=0.8)]),
    ("use slide transitions", "much longer", [SetTransition(factor=1.5)]),
    ("make photo 2 5 seconds", "hmm a bit longer", [SetSecondsPerPhoto(index=2, factor=1.25)]),
    ("make it 30 seconds", "no 40", [SetTotalLength(seconds=40)]),
    ("make each photo 4 seconds", "no 5", [SetSecondsPerPhoto(seconds=5)]),
    ("make the music 50%", "no 30", [SetMusicVolume(percent=30)]),
    ("make the transitions 1 second", "hmm 2 instead", [SetTransition(ms=2000)]),
    ("mute the clip", "unmute it", [MuteClips(on=False)]),
    ("make the title white", "and the captions too", [
        SetTextStyle(target="captions", color="white")]),
    ("make the captions bigger", "also the title", [SetTextStyle(target="title", size=1.25)]),
    ("the transitions are too slow", "even faster", [SetTransition(factor=0.8)]),
    ("转场太慢了", "再快点", [SetTransition(factor=0.8)]),
    ("视频改成30秒", "不对，40", [SetTotalLength(seconds=40)]),
    ("标题改成白色", "字幕也是", [SetTextStyle(target="captions", color="white")]),
]  # fmt: skip


@pytest.mark.parametrize(("first", "then", "edits"), FOLLOW_UPS)
def test_a_short_follow_up_changes_what_was_just_changed(
    first: str, then: str, edits: list[Edit]
) -> None:
    assert _after(first, then) == edits


def test_a_step_said_alone_after_every_photo_got_a_length_is_every_photo() -> None:
    assert _after("make each photo 4 seconds", "shorter") == [SetSecondsPerPhoto(factor=0.8)]


def test_a_pace_said_alone_after_naming_a_transition_is_the_pace_of_the_video() -> None:
    assert _after("change the transitions to slides", "slower") == [Speed(factor=1.25)]


def test_a_bare_number_that_the_last_value_cannot_take_changes_nothing() -> None:
    assert _after("make it 60 fps", "no 23") == []


@pytest.mark.parametrize(
    "text",
    [
        "hi! can you make a video from these",
        "make a video",
        "make a video out of my photos",
        "hi can you help me make a video",
        "make a montage",
    ],
)
def test_asking_for_a_video_makes_the_slideshow(text: str) -> None:
    assert [edit.kind for edit in probe(text).edits] == ["slideshow"]


def test_the_video_with_the_article_is_the_one_being_made() -> None:
    assert_does("make the video shorter", [{"kind": "seconds_per_photo", "factor": 0.8}])


@pytest.mark.parametrize("text", ["can you help", "i need help", "how can you help me"])
def test_help_asked_alone_is_answered(text: str) -> None:
    assert probe(text).question == "help"


SLIPS: list[tuple[str, list[dict[str, Any]]]] = [
    ("make the pics longr", [{"kind": "seconds_per_photo", "factor": 1.25}]),
    ("make it squre", [{"kind": "aspect", "aspect": "1:1"}]),
    ("music lowder", [{"kind": "music_volume", "factor": 1.25}]),
    ("make it verticle", [{"kind": "aspect", "aspect": "9:16"}]),
]


@pytest.mark.parametrize(("text", "ops"), SLIPS)
def test_a_word_with_a_letter_missing_is_the_word_it_misses_it_from(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["show me the video", "watch it", "给我看看", "放一下看看"])
def test_asking_to_see_the_video_shows_it(text: str) -> None:
    reading = probe(text)
    assert reading.route == "state" and not reading.edits


@pytest.mark.parametrize("text", ["change the transition, use slides", "换个转场，用滑动的"])
def test_a_different_transition_named_in_the_same_sentence_is_not_asked_for(text: str) -> None:
    assert_does(text, [{"kind": "transition", "name": "slideleft"}])


def test_for_example_before_a_length_gives_that_length() -> None:
    assert_does(
        "第一张照片停留久一点，比如5秒", [{"kind": "seconds_per_photo", "seconds": 5, "index": 1}]
    )


def test_a_place_beside_another_request_moves_no_text() -> None:
    assert_does("it drags in the middle", [{"kind": "speed", "factor": 0.8}])


def test_a_bare_place_with_no_text_in_sight_asks() -> None:
    reading = probe("put it in the middle")
    assert reading.clarify and not reading.edits


def test_a_bare_place_right_after_a_title_moves_the_title() -> None:
    assert _after("add the title 'Hi there'", "put it in the middle") == [
        SetTextStyle(target="title", pos="center")
    ]


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("can you make it 1080p, my tv is hd", [{"kind": "resolution", "resolution": "1080p"}]),
        ("make it vertical, my phone is old", [{"kind": "aspect", "aspect": "9:16"}]),
        (
            "make it shorter, people don't watch long videos",
            [{"kind": "seconds_per_photo", "factor": 0.8}],
        ),
    ],
)
def test_what_the_persons_own_screen_is_explains_and_asks_nothing(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("the music feels too sleepy, something more upbeat", "upbeat"),
        ("the music is too sad, something happier", "upbeat"),
        ("the music, something calmer", "calm"),
    ],
)
def test_a_mood_said_after_the_music_changes_the_music_only(text: str, source: str) -> None:
    assert_does(text, [{"kind": "music", "source": source}])


def test_a_short_video_is_no_youtube_short() -> None:
    assert [
        e.kind for e in probe("hey, turn these into a short video for my mom's birthday").edits
    ] == ["slideshow"]


def test_a_length_right_after_a_music_change_is_the_videos() -> None:
    assert _after("put some happy music", "it's a bit long, make it 15 seconds") == [
        SetTotalLength(seconds=15)
    ]


def test_a_video_length_after_a_transition_change_is_the_videos() -> None:
    assert _after("make the transitions smoother", "can you make it exactly 30 seconds") == [
        SetTotalLength(seconds=30)
    ]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("make the transitions 9 seconds", "the length in seconds can be at most 5"),
        ("转场改成9秒", "时长（秒）最多是 5"),
    ],
)
def test_a_value_past_its_bound_is_told_in_the_persons_words(text: str, told: str) -> None:
    reading = probe(text)
    assert not reading.edits and told in reading.suggestions[0]


@pytest.mark.parametrize(
    "text",
    [
        "i need a birthday video from these photos",
        "help me create a memory video",
        "i want to make a birthday video for my dad",
    ],
)
def test_a_kind_of_video_asked_for_is_made(text: str) -> None:
    assert [edit.kind for edit in probe(text).edits] == ["slideshow"]


@pytest.mark.parametrize(
    "text", ["i'd like a video slideshow of these pics, about 30 seconds", "make a slideshow, 30s"]
)
def test_a_length_beside_a_video_being_made_is_its_whole_length(text: str) -> None:
    assert [e.kind for e in probe(text).edits] == ["slideshow", "total_length"]
    assert probe(text).edits[-1] == SetTotalLength(seconds=30)


def test_a_length_each_beside_a_video_being_made_is_each_photos() -> None:
    assert probe("make a slideshow, 3 seconds each").edits[-1] == SetSecondsPerPhoto(seconds=3)


OTHER_PHOTO: list[tuple[str, str, list[Edit]]] = [
    ("move photo 1 to the end", "no i meant the second one", [Undo(), Move(index=2, to="end")]),
    ("move photo 1 to the end", "no, photo 2", [Undo(), Move(index=2, to="end")]),
    ("remove photo 3", "sorry, i meant photo 4", [Undo(), Remove(index=4)]),
    ("把第一张放到最后", "不对，是第二张", [Undo(), Move(index=2, to="end")]),
]


@pytest.mark.parametrize(("first", "then", "edits"), OTHER_PHOTO)
def test_i_meant_another_photo_takes_the_change_back_and_makes_it_there(
    first: str, then: str, edits: list[Edit]
) -> None:
    assert _after(first, then) == edits


@pytest.mark.parametrize(
    ("first", "then"),
    [("标题改成“毕业快乐”", "字大一点"), ('add the title "Hi"', "make the text bigger")],
)
def test_the_text_right_after_writing_a_title_is_that_title(first: str, then: str) -> None:
    assert _after(first, then) == [SetTextStyle(target="title", size=1.25)]


@pytest.mark.parametrize(
    "text", ["sync the photos with the music", "sync it to the music", "跟着节奏切换"]
)
def test_in_sync_with_the_music_cuts_to_the_beat(text: str) -> None:
    assert [edit.kind for edit in probe(text).edits] == ["cut_to_beat"]


@pytest.mark.parametrize(
    "text", ["what transitions are there", "what filter is on", "用的什么转场", "现在是什么滤镜"]
)
def test_asking_which_transition_or_look_is_answered(text: str) -> None:
    reading = probe(text)
    assert reading.question == "style" and not reading.edits


SHAPE_WORDS: list[tuple[str, list[dict[str, Any]]]] = [
    ("old tv shape", [{"kind": "aspect", "aspect": "4:3"}]),
    ("cinema format", [{"kind": "aspect", "aspect": "21:9"}]),
    ("story format", [{"kind": "aspect", "aspect": "9:16"}]),
    ("a square one for my profile", [{"kind": "aspect", "aspect": "1:1"}]),
    ("change the orientation", [{"kind": "aspect", "aspect": "9:16"}]),
    ("change the aspect ratio to 9:16", [{"kind": "aspect", "aspect": "9:16"}]),
    ("change the resolution to 720p", [{"kind": "resolution", "resolution": "720p"}]),
]


@pytest.mark.parametrize(("text", "ops"), SHAPE_WORDS)
def test_a_shape_said_by_its_everyday_name(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["change the aspect ratio", "change the resolution", "改一下比例"])
def test_changing_the_shape_or_size_without_saying_to_what_asks(text: str) -> None:
    reading = probe(text)
    assert len(reading.clarify) >= 3 and not reading.edits


SAID_TEXTS: list[tuple[str, list[dict[str, Any]]]] = [
    ("close with a thank you message", [{"kind": "closing", "text": "Thank you"}]),
    ("add a happy birthday message at the end", [{"kind": "closing", "text": "Happy birthday"}]),
    ("credits: made by dad", [{"kind": "closing", "text": "made by dad"}]),
    ("add a final title that says the end", [{"kind": "closing", "text": "The end"}]),
    ('add an end title "Thanks!"', [{"kind": "closing", "text": "Thanks!"}]),
    ("make the title say a thank you", [{"kind": "title", "text": "Thank you"}]),
]


@pytest.mark.parametrize(("text", "ops"), SAID_TEXTS)
def test_a_text_said_by_what_it_is_gets_those_words(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


def test_asking_about_credits_is_still_the_account() -> None:
    assert probe("how many credits do i have").route == "credits"


PHOTO_TIME: list[tuple[str, list[dict[str, Any]]]] = [
    ("the display time should be 4 seconds", [{"kind": "seconds_per_photo", "seconds": 4}]),
    ("time per photo: 4", [{"kind": "seconds_per_photo", "seconds": 4}]),
    ("photo duration 2", [{"kind": "seconds_per_photo", "seconds": 2}]),
    ("set slide duration to 4", [{"kind": "seconds_per_photo", "seconds": 4}]),
    ("photo 2's display time 5 seconds", [{"kind": "seconds_per_photo", "seconds": 5, "index": 2}]),
]


@pytest.mark.parametrize(("text", "ops"), PHOTO_TIME)
def test_each_photos_time_said_by_name_is_each_photos(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(
    "then", ["make all photos the same length", "same duration for every photo", "每张照片时长一样"]
)
def test_photos_made_the_same_length_each_get_the_average(then: str) -> None:
    # photos 3, 6, 3, 3, 3 s: 3.6 s each
    assert _after("make photo 2 6 seconds", then) == [SetSecondsPerPhoto(seconds=3.6)]


def test_transitions_added_after_straight_cuts_are_crossfades() -> None:
    assert _after("no transitions", "add transitions") == [SetTransition(name="crossfade")]


def test_transitions_added_where_there_are_some_asks_which() -> None:
    reading = probe("add transitions")
    assert len(reading.clarify) >= 5 and not reading.edits


def test_an_instagram_filter_is_no_instagram_shape() -> None:
    reading = probe("instagram filter")
    assert not reading.edits and reading.topic == "look"


def test_golden_hour_is_warm() -> None:
    assert_does("golden hour look", [{"kind": "look", "look": "warm"}])


@pytest.mark.parametrize(
    "text", ["标题用黄色，字大一点", "make the title yellow and the text bigger"]
)
def test_the_text_after_the_title_in_one_sentence_is_the_title(text: str) -> None:
    assert probe(text).edits == [
        SetTextStyle(target="title", color="yellow"),
        SetTextStyle(target="title", size=1.25),
    ]


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("undo the last 2 changes", 2),
        ("undo twice", 2),
        ("go back two steps", 2),
        ("撤销两步", 2),
        ("撤销最近三次修改", 3),
    ],
)
def test_several_changes_taken_back_say_how_many(text: str, steps: int) -> None:
    assert probe(text).edits == [Undo(steps=steps)]


@pytest.mark.parametrize("text", ["try another filter", "换个滤镜", "add a filter"])
def test_another_filter_asks_which_look(text: str) -> None:
    reading = probe(text)
    assert len(reading.clarify) == 5 and not reading.edits


def test_another_filter_named_is_that_look() -> None:
    assert_does("change the filter to sepia", [{"kind": "look", "look": "sepia"}])


@pytest.mark.parametrize("text", ["undo all my changes", "revert everything", "全部撤销"])
def test_undoing_everything_goes_as_far_back_as_the_history_does(text: str) -> None:
    assert probe(text).edits == [Undo(steps=50)]


def test_the_final_photo_is_the_last_photo_not_the_clip_after_it() -> None:
    assert_does(
        "hold the final photo longer", [{"kind": "seconds_per_photo", "factor": 1.25, "index": 5}]
    )


def test_where_the_photos_were_taken_is_no_question_about_the_video() -> None:
    reading = probe("where were these taken")
    assert not reading.question and not reading.edits


@pytest.mark.parametrize("then", ["remove the middle photo", "中间那张去掉"])
def test_the_middle_photo_of_an_odd_number_is_the_one_in_the_middle(then: str) -> None:
    assert _after("remove the party clip", then) == [Remove(index=3)]


def test_the_middle_photo_of_an_even_number_is_asked_about_and_moves_no_text() -> None:
    reading = probe("中间那张去掉")  # six items: the third or the fourth?
    assert not reading.edits
    assert [option.edits for option in reading.clarify] == [[Remove(index=3)], [Remove(index=4)]]


def test_the_ending_font_in_a_colour_is_the_closing_text() -> None:
    assert_does(
        "结尾字体换成黄色", [{"kind": "text_style", "target": "closing", "color": "yellow"}]
    )


def test_the_others_step_leaves_the_photo_named_alone() -> None:
    ops = [{"kind": "seconds_per_photo", "factor": 1.25, "index": 1}]
    ops += [{"kind": "seconds_per_photo", "factor": 0.8, "index": n} for n in (2, 3, 4, 5)]
    assert_does("make the first photo longer and the others shorter", ops)


@pytest.mark.parametrize(
    ("text", "source"),
    [("这首不行，换个安静点的", "calm"), ("音乐不好听，换个欢快的", "upbeat"),
     ("not this song, change to a calm one", "calm")],
)  # fmt: skip
def test_another_mood_after_a_clause_about_the_song_changes_the_song_only(
    text: str, source: str
) -> None:
    assert_does(text, [{"kind": "music", "source": source}])
