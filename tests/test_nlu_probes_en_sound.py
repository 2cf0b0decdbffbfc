"""English phrasings about the sound, the transitions and the look, written apart from the
corpus (issue #15): each is judged like a corpus line, by what its edits do to the fixture."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does as _does
from harness import probe as _read

SLIDE = [{"kind": "transition", "name": "slideleft"}]


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("i hate the crossfades, use slides", SLIDE),
        ("use slides instead of crossfades", SLIDE),
        ("swap the crossfades for slides", SLIDE),
        ("no crossfades, slides please", SLIDE),
        ("the crossfades are ugly, use slides", SLIDE),
        ("can the transitions be slides", SLIDE),
        ("replace the fades with wipes", [{"kind": "transition", "name": "wiperight"}]),
        ("change the crossfades to fade to black", [{"kind": "transition", "name": "fadeblack"}]),
        ("circle wipe transitions", [{"kind": "transition", "name": "circle"}]),
    ],
)
def test_a_transition_replaced_by_another_leaves_only_the_new_one(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    "text", ["crossfade between the slides", "fade between slides", "crossfade between every slide"]
)
def test_slides_a_transition_goes_between_are_the_photos(text: str) -> None:
    _does(text, [{"kind": "transition", "name": "crossfade"}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("start the music softly", [{"kind": "music_fade", "fade_in_ms": 1000}]),
        ("bring the song in gently", [{"kind": "music_fade", "fade_in_ms": 1000}]),
        ("ease the music in", [{"kind": "music_fade", "fade_in_ms": 1000}]),
        ("the music starts too suddenly", [{"kind": "music_fade", "fade_in_ms": 1000}]),
        ("the song kicks in too loud", [{"kind": "music_fade", "fade_in_ms": 1000}]),
        ("fade the music in slowly at the start", [{"kind": "music_fade", "fade_in_ms": 1250}]),
        ("the music cuts off at the end", [{"kind": "music_fade", "fade_out_ms": 2500}]),
        (
            "the music ends too abruptly so fade it out",
            [{"kind": "music_fade", "fade_out_ms": 2500}],
        ),
        ("longer fade on the music", [{"kind": "music_fade", "fade_out_ms": 2500}]),
        (
            "the song fades in and out",
            [{"kind": "music_fade", "fade_in_ms": 1000, "fade_out_ms": 2000}],
        ),
        (
            "music fades in and out 2 seconds each",
            [{"kind": "music_fade", "fade_in_ms": 2000, "fade_out_ms": 2000}],
        ),
    ],
)
def test_how_the_music_comes_in_and_ends_is_its_fade(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("the video ends too abruptly", [{"kind": "video_fade", "fade_out_ms": 1250}]),
        ("longer fade out at the end", [{"kind": "video_fade", "fade_out_ms": 1250}]),
        ("the video starts too suddenly", [{"kind": "video_fade", "fade_in_ms": 1000}]),
        ("end on black", [{"kind": "video_fade", "fade_out_ms": 1000}]),
    ],
)
def test_how_the_video_starts_and_ends_is_its_fade(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("bit too much music, lower it", [{"kind": "music_volume", "factor": 0.8}]),
        ("the music is too sad, something cheerful", [{"kind": "music", "source": "upbeat"}]),
        ("replace the piano with upbeat music", [{"kind": "music", "source": "upbeat"}]),
        ("put some music on it", None),
    ],
)
def test_music_said_with_a_complaint_or_a_replacement(
    text: str, ops: list[dict[str, Any]] | None
) -> None:
    if ops is None:  # the same as "add music": which music is asked
        assert _read(text).clarify
        return
    _does(text, ops)


@pytest.mark.parametrize("text", ["the music is too sad", "the music is depressing"])
def test_too_much_of_a_mood_asks_and_never_adds_more_of_it(text: str) -> None:
    reading = _read(text)
    assert not reading.edits and reading.clarify, (text, reading)


@pytest.mark.parametrize(
    ("text", "look"),
    [
        ("give it a cold blue look", "cool"),
        ("undo the sepia", "none"),
        ("go back to color", "none"),
        ("everything looks dull", "vivid"),
        ("make the photos pop a bit", "vivid"),
    ],
)
def test_a_look_said_in_everyday_words(text: str, look: str) -> None:
    _does(text, [{"kind": "look", "look": look}])


@pytest.mark.parametrize(("text", "topic"), [("add a glitch filter", "look")])
def test_a_look_not_understood_suggests_looks(text: str, topic: str) -> None:
    reading = _read(text)
    assert not reading.edits and reading.topic == topic, (text, reading)


@pytest.mark.parametrize("text", ["make the clip louder", "turn up the party video"])
def test_the_clip_made_louder_is_not_the_music_made_louder(text: str) -> None:
    reading = _read(text)
    assert not reading.edits and reading.topic == "music", (text, reading)


@pytest.mark.parametrize(
    ("text", "factor"), [("the volume is too high", 0.8), ("the volume is way too low", 1.25)]
)
def test_the_volume_too_high_or_low_steps_the_music(text: str, factor: float) -> None:
    _does(text, [{"kind": "music_volume", "factor": factor}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("i dont need background music", [{"kind": "remove_music"}]),
        ("straight cuts between the photos, no fading", [{"kind": "transition", "name": "none"}]),
    ],
)
def test_what_is_not_needed_goes(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    "text",
    [
        "i can't hear the talking in the clip because of the music",
        "i can barely hear the voices over the music",
        "can't hear anyone talking with the music on",
    ],
)
def test_something_not_heard_over_the_music_makes_the_music_quieter(text: str) -> None:
    _does(text, [{"kind": "music_volume", "factor": 0.8}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "i want no captions or titles",
            [
                {"kind": "remove_text", "which": "captions"},
                {"kind": "remove_text", "which": "title"},
            ],
        ),
        (
            "no music or transitions",
            [{"kind": "remove_music"}, {"kind": "transition", "name": "none"}],
        ),
        ("put the caption higher", [{"kind": "text_style", "target": "captions", "pos": "top"}]),
        ("delete the end credits", [{"kind": "remove_text", "which": "closing"}]),
    ],
)
def test_texts_placed_and_refused_in_everyday_words(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("add some music, something upbeat", "upbeat"),
        ("ok so the song doesnt really match the vibe, something more chill maybe", "calm"),
    ],
)
def test_music_asked_for_and_then_named_is_that_music(text: str, source: str) -> None:
    _does(text, [{"kind": "music", "source": source}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("use a zoom between photos", [{"kind": "transition", "name": "zoom"}]),
        ("zoom in between each photo", [{"kind": "transition", "name": "zoom"}]),
        ("no blending between the photos", [{"kind": "transition", "name": "none"}]),
        ("just a quick cut between pics", [{"kind": "transition", "name": "none"}]),
        (
            "a quick flash between photos",
            [{"kind": "transition", "name": "fadewhite", "factor": 0.8}],
        ),
    ],
)
def test_what_goes_between_the_photos_is_the_transition(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize("text", ["make the song play backwards", "play the music backwards"])
def test_music_played_backwards_is_said_to_be_impossible(text: str) -> None:
    reading = _read(text)
    assert not reading.edits and not reading.clarify and reading.topic == "music", reading
    assert "forwards" in reading.suggestions[0], reading.suggestions


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "fade in 2s fade out 3s on the music",
            [{"kind": "music_fade", "fade_in_ms": 2000, "fade_out_ms": 3000}],
        ),
        ("make it blak and white", [{"kind": "look", "look": "bw"}]),
    ],
)
def test_terse_and_mistyped_requests(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    "text", ["turn off the video's audio", "get rid of the noise in the video"]
)
def test_the_videos_own_sound_said_in_other_words_is_muted(text: str) -> None:
    _does(text, [{"kind": "mute_clips", "on": True}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ('change "Our trip" to "Our big trip"', [{"kind": "title", "text": "Our big trip"}]),
        (
            'rename "City lights" to "Night lights"',
            [{"kind": "caption", "index": 2, "text": "Night lights"}],
        ),
        ("put my name at the end: Made by Sam", [{"kind": "closing", "text": "Made by Sam"}]),
    ],
)
def test_a_text_named_by_its_quoted_words_or_its_place_is_rewritten(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize("text", ["i dont like it", "this looks bad", "its too cheesy"])
def test_a_dislike_of_nothing_named_suggests_general_things(text: str) -> None:
    reading = _read(text)
    assert not reading.edits and reading.topic == "general", (text, reading)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "fade in and out of black",
            [{"kind": "video_fade", "fade_in_ms": 1000, "fade_out_ms": 1000}],
        ),
        ("the black fade at the end is too long", [{"kind": "video_fade", "fade_out_ms": 800}]),
        ("start with a black screen", [{"kind": "video_fade", "fade_in_ms": 1000}]),
        ("end with a black screen", [{"kind": "video_fade", "fade_out_ms": 1000}]),
    ],
)
def test_black_at_either_end_is_the_videos_fade(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "look"),
    [
        ("make it look like the 70s", "sepia"),
        ("switch from black and white to color", "none"),
        ("the photos are too saturated", "none"),
        ("make the colours more natural", "none"),
    ],
)
def test_a_look_by_its_era_or_taken_back_to_colour(text: str, look: str) -> None:
    _does(text, [{"kind": "look", "look": look}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("make the music 10% quieter", [{"kind": "music_volume", "factor": 0.9}]),
        ("music 20% louder", [{"kind": "music_volume", "factor": 1.2}]),
        ("lower the music by 10%", [{"kind": "music_volume", "factor": 0.9}]),
        ("turn the music up by 20 percent", [{"kind": "music_volume", "factor": 1.2}]),
        ("turn it down 10%", [{"kind": "music_volume", "factor": 0.9}]),
        ("bring the music down to 40%", [{"kind": "music_volume", "percent": 40}]),
        ("reduce the volume to 60 percent", [{"kind": "music_volume", "percent": 60}]),
    ],
)
def test_a_percentage_said_as_a_step_changes_the_volume_by_it(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def test_a_percentage_step_of_the_pace_is_not_the_music() -> None:
    assert not any(e.kind == "music_volume" for e in _read("speed it up by 10%").edits)


@pytest.mark.parametrize("text", ["remove the music from the clip", "no music during the clip"])
def test_music_taken_off_one_item_removes_no_photo(text: str) -> None:
    reading = _read(text)
    assert not reading.edits and reading.topic == "music", (text, reading)
