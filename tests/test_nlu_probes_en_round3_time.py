"""English phrasings about time and sound found by chatting as a person would (third round):
photos asked to "last half as long", transitions "cut shorter" (they were removed and every
photo shortened), "a longer fade to black" (the ending, unless the photos fade to black too),
songs asked to end abruptly or that "cut off weird", genres we have no track for, the pace said
as "1.5x slower", a question with a request after it, and follow-ups on a fade ("longer" made
every photo longer), on the music ("no the other song" removed it) and on the clip's sound."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.instruct.interpret import read
from photo_video_maker.instruct.reading import Reading
from photo_video_maker.model.edits import apply_edits

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, assert_does, fixture, probe

TIMES: list[tuple[str, list[dict[str, Any]]]] = [
    ("make the pictures last half as long", [{"kind": "seconds_per_photo", "factor": 0.5}]),
    ("make each photo last twice as long", [{"kind": "seconds_per_photo", "factor": 2.0}]),
    ("make the dog photo last twice as long", [
        {"kind": "seconds_per_photo", "index": 3, "factor": 2.0}]),
    ("make it 1.5x slower", [{"kind": "speed", "factor": 1.5}]),
    ("3x faster", [{"kind": "speed", "factor": 0.33}]),
    ("1.5x faster", [{"kind": "speed", "factor": 0.67}]),
    ("make the vid 20 secs", [{"kind": "total_length", "seconds": 20}]),
    ("slow the vid down", [{"kind": "speed", "factor": 1.25}]),
    ("make the video match the song length", [{"kind": "length_to_song"}]),
    ("can u make each pic stay like 4 secs", [{"kind": "seconds_per_photo", "seconds": 4}]),
    ("each pic 4s, thanks!", [{"kind": "seconds_per_photo", "seconds": 4}]),
    ("give each photo an extra second", [{"kind": "seconds_per_photo", "seconds": 4}]),
    ("keep the beach one up for 6 secs", [
        {"kind": "seconds_per_photo", "index": 1, "seconds": 6}]),
    ("the dog pic goes too fast", [{"kind": "seconds_per_photo", "index": 3, "factor": 1.25}]),
    ("make it 45 sec total", [{"kind": "total_length", "seconds": 45}]),
    ("slow the whole thing down a touch", [{"kind": "speed", "factor": 1.25}]),
    ("way too fast, slow it down a lot", [{"kind": "speed", "factor": 1.5}]),
    ("shorten the video by 5 seconds", [{"kind": "total_length", "seconds": 14.25}]),
]  # fmt: skip

TRANSITIONS: list[tuple[str, list[dict[str, Any]]]] = [
    ("cut the transitions shorter", [{"kind": "transition", "factor": 0.8}]),
    ("cut the crossfades shorter", [{"kind": "transition", "factor": 0.8}]),
    ("longer fade to black between photos", [
        {"kind": "transition", "name": "fadeblack", "factor": 1.25}]),
    ("make the transitions less sudden", [{"kind": "transition", "factor": 1.25}]),
    ("transitions r too slow", [{"kind": "transition", "factor": 0.8}]),
    ("softer transitions pls", [{"kind": "transition", "factor": 1.25}]),
    ("hard cuts between photos please", [{"kind": "transition", "name": "none"}]),
    ("make the crossfade half a second", [{"kind": "transition", "name": "crossfade", "ms": 500}]),
    ("use a dip to black", [{"kind": "transition", "name": "fadeblack"}]),
]  # fmt: skip

FADES: list[tuple[str, list[dict[str, Any]]]] = [
    ("longer fade to black", [{"kind": "video_fade", "fade_out_ms": 1250}]),
    ("a shorter fade to black", [{"kind": "video_fade", "fade_out_ms": 800}]),
    ("fade the video out slowly at the end", [{"kind": "video_fade", "fade_out_ms": 1250}]),
    ("start on black", [{"kind": "video_fade", "fade_in_ms": 1000}]),
    ("let the video end abruptly", [{"kind": "video_fade", "fade_out_ms": 0}]),
    ("fade in from black pls", [{"kind": "video_fade", "fade_in_ms": 1000}]),
    ("let the song end abruptly", [{"kind": "music_fade", "fade_out_ms": 0}]),
    ("stop fading the music out", [{"kind": "music_fade", "fade_out_ms": 0}]),
    ("cut the music off at the end without fading", [{"kind": "music_fade", "fade_out_ms": 0}]),
    ("music should just stop at the end", [{"kind": "music_fade", "fade_out_ms": 0}]),
    ("have the song stop dead at the end", [{"kind": "music_fade", "fade_out_ms": 0}]),
    ("no music fade at the end, just stop", [{"kind": "music_fade", "fade_out_ms": 0}]),
    ("the song cuts off weird at the end", [{"kind": "music_fade", "fade_out_ms": 2500}]),
    ("fade the song out slowly at the end", [{"kind": "music_fade", "fade_out_ms": 2500}]),
]  # fmt: skip

SOUND: list[tuple[str, list[dict[str, Any]]]] = [
    ("swap to acoustic", [{"kind": "music", "source": "acoustic"}]),
    ("swap to summer breeze", [{"kind": "music", "source": "song1"}]),
    ("use the summer breeze song", [{"kind": "music", "source": "song1"}]),
    ("can the music be summer breeze?", [{"kind": "music", "source": "song1"}]),
    ("what song is playing? can we change it to summer breeze", [
        {"kind": "music", "source": "song1"}]),
    ("is there music? remove it pls", [{"kind": "remove_music"}]),
    ("how long is it? make it 25 seconds", [{"kind": "total_length", "seconds": 25}]),
    ("lose the party clip audio", [{"kind": "mute_clips", "on": True}]),
    ("kill the bgm", [{"kind": "remove_music"}]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), TIMES)
def test_photo_times_and_pace_said_as_multiples_or_with_vid(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), TRANSITIONS)
def test_transitions_cut_shorter_are_shorter_never_removed(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), FADES)
def test_fades_said_slowly_or_endings_asked_abrupt(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), SOUND)
def test_music_swapped_named_or_asked_after_a_question(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(
    "text",
    ["can i have some kpop", "add christmas music", "use a christmas song", "can u put jazz on it",
     "some hip hop please", "i want rock music"],
)  # fmt: skip
def test_a_genre_we_have_no_track_for_changes_nothing_and_suggests_music(text: str) -> None:
    reading = probe(text)
    assert reading.edits == [] and not reading.clarify
    assert reading.topic == "music"


def test_ending_abruptly_without_saying_whose_asks() -> None:
    reading = probe("let it end abruptly")
    assert reading.edits == [] and len(reading.clarify) == 2


def test_a_longer_fade_to_black_asks_when_the_photos_fade_to_black_too() -> None:
    reading = _after("use fade to black between photos", "longer fade to black")
    assert reading.edits == [] and len(reading.clarify) == 2


def _after(first: str, then: str) -> Reading:
    before = probe(first).edits
    draft, _ = apply_edits(fixture(), before, MEDIA, DATES)
    return read(then, draft, MEDIA, before)


def _ops(reading: Reading) -> list[dict[str, Any]]:
    return [{"kind": e.kind, **e.model_dump(exclude_none=True, exclude={"kind"})}
            for e in reading.edits]  # fmt: skip


FOLLOW_UPS: list[tuple[str, str, list[dict[str, Any]]]] = [
    ("fade in from black pls", "longer", [{"kind": "video_fade", "fade_in_ms": 1250}]),
    ("fade in from black pls", "a bit more", [{"kind": "video_fade", "fade_in_ms": 1250}]),
    ("fade in from black pls", "much longer", [{"kind": "video_fade", "fade_in_ms": 1500}]),
    ("fade in from black pls", "shorter", [{"kind": "video_fade", "fade_in_ms": 800}]),
    ("fade in from black pls", "make it 2 seconds", [{"kind": "video_fade", "fade_in_ms": 2000}]),
    ("fade in from black pls", "no, 3 seconds", [{"kind": "video_fade", "fade_in_ms": 3000}]),
    ("fade to black at the end", "longer", [{"kind": "video_fade", "fade_out_ms": 1250}]),
    ("fade the music out at the end", "longer", [{"kind": "music_fade", "fade_out_ms": 2500}]),
    ("fade out the song over 3 seconds", "a little shorter", [
        {"kind": "music_fade", "fade_out_ms": 2400}]),
    ("fade out the song over 3 seconds", "make it 5", [
        {"kind": "music_fade", "fade_out_ms": 5000}]),
    ("use upbeat music", "go back to the previous song", [{"kind": "undo", "steps": 1}]),
    ("use upbeat music", "nah go back to the old music", [{"kind": "undo", "steps": 1}]),
    ("use upbeat music", "i liked the first song better", [{"kind": "undo", "steps": 1}]),
    ("use upbeat music", "no music", [{"kind": "remove_music"}]),
    ("remove the music", "bring the music back", [{"kind": "undo", "steps": 1}]),
    ("remove the music", "i want the music back", [{"kind": "undo", "steps": 1}]),
    ("mute the clip", "actually keep the sound", [{"kind": "mute_clips", "on": False}]),
    ("mute the clip", "no wait keep the audio", [{"kind": "mute_clips", "on": False}]),
    ("mute the clip", "turn it back on", [{"kind": "mute_clips", "on": False}]),
    ("mute the clip", "bring the sound back", [{"kind": "mute_clips", "on": False}]),
    ("make every photo longer", "no, 3 seconds", [{"kind": "seconds_per_photo", "seconds": 3}]),
    ("speed it up", "too fast now", [{"kind": "speed", "factor": 1.25}]),
]  # fmt: skip


@pytest.mark.parametrize(("first", "then", "ops"), FOLLOW_UPS)
def test_a_follow_up_on_a_fade_or_the_sound_is_about_that_same_thing(
    first: str, then: str, ops: list[dict[str, Any]]
) -> None:
    assert _ops(_after(first, then)) == ops


@pytest.mark.parametrize(
    "then", ["no the other song", "not that one", "wrong song", "not that song", "nope",
             "the other one", "hmm no, another one"],
)  # fmt: skip
def test_not_that_song_after_the_music_changed_asks_which_instead(then: str) -> None:
    reading = _after("use upbeat music", then)
    assert reading.edits == []
    sources = {e.source for option in reading.clarify for e in option.edits}  # type: ignore[attr-defined]
    assert "upbeat" not in sources and {"calm", "song1"} <= sources


@pytest.mark.parametrize(
    "text", ["can you play it slower? nah never mind", "make it 30 seconds. actually forget it",
             "slower pls, nvm"],
)  # fmt: skip
def test_a_request_taken_back_at_the_end_of_the_message_changes_nothing(text: str) -> None:
    assert probe(text).edits == []


def test_nvm_said_first_is_still_the_undo_asked() -> None:
    assert [e.kind for e in probe("nvm, undo it").edits] == ["undo"]


@pytest.mark.parametrize("text", ["the music, take it off", "is the music on? take it off pls"])
def test_take_it_off_after_naming_the_music_removes_it(text: str) -> None:
    assert_does(text, [{"kind": "remove_music"}])


BOTH_WORDS: list[tuple[str, list[dict[str, Any]]]] = [
    ("make the crossfades longer by half a second", [{"kind": "transition", "ms": 1250}]),
    ("make the transitions smoother and slower", [{"kind": "transition", "factor": 1.25}]),
    ("make the fades softer and longer", [{"kind": "transition", "factor": 1.25}]),
    ("snappier and quicker transitions", [{"kind": "transition", "factor": 0.8}]),
    ("make the transitions smoother and the video slower", [
        {"kind": "transition", "factor": 1.25}, {"kind": "speed", "factor": 1.25}]),
    ("first photo 6s, rest 3s", [
        {"kind": "seconds_per_photo", "seconds": 3},
        {"kind": "seconds_per_photo", "index": 1, "seconds": 6}]),
    ("first photo 6s rest 3s", [
        {"kind": "seconds_per_photo", "seconds": 3},
        {"kind": "seconds_per_photo", "index": 1, "seconds": 6}]),
    ("photo 2 5 seconds, others 2", [
        {"kind": "seconds_per_photo", "seconds": 2},
        {"kind": "seconds_per_photo", "index": 2, "seconds": 5}]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), BOTH_WORDS)
def test_two_steps_of_the_transitions_or_the_rest_said_bare_are_one_request(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


SILENT: list[tuple[str, list[dict[str, Any]]]] = [
    (text, [{"kind": "remove_music"}, {"kind": "mute_clips", "on": True}])
    for text in ("make the video silent", "i want it completely silent", "no audio at all",
                 "remove all audio", "turn all the sound off", "silent video please")
] + [
    ("turn off all sound on the clip", [{"kind": "mute_clips", "on": True}]),
    ("no music", [{"kind": "remove_music"}]),
    ("use wipe transitions going left", [{"kind": "transition", "name": "wipeleft"}]),
    ("slide going right", [{"kind": "transition", "name": "slideright"}]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), SILENT)
def test_no_sound_at_all_removes_the_music_and_mutes_the_clip(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


MORE_FOLLOW_UPS: list[tuple[str, str, list[dict[str, Any]]]] = [
    ("transitions 1 second", "half that", [{"kind": "transition", "ms": 500}]),
    ("make it 30 seconds", "double that", [{"kind": "total_length", "seconds": 60.0}]),
    ("use slide transitions", "the other direction", [
        {"kind": "transition", "name": "slideright"}]),
    ("use slide transitions", "no, the other way", [
        {"kind": "transition", "name": "slideright"}]),
    ("use slide transitions", "reverse the order", [{"kind": "reverse"}]),
    ("use slide transitions", "from the other side", [
        {"kind": "transition", "name": "slideright"}]),
    ("fade to black at the end", "and at the start too", [
        {"kind": "video_fade", "fade_in_ms": 1000}]),
    ("fade in from black pls", "at the end too", [{"kind": "video_fade", "fade_out_ms": 1000}]),
    ("mute the clip", "and the music", [{"kind": "music_volume", "percent": 0.0}]),
]  # fmt: skip


@pytest.mark.parametrize(("first", "then", "ops"), MORE_FOLLOW_UPS)
def test_half_that_the_other_direction_and_the_other_end_too(
    first: str, then: str, ops: list[dict[str, Any]]
) -> None:
    assert _ops(_after(first, then)) == ops


FADE_WORDS: list[tuple[str, list[dict[str, Any]]]] = [
    ("no fade in or fade out on the music", [
        {"kind": "music_fade", "fade_in_ms": 0, "fade_out_ms": 0}]),
    ("no fade in or out", [{"kind": "video_fade", "fade_in_ms": 0, "fade_out_ms": 0}]),
    ("end with a long fade to black, 4 seconds", [{"kind": "video_fade", "fade_out_ms": 4000}]),
    ("end with thank you", [{"kind": "closing", "text": "thank you"}]),
    ("chill pace", [{"kind": "speed", "factor": 1.25}, {"kind": "music", "source": "calm"}]),
    ("chill vibe", [{"kind": "music", "source": "lofi"}]),
    ("squeeze it into 15 seconds", [{"kind": "total_length", "seconds": 15}]),
    ("cram it all into 10 seconds", [{"kind": "total_length", "seconds": 10}]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), FADE_WORDS)
def test_fades_said_together_a_chill_pace_and_a_video_squeezed(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(
    "text", ["end it with a long fade", "start the music with a fade and end it with a long fade"]
)
def test_a_fade_to_end_with_is_never_a_closing_text(text: str) -> None:
    assert not any(e.kind == "closing" for e in probe(text).edits)


STEPS_BACK: list[tuple[str, str, list[dict[str, Any]]]] = [
    ("make each photo longer", "too much, go back halfway", [
        {"kind": "seconds_per_photo", "factor": 0.9}]),
    ("speed it up", "go back halfway", [{"kind": "speed", "factor": 1.125}]),
    ("speed it up a lot", "hmm too much", [{"kind": "speed", "factor": 1.25}]),
    ("turn the music down", "too much", [{"kind": "music_volume", "factor": 1.25}]),
    ("make the transitions longer", "too much", [{"kind": "transition", "factor": 0.8}]),
    ("use cinematic music", "fade it out at the end", [
        {"kind": "music_fade", "fade_out_ms": 2000}]),
    ("use cinematic music", "fade it out over 4 seconds", [
        {"kind": "music_fade", "fade_out_ms": 4000}]),
    ("turn the music down", "and fade it out slowly", [
        {"kind": "music_fade", "fade_out_ms": 2500}]),
    ("use cinematic music", "fade to black at the end", [
        {"kind": "video_fade", "fade_out_ms": 1000}]),
]  # fmt: skip


@pytest.mark.parametrize(("first", "then", "ops"), STEPS_BACK)
def test_too_much_steps_back_and_fading_it_after_the_music_is_the_music(
    first: str, then: str, ops: list[dict[str, Any]]
) -> None:
    assert _ops(_after(first, then)) == ops


@pytest.mark.parametrize(("text", "ops"), [
    ("fade it out slowly", [{"kind": "video_fade", "fade_out_ms": 1250}]),
    ("can you make it so the music fades out slowly", [
        {"kind": "music_fade", "fade_out_ms": 2500}]),
    ("make it so each photo is 3 seconds", [{"kind": "seconds_per_photo", "seconds": 3}]),
])  # fmt: skip
def test_a_slow_fade_out_is_one_longer_fade_never_longer_transitions(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["the start is too abrupt", "it starts too suddenly"])
def test_a_sudden_start_without_saying_whose_asks_picture_or_music(text: str) -> None:
    reading = probe(text)
    kinds = {e.kind for option in reading.clarify for e in option.edits}
    assert reading.edits == [] and kinds == {"video_fade", "music_fade"}


@pytest.mark.parametrize(("text", "ops"), [
    ("make the intro fade in slower", [{"kind": "video_fade", "fade_in_ms": 1000}]),
    ("the start is too abrupt, fade in 2s", [{"kind": "video_fade", "fade_in_ms": 2000}]),
    ("the music starts too suddenly", [{"kind": "music_fade", "fade_in_ms": 1000}]),
])  # fmt: skip
def test_a_slower_fade_in_is_that_fade_never_the_pace(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), [
    ("make it 30 secs and no transitions", [
        {"kind": "total_length", "seconds": 30}, {"kind": "transition", "name": "none"}]),
    ("make it 30 secs with upbeat music and no transitions", [
        {"kind": "total_length", "seconds": 30}, {"kind": "music", "source": "upbeat"},
        {"kind": "transition", "name": "none"}]),
])  # fmt: skip
def test_it_then_no_transitions_is_never_a_photo_to_remove(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["i don't want it", "not it"])
def test_it_and_no_in_english_remove_nothing_unasked(text: str) -> None:
    assert probe(text).edits == []


def test_an_uploaded_song_named_as_typed_without_spaces_or_underscores() -> None:
    assert_does("use summerbreeze", [{"kind": "music", "source": "song1"}])
    media = dict(MEDIA)
    media["song1"] = dataclasses.replace(media["song1"], name="Road_Trip-Mix.mp3")
    for text in ("use the road trip mix", "use roadtripmix"):
        assert [e.model_dump() for e in read(text, fixture(), media).edits] == [
            {"kind": "music", "source": "song1"}
        ]
