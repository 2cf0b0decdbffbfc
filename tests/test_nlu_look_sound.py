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


def test_fade_the_video_to_black_fades_it_out_never_in() -> None:
    assert_does("fade the video to black", [{"kind": "video_fade", "fade_out_ms": 1000}])
    assert_does(
        "fade the video to black but keep the music playing till the end",
        [{"kind": "video_fade", "fade_out_ms": 1000}],
    )


def test_photos_named_by_their_shape_leave_the_video_shape_alone() -> None:
    assert_does("the vertical photos should fill the screen", [{"kind": "fit", "fit": "cover"}])
    assert_does("use a blurred background for the vertical ones", [{"kind": "fit", "fit": "blur"}])


def test_a_photo_name_inside_a_title_stays_in_the_title() -> None:
    assert_does("call it Nana's garden", [{"kind": "title", "text": "Nana's garden"}])


def test_the_last_thing_should_be_words_is_the_closing_text() -> None:
    assert_does(
        "the very last thing should be see you soon",
        [{"kind": "closing", "text": "see you soon"}],
    )
    assert_does(
        "make the beach photo the last thing on screen", [{"kind": "move", "index": 1, "to": "end"}]
    )


def test_the_end_of_an_occasion_is_no_end_of_the_video() -> None:
    assert_does("upbeat music for the end of the party", [{"kind": "music", "source": "upbeat"}])


def test_the_other_thing_said_not_to_change_adds_nothing() -> None:
    assert_does(
        "fade the music in, but the video shouldnt", [{"kind": "music_fade", "fade_in_ms": 1000}]
    )
    assert_does(
        "make the title bigger, not the captions",
        [{"kind": "text_style", "target": "title", "size": 1.25}],
    )


def test_bars_around_a_photo_show_all_of_it() -> None:
    assert_does("put black bars around them", [{"kind": "fit", "fit": "contain"}])


def test_a_text_given_as_an_idea_is_the_words_after_the_hedge() -> None:
    for text in ("put a title maybe Backyard BBQ", "add a title like Backyard BBQ"):
        assert_does(text, [{"kind": "title", "text": "Backyard BBQ"}])
    assert_does(
        "title it Like Father Like Son", [{"kind": "title", "text": "Like Father Like Son"}]
    )
    assert_does("add music, something like lofi beats", [{"kind": "music", "source": "lofi"}])


def test_a_font_said_to_be_fine_asks_nothing_beside_new_words() -> None:
    assert_does(
        "title font is fine but change the words to 'The Big Move'",
        [{"kind": "title", "text": "The Big Move"}],
    )


def test_make_it_say_instead_of_the_old_title_keeps_only_the_new_words() -> None:
    assert_does(
        "make it say Honeymoon instead of our trip", [{"kind": "title", "text": "Honeymoon"}]
    )


def test_fade_it_after_another_clause_fades_what_was_named_never_the_transitions() -> None:
    reading = probe("the video cuts off abruptly at the end, fade it")
    assert reading.edits and all(e.kind == "video_fade" for e in reading.edits), reading
    assert_does(
        "add calm music then fade it",
        [{"kind": "music", "source": "calm"}, {"kind": "music_fade", "fade_out_ms": 2000}],
    )


def test_both_fades_are_the_fade_in_and_the_fade_out() -> None:
    assert_does(
        "remove both fades from the video",
        [{"kind": "video_fade", "fade_in_ms": 0, "fade_out_ms": 0}],
    )


def test_a_song_named_as_an_upload_is_the_song_not_an_upload() -> None:
    assert_does(
        "change the song to my summer breeze upload",
        [{"kind": "music", "source": "Summer Breeze.mp3"}],
    )


def test_a_number_sign_ending_a_title_is_the_titles_own() -> None:
    assert_does("make the title Anniversary #5", [{"kind": "title", "text": "Anniversary #5"}])
    assert_does("title it Class of 2020 #1", [{"kind": "title", "text": "Class of 2020 #1"}])
