"""Follow-ups found in play-testing: a value said right after a question takes the question's
subject ("is it 60fps?" then "make it 60 then"); "remove 3 seconds" takes that much off the
video; "the fade at the end of the video should be shorter, half a sec" is the video's fade-out;
"crossfades pls not cuts" are crossfades."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.instruct.asked_topic import after_question, topic_of
from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import SetFps, SetTransition

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import MEDIA, assert_does, fixture, probe


def test_a_bare_number_after_a_frame_rate_question_is_the_frame_rate() -> None:
    reading = after_question(probe("make it 60 then"), "format")
    assert reading.edits == [SetFps(fps=60)] and not reading.clarify


def test_a_bare_number_with_no_question_before_still_asks() -> None:
    assert probe("make it 60 then").clarify


def test_a_question_on_another_subject_leaves_the_choice_open() -> None:
    reading = after_question(probe("make it 60 then"), "count")
    assert reading.clarify and not reading.edits


def test_it_after_a_music_question_is_the_music() -> None:
    draft = fixture()
    reading = after_question(
        probe("lower it to 40"), "music", "lower it to 40", lambda said: read(said, draft, MEDIA)
    )
    assert [(e.kind, getattr(e, "percent", None)) for e in reading.edits] == [("music_volume", 40)]


def test_the_question_answered_carries_to_the_next_turn_only_until_a_change(
    three_photos: LocalBackend,
) -> None:
    asked = three_photos.edit("is it 60fps?", None)
    assert asked.action == "answer"
    last = three_photos.sessions.last_turn(asked.session_id)
    assert last is not None and last.topic == "format"
    done = three_photos.edit("make it 60 then", None)
    assert done.action == "edit" and done.changes
    last = three_photos.sessions.last_turn(asked.session_id)
    assert last is not None and last.topic is None and last.edits == [SetFps(fps=60)]


def test_another_turn_between_keeps_the_latest_question(three_photos: LocalBackend) -> None:
    three_photos.edit("is it 60fps?", None)
    three_photos.edit("how many photos are there", None)
    assert three_photos.edit("make it 60 then", None).action == "clarify"


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("remove 3 seconds", 16.25), ("lose 2 seconds", 17.25), ("trim off 3 seconds", 16.25),
     ("drop 4 seconds from it", 15.25), ("add 3 seconds", 22.25),
     ("add another 5 seconds", 24.25), ("remove 2 more seconds", 17.25)],
)  # fmt: skip
def test_seconds_removed_or_added_alone_change_the_videos_length(text: str, seconds: float) -> None:
    assert_does(text, [{"kind": "total_length", "seconds": seconds}])


def test_a_photo_named_by_its_length_is_still_a_photo_to_remove() -> None:
    assert probe("remove the 3 second one").clarify


def test_giving_a_photo_seconds_is_its_length_not_more_video() -> None:
    assert_does(
        "the beach one goes by too quick, give it like 5 seconds",
        [{"kind": "seconds_per_photo", "index": 1, "seconds": 5}],
    )


@pytest.mark.parametrize(
    "text",
    [
        "the fade at the end of the video should be shorter, half a sec",
        "make the fade at the end shorter, like 0.5 sec",
        "video fade out shorter 0.5 sec",
        "end fade 0.5s",
    ],
)
def test_the_fade_at_the_end_with_an_amount_is_the_videos_fade_out(text: str) -> None:
    assert_does(text, [{"kind": "video_fade", "fade_out_ms": 500}])


def test_an_amount_after_a_comparative_is_the_length_not_a_step() -> None:
    assert_does(
        "make the dog photo longer, 5 seconds",
        [{"kind": "seconds_per_photo", "index": 3, "seconds": 5}],
    )
    assert_does("the crossfades should be longer, 1 sec", [{"kind": "transition", "ms": 1000}])


def test_the_music_fade_with_an_amount_stays_the_musics() -> None:
    assert_does(
        "the fade at the end of the music should be shorter, 1 second",
        [{"kind": "music_fade", "fade_out_ms": 1000}],
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [("crossfades not cuts", "crossfade"), ("cuts instead of crossfades", "none"),
     ("i want fades not jump cuts", "crossfade"), ("cuts not fades", "none"),
     ("i prefer cuts over fades", "none"), ("i prefer crossfades over cuts", "crossfade"),
     ("cuts between the photos please", "none")],
)  # fmt: skip
def test_cuts_set_against_a_transition_are_a_transition(text: str, name: str) -> None:
    reading = probe(text)
    assert reading.edits == [SetTransition(name=name)] and not reading.leftover


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("the fade out at the end, make it shorter", [{"kind": "video_fade", "fade_out_ms": 800}]),
        ("fade at the end, make it a bit longer", [{"kind": "video_fade", "fade_out_ms": 1250}]),
        ("the fade in at the start, make it 2 secs", [{"kind": "video_fade", "fade_in_ms": 2000}]),
        ("the fade at the start too, 1 sec", [{"kind": "video_fade", "fade_in_ms": 1000}]),
    ],
)
def test_it_after_the_fade_named_is_that_fade_only(text: str, ops: list[dict[str, object]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(
    ("question", "text", "topic"),
    [("how long is each photo on screen?", "length", "photo_length"),
     ("is there a fade at the end", "style", "fade_end"),
     ("are the transitions crossfades?", "style", "transitions"),
     ("is it 60fps?", "format", "format")],
)  # fmt: skip
def test_the_part_of_a_subject_asked_about_is_kept(question: str, text: str, topic: str) -> None:
    assert topic_of(text, question) == topic


def test_it_after_a_question_on_the_fade_at_the_end_is_that_fade() -> None:
    draft = fixture()
    said = "make it longer, 2 secs"
    reading = after_question(probe(said), "fade_end", said, lambda s: read(s, draft, MEDIA))
    assert [(e.kind, getattr(e, "fade_out_ms", None)) for e in reading.edits] == [
        ("video_fade", 2000)
    ]


def test_an_edit_understood_is_not_turned_into_a_question_about_the_music() -> None:
    draft = fixture()
    said = "make it longer"
    reading = after_question(probe(said), "music", said, lambda s: read(s, draft, MEDIA))
    assert reading.edits == probe(said).edits and not reading.clarify


@pytest.mark.parametrize(
    "text",
    ["fades, cuts", "cuts vs fades", "fades and cuts", "cuts fades", "fades and slides",
     "crossfade, wipe"],
)  # fmt: skip
def test_two_transitions_with_nothing_refusing_either_ask_which(text: str) -> None:
    reading = probe(text)
    assert not reading.edits and len(reading.clarify) == 2
    assert all(len(o.edits) == 1 and isinstance(o.edits[0], SetTransition) for o in reading.clarify)


@pytest.mark.parametrize(
    ("text", "name"),
    [("slides, actually no, fades", "crossfade"), ("slides no wait fades", "crossfade"),
     ("slides, no, fades", "crossfade"), ("cuts, actually no, crossfades", "crossfade"),
     ("fades no slides", "crossfade"), ("crossfades no cuts", "crossfade"),
     ("fades, no slides", "crossfade"), ("cuts, not fades", "none"),
     ("cuts and not fades", "none"), ("cuts over crossfades", "none"),
     ("use slides instead, fades are boring", "slideleft")],
)  # fmt: skip
def test_the_transition_taken_back_or_refused_is_not_the_one_set(text: str, name: str) -> None:
    reading = probe(text)
    assert reading.edits == [SetTransition(name=name)] and not reading.leftover


def test_a_transition_turned_into_another_in_chinese_is_not_asked_about() -> None:
    reading = probe("淡入淡出的转场改成向左推")
    assert not reading.clarify and reading.edits[-1] == SetTransition(name="pushleft")


def test_the_amount_said_of_a_fade_in_named_before_it_stays_in_each_choice() -> None:
    reading = probe("the fade in, make it 2 seconds")
    assert reading.clarify and all(
        getattr(o.edits[0], "fade_in_ms", None) == 2000 for o in reading.clarify
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [("i'd rather have cuts than fades", "none"), ("prefer straight cuts over the fades", "none"),
     ("i would prefer fades than cuts", "crossfade")],
)  # fmt: skip
def test_a_transition_preferred_over_another_is_set(text: str, name: str) -> None:
    assert probe(text).edits == [SetTransition(name=name)]


def test_than_alone_with_nothing_preferring_asks() -> None:
    reading = probe("cuts than fades")
    assert reading.clarify and not reading.edits


@pytest.mark.parametrize(
    ("text", "ops"),
    [("how long is each pic? make it 2", [{"kind": "seconds_per_photo", "seconds": 2}]),
     ("whats the fps rn? make it 60 pls", [{"kind": "fps", "fps": 60}]),
     ("is there music? 50", [{"kind": "music_volume", "percent": 50}])],
)  # fmt: skip
def test_a_value_after_a_question_in_one_message_is_of_its_subject(
    text: str, ops: list[dict[str, object]]
) -> None:
    assert_does(text, ops)


def test_a_question_followed_by_thanks_is_still_answered() -> None:
    assert probe("is it 60fps? thanks").question == "format"


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("add on 4 seconds", 23.25), ("add an additional 3 seconds", 22.25),
     ("add extra 5 seconds", 24.25), ("remove an additional 2 seconds", 17.25),
     ("add 2 extra seconds", 21.25)],
)  # fmt: skip
def test_more_of_a_length_said_alone_changes_the_videos_length(text: str, seconds: float) -> None:
    assert_does(text, [{"kind": "total_length", "seconds": seconds}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [("the fade at the end, shorter pls", [{"kind": "video_fade", "fade_out_ms": 800}]),
     ("fade out at the end, longer", [{"kind": "video_fade", "fade_out_ms": 1250}]),
     ("the fade at the end, shorter pls, like half a sec",
      [{"kind": "video_fade", "fade_out_ms": 500}])],
)  # fmt: skip
def test_a_comparative_after_the_fade_named_is_that_fade_only(
    text: str, ops: list[dict[str, object]]
) -> None:
    assert_does(text, ops)


def test_a_bare_comparative_after_a_question_on_the_fade_is_that_fade() -> None:
    draft = fixture()
    said = "shorter pls, like half a sec"
    reading = after_question(probe(said), "fade_end", said, lambda s: read(s, draft, MEDIA))
    assert [(e.kind, getattr(e, "fade_out_ms", None)) for e in reading.edits] == [
        ("video_fade", 500)
    ]


def test_a_bare_transition_after_a_question_on_transitions_is_set() -> None:
    draft = fixture()
    reading = after_question(probe("cuts then"), "transitions", "cuts then",
                             lambda s: read(s, draft, MEDIA))  # fmt: skip
    assert reading.edits == [SetTransition(name="none")]
