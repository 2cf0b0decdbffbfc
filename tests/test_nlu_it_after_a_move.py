"""After "put X after Y", "it" is the photo that was moved, not the one it was put beside; said
of the order without asking for a move, "it" is the video."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does


def test_it_after_a_move_is_the_photo_moved() -> None:
    assert_does(
        "move the dog pic before the city one and make it longer",
        [
            {"kind": "move", "index": 3, "to": 2},
            {"kind": "seconds_per_photo", "index": 2, "factor": 1.25},
        ],
    )


def test_it_after_a_photo_put_where_it_already_is_is_still_that_photo() -> None:
    assert_does(
        "put the dog pic after the city one and make it 5 seconds",
        [{"kind": "seconds_per_photo", "index": 3, "seconds": 5}],
    )


def test_ta_after_a_chinese_move_is_the_photo_moved() -> None:
    assert_does(
        "把狗狗那张放到海边那张前面，然后让它长一点",
        [
            {"kind": "move", "index": 3, "to": 1},
            {"kind": "seconds_per_photo", "index": 1, "factor": 1.25},
        ],
    )


def test_it_after_praise_for_the_order_is_the_video() -> None:
    assert_does(
        "i like how the dog pic comes after the city one, but make it faster",
        [{"kind": "speed", "factor": 0.8}],
    )
