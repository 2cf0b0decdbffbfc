"""Words said in passing in a chat are not requests of their own: "her grandma is old" is no
vintage look, "warmer in color" is not plain colour, "keep it soft" after "too loud" is the
volume, and "wait no, keep it" removes nothing (each of these used to change something else)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, probe

IN_PASSING: list[tuple[str, list[dict[str, Any]]]] = [
    ("hmm thats too loud, her grandma is old, keep it soft",
     [{"kind": "music_volume", "factor": 0.8}]),
    ("too loud keep it soft", [{"kind": "music_volume", "factor": 0.8}]),
    ("make everything a bit warmer in color", [{"kind": "look", "look": "warm"}]),
    ("make it warmer in colour", [{"kind": "look", "look": "warm"}]),
    ("make it look old", [{"kind": "look", "look": "sepia"}]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), IN_PASSING)
def test_words_said_in_passing_change_only_what_was_asked(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["wait no keep it but move it to the end", "no keep it"])
def test_no_then_keep_it_removes_nothing(text: str) -> None:
    assert not any(edit.kind == "remove" for edit in probe(text).edits)
    assert not any(e.kind == "remove" for o in probe(text).clarify for e in o.edits)


@pytest.mark.parametrize("text", ["这张不要", "不要这张"])
def test_not_this_one_in_chinese_still_asks_which_to_remove(text: str) -> None:
    options = probe(text).clarify
    assert options and all(o.edits[0].kind == "remove" for o in options)
