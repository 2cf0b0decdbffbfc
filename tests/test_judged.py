"""A judgement of the whole video said beside a request ("faster pls its boring") is why the
request is made: the request is done, and the judgement asks nothing more. Found in a play-test
beside "no fade at the start" (not understood then), which is tested here too."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, probe


@pytest.mark.parametrize(
    "said",
    ["faster pls its boring", "its so boring, faster", "快一点 太无聊了"],
)
def test_a_judgement_beside_a_request_is_why_it_is_asked(said: str) -> None:
    assert_does(said, [{"kind": "speed", "factor": 0.8}])


def test_a_judgement_of_something_named_stays_about_that_thing() -> None:
    assert_does(
        "the transitions are boring, use slides", [{"kind": "transition", "name": "slideleft"}]
    )


def test_a_judgement_alone_changes_nothing_by_itself() -> None:
    assert not probe("its so boring").edits


@pytest.mark.parametrize(
    ("said", "op"),
    [
        ("no fade at the start", {"kind": "video_fade", "fade_in_ms": 0}),
        ("no fade at the start of the song", {"kind": "music_fade", "fade_in_ms": 0}),
    ],
)
def test_no_fade_at_the_start_is_the_fade_in_of_what_is_named(
    said: str, op: dict[str, object]
) -> None:
    assert_does(said, [op])
