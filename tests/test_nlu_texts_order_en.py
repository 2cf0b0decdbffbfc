"""English texts, fit and order said in the order people say them (issue #15, nlu15enA): a
card named before what it says, bars complained about then got rid of, a swap or a move said
around a comma or a reason, a text swapped for new words, the last slide's words."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does as _does
from harness import probe as _read


def test_a_card_named_before_what_it_says_ends_with_those_words() -> None:
    _does("finish with a slide that says Thanks for watching!",
          [{"kind": "closing", "text": "Thanks for watching!"}])  # fmt: skip
    _does("end it with a thank you note saying thanks guys",
          [{"kind": "closing", "text": "thanks guys"}])  # fmt: skip
    closing, vertical = {"kind": "closing", "text": "see ya"}, {"kind": "aspect", "aspect": "9:16"}
    _does("end with a card saying see ya, then make it vertical", [closing, vertical])


def test_bars_complained_about_then_got_rid_of_fill_the_frame() -> None:
    _does("the photos have black bars, get rid of them", [{"kind": "fit", "fit": "cover"}])
    _does("theres black bars on the sides of the photos, get rid of them",
          [{"kind": "fit", "fit": "cover"}])  # fmt: skip


def test_a_photo_chopped_off_is_shown_whole() -> None:
    _does("the forest pic is getting its top chopped off, show the whole thing",
          [{"kind": "fit", "fit": "contain", "index": 4}])  # fmt: skip


def test_a_swap_or_move_said_around_a_comma_or_a_reason() -> None:
    _does("trade places, beach and garden", [{"kind": "swap", "i": 1, "j": 5}])
    _does("move the party video so it plays first", [{"kind": "move", "index": 6, "to": "start"}])


def test_a_bold_title_or_a_title_after_a_comma_is_set() -> None:
    assert _read("big bold title: SUMMER").edits[0].text == "SUMMER"  # type: ignore[union-attr]
    _does("it should start with a title, Welcome Baby Noah",
          [{"kind": "title", "text": "Welcome Baby Noah"}])  # fmt: skip


def test_the_last_slide_saying_words_is_the_closing_text() -> None:
    _does("last slide should say The End", [{"kind": "closing", "text": "The End"}])


def test_a_caption_swapped_for_words_is_changed_but_two_captions_are_not_a_text() -> None:
    _does("swap the caption on pic 2 for Downtown",
          [{"kind": "caption", "index": 2, "text": "Downtown"}])  # fmt: skip
    assert not _read("swap the caption on pic 2 with the one on pic 3").edits


def test_translating_the_title_writes_no_title() -> None:
    assert not _read("translate the title into french").edits


def test_photos_that_dont_fill_the_screen_are_made_to_fill_it() -> None:
    _does("the photos dont fill the screen", [{"kind": "fit", "fit": "cover"}])
    _does("dont fill the screen", [{"kind": "fit", "fit": "contain"}])


def test_a_title_after_an_equals_sign_is_the_title_not_a_caption() -> None:
    _does("title = first day of school", [{"kind": "title", "text": "first day of school"}])


def test_a_title_described_is_no_music() -> None:
    assert not _read("add a title, something fun").edits
    _does("use plain black borders not the blur thing", [{"kind": "fit", "fit": "contain"}])
