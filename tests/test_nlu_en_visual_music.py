"""English about the transitions' style, the fit, the order and the music (issue #15): a dull
transition disliked asks which livelier style, a question about black bars is answered (nothing
changes), what is kept is said to be kept, and praise of how things are now changes nothing."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "nlu"))

from harness import DATES, MEDIA, fixture, probe

from photo_video_maker.backends.local_replies import kept
from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.answers import answer
from photo_video_maker.model.edit_types import SetAspect, SetFit, SetTransition
from photo_video_maker.model.edits import apply_edits


def _after(first: str, then: str):
    draft, last = fixture(), read(first, fixture(), MEDIA).edits
    draft, _ = apply_edits(draft, last, MEDIA, DATES)
    return read(then, draft, MEDIA, last), draft


def _offered(reading) -> set[str]:
    return {e.name for o in reading.clarify for e in o.edits if isinstance(e, SetTransition)}


def test_transitions_wanted_less_boring_ask_which_livelier_style() -> None:
    for text in ("can the transitions be less boring", "jazz up the transitions pls"):
        reading = probe(text)
        assert not reading.edits, text
        offered = _offered(reading)
        assert offered and "crossfade" not in offered and "none" not in offered, text


def test_a_livelier_style_named_beside_the_complaint_is_used_without_asking() -> None:
    reading = probe("the transitions are boring, use slides")
    assert not reading.clarify
    assert reading.edits == [SetTransition(name="slideleft")]


def test_a_question_about_a_black_bar_is_answered_and_changes_nothing() -> None:
    for text in ("why is there a black bar on top", "how come there are black edges?"):
        reading = probe(text)
        assert reading.question == "fit" and not reading.edits, text


def test_the_fit_answer_explains_the_bars_and_offers_to_fill_the_frame() -> None:
    draft, _ = apply_edits(fixture(), [SetFit(fit="contain")], MEDIA, DATES)
    said = answer("fit", draft, "en")
    assert "black bars" in said and "fill the frame" in said
    assert "模糊" in answer("fit", fixture(), "zh")


def test_black_edges_disliked_ask_how_to_fill_the_frame_instead() -> None:
    reading, _ = _after("show the whole photos with black bars", "the black edges are ugly")
    assert not reading.edits
    fits = {e.fit for o in reading.clarify for e in o.edits if isinstance(e, SetFit)}
    assert fits == {"cover", "blur"}


def test_leaving_the_fit_alone_changes_nothing_and_is_said_to_be_kept() -> None:
    reading = probe("leave the fit alone")
    assert not reading.edits and not reading.clarify and reading.kept
    reply = kept("s", reading, fixture(), "en")
    assert reply.summary.startswith("OK. The framing stays as it is") and reply.changes == []


def test_keeping_the_blur_already_there_changes_nothing() -> None:
    reading = probe("keep the blurry background, its nice")
    assert not reading.edits and reading.kept


def test_a_shape_needed_again_is_set_back() -> None:
    reading, _ = _after("make it vertical", "i need this horizontal again")
    assert reading.edits == [SetAspect(aspect="16:9")]


def test_praise_of_the_order_or_the_fade_moves_and_fades_nothing() -> None:
    for text in ("the beach one first looks great", "the song fades nicely at the end"):
        reading = probe(text)
        assert not reading.edits and not reading.clarify, text


def test_a_fit_praised_as_it_is_is_kept_and_a_why_question_is_answered() -> None:
    reading = probe("i like the blur behind the photos")
    assert not reading.edits and reading.kept
    reading = probe("why is the music so quiet at the start?")
    assert reading.question == "music" and not reading.edits
