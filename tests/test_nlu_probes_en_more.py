"""More English phrasings of transitions, time per photo, music, the clip's sound, texts, order
and file size, written apart from the corpus (issue #15): each is judged like a corpus line, by
what its edits do to the fixture; a sentence that could mean two edits must be asked about."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does as _does
from harness import probe as _read


def _trans(**fields: Any) -> list[dict[str, Any]]:
    return [{"kind": "transition", **fields}]


def _spp(**fields: Any) -> list[dict[str, Any]]:
    return [{"kind": "seconds_per_photo", **fields}]


def _music(source: str) -> list[dict[str, Any]]:
    return [{"kind": "music", "source": source}]


MUTE = [{"kind": "mute_clips", "on": True}]


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("softer transitions pls", _trans(factor=1.25)),
        ("snappier transitions", _trans(factor=0.8)),
        ("transitions too slow", _trans(factor=0.8)),
        ("quicker fades", _trans(factor=0.8)),
        ("the fades between photos take too long", _trans(factor=0.8)),
        ("the transitions take too long", _trans(factor=0.8)),
        ("cut the transitions in half", _trans(factor=0.5)),
        ("more gradual transitions", _trans(factor=1.25)),
        ("transitions more subtle", _trans(factor=1.25)),
        ("hmm the transitions feel kinda slow, can you speed them up a bit", _trans(factor=0.8)),
        ("shorten the transitions to 0.3s", _trans(ms=300)),
        ("make the transitions half a second", _trans(ms=500)),
        ("can you make the transitions like 2 seconds so its more dreamy", _trans(ms=2000)),
        ("transitions: fade to black, 1s", _trans(name="fadeblack", ms=1000)),
    ],
)
def test_transitions_longer_shorter_or_of_a_length(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("no more fades between the pics", _trans(name="none")),
        ("no fade between photos", _trans(name="none")),
        ("don't fade between the pics", _trans(name="none")),
        ("make the cuts hard", _trans(name="none")),
        ("instant cuts between pictures", _trans(name="none")),
        ("i hate the fades, just cut", _trans(name="none")),
        ("use a wipe", _trans(name="wiperight")),
        ("dissolve between them", _trans(name="crossfade")),
        ("push transitions to the right", _trans(name="pushright")),
        ("use a slide from the right", _trans(name="slideleft")),
        ("wipe from left to right between the photos", _trans(name="wiperight")),
        ("transitions that slide in from the top", _trans(name="slidedown")),
    ],
)
def test_a_transition_named_or_refused(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("each pic 2.5 sec", _spp(seconds=2.5)),
        ("linger on each shot", _spp(factor=1.25)),
        ("the photos flash by too fast", _spp(factor=1.25)),
        ("give the 3rd pic more time", _spp(index=3, factor=1.25)),
        ("every slide gets 3 seconds", _spp(seconds=3)),
        ("half a second more on each", _spp(seconds=3.5)),
        ("give the forest pic an extra 2 seconds", _spp(index=4, seconds=5)),
        ("each photo takes too long", _spp(factor=0.8)),
        ("at least 4 seconds per photo", _spp(seconds=4)),
    ],
)
def test_time_per_photo(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("something more upbeat", _music("upbeat")),
        ("something happier", _music("upbeat")),
        ("something epic", _music("cinematic")),
        ("play something relaxing", _music("calm")),
        ("can you put on something more cheerful", _music("upbeat")),
        ("the music is too sad, something happier", _music("upbeat")),
        ("swap the music for my own song", _music("song1")),
        ("use my summer breeze song", _music("song1")),
        ("swap the piano for something chill", _music("lofi")),
    ],
)
def test_music_named_by_its_mood_or_as_the_uploaded_song(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("let the song fade out slowly", [{"kind": "music_fade", "fade_out_ms": 2500}]),
        ("gradually fade the music out", [{"kind": "music_fade", "fade_out_ms": 2500}]),
        ("music fade out 3 seconds", [{"kind": "music_fade", "fade_out_ms": 3000}]),
        ("the video ends abruptly", [{"kind": "video_fade", "fade_out_ms": 1250}]),
    ],
)
def test_a_slow_or_sudden_fade_named_with_what_fades(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    "text",
    ["the ending is too abrupt", "it ends too suddenly", "the end is too sudden"],
)
def test_a_sudden_ending_asks_whether_the_picture_or_the_music_fades(text: str) -> None:
    reading = _read(text)
    assert not reading.edits, (text, reading)
    kinds = {edit.kind for option in reading.clarify for edit in option.edits}
    assert kinds == {"video_fade", "music_fade"}, (text, reading.clarify)


@pytest.mark.parametrize(
    "text",
    [
        "drop the party.mp4 audio",
        "mute the video clip audio",
        "get rid of the audio in the clip",
        "cut the clip's sound",
        "i dont want to hear the party noise",
        "just the music, mute everything else",
        "only the music, no other sound",
        "the video audio is too loud",
        "kill the audio on the party video",
    ],
)
def test_the_clips_own_sound_is_muted_never_the_music_or_the_clip(text: str) -> None:
    _does(text, MUTE)


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("the title isn't needed", "title"),
        ("remove the 'our trip' title", "title"),
        ("strip all the text out", "all"),
        ("get rid of the caption", "captions"),
        ("no title pls", "title"),
    ],
)
def test_texts_removed(text: str, which: str) -> None:
    _does(text, [{"kind": "remove_text", "which": which}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("can you put them in the order i shot them", [{"kind": "sort", "by": "date"}]),
        ("order by time taken", [{"kind": "sort", "by": "date"}]),
        ("order them by the date they were taken", [{"kind": "sort", "by": "date"}]),
        ("other way round please", [{"kind": "reverse"}]),
        ("run the photos in the opposite order", [{"kind": "reverse"}]),
    ],
)
def test_order_by_date_or_reversed(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("file size under 50 mb", [{"kind": "size_limit", "mb": 50}]),
        ("15 seconds max", [{"kind": "total_length", "seconds": 15}]),
        ("max 15 seconds", [{"kind": "total_length", "seconds": 15}]),
        ("no more than 15 seconds", [{"kind": "total_length", "seconds": 15}]),
        ("my teacher said max 15 seconds", [{"kind": "total_length", "seconds": 15}]),
        ("the file is too big, make it shorter", _spp(factor=0.8)),
        ("make it 720p, the file is too big", [{"kind": "resolution", "resolution": "720p"}]),
    ],
)
def test_limits_on_the_length_and_the_file(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    "text", ["can you make the file smaller", "the file is too big", "i need a smaller file"]
)
def test_a_smaller_file_with_nowhere_to_send_it_asks_which_limit(text: str) -> None:
    reading = _read(text)
    assert not reading.edits and reading.clarify, (text, reading)
    assert all(e.kind == "size_limit" for o in reading.clarify for e in o.edits), reading


@pytest.mark.parametrize(
    "text",
    [
        "ease the transitions",  # no "erase"
        "more emotion in the music",  # no "motion"
        "remove the dot",  # no "not"
        "the flower photo is nice",  # no "lower"
    ],
)
def test_real_words_are_not_read_as_slips_of_other_words(text: str) -> None:
    assert not _read(text).edits, text


def test_a_real_word_beside_a_request_leaves_it_as_said() -> None:
    _does("my mother loves the beach photo, make it longer", _spp(index=1, factor=1.25))
    _does("put the existing music lower", [{"kind": "music_volume", "factor": 0.8}])
