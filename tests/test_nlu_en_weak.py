"""English phrasings of the title, the closing text, the video's fades, the fit, the order and
the photos' time that read worst on the held-out part (issue #15), and what they must not
also change."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "nlu"))

from harness import DATES, MEDIA, assert_does, fixture, probe

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import SetClosing, SetTitle
from photo_video_maker.model.edits import apply_edits


def _after(first: str, then: str):
    draft, last = fixture(), read(first, fixture(), MEDIA).edits
    draft, _ = apply_edits(draft, last, MEDIA, DATES)
    return read(then, draft, MEDIA, last)


def test_a_typo_named_before_its_correction_puts_one_word_right() -> None:
    reading = _after("title 'Trip to Barcelonna'", "the title has a typo: Barcelona not Barcelonna")
    assert reading.edits == [SetTitle(text="Trip to Barcelona")]


def test_a_typo_in_the_ending_said_with_sorry_first_fixes_the_closing_text() -> None:
    reading = _after("end with 'Love, Granma'", "sorry the ending has a typo, Grandma not Granma")
    assert reading.edits == [SetClosing(text="Love, Grandma")]


def test_a_typo_of_the_caption_named_does_not_touch_the_title_just_written() -> None:
    reading = _after(
        "title 'Trip to Barcelonna'", "the caption has a typo, Barcelona not Barcelonna"
    )
    assert not any(isinstance(e, SetTitle) for e in reading.edits)


def test_just_cut_after_no_fade_at_the_end_is_the_ending_not_the_transitions() -> None:
    assert_does(
        "no fade to black at the end pls, just cut", [{"kind": "video_fade", "fade_out_ms": 0}]
    )


def test_just_cut_after_no_fades_between_photos_is_still_the_transitions() -> None:
    assert_does("no fades between photos, just cut", [{"kind": "transition", "name": "none"}])


def test_a_slow_fade_to_black_at_the_end_changes_no_transition() -> None:
    reading = probe("end with a slower fade to black")
    assert [e.kind for e in reading.edits] == ["video_fade"]


def test_no_blur_beside_a_fit_is_the_blurred_background() -> None:
    assert_does("black bars pls, no blur", [{"kind": "fit", "fit": "contain"}])


def test_no_blur_alone_is_not_read_as_a_fit() -> None:
    assert not probe("no blur").edits


def test_a_photo_put_somewhere_better_asks_where() -> None:
    reading = probe("put the dog one somewhere better")
    assert reading.clarify and not reading.edits
    assert {o.edits[0].to for o in reading.clarify} == {"start", "end"}


def test_moving_it_somewhere_else_with_nothing_named_asks() -> None:
    reading = probe("move it somewhere else")
    assert reading.clarify and not reading.edits


def test_a_text_ending_in_two_exclamation_marks_keeps_them() -> None:
    assert_does("title should say go team!!!", [{"kind": "title", "text": "go team!!!"}])


def test_swapping_a_text_for_quoted_words_changes_the_text_not_the_order() -> None:
    assert_does("swap the title for 'Hello'", [{"kind": "title", "text": "Hello"}])


def test_no_fading_in_or_out_on_the_video_drops_both_fades() -> None:
    assert_does(
        "no fading in or out on the video",
        [{"kind": "video_fade", "fade_in_ms": 0, "fade_out_ms": 0}],
    )


def test_a_photo_said_chopped_is_shown_whole_not_removed() -> None:
    assert_does(
        "the dog pic is chopped, fit the whole photo",
        [{"kind": "fit", "fit": "contain", "index": 3}],
    )


def test_fitting_the_whole_thing_in_a_length_is_the_length_not_a_fit() -> None:
    assert_does("fit the whole thing in 30 seconds", [{"kind": "total_length", "seconds": 30}])


def test_a_move_with_not_delete_it_after_it_only_moves() -> None:
    assert_does(
        "move the dog photo to the end, not delete it", [{"kind": "move", "index": 3, "to": "end"}]
    )


def test_the_fit_disliked_is_about_the_frame() -> None:
    reading = probe("the fit looks weird idk")
    assert not reading.edits and reading.topic == "frame"


def test_a_photo_staying_for_a_bare_number_stays_that_many_seconds_not_moved() -> None:
    assert_does(
        "make the dog pic stay for 5", [{"kind": "seconds_per_photo", "seconds": 5, "index": 3}]
    )


def test_two_photos_named_before_a_fill_both_fill() -> None:
    assert_does(
        "pic 1 and pic 4 fill the screen pls",
        [{"kind": "fit", "fit": "cover", "index": 1}, {"kind": "fit", "fit": "cover", "index": 4}],
    )


def test_black_instead_of_the_blurry_background_is_black_bars_not_a_text_colour() -> None:
    assert_does(
        "i dont like the blurry background, can we do black instead",
        [{"kind": "fit", "fit": "contain"}],
    )


def test_black_for_the_title_beside_a_fit_is_still_the_titles_colour() -> None:
    reading = probe("fill the frame and make the title black")
    assert [e.kind for e in reading.edits] == ["fit", "text_style"]


def test_the_music_left_alone_beside_a_video_fade_adds_nothing() -> None:
    assert_does(
        "fade out the video over 5 seconds at the end but leave the music alone",
        [{"kind": "video_fade", "fade_out_ms": 5000}],
    )


def test_an_abrupt_end_then_the_picture_faded_out_is_the_video_fade_not_asked() -> None:
    assert_does(
        "the end is too abrupt, fade the picture out longer",
        [{"kind": "video_fade", "fade_out_ms": 1250}],
    )


def test_an_abrupt_end_alone_still_asks_which() -> None:
    assert probe("the ending is too abrupt").clarify


def test_is_the_fade_at_the_end_too_long_asks_about_the_style_and_changes_nothing() -> None:
    reading = probe("is the fade at the end too long?")
    assert reading.question == "style" and not reading.edits


def test_a_signed_text_with_a_comma_ends_before_and_a_next_request() -> None:
    assert_does(
        "sign it with Love, Mom & Dad and make it gold",
        [{"kind": "closing", "text": "Love, Mom & Dad", "color": "gold"}],
    )


def test_call_this_one_names_the_video() -> None:
    assert_does("call this video Our Summer", [{"kind": "title", "text": "Our Summer"}])


def test_put_a_photo_with_no_place_asks_where() -> None:
    reading = probe("hmm put the garden pic")
    assert reading.clarify and not reading.edits


def test_a_change_so_the_last_screen_says_words_is_the_closing_text() -> None:
    assert_does(
        "change the ending so the last screen says bye everyone",
        [{"kind": "closing", "text": "bye everyone"}],
    )


def test_another_few_seconds_for_a_photo_are_added_to_its_time() -> None:
    assert_does(
        "the garden pic could use another 2 seconds",
        [{"kind": "seconds_per_photo", "seconds": 5, "index": 5}],
    )


def test_fade_it_alone_asks_what_fades_and_leaves_the_transitions() -> None:
    reading = probe("fade it")
    assert reading.clarify and not reading.edits


def test_the_others_kept_as_they_are_beside_one_photo_filled_add_nothing() -> None:
    assert_does(
        "make photo 3 fill the screen but keep the others as they are",
        [{"kind": "fit", "fit": "cover", "index": 3}],
    )


def test_the_clip_made_louder_is_not_a_photo_put_somewhere() -> None:
    assert not probe("make the clip louder").clarify
