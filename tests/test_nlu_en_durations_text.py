"""Photo times, titles, closing texts, the video's fades and its length, as people type them in
English: "put the dog pic for 5" asks whether 5 seconds or the 5th place (it moved the photo
without a word); "ok so the photos go by way too fast" is a complaint after a lead-in (not a
reason); "finish with the words The End" is the closing text; "i want it to end right when the
music ends" is the song's length; wondering ("..., thoughts?") changes nothing."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, fixture, probe

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import Move, SetSecondsPerPhoto

SPP = "seconds_per_photo"


def _options(text: str) -> list[list[object]]:
    reading = probe(text)
    assert not reading.edits, (text, reading)
    return [option.edits for option in reading.clarify]


def test_a_bare_number_after_a_photo_asks_seconds_or_place() -> None:
    for text, index, n in [
        ("put the dog pic for 5", 3, 5),
        ("make the beach one 4", 1, 4),
        ("set the city one to 2", 2, 2),
        ("make pic 2 5", 2, 5),
        ("set the garden one to 1", 5, 1),
    ]:
        assert _options(text) == [
            [SetSecondsPerPhoto(seconds=n, index=index)],
            [Move(index=index, to=n)],
        ], text


def test_a_number_with_its_unit_or_place_is_not_asked() -> None:
    assert_does("make the beach one 4 seconds", [{"kind": SPP, "seconds": 4, "index": 1}])
    assert_does("put the dog pic 5th", [{"kind": "move", "index": 3, "to": 5}])
    assert_does("make the dog pic number 5", [{"kind": "move", "index": 3, "to": 5}])
    assert_does("put the forest one at 1 pls", [{"kind": "move", "index": 4, "to": "start"}])
    assert_does("make the dog pic stay for 5", [{"kind": SPP, "seconds": 5, "index": 3}])
    assert_does("move the city one to 2", [{"kind": "move", "index": 2, "to": 2}])


def test_the_turn_before_settles_a_bare_number() -> None:
    after_time = [SetSecondsPerPhoto(seconds=5, index=3)]
    reading = read("make the beach one 4", fixture(), {}, after_time)
    assert reading.edits == [SetSecondsPerPhoto(seconds=4, index=1)], reading


def test_a_complaint_after_a_lead_in_is_more_time() -> None:
    assert_does("ok so the photos go by way too fast", [{"kind": "speed", "factor": 1.5}])
    assert_does("let each pic breathe a bit", [{"kind": SPP, "factor": 1.25}])


def test_what_cannot_be_seen_then_why_is_the_complaint() -> None:
    text = "i cant even see the pics theyre gone so quick"
    assert_does(text, [{"kind": SPP, "factor": 1.25}])


def test_finish_with_the_words_gives_the_closing_text() -> None:
    assert_does("finish with the words The End pls", [{"kind": "closing", "text": "The End"}])
    text = "finish with the words thanks for watching"
    assert_does(text, [{"kind": "closing", "text": "thanks for watching"}])
    assert_does(
        "close it out with Thanks Everyone", [{"kind": "closing", "text": "Thanks Everyone"}]
    )
    text = "add a goodbye screen that says see ya next time"
    assert_does(text, [{"kind": "closing", "text": "see ya next time"}])


def test_a_title_keeps_its_exclamation_after_a_number() -> None:
    text = "title needs to say Grandma Turns 80!"
    assert_does(text, [{"kind": "title", "text": "Grandma Turns 80!"}])


def test_going_black_at_the_end_is_the_video_fade() -> None:
    assert_does("i dont want it to go black at the end", [{"kind": "video_fade", "fade_out_ms": 0}])


def test_the_song_length_said_many_ways() -> None:
    for text in [
        "i want it to end right when the music ends",
        "i want the pics to keep going until the music stops",
        "fit the slideshow to the song",
        "match the video to the music",
    ]:
        assert_does(text, [{"kind": "length_to_song"}])


def test_it_so_many_seconds_long_is_the_whole_video() -> None:
    assert_does("make it 12 seconds long", [{"kind": "total_length", "seconds": 12}])
    assert_does("make the dog pic 12 seconds long", [{"kind": SPP, "seconds": 12, "index": 3}])
    assert probe("make it 3 seconds long").clarify  # each photo or the whole video: asked


def test_wondering_about_the_song_length_changes_nothing() -> None:
    reading = probe("i was thinking about making it as long as the song, thoughts?")
    assert not reading.edits and reading.topic == "timing", reading


def test_every_way_of_ending_the_video_with_words_is_the_closing_text() -> None:
    for text, said in [
        ("round it out with Cheers to 30 years", "Cheers to 30 years"),
        ("close off with Goodnight", "Goodnight"),
        ("end things on Love you all", "Love you all"),
        ("last card: Happy Holidays", "Happy Holidays"),
        ("end on a message, we miss you", "we miss you"),
        ("can you end it with a little note, happy fathers day", "happy fathers day"),
    ]:
        assert_does(text, [{"kind": "closing", "text": said}])


def test_ending_with_music_is_never_a_closing_text() -> None:
    for text in ["end with calm music", "finish with some music", "round it off with some music"]:
        reading = probe(text)
        assert not reading.edits, (text, reading)
    assert_does("end with Music is Life", [{"kind": "closing", "text": "Music is Life"}])


def test_passing_by_fast_is_a_complaint_and_a_wish_for_it_is_faster() -> None:
    assert_does("the pics go by super fast", [{"kind": "speed", "factor": 1.25}])
    assert_does("make them go by so fast", [{"kind": "speed", "factor": 0.8}])
    assert_does("i dont want them to go by so fast", [{"kind": "speed", "factor": 1.25}])
    assert_does("can u slow down the slideshow a touch", [{"kind": "speed", "factor": 1.25}])


def test_cutting_every_photo_down_to_a_length_sets_that_length() -> None:
    for text in ["cut every photo down to 2 seconds", "cut each photo to 2 seconds"]:
        assert_does(text, [{"kind": SPP, "seconds": 2}])


def test_asking_whether_the_photos_share_their_time_changes_nothing() -> None:
    for text in ["does each photo get the same time?", "do they all stay the same amount of time"]:
        assert probe(text).question == "length", text
    assert_does("do all the photos 2 seconds each", [{"kind": SPP, "seconds": 2}])


def test_starting_at_once_after_no_fade_in_asks_nothing_more() -> None:
    text = "no fade in at the start pls, start straight away"
    assert_does(text, [{"kind": "video_fade", "fade_in_ms": 0}])


def test_a_text_that_should_just_be_some_words_is_those_words() -> None:
    for text in [
        "ok so the title should just be Paris",
        "can the title just be Paris",
        "the title can just say Paris",
        "open on Paris",
    ]:
        assert_does(text, [{"kind": "title", "text": "Paris"}])
    assert_does("photo 3 should just be longer", [{"kind": SPP, "factor": 1.25, "index": 3}])
    assert_does("can each photo just be 2 seconds", [{"kind": SPP, "seconds": 2}])


def test_a_slow_fade_to_black_said_last_is_a_longer_fade() -> None:
    for text in ["the ending should fade to black, slowly", "fade to black at the end, slowly"]:
        assert_does(text, [{"kind": "video_fade", "fade_out_ms": 1250}])
