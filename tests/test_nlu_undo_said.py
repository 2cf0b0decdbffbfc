"""Going back, said as people say it: "go back to what it was" is an undo, never a question."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import probe

from photo_video_maker.model.edit_types import Undo


@pytest.mark.parametrize(
    "text",
    [
        "no wait, go back to what it was",
        "hmm change it back to what it was before",
        "no wait, return to what we had",
        "i liked what we had before",
    ],
)
def test_going_back_to_what_it_was_undoes_the_last_change(text: str) -> None:
    reading = probe(text)
    assert reading.edits == [Undo()] and not reading.question and not reading.leftover
