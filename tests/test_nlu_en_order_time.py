"""English ways of saying the order and the length (issue #15, nlu18enA): "switch X with Y",
"can X be the first one", "X first then Y", a length said after a limit ("under 20, say 18"),
the song's length said as "when the music does", and "one of the photos" asked about."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, probe


def test_switch_one_photo_with_another_swaps_them() -> None:
    assert_does("switch the dog pic with the garden pic", [{"kind": "swap", "i": 3, "j": 5}])
    assert_does("trade photo 1 with the last one", [{"kind": "swap", "i": 1, "j": -1}])


def test_replace_one_photo_with_another_still_asks() -> None:
    assert probe("replace the dog pic with the garden pic").clarify


def test_a_photo_that_can_be_another_place_moves_there() -> None:
    assert_does("can the 4th pic be the first one", [{"kind": "move", "index": 4, "to": "start"}])
    assert_does("can photo 2 be number 4", [{"kind": "move", "index": 2, "to": 4}])


def test_photos_named_after_then_take_the_next_places() -> None:
    assert_does(
        "put the city pic first, then the dog, then the garden",
        [
            {"kind": "move", "index": 2, "to": "start"},
            {"kind": "move", "index": 3, "to": 2},
            {"kind": "move", "index": 5, "to": 3},
        ],
    )
    assert_does(
        "start with the forest pic then the dog",
        [{"kind": "move", "index": 4, "to": "start"}, {"kind": "move", "index": 4, "to": 2}],
    )


def test_a_length_said_after_a_limit_is_the_length_meant() -> None:
    assert_does(
        "keep the video under 20 seconds, say 18", [{"kind": "total_length", "seconds": 18}]
    )
    assert_does("can you get it under 15 secs, like 14", [{"kind": "total_length", "seconds": 14}])


def test_the_end_of_the_song_said_in_other_words_fits_the_video_to_it() -> None:
    for text in (
        "make the slideshow end exactly when the music does",
        "stop the video when the song does",
        "make it long enough for the whole song",
        "the song gets cut off, make the video long enough for all of it",
        "the music keeps going after the photos end, make them match",
    ):
        assert_does(text, [{"kind": "length_to_song"}])


def test_one_of_the_photos_asks_which_and_changes_nothing() -> None:
    for text in ("make one of the pics longer", "move one of the pics to the end"):
        reading = probe(text)
        assert reading.clarify and not reading.edits, (text, reading)
    assert not probe("make one of the pics black and white").edits


def test_from_one_photo_to_the_next_is_not_one_photo() -> None:
    assert_does(
        "just cut straight from one photo to the next", [{"kind": "transition", "name": "none"}]
    )


def test_a_length_taken_off_the_video_is_that_much_less() -> None:
    for text in (
        "cut 5 seconds off the video",
        "trim 3 seconds from the video",
        "knock 3 seconds off",
    ):
        reading = probe(text)
        assert [e.kind for e in reading.edits] == ["total_length"], (text, reading)
        assert reading.edits[0].seconds > 10, (text, reading)  # type: ignore[union-attr]
    assert_does("cut 5 seconds from the total", [{"kind": "total_length", "seconds": 14.25}])
    assert_does(
        "remove 2 seconds from photo 3", [{"kind": "seconds_per_photo", "seconds": 1, "index": 3}]
    )


def test_a_length_taken_off_the_transitions_never_shortens_the_video() -> None:
    assert not probe("cut 2 seconds off the transitions").edits


def test_a_full_second_or_minute_is_one_length() -> None:
    assert_does("stretch it out to a full minute", [{"kind": "total_length", "seconds": 60}])
    assert_does(
        "slow it down so every photo gets 4 full seconds",
        [{"kind": "seconds_per_photo", "seconds": 4}],
    )


def test_the_length_said_after_a_limit_clause_is_the_length_meant() -> None:
    assert_does(
        "the video should be 20 seconds max, make it 15", [{"kind": "total_length", "seconds": 15}]
    )


def test_the_clips_sound_disliked_after_removing_it_is_why() -> None:
    assert_does("cut the party clip, the sound is awful", [{"kind": "remove", "name": "party"}])
    assert_does(
        "drop the party clip, the audio on it is bad", [{"kind": "remove", "name": "party"}]
    )


def test_the_video_ending_before_the_song_then_end_together_fits_the_song() -> None:
    assert_does(
        "the video ends before the music, fix that so they end together",
        [{"kind": "length_to_song"}],
    )


def test_up_front_after_the_last_one_is_the_start_alone() -> None:
    assert_does("move the last one up front", [{"kind": "move", "index": -1, "to": "start"}])
    assert_does("move the dog one up front", [{"kind": "move", "index": 3, "to": "start"}])


def test_the_first_number_after_put_is_the_photo() -> None:
    assert_does("put the final photo first", [{"kind": "move", "index": 5, "to": "start"}])


def test_a_place_said_after_a_step_is_where_the_photo_goes() -> None:
    assert_does(
        "the dog photo needs to be earlier, like 2nd", [{"kind": "move", "index": 3, "to": 2}]
    )
    assert_does(
        "move the garden pic earlier, to 2nd place", [{"kind": "move", "index": 5, "to": 2}]
    )
    assert_does(
        "move the beach one so its after the city one", [{"kind": "move", "index": 1, "to": 2}]
    )


def test_stick_a_photo_in_the_middle_asks_which_place() -> None:
    assert probe("stick the party clip in the middle").clarify


def test_a_verb_broken_off_before_actually_is_no_request() -> None:
    assert_does("swap, no actually remove the forest one", [{"kind": "remove", "name": "forest"}])
    assert_does(
        "remove... wait no, move the dog pic to the end",
        [{"kind": "move", "index": 3, "to": "end"}],
    )


def test_cut_a_photo_short_shortens_it_never_removes_it() -> None:
    assert_does(
        "cut the city pic short", [{"kind": "seconds_per_photo", "factor": 0.8, "index": 2}]
    )
    assert_does(
        "cut the city pic short, like 1.5 secs",
        [{"kind": "seconds_per_photo", "seconds": 1.5, "index": 2}],
    )


def test_linger_on_a_photo_for_a_time_is_that_long() -> None:
    assert_does(
        "linger on the dog pic for 6 seconds",
        [{"kind": "seconds_per_photo", "seconds": 6, "index": 3}],
    )


def test_a_cap_on_the_length_in_other_words() -> None:
    assert_does("cap it at 15 seconds", [{"kind": "total_length", "seconds": 15}])
    assert_does("make sure it doesnt go over 15 seconds", [{"kind": "total_length", "seconds": 15}])
    assert_does("limit it to 16 seconds", [{"kind": "total_length", "seconds": 16}])


def test_a_length_taken_off_the_song_changes_no_photo() -> None:
    reading = probe("remove 5 seconds from the song")
    assert not reading.edits and not reading.clarify, reading


def test_switch_the_positions_of_two_numbers_swaps_them() -> None:
    assert_does("switch positions of 1 and 4", [{"kind": "swap", "i": 1, "j": 4}])


def test_at_least_a_length_is_a_floor_of_the_whole_video() -> None:
    assert_does("make it at least 25 secs", [{"kind": "total_length", "seconds": 25}])
    assert probe("make it at least 10 seconds").question == "length"  # already longer
    assert_does("at least make it vertical", [{"kind": "aspect", "aspect": "9:16"}])
    assert_does("each pic at least 4 seconds", [{"kind": "seconds_per_photo", "seconds": 4}])
