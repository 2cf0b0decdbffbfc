"""English ways of saying the pace, the photos' time, the video's length by the song's, the
fades and the transitions' flow (issue #15, nlu15enB)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does as _does
from harness import probe as _read

from photo_video_maker.model.edit_types import SetMusicFade, SetSecondsPerPhoto


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("play at 1.5x", [{"kind": "speed", "factor": 0.67}]),
        ("up the time on each photo", [{"kind": "seconds_per_photo", "factor": 1.25}]),
        ("give the photos more breathing room", [{"kind": "seconds_per_photo", "factor": 1.25}]),
        ("make the pics go faster but not crazy fast", [{"kind": "speed", "factor": 0.8}]),
        ("end with a slow fade", [{"kind": "video_fade", "fade_out_ms": 1250}]),
        ("make them flow better from pic to pic", [{"kind": "transition", "factor": 1.25}]),
        ("i want it to flow better between pics", [{"kind": "transition", "factor": 1.25}]),
        ("swap the piano for something more upbeat", [{"kind": "music", "source": "upbeat"}]),
        ("where'd the mp4 end up", []),
    ],
)
def test_the_pace_and_the_flow_said_in_everyday_words(text: str, ops: list[dict[str, Any]]) -> None:
    if ops:
        _does(text, ops)
    else:
        assert _read(text).question == "output"


@pytest.mark.parametrize(
    "text",
    [
        "make the video last till the music runs out",
        "length should match the song",
        "match the video to the music length",
        "stretch the video so it lasts the whole song",
        "make it end when the music stops",
        "sync the length with the song",
    ],
)
def test_the_length_said_by_the_songs_is_the_song_length(text: str) -> None:
    _does(text, [{"kind": "length_to_song"}])


def test_a_shorter_music_fade_in_changes_only_the_music_fade() -> None:
    edits = _read("shorter music fade in").edits
    assert edits and all(isinstance(e, SetMusicFade) for e in edits)
    assert not any(isinstance(e, SetSecondsPerPhoto) for e in edits)


def test_two_lengths_with_or_offer_each_length_for_the_same_thing() -> None:
    options = _read("3 or 4 seconds per photo").clarify
    assert [o.edits for o in options] == [
        [SetSecondsPerPhoto(seconds=3.0)],
        [SetSecondsPerPhoto(seconds=4.0)],
    ]


def test_longer_or_shorter_asks_instead_of_picking_one() -> None:
    reading = _read("longer or shorter transitions, you pick")
    assert reading.clarify and not reading.edits
