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
