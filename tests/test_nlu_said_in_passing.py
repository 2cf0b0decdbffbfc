"""Words said in passing in a chat are not requests of their own: "her grandma is old" is no
vintage look, "warmer in color" is not plain colour, "keep it soft" after "too loud" is the
volume, and "wait no, keep it" removes nothing (each of these used to change something else)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edits import apply_edits

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, _edits, assert_does, fixture, outcome, probe

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


AFTER_A_TURN: list[tuple[str, str, list[dict[str, Any]]]] = [
    ("make the dog one first", "actually no put it last",
     [{"kind": "move", "index": 1, "to": "end"}]),
    ("move the dog to the front", "no put it last", [{"kind": "move", "index": 1, "to": "end"}]),
    ("make it 2 seconds each", "nah make it 3 seconds",
     [{"kind": "seconds_per_photo", "seconds": 3}]),
    ("use slides", "no use wipes", [{"kind": "transition", "name": "wiperight"}]),
    ("no transitions", "actually use soft fades",
     [{"kind": "transition", "name": "crossfade", "factor": 1.25}]),
    ("use slides", "use gentle crossfades",
     [{"kind": "transition", "name": "crossfade", "factor": 1.25}]),
]  # fmt: skip


@pytest.mark.parametrize(("first", "then", "ops"), AFTER_A_TURN)
def test_a_no_before_a_verb_answers_the_last_turn_and_refuses_nothing(
    first: str, then: str, ops: list[dict[str, Any]]
) -> None:
    before = probe(first).edits
    draft, _ = apply_edits(fixture(), before, MEDIA, DATES)
    assert outcome(draft, read(then, draft, MEDIA, before).edits) == outcome(draft, _edits(ops))


def test_no_before_a_verb_with_nothing_before_removes_nothing() -> None:
    assert not any(edit.kind == "remove" for edit in probe("actually no put it last").edits)


STYLE_WORDS: list[tuple[str, list[dict[str, Any]]]] = [
    ("use soft fades", [{"kind": "transition", "factor": 1.25}]),
    ("gentle transitions please", [{"kind": "transition", "factor": 1.25}]),
    ("fade everything out at the end slowly", [{"kind": "video_fade", "fade_out_ms": 1250}]),
    ("fade it out slowly at the end", [{"kind": "video_fade", "fade_out_ms": 1250}]),
    ("a slow fade out at the end", [{"kind": "video_fade", "fade_out_ms": 1250}]),
    ("fade the song in and out, a second each",
     [{"kind": "music_fade", "fade_in_ms": 1000, "fade_out_ms": 1000}]),
    ("change the first caption to \"The Proposal\"",
     [{"kind": "caption", "index": 2, "text": "The Proposal"}]),
    ("第一个字幕改成海边", [{"kind": "caption", "index": 2, "text": "海边"}]),
    ("第一张的字幕改成海边", [{"kind": "caption", "index": 1, "text": "海边"}]),
    ("change the last caption to bye", [{"kind": "caption", "index": 2, "text": "bye"}]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), STYLE_WORDS)
def test_soft_slow_and_first_read_as_what_they_qualify(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


MADE_AND_ADDED: list[tuple[str, list[dict[str, Any]]]] = [
    ("we're making a wedding slideshow for my sister", [{"kind": "slideshow"}]),
    ("a wedding slideshow", [{"kind": "slideshow"}]),
    ("add music thats not boring", [{"kind": "music", "source": "upbeat"}]),
    ("音乐别太无聊", [{"kind": "music", "source": "upbeat"}]),
    ("add \"The End\"", [{"kind": "closing", "text": "The End"}]),
    ("add 'thanks for watching!'", [{"kind": "closing", "text": "thanks for watching!"}]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), MADE_AND_ADDED)
def test_a_video_being_made_and_words_added_are_read(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ['add "summer vibes"', 'put "summer vibes" on it'])
def test_a_text_with_no_place_asks_title_or_closing(text: str) -> None:
    kinds = [[e.kind for e in option.edits] for option in probe(text).clarify]
    assert kinds == [["title"], ["closing"]]


def test_how_many_seconds_each_photo_is_answered() -> None:
    assert probe("how many secs is each pic").question == "length"


CHINESE_CHAT: list[tuple[str, list[dict[str, Any]]]] = [
    ("加个背景音乐，要温柔一点的", [{"kind": "music", "source": "calm"}]),
    ("你好，帮我把照片弄成一个小视频，发朋友圈用", [{"kind": "slideshow"}]),
    ("把照片弄成一个小视频", [{"kind": "slideshow"}]),
    ("小视频的声音关掉", [{"kind": "mute_clips", "on": True}]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), CHINESE_CHAT)
def test_a_mood_said_of_the_music_and_a_short_video_made_are_read(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)
