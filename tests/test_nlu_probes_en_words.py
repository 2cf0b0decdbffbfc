"""English phrasings of texts, the order, questions, exporting and what cannot be done, written
apart from the corpus (issue #15, English words pass): each is judged like a corpus line, by what
its edits do to the fixture draft (five photos of 3 s and a clip, the title "Our trip", the
caption "City lights" on photo 2; see tests/nlu/harness.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import Line, judge
from harness import assert_does as _does
from harness import probe as _read


def _judged(text: str, expect: dict[str, Any]) -> None:
    """The sentence does what a corpus line with ``expect`` must (an answer, a topic ...)."""
    line = Line("probe", "en", text, expect, [])
    assert judge(line, _read(text)) is None, (text, judge(line, _read(text)))


def _title(text: str) -> list[dict[str, Any]]:
    return [{"kind": "title", "text": text}]


def _caption(index: int, text: str) -> list[dict[str, Any]]:
    return [{"kind": "caption", "index": index, "text": text}]


def _move(index: int, to: int | str) -> list[dict[str, Any]]:
    return [{"kind": "move", "index": index, "to": to}]


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("change City lights to Downtown", _caption(2, "Downtown")),
        ("change city lights to downtown la", _caption(2, "downtown la")),
        ("can you change Our trip to Our big trip", _title("Our big trip")),
        ("replace Our trip with Our honeymoon", _title("Our honeymoon")),
        ("replace City lights with Big city", _caption(2, "Big city")),
        ("City lights should be Neon nights", _caption(2, "Neon nights")),
        ("city lights should say night market", _caption(2, "night market")),
        ("Our trip -> Our Trip to Rome", _title("Our Trip to Rome")),
        ("instead of City lights say Midnight", _caption(2, "Midnight")),
        ('instead of "our trip" put Family Vacation pls', _title("Family Vacation")),
        ("no not City lights, Downtown", _caption(2, "Downtown")),
        ("not City lights but Downtown", _caption(2, "Downtown")),
        ("the caption should say Downtown not City lights", _caption(2, "Downtown")),
        ("no, the caption should say Downtown, not City lights", _caption(2, "Downtown")),
        ("it should say Our Trip not Our trip", _title("Our Trip")),
        ("Downtown, not City lights", _caption(2, "Downtown")),
        ("oops it's Our Trip 2025 not Our trip", _title("Our Trip 2025")),
        ("Our trip is wrong, it should be Our Honeymoon", _title("Our Honeymoon")),
        ("city lights has a typo, should be City Lights", _caption(2, "City Lights")),
    ],
)
def test_a_text_named_by_its_old_words_is_rewritten(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("typo in the title, it should be Our Trip 2026", _title("Our Trip 2026")),
        ("the caption has a typo, it's City Lights", _caption(2, "City Lights")),
        ("theres a typo in the title its Our trips", _title("Our trips")),
        ("fix the caption, it should say Night city", _caption(2, "Night city")),
        ("title typo - should be Our Trip", _title("Our Trip")),
        ("the title is misspelled, it's Our Tripp", _title("Our Tripp")),
        ("spelling mistake in the caption: City Lights", _caption(2, "City Lights")),
        ("the heading is wrong it should be Lake Tahoe", _title("Lake Tahoe")),
        ("the title's wrong, make it Our big adventure", _title("Our big adventure")),
    ],
)
def test_a_text_said_to_be_wrong_takes_the_words_given(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def test_a_rewrite_keeps_the_next_request() -> None:
    text = "change City lights to Downtown and make each photo 4 seconds"
    _does(text, [*_caption(2, "Downtown"), {"kind": "seconds_per_photo", "seconds": 4}])


@pytest.mark.parametrize(
    "text", ["change City lights to yellow", "the caption is wrong, it should be at the top"]
)
def test_a_colour_or_a_place_is_no_new_text(text: str) -> None:
    reading = _read(text)
    edits = [*reading.edits, *(e for option in reading.clarify for e in option.edits)]
    assert edits and all(e.kind == "text_style" for e in edits), (text, reading)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("put the city photo first so it looks nice", _move(2, "start")),
        ("put the city pic first so it looks nice", _move(2, "start")),
        ("put the city photo first so it pops", _move(2, "start")),
        ("put the city photo first so it looks good at the start", _move(2, "start")),
        ("put the dog first for my daughter", _move(3, "start")),
        ("move the beach photo to the end bc it's the sunset", _move(1, "end")),
        ("move the city photo to the start, it looks nicer that way", _move(2, "start")),
        ("put the dog photo last, it's a nice ending", _move(3, "end")),
        ("put the forest first to set the mood", _move(4, "start")),
    ],
)
def test_a_reason_after_a_place_in_the_order_keeps_the_move(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("flip 2 and 3", [{"kind": "swap", "i": 2, "j": 3}]),
        ("push the beach pic back one spot", _move(1, 2)),
        ("bring the garden photo forward", _move(5, 4)),
        ("move the garden photo forward", _move(5, 4)),
        ("slide photo 3 one to the left", _move(3, 2)),
        ("slide the dog photo to the end", _move(3, "end")),
        ("bump the forest photo up one", _move(4, 3)),
        ("move the forest one up a spot", _move(4, 3)),
    ],
)
def test_steps_and_flips_in_the_order(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("music fades in over the first 2 seconds", [{"kind": "music_fade", "fade_in_ms": 2000}]),
        ("write happy birthday over the first photo", _caption(1, "happy birthday")),
    ],
)
def test_over_the_first_is_a_stretch_of_time_or_the_first_photo(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    "text",
    [
        "make it like a tiktok",
        "make it look like a tiktok video",
        "format it like a reel",
        "i want it like a tiktok",
        "like an instagram reel please",
        "make it like a youtube short",
    ],
)
def test_made_like_a_vertical_platform_is_its_shape(text: str) -> None:
    reading = _read(text)
    assert [(e.kind, getattr(e, "aspect", None)) for e in reading.edits] == [("aspect", "9:16")]


def test_a_platform_likened_to_after_another_request_is_no_shape() -> None:
    assert all(e.kind != "aspect" for e in _read("quick cuts like a tiktok").edits)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("the text looks off", "text"),
        ("can the caption be animated", "text"),
        ("the title looks janky", "text"),
        ("the order feels random", "order"),
        ("it's kinda boring", "general"),
        ("kinda boring tbh", "general"),
        ("the colors look off", "look"),
        ("the colours are weird", "look"),
        ("add a glow effect", "look"),
        ("fix the red eyes", "look"),
        ("add my voice narration", "music"),
        ("record a voiceover", "music"),
        ("can you add applause at the end", "music"),
        ("add a sticker on the dog", "general"),
        ("put a heart sticker on photo 2", "general"),
        ("add a watermark", "general"),
        ("add my logo", "general"),
        ("put the best photos at the start", "order"),
        ("group the photos by place", "order"),
        ("add a parallax effect", "motion"),
        ("print the photos", "export"),
        ("upload it to google photos", "export"),
        ("share it on whatsapp", "export"),
    ],
)
def test_feelings_and_what_cannot_be_done_change_nothing_and_suggest_on_the_topic(
    text: str, topic: str
) -> None:
    _judged(text, {"none": topic})


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("label the city one Tokyo at night", _caption(2, "Tokyo at night")),
        ("caption the last one Home sweet home", _caption(-1, "Home sweet home")),
        ("caption the dog one Max", _caption(3, "Max")),
        ("caption photo 3 grandma's garden", _caption(3, "grandma's garden")),
        ("label pic 1 as malibu beach", _caption(1, "malibu beach")),
        ("caption the forest pic with into the woods", _caption(4, "into the woods")),
        ("tag the second photo with New York", _caption(2, "New York")),
        ("name photo 1 Malibu", _caption(1, "Malibu")),
        ("label photo 3 as Grandma", _caption(3, "Grandma")),
        ("caption the dog one 'Max'", _caption(3, "Max")),
    ],
)
def test_a_text_verb_then_the_photo_then_its_words(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("put happy birthday at the beginning", _title("happy birthday")),
        ("put welcome home at the start", _title("welcome home")),
        ("write see you soon at the end", [{"kind": "closing", "text": "see you soon"}]),
        ("put good boy on the dog photo", _caption(3, "good boy")),
        ("write day one on the first pic", _caption(1, "day one")),
        ("add sunset vibes to the beach photo", _caption(1, "sunset vibes")),
        ("write Happy Birthday across the first photo", _caption(1, "Happy Birthday")),
        ("put 'Beach day' on the first pic", _caption(1, "Beach day")),
    ],
)
def test_words_put_on_a_photo_or_at_an_end_are_a_text_in_any_case(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("put calm music at the start", None),
        ("put the dog photo at the start", _move(3, "start")),
        ("caption photo 3 with the date", None),
    ],
)
def test_a_thing_or_a_value_put_somewhere_is_no_text(
    text: str, ops: list[dict[str, Any]] | None
) -> None:
    reading = _read(text)
    assert all(e.kind not in ("title", "caption", "closing") for e in reading.edits), reading
    if ops is not None:
        _does(text, ops)


def test_a_thing_to_draw_over_a_photo_is_no_caption() -> None:
    assert not _read("add a unicorn flying over the forest").edits


@pytest.mark.parametrize(
    "text",
    [
        "finish it up",
        "wrap it up",
        "let's wrap up, looks great",
        "ship it",
        "that's perfect, let's finish",
    ],
)
def test_wrapping_up_exports(text: str) -> None:
    _judged(text, {"route": "export"})


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("what are my choices", "help"),
        ("what do i do now", "help"),
        ("i'm confused", "help"),
        ("how do i get the file", "output"),
        ("how do i get my video", "output"),
        ("what just happened", "last_change"),
        ("how long is it now", "length"),
        ("what song is playing", "music"),
        ("what did you just do", "last_change"),
        ("is it ready", "output"),
        ("what can i say", "help"),
        ("what's the resolution", "format"),
    ],
)
def test_questions_are_answered(text: str, question: str) -> None:
    _judged(text, {"answer": question})


@pytest.mark.parametrize("text", ["can i see it", "show me the video"])
def test_asking_to_see_it_shows_the_draft(text: str) -> None:
    _judged(text, {"route": "state"})


@pytest.mark.parametrize("text", ["ok i'm happy, make it", "i'm so happy with it"])
def test_how_the_person_feels_is_no_mood_for_the_video(text: str) -> None:
    assert not _read(text).edits


def test_a_feeling_beside_a_request_leaves_the_request() -> None:
    _does("ok i'm happy, make the photos longer", [{"kind": "seconds_per_photo", "factor": 1.25}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("the last photo should be the city", _move(2, 5)),
        ("the first photo should be the dog", _move(3, "start")),
        ("the dog should be the first photo", _move(3, "start")),
        ("take the city photo and put it at the end", _move(2, "end")),
        ("grab the dog pic and move it to the start", _move(3, "start")),
        ("send the forest one to the end", _move(4, "end")),
        ("drag photo 2 to the start", _move(2, "start")),
        ("move the dog photo earlier", _move(3, 2)),
        ("move the dog photo back a bit", _move(3, 4)),
        ("shift photo 2 to the right by one", _move(2, 3)),
        ("move the dog photo to the start pls it's my fav", _move(3, "start")),
        ("can the forest pic go last? it's the best one", _move(4, "end")),
    ],
)
def test_moves_said_with_everyday_verbs_and_places(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("the first two photos are the wrong way round", [{"kind": "swap", "i": 1, "j": 2}]),
        ("reverse the first two photos", [{"kind": "swap", "i": 1, "j": 2}]),
        ("switch the first two", [{"kind": "swap", "i": 1, "j": 2}]),
    ],
)
def test_two_photos_the_wrong_way_round_are_swapped(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


def test_three_photos_reversed_is_no_swap_of_two() -> None:
    assert not _read("reverse the first three photos").edits


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("can the title be Summer Fun instead", _title("Summer Fun")),
        ("title = Paris 2024", _title("Paris 2024")),
        ("change title -> Ski Week", _title("Ski Week")),
        ("use Ski Week as the title", _title("Ski Week")),
        ("Ski Week as title please", _title("Ski Week")),
        ("use see you soon as the ending", [{"kind": "closing", "text": "see you soon"}]),
        ("set the title to be Ski Week", _title("Ski Week")),
        ("change the title from Our trip to Our Holiday", _title("Our Holiday")),
        ("a heading up front reading Our wedding", _title("Our wedding")),
    ],
)
def test_a_title_said_with_signs_copulas_or_as_the_title(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize("text", ["use the dog photo as the title", "use it as the title"])
def test_a_photo_or_it_as_the_title_is_no_text(text: str) -> None:
    assert not _read(text).edits
