"""English as typed about time and order: how long every photo or one photo stays up (said as
seconds, "a bit longer", "slow the slideshow down", "each pic should be up for like 3 secs"),
how long the whole video runs ("make it 30 secs", "shorter overall", "trim the whole thing down
to 10s"), a video that lasts as long as its song ("end when the music ends", "make the pics fill
the whole song"), and a photo moved to a place ("put the dog one first", "the beach should come
after the city", "shift pic 5 one spot earlier"). Typed casually: no capitals, "u", "pls",
"like", a reason after the request, a remark before it; follow-ups on the previous turn; and the
few that must be asked back or change nothing. Judged as corpus lines are (tests/nlu/harness.py)
against the fixture: 5 photos of 3 s, the 8 s clip, 0.75 s crossfades (19.25 s in all), calm
music, title "Our trip", caption "City lights" on photo 2."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter

from photo_video_maker.model.edit_types import Edit

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "nlu"))
from harness import MEDIA, Line, judge, start  # noqa: E402

from photo_video_maker.instruct.interpret import read  # noqa: E402

EDITS = TypeAdapter(list[Edit])
ASK = {"clarify": True}
SONG = {"kind": "length_to_song"}


def _ops(*ops: dict[str, Any]) -> dict[str, Any]:
    return {"ops": list(ops)}


def _spp(seconds: float | None = None, factor: float | None = None, index: int | None = None
         ) -> dict[str, Any]:  # fmt: skip
    op: dict[str, Any] = {"kind": "seconds_per_photo"}
    op |= {"seconds": seconds} if seconds is not None else {"factor": factor}
    return op | ({"index": index} if index is not None else {})


def _speed(factor: float) -> dict[str, Any]:
    return {"kind": "speed", "factor": factor}


def _total(seconds: float) -> dict[str, Any]:
    return {"kind": "total_length", "seconds": seconds}


def _move(index: int, to: int | str) -> dict[str, Any]:
    return {"kind": "move", "index": index, "to": to}


def _check(text: str, expect: dict[str, Any], after: list[dict[str, Any]] | None = None) -> None:
    line = Line(id="probe", lang="en", text=text, expect=expect,
                after=EDITS.validate_python(after or []))  # fmt: skip
    reading = read(text, start(line), MEDIA, line.after)
    assert judge(line, reading) is None, (text, judge(line, reading), reading)


EVERY_PHOTO: list[tuple[str, dict[str, Any]]] = [
    ("can u make the pics stay a bit longer", _ops(_spp(factor=1.25))),
    ("4 sec each", _ops(_spp(4))),
    ("each pic should be up for like 3 secs", _ops(_spp(3))),
    ("slow the slideshow down", _ops(_speed(1.25))),
    ("slow the slideshow down a touch pls", _ops(_speed(1.25))),
    ("the photos go by way too quick, i cant even see them", _ops(_speed(1.5))),
    ("give every photo 5 seconds", _ops(_spp(5))),
    ("i want each photo on screen for 2.5 sec", _ops(_spp(2.5))),
    ("leave each picture up for 6 seconds pls", _ops(_spp(6))),
    ("show every image for about 4 seconds", _ops(_spp(4))),
    ("make all the photos 2s", _ops(_spp(2))),
    ("photos r too short, make em longer", _ops(_spp(factor=1.25))),
    ("make the pictures last twice as long", _ops(_spp(factor=2))),
    ("halve the time on each photo", _ops(_spp(factor=0.5))),
    ("each slide a little shorter please, it drags", _ops(_spp(factor=0.8))),
    ("hold each shot a lot longer", _ops(_spp(factor=1.5))),
    ("2 seconds per photo is enough", _ops(_spp(2))),
    ("3.5s per pic", _ops(_spp(3.5))),
    ("i think 4 seconds a photo would be better", _ops(_spp(4))),
    ("can every photo stay 1 sec less", _ops(_spp(2))),
    ("add a second to each photo", _ops(_spp(4))),
    ("speed up the slideshow a lot", _ops(_speed(0.67))),
    ("its too slow", _ops(_speed(0.8))),
    ("pics change too fast for my grandma to see, slow it down", _ops(_speed(1.25))),
    ("the photos should stay on longer so people can read the captions", _ops(
        _spp(factor=1.25))),
    ("each photo should show for five seconds", _ops(_spp(5))),
    ("set the duration of every photo to 4s", _ops(_spp(4))),
    ("hmm i'd like each photo to linger a bit more", _ops(_spp(factor=1.25))),
    ("every picture for 3 seconds please", _ops(_spp(3))),
    ("ok so each photo 4s", _ops(_spp(4))),
]  # fmt: skip

ONE_PHOTO: list[tuple[str, dict[str, Any]]] = [
    ("make the dog one stay a bit longer", _ops(_spp(factor=1.25, index=3))),
    ("the first photo should be 5 sec", _ops(_spp(5, index=1))),
    ("photo 2 needs more time, like 6 seconds", _ops(_spp(6, index=2))),
    ("make the beach pic shorter", _ops(_spp(factor=0.8, index=1))),
    ("keep the forest photo up longer, it's my fav", _ops(_spp(factor=1.25, index=4))),
    ("give the last photo 4 seconds", _ops(_spp(4, index=5))),
    ("cut the garden pic to 2 sec", _ops(_spp(2, index=5))),
    ("the 3rd pic is on too long", _ops(_spp(factor=0.8, index=3))),
    ("can the city one be twice as long", _ops(_spp(factor=2, index=2))),
    ("hold the dog photo for 7 seconds", _ops(_spp(7, index=3))),
    ("make pic #4 a second longer", _ops(_spp(4, index=4))),
    ("show the beach photo a little less", _ops(_spp(factor=0.8, index=1))),
    ("the dog pic goes by too fast", _ops(_spp(factor=1.25, index=3))),
]  # fmt: skip

FOLLOW_UPS: list[tuple[str, dict[str, Any], list[dict[str, Any]]]] = [
    ("a bit more", _ops(_spp(factor=1.25)), [_spp(4)]),
    ("nah too long, go back to 3", _ops(_spp(3)), [_spp(4)]),
    ("actually make it 2.5", _ops(_spp(2.5)), [_spp(2)]),
    ("even slower", _ops(_speed(1.25)), [_speed(1.25)]),
    ("still too fast", _ops(_speed(1.25)), [_spp(factor=1.25)]),
    ("same for the beach one", _ops(_spp(5, index=1)), [_spp(5, index=3)]),
    ("no, put it at the end instead", _ops(_move(1, "end")), [_move(3, "start")]),
    ("make it 25 instead", _ops(_total(25)), [_total(30)]),
]  # fmt: skip

TOTAL: list[tuple[str, dict[str, Any]]] = [
    ("make it 30 secs", _ops(_total(30))),
    ("cut it down to 15 secs", _ops(_total(15))),
    ("stretch it to half a minute", _ops(_total(30))),
    ("shorter overall", _ops(_spp(factor=0.8))),
    ("make the whole thing a bit shorter overall", _ops(_spp(factor=0.8))),
    ("i need the video to be 45s long for the ad", _ops(_total(45))),
    ("can the total be 20 seconds", _ops(_total(20))),
    ("the entire video should run 1 minute", _ops(_total(60))),
    ("trim the whole thing down to 10s pls", _ops(_total(10))),
    ("video length 25 sec", _ops(_total(25))),
    ("make the full video about 40 seconds", _ops(_total(40))),
    ("i want a 15 sec video for the school project", _ops(_total(15))),
    ("add 10 seconds to the video", _ops(_total(29.25))),
    ("make it 5 sec shorter overall", _ops(_total(14.25))),
    ("can it be a bit longer overall", _ops(_spp(factor=1.25))),
    ("runtime 20s", _ops(_total(20))),
    ("make the vid go for 35 seconds total", _ops(_total(35))),
    ("total 18 sec", _ops(_total(18))),
    ("its a bit long, can we get it down to 12 seconds", _ops(_total(12))),
    ("the video needs to be exactly 1 min for the contest", _ops(_total(60))),
    ("overall length should be 50 seconds", _ops(_total(50))),
]  # fmt: skip

# what the video is for, said after the value: a word the lexicon does not know is why
PURPOSE: list[tuple[str, dict[str, Any]]] = [
    ("make it 1 min for the contest", _ops(_total(60))),
    ("the video has to be 20 secs for the competition", _ops(_total(20))),
    ("4 sec each for the recital", _ops(_spp(4))),
    ("make it 30 secs total for the recital", _ops(_total(30))),
    ("2 seconds a photo for the memorial thing tomorrow", _ops(_spp(2))),
    ("it needs to be 30 seconds for my class", _ops(_total(30))),
    ("needs to be 40 sec because of the rules", _ops(_total(40))),
]  # fmt: skip

TO_SONG: list[tuple[str, dict[str, Any]]] = [
    ("end when the music ends", _ops(SONG)),
    ("match the video length to the song", _ops(SONG)),
    ("can u make it the same length as the music", _ops(SONG)),
    ("fit the slideshow to the song", _ops(SONG)),
    ("make the pics fill the whole song", _ops(SONG)),
    ("i want the video to stop when the song stops", _ops(SONG)),
    ("sync the length with the music pls", _ops(SONG)),
    ("make the video last the whole song", _ops(SONG)),
    ("the video should finish with the song", _ops(SONG)),
    ("stretch it so it covers the entire track", _ops(SONG)),
    ("make it exactly the songs length", _ops(SONG)),
    ("the music keeps going after the pics end, make them match", _ops(SONG)),
    ("use summer breeze and make the video as long as it", _ops(
        {"kind": "music", "source": "song1"}, SONG)),
    ("make it as long as the track", _ops(SONG)),
    ("video length = song length", _ops(SONG)),
    # variants written after the fixes
    ("trim the video to the song", _ops(SONG)),
    ("make the video the songs length", _ops(SONG)),
    ("make it the duration of the song", _ops(SONG)),
    ("make the vid end along with the song", _ops(SONG)),
    ("make it the same length as summer breeze", _ops(
        {"kind": "music", "source": "song1"}, SONG)),
    ("put upbeat music and make the video as long as it pls", _ops(
        {"kind": "music", "source": "upbeat"}, SONG)),
    ("switch to the summer breeze song and make the slideshow the length of that song", _ops(
        {"kind": "music", "source": "song1"}, SONG)),
    # all of the song heard: the video lasts as long (written in a last round)
    ("use the full song", _ops(SONG)),
    ("let the song play all the way through", _ops(SONG)),
    ("dont cut the song short", _ops(SONG)),
    ("don't cut the music off", _ops(SONG)),
    ("match length with music", _ops(SONG)),
    ("play the entire track", _ops(SONG)),
]  # fmt: skip

MOVES: list[Any] = [
    ("put the dog one first", _ops(_move(3, "start"))),
    ("move photo 4 to the end", _ops(_move(4, "end"))),
    ("the beach should come after the city", _ops(_move(1, 2))),
    ("put the city pic before the beach", _ops(_move(2, "start"))),
    ("i want the forest one last", _ops(_move(4, "end"))),
    ("start with the garden photo", _ops(_move(5, "start"))),
    ("open with the dog pic pls", _ops(_move(3, "start"))),
    ("end on the beach photo", _ops(_move(1, "end"))),
    ("move the 2nd pic to 4th place", _ops(_move(2, 4))),
    ("the dog photo should be second", _ops(_move(3, 2))),
    ("the party video should be the first thing", _ops(_move(6, "start"))),
    ("shift pic 5 one spot earlier", _ops(_move(5, 4))),
    ("move the forest photo up one", _ops(_move(4, 3))),
    ("bump the city photo to the end", _ops(_move(2, "end"))),
    ("put the garden pic right after the beach one", _ops(_move(5, 2))),
    ("dog photo between beach and city", _ops(_move(3, 2))),
    ("move the last photo to the front", _ops(_move(5, "start"))),
    pytest.param("can you put the video clip first and then the photos", _ops(_move(6, "start")),
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'then the photos' restates the order after the move and is left over "
                     "('then the rest' is let go as an 'each' word); letting a plain plural "
                     "noun go after 'then' needs care in lenient.tolerated"))),
    ("the forest pic should go before the dog", _ops(_move(4, 3))),
    ("put number 3 at the very beginning", _ops(_move(3, "start"))),
    ("i'd rather have the city photo at the end, it's the last place we went", _ops(
        _move(2, "end"))),
]  # fmt: skip

# a photo moved by a count of places, or led with: written while fixing (variants)
STEPS: list[tuple[str, dict[str, Any]]] = [
    ("move photo 3 two places back", _ops(_move(3, 5))),
    ("move photo 3 two places later", _ops(_move(3, 5))),
    ("move the beach pic 2 spots to the right", _ops(_move(1, 3))),
    ("shift the garden photo 3 places earlier", _ops(_move(5, 2))),
    ("move the dog photo two spots earlier", _ops(_move(3, 1))),
    ("move the city pic 1 spot later", _ops(_move(2, 3))),
    ("move photo 4 one position to the left", _ops(_move(4, 3))),
    ("move photo 2 two spots later", _ops(_move(2, 4))),
    ("lead with the forest pic", _ops(_move(4, "start"))),
    ("lead off with the dog photo pls", _ops(_move(3, "start"))),
    ("can we lead with photo 4", _ops(_move(4, "start"))),
]  # fmt: skip

# a second round, written after the first fixes: a verb of less or more "to" a length, a
# multiple said after the photos, and what the time is for said after it
SECOND: list[tuple[str, dict[str, Any]]] = [
    ("every photo is on screen for too long", _ops(_spp(factor=0.8))),
    ("can we do like 2 sec per photo instead of 3", _ops(_spp(2))),
    ("i feel like 3 seconds is too long for each pic, maybe 2", _ops(_spp(2))),
    ("bump each photo up to 4 seconds", _ops(_spp(4))),
    ("drop each photo to 2 secs", _ops(_spp(2))),
    ("lower each photo to 2 secs", _ops(_spp(2))),
    ("bring each photo down to 2 secs", _ops(_spp(2))),
    ("bring the dog photo down to 2 secs", _ops(_spp(2, index=3))),
    ("raise every pic to 5 seconds", _ops(_spp(5))),
    ("take the photos down to 2 sec each", _ops(_spp(2))),
    ("4s/photo", _ops(_spp(4))),
    ("slides should be 5 seconds", _ops(_spp(5))),
    ("i need more time on each photo to read the captions", _ops(_spp(factor=1.25))),
    ("give them more time to take it all in", _ops(_spp(factor=1.25))),
    ("photo 2 needs 5 secs to read the caption", _ops(_spp(5, index=2))),
    ("way less time on each photo", _ops(_spp(factor=0.67))),
    ("can u slow it down, its kinda rushed", _ops(_speed(1.25))),
    ("reduce photo time by 1 sec", _ops(_spp(2))),
    ("increase each photo by half a second", _ops(_spp(3.5))),
    ("photos 50% longer", _ops(_spp(factor=1.5))),
    ("make the photos three times as long", _ops(_spp(factor=3))),
    ("photos 3 times longer", _ops(_spp(factor=3))),
    ("each photo 3 times longer", _ops(_spp(factor=3))),
    ("let each photo breathe a bit more", _ops(_spp(factor=1.25))),
    ("drop the dog photo", _ops({"kind": "remove", "name": "dog.jpg"})),
    ("triple the photo time", _ops(_spp(factor=3))),
    ("triple the time on each photo", _ops(_spp(factor=3))),
    ("make the dog photo triple length", _ops(_spp(factor=3, index=3))),
]  # fmt: skip

# the whole length, a third round (most passed before; the verbs of squeezing and stretching
# to a bare number or a length were fixed)
TOTAL_MORE: list[tuple[str, dict[str, Any]]] = [
    ("can the whole thing be like 40 sec", _ops(_total(40))),
    ("whole vid 30s", _ops(_total(30))),
    ("the vid should be around 25 secs", _ops(_total(25))),
    ("keep it under 15 seconds", _ops(_total(15))),
    ("make it shorter, like 15 secs", _ops(_total(15))),
    ("the video's too short, make it 40s", _ops(_total(40))),
    ("overall duration: 30 sec", _ops(_total(30))),
    ("set the video length to 25 seconds", _ops(_total(25))),
    ("i want it to run for a minute and a half", _ops(_total(90))),
    ("squeeze it into 10 seconds", _ops(_total(10))),
    ("extend the video by 10 secs", _ops(_total(29.25))),
    ("can you compress it to 12 seconds", _ops(_total(12))),
    ("compress the video down to 10 secs", _ops(_total(10))),
    ("compress it to 10mb", _ops({"kind": "size_limit", "mb": 10})),
    ("extend it to 30", _ops(_total(30))),
    ("stretch it to 40", _ops(_total(40))),
    ("lengthen it to 30", _ops(_total(30))),
]  # fmt: skip

ASKED: list[str] = [
    "make it 4",
    "move the beach pic",
    "put the garden one first or maybe third",
    "end with the music fading out",  # the video's fade or the music's: never its length
]

NOT_UNDERSTOOD: list[tuple[str, str]] = [
    ("the timing is off on some photos", "timing"),
    ("give each photo a random length", "timing"),
    ("make the good photos longer", "timing"),
    ("make the important photos a bit longer", "timing"),
    ("the boring ones should be shorter", "timing"),
    ("put the funny pics first", "order"),
    ("put the photos in a nicer order", "order"),
]


@pytest.mark.parametrize(("text", "expect"), EVERY_PHOTO)
def test_how_long_every_photo_stays_is_set_or_stepped(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), ONE_PHOTO)
def test_how_long_one_named_photo_stays_is_set_or_stepped(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect", "after"), FOLLOW_UPS)
def test_a_follow_up_steps_or_replaces_the_last_timing_or_move(
    text: str, expect: dict[str, Any], after: list[dict[str, Any]]
) -> None:
    _check(text, expect, after)


@pytest.mark.parametrize(("text", "expect"), TOTAL)
def test_the_whole_video_length_is_set_or_stepped(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), PURPOSE)
def test_what_the_video_is_for_after_its_length_is_a_reason(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), TO_SONG)
def test_the_video_is_made_as_long_as_its_song(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), MOVES)
def test_a_photo_is_moved_to_the_place_said(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), STEPS)
def test_a_photo_moved_by_a_count_of_places_or_led_with_goes_there(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), SECOND)
def test_a_length_lowered_or_multiplied_or_given_a_purpose_is_set(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), TOTAL_MORE)
def test_the_whole_length_squeezed_or_stretched_to_a_number_is_set(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize("text", ASKED)
def test_a_number_or_place_that_is_not_said_is_asked(text: str) -> None:
    _check(text, ASK)


@pytest.mark.parametrize(("text", "topic"), NOT_UNDERSTOOD)
def test_a_wish_with_no_amount_or_place_changes_nothing(text: str, topic: str) -> None:
    _check(text, {"none": topic} if topic else {})
