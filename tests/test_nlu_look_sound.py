"""English text, look and sound said in passing (issue #15, nlu18enB): a text after a colon that
holds little words of its own ("...: see you in august"), signs and emoji ending a title, an amount
said after a comma ("should be longer, 5 sec"), a complaint that is only the reason ("cant hear
the clip"), and "fade it a bit" asked about, never read as crossfades."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, probe


def test_a_message_after_a_colon_keeps_its_own_little_words() -> None:
    assert_does(
        "add a little message at the end: see you in august",
        [{"kind": "closing", "text": "see you in august"}],
    )


def test_a_lead_in_said_after_a_place_still_leads_the_text() -> None:
    assert_does(
        "big title at the beginning saying GAME DAY", [{"kind": "title", "text": "GAME DAY"}]
    )


def test_an_emoji_after_exclamation_marks_stays_in_the_title() -> None:
    assert_does("change the title to Road trip!! 🚗", [{"kind": "title", "text": "Road trip!! 🚗"}])


def test_a_length_said_after_should_be_longer_is_the_music_fade() -> None:
    assert_does(
        "the fade at the end of the song should be longer, 5 sec",
        [{"kind": "music_fade", "fade_out_ms": 5000}],
    )
    assert_does(
        "the music fade out should be longer, 4 sec", [{"kind": "music_fade", "fade_out_ms": 4000}]
    )


def test_what_is_not_heard_for_loud_music_is_only_the_reason() -> None:
    assert_does(
        "music is way too loud, i cant hear the party clip",
        [{"kind": "music_volume", "factor": 0.67}],
    )
    assert_does(
        "i cant hear the clip, music is too loud", [{"kind": "music_volume", "factor": 0.8}]
    )


def test_fade_it_a_bit_asks_what_to_fade() -> None:
    for text in ("fade it a little", "fade it a bit more?"):
        reading = probe(text)
        assert reading.clarify and not reading.edits, (text, reading)


def test_a_colour_said_of_the_music_is_about_the_music() -> None:
    reading = probe("blue the music pls")
    assert not reading.edits and reading.topic == "music", reading
