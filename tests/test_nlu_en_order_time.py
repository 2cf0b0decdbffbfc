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
