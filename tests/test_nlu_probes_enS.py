"""English about the music and the frame as people type it in a chat: the music's volume said as
a feeling or a rough amount ("music's too loud", "can barely hear the music", "music at like
half"), the music chosen by mood or by "my song", how the photos sit in the frame ("the photos
are cut off", "fill the screen"), photos moved by name or place ("put the dog one after the
forest", "the beach should be last"), the video as long as the song, and the closing text; and
the sentences that used to change something else: a caption "up longer" (was: moved to the top),
"shorter - 10 secs" (was: 10 s shorter), a name "Max" (was: the music at full volume), "the dog
pic take 2 seconds off" and "fade the last photo to black" (were: not understood)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import EDITS, MEDIA, Line, assert_does, judge, probe, start

from photo_video_maker.instruct.interpret import read

Ops = list[dict[str, Any]]

# the silent wrong edits and misreadings other helpers found, with variants
FOUND: list[tuple[str, Ops]] = [
    ("the caption should be up longer", [
        {"kind": "seconds_per_photo", "index": 2, "factor": 1.25}]),
    ("keep the caption up longer", [{"kind": "seconds_per_photo", "index": 2, "factor": 1.25}]),
    ("the caption needs to stay up a bit longer", [
        {"kind": "seconds_per_photo", "index": 2, "factor": 1.25}]),
    ("make the caption stay on screen longer", [
        {"kind": "seconds_per_photo", "index": 2, "factor": 1.25}]),
    ("make it shorter - 10 secs", [{"kind": "total_length", "seconds": 10}]),
    ("make it shorter — 10 secs", [{"kind": "total_length", "seconds": 10}]),
    ("make it shorter -- like 12 seconds", [{"kind": "total_length", "seconds": 12}]),
    ("make it longer - 30 secs", [{"kind": "total_length", "seconds": 30}]),
    ("make the photos longer - 4 secs", [{"kind": "seconds_per_photo", "seconds": 4}]),
    ("the dog pic take 2 seconds off", [{"kind": "seconds_per_photo", "index": 3, "seconds": 1}]),
    ("the forest one, take 1 sec off", [{"kind": "seconds_per_photo", "index": 4, "seconds": 2}]),
    ("the dog pic knock a second off", [{"kind": "seconds_per_photo", "index": 3, "seconds": 2}]),
    ("knock 2 seconds off the dog pic", [{"kind": "seconds_per_photo", "index": 3, "seconds": 1}]),
    ("fade the last photo to black", [{"kind": "transition", "name": "fadeblack", "index": 6}]),
    ("fade the third photo to black", [{"kind": "transition", "name": "fadeblack", "index": 4}]),
    ("fade the forest pic into black", [{"kind": "transition", "name": "fadeblack", "index": 5}]),
    ("fade the last pic to black slowly", [
        {"kind": "transition", "name": "fadeblack", "index": 6, "factor": 1.25}]),
    ("make the transitions slower, hurts my eyes", [{"kind": "transition", "factor": 1.25}]),
    ("the zoom is too much hurts my eyes", [{"kind": "motion", "factor": 0.8}]),
    pytest.param(
        "make it faster so so boring",
        [{"kind": "speed", "factor": 0.8}],
        marks=pytest.mark.xfail(
            strict=True,
            reason="'so so' is a filler word of the lexicon (a reason too would clash), and a "
            "filler before 'boring' leaves the judgement unread: not understood, no edit",
        ),
    ),
    ("add the title Max and Ruby", [{"kind": "title", "text": "Max and Ruby"}]),
    ("turn the music up to Max", [{"kind": "music_volume", "percent": 100}]),
    ("set the music to max", [{"kind": "music_volume", "percent": 100}]),
]  # fmt: skip

# a text's time on screen with no photo of its own: nothing changes
TEXT_TIME_UNCHANGED = ["the title should be up longer", "keep the title on screen longer"]

VOLUME: list[tuple[str, Ops]] = [
    ("music's too loud", [{"kind": "music_volume", "factor": 0.8}]),
    ("turn the song down a notch", [{"kind": "music_volume", "factor": 0.8}]),
    ("can barely hear the music", [{"kind": "music_volume", "factor": 1.25}]),
    ("music at like half", [{"kind": "music_volume", "percent": 50}]),
    ("the music is waaay too loud lol", [{"kind": "music_volume", "factor": 0.67}]),
    ("music a tad louder pls", [{"kind": "music_volume", "factor": 1.25}]),
    ("can u bring the music down to 30%", [{"kind": "music_volume", "percent": 30}]),
    ("honestly the song is kinda blasting, lower it", [{"kind": "music_volume", "factor": 0.8}]),
    ("the bgm is too quiet i cant hear it on my phone", [{"kind": "music_volume", "factor": 1.25}]),
    ("lower the music volume a little", [{"kind": "music_volume", "factor": 0.8}]),
    ("music volume to 70 percent", [{"kind": "music_volume", "percent": 70}]),
    ("turn up the tunes", [{"kind": "music_volume", "factor": 1.25}]),
    ("make the music way quieter", [{"kind": "music_volume", "factor": 0.67}]),
    ("the song should be softer, its just background", [{"kind": "music_volume", "factor": 0.8}]),
    ("half the music volume", [{"kind": "music_volume", "percent": 50}]),
    ("music is a bit much, turn it down", [{"kind": "music_volume", "factor": 0.8}]),
    ("make it louder", [{"kind": "music_volume", "factor": 1.25}]),
    ("ugh the musics drowning everything out", [{"kind": "music_volume", "factor": 0.8}]),
    ("the music is kinda drowning everything out", [{"kind": "music_volume", "factor": 0.8}]),
    ("the song drowns everything out lol", [{"kind": "music_volume", "factor": 0.8}]),
    # a complaint, then the request said again: quieter (was: louder)
    ("the music is kinda overpowering can u tone it down", [
        {"kind": "music_volume", "factor": 0.8}]),
    ("the piano is kinda overpowering can u tone it down", [
        {"kind": "music_volume", "factor": 0.8}]),
    ("music volume like 20% pls its just background", [{"kind": "music_volume", "percent": 20}]),
    ("mmm the music could be a touch louder tbh", [{"kind": "music_volume", "factor": 1.25}]),
    ("the music is barely audible", [{"kind": "music_volume", "factor": 1.25}]),
    # the phone is where it is heard, not a shape
    ("the music is too quiet i can barely hear it on my phone", [
        {"kind": "music_volume", "factor": 1.25}]),
    ("i cant hear the music on my phone", [{"kind": "music_volume", "factor": 1.25}]),
]  # fmt: skip

MUSIC: list[tuple[str, Ops]] = [
    ("use my song", [{"kind": "music", "source": "song1"}]),
    ("use the song i uploaded instead", [{"kind": "music", "source": "song1"}]),
    ("put summer breeze on it", [{"kind": "music", "source": "summer breeze"}]),
    ("something more chill for the music pls", [{"kind": "music", "source": "calm"}]),
    ("can we get some upbeat music", [{"kind": "music", "source": "upbeat"}]),
    ("swap the piano for something epic, like a movie trailer", [
        {"kind": "music", "source": "cinematic"}]),
    ("lofi music would be nice", [{"kind": "music", "source": "lofi"}]),
    ("some acoustic guitar music instead", [{"kind": "music", "source": "acoustic"}]),
    ("change the song to an upbeat one", [{"kind": "music", "source": "upbeat"}]),
    ("i dont like this piano, use my summer breeze track", [
        {"kind": "music", "source": "song1"}]),
    ("the music is too sad, something happier", [{"kind": "music", "source": "upbeat"}]),
    ("put cinematic music on", [{"kind": "music", "source": "cinematic"}]),
]  # fmt: skip

FIT: list[tuple[str, Ops]] = [
    ("the photos are cut off", [{"kind": "fit", "fit": "contain"}]),
    ("show the whole pic", [{"kind": "fit", "fit": "contain"}]),
    ("fill the screen", [{"kind": "fit", "fit": "cover"}]),
    ("no black bars pls just fill it up", [{"kind": "fit", "fit": "cover"}]),
    ("the pics should fill the whole frame", [{"kind": "fit", "fit": "cover"}]),
    ("heads are getting cut off, show the full photo", [{"kind": "fit", "fit": "contain"}]),
    ("zoom the photos in so they fill the screen", [{"kind": "fit", "fit": "cover"}]),
    ("the dog pic is cropped, show all of it", [{"kind": "fit", "fit": "contain", "index": 3}]),
    ("make the forest one fill the screen", [{"kind": "fit", "fit": "cover", "index": 4}]),
    ("i want the blurry background behind the photos", [{"kind": "fit", "fit": "blur"}]),
    ("black bars are fine, just show the whole thing", [{"kind": "fit", "fit": "contain"}]),
    ("edges of the pics are cut off", [{"kind": "fit", "fit": "contain"}]),
    ("dont crop my photos", [{"kind": "fit", "fit": "contain"}]),
    ("the dog photo gets cropped weird, can u show the whole thing", [
        {"kind": "fit", "fit": "contain", "index": 3}]),
]  # fmt: skip

MOVE: list[tuple[str, Ops]] = [
    ("put the dog one after the forest", [{"kind": "move", "index": 3, "to": 4}]),
    ("swap the first two", [{"kind": "swap", "i": 1, "j": 2}]),
    ("the beach should be last", [{"kind": "move", "index": 1, "to": "end"}]),
    ("move the garden pic to the start", [{"kind": "move", "index": 5, "to": "start"}]),
    ("can the city one go first", [{"kind": "move", "index": 2, "to": "start"}]),
    ("put the forest before the dog", [{"kind": "move", "index": 4, "to": 3}]),
    ("switch the dog and the garden", [{"kind": "swap", "i": 3, "j": 5}]),
    ("pic 4 should be second", [{"kind": "move", "index": 4, "to": 2}]),
    ("move the beach photo one spot later", [{"kind": "move", "index": 1, "to": 2}]),
    ("start with the garden pic pls", [{"kind": "move", "index": 5, "to": "start"}]),
    ("i want the dog photo at the very end", [{"kind": "move", "index": 3, "to": "end"}]),
    ("flip the order of 2 and 3", [{"kind": "swap", "i": 2, "j": 3}]),
    ("the garden pic should come right after the city one", [
        {"kind": "move", "index": 5, "to": 3}]),
    ("make the dog photo the first one", [{"kind": "move", "index": 3, "to": "start"}]),
    ("swap beach and forest pls", [{"kind": "swap", "i": 1, "j": 4}]),
]  # fmt: skip

LENGTH_TO_SONG: list[tuple[str, Ops]] = [
    ("make it as long as the song", [{"kind": "length_to_song"}]),
    ("end when the music ends", [{"kind": "length_to_song"}]),
    ("let the whole song play", [{"kind": "length_to_song"}]),
    ("match the video length to the music", [{"kind": "length_to_song"}]),
    ("stretch it so it lasts the whole track", [{"kind": "length_to_song"}]),
    ("the video should stop when the song stops", [{"kind": "length_to_song"}]),
    ("fit the video to the length of the song", [{"kind": "length_to_song"}]),
    ("video should be exactly as long as the song", [{"kind": "length_to_song"}]),
    ("make the slideshow last till the song is over", [{"kind": "length_to_song"}]),
    ("i want it to end with the song", [{"kind": "length_to_song"}]),
]  # fmt: skip

CLOSING: list[tuple[str, Ops]] = [
    ("end with thanks for watching", [{"kind": "closing", "text": "thanks for watching"}]),
    ("put 'see you next summer' at the end", [{"kind": "closing", "text": "see you next summer"}]),
    ("at the very end say love you grandma", [{"kind": "closing", "text": "love you grandma"}]),
    ("add a closing text: The End", [{"kind": "closing", "text": "The End"}]),
    ("finish with a slide that says Made by Tom", [{"kind": "closing", "text": "Made by Tom"}]),
    ("remove the ending text", [{"kind": "remove_text", "which": "closing"}]),
    ("sign off with love, grandma", [{"kind": "closing", "text": "love, grandma"}]),
    ("change the ending text to bye bye", [{"kind": "closing", "text": "bye bye"}]),
    pytest.param(
        "at the end put thanks for watching!!",
        [{"kind": "closing", "text": "thanks for watching"}],
        marks=pytest.mark.xfail(
            strict=True,
            reason="unquoted words after 'at the end put' are dropped by the scanner before any "
            "text rule sees them (quoted, they are read); left: not understood, no edit",
        ),
    ),
]  # fmt: skip

AFTER: list[tuple[str, Ops, Ops]] = [
    ("still too loud", [{"kind": "music_volume", "factor": 0.8}],
     [{"kind": "music_volume", "factor": 0.8}]),
    ("no, the garden one", [{"kind": "move", "index": 3, "to": "end"}],
     [{"kind": "undo"}, {"kind": "move", "index": 5, "to": "end"}]),
    ("hmm a bit louder again", [{"kind": "music_volume", "percent": 40}],
     [{"kind": "music_volume", "factor": 1.25}]),
]  # fmt: skip

# could mean two edits: asked
ASKED = ["make the second one bigger"]
# no request, or nothing to say what "it" is: nothing changes
NOTHING = [
    "the music is so so", "i love this song", "the dog one is my favourite",
    "move it after the forest", "put the dog one after",
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), FOUND)
def test_the_misreadings_found_are_read_as_meant(text: str, ops: Ops) -> None:
    assert_does(text, ops)


def test_a_name_said_after_a_title_is_no_volume() -> None:
    reading = probe("add the title Happy birthday, its Max")
    assert [e.kind for e in reading.edits] == ["title"]
    assert str(getattr(reading.edits[0], "text", "")).startswith("Happy birthday")


@pytest.mark.parametrize("text", TEXT_TIME_UNCHANGED)
def test_a_title_shown_longer_changes_nothing(text: str) -> None:
    assert probe(text).edits == []


@pytest.mark.parametrize(("text", "ops"), VOLUME)
def test_the_music_volume_said_as_a_feeling_or_rough_amount(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), MUSIC)
def test_the_music_chosen_by_mood_or_as_my_song(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), FIT)
def test_how_the_photos_sit_in_the_frame(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), MOVE)
def test_photos_moved_by_name_or_place(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), LENGTH_TO_SONG)
def test_the_video_as_long_as_the_song(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), CLOSING)
def test_the_closing_text(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "last", "ops"), AFTER)
def test_follow_ups_refer_to_the_last_change(text: str, last: Ops, ops: Ops) -> None:
    line = Line(
        id="probe", lang="en", text=text, expect={"ops": ops}, after=EDITS.validate_python(last)
    )
    assert judge(line, read(text, start(line), MEDIA, line.after)) is None


@pytest.mark.parametrize("text", ASKED)
def test_what_could_mean_two_things_is_asked(text: str) -> None:
    reading = probe(text)
    assert reading.edits == [] and (reading.clarify or reading.question), reading


@pytest.mark.parametrize("text", NOTHING)
def test_a_remark_changes_nothing(text: str) -> None:
    assert probe(text).edits == []
