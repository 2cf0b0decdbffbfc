"""English about time, transitions and sound as it is typed in a chat: seconds for every photo or
for one photo ("each pic 4 sec", "the dog one should stay longer"), the whole video's length
("cut it down to 20 secs for insta", "whole thing should be like a minute"), the pace ("speed it
up a tad"), the transitions' kind and length ("just hard cuts", "transitions half a second") and
the transition between two photos; follow-ups on the previous turn ("no, shorter than that",
"make that 5 instead"), limits already kept (answered with the length), and remarks that name no
change. And the sound: the music's track or mood ("go for lofi, the piano is too sleepy"), its
volume ("cut the music volume in half", "too quiet now, bring it back up a bit"), its fades and
the video's, the clip's own sound, and the video's length fitted to the song ("sync the length of
the slideshow with the song"). Judged as corpus lines are (tests/nlu/harness.py); the fixture
video is 19.25 s long, 5 photos of 3 s, crossfades of 0.75 s."""

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
LENGTH = {"answer": "length"}
ASK = {"clarify": True}


def _ops(*ops: dict[str, Any]) -> dict[str, Any]:
    return {"ops": list(ops)}


def _spp(
    seconds: float | None = None, factor: float | None = None, index: int | None = None
) -> dict[str, Any]:
    op: dict[str, Any] = {"kind": "seconds_per_photo"}
    op |= {"seconds": seconds} if seconds is not None else {"factor": factor}
    return _ops(op | ({"index": index} if index is not None else {}))


def _total(seconds: float) -> dict[str, Any]:
    return _ops({"kind": "total_length", "seconds": seconds})


def _speed(factor: float) -> dict[str, Any]:
    return _ops({"kind": "speed", "factor": factor})


def _tr(**fields: Any) -> dict[str, Any]:
    return _ops({"kind": "transition", **fields})


def _check(text: str, expect: dict[str, Any], after: list[dict[str, Any]] | None = None) -> None:
    line = Line(id="probe", lang="en", text=text, expect=expect,
                after=EDITS.validate_python(after or []))  # fmt: skip
    reading = read(text, start(line), MEDIA, line.after)
    assert judge(line, reading) is None, (text, judge(line, reading), reading)


EVERY_PHOTO: list[tuple[str, dict[str, Any]]] = [
    ("each pic 4 sec", _spp(4)),
    ("can u make every photo like 5 seconds", _spp(5)),
    ("i want each picture to show for 2.5 secs", _spp(2.5)),
    ("photos r going by too fast, give them 4 seconds each", _spp(4)),
    ("set all the pics to 3.5s", _spp(3.5)),
    ("a bit quicker on the photos", _spp(factor=0.8)),
    ("the pictures stay up way too long", _spp(factor=0.67)),
    ("let each photo linger a little longer", _spp(factor=1.25)),
    ("hold each shot for 6 seconds pls", _spp(6)),
    ("every image should be on screen for 4 secs", _spp(4)),
    ("4 secs per photo", _spp(4)),
    ("can each slide be 3 sec instead of whatever it is now", _spp(3)),
    ("give every photo one more second", _spp(4)),
    ("take a second off each photo", _spp(2)),
    ("double the time on every pic", _spp(factor=2)),
    ("halve how long each photo shows", _spp(factor=0.5)),
    ("photos feel rushed tbh, slow them down a bit", _speed(1.25)),
    ("i cant even see the pics they go so fast lol", _speed(1.25)),
    ("ok so like each photo should be 2 seconds because its for a reel", _spp(2)),
    ("2 sec a pic", _spp(2)),
    ("pics r too short, make em longer", _spp(factor=1.25)),
    ("photos a tiny bit shorter pls 🙏", _spp(factor=0.8)),
]  # fmt: skip

ONE_PHOTO: list[tuple[str, dict[str, Any]]] = [
    ("the dog one should stay longer", _spp(factor=1.25, index=3)),
    ("make photo 3 twice as long", _spp(factor=2, index=3)),
    ("keep the beach pic up for 5 seconds", _spp(5, index=1)),
    ("the last photo needs more time", _spp(factor=1.25, index=5)),
    ("first pic 6 secs", _spp(6, index=1)),
    ("shorten the forest photo a little", _spp(factor=0.8, index=4)),
    ("cut the city one to 2 seconds", _spp(2, index=2)),
    ("garden pic is on screen too long, make it 1.5 sec", _spp(1.5, index=5)),
    ("could the 2nd photo stay a lot longer, its my favorite", _spp(factor=1.5, index=2)),
    ("give the dog pic an extra 2 seconds", _spp(5, index=3)),
    ("photo #4 should be half as long", _spp(factor=0.5, index=4)),
    ("i love the dog pic, can it stay on screen a bit more", _spp(factor=1.25, index=3)),
    ("the city photo goes by too quick", _spp(factor=1.25, index=2)),
    ("pic 1 is too long", _spp(factor=0.8, index=1)),
]  # fmt: skip

TOTAL: list[tuple[str, dict[str, Any]]] = [
    ("keep it under 30s", LENGTH),
    ("whole thing should be like a minute", _total(60)),
    ("cut it down to 20 secs for insta", _ops(
        {"kind": "total_length", "seconds": 20},
        {"kind": "aspect", "aspect": "1:1", "platform": "Instagram"})),
    ("make the video 45 seconds total", _total(45)),
    ("i need it exactly 15 sec", _total(15)),
    ("can the whole video be 40s long", _total(40)),
    ("make it shorter, like 12 seconds", _total(12)),
    ("video's too long, trim to 10 secs", _total(10)),
    ("total runtime 25 seconds pls", _total(25)),
    ("stretch it to half a minute", _total(30)),
    ("the vid should last 1:30", _total(90)),
    ("make the whole video a bit shorter", _spp(factor=0.8)),
    ("add 5 secs to the whole video", _total(24.25)),
    ("make the video 10 seconds longer", _total(29.25)),
    ("it needs to be way shorter", _spp(factor=0.67)),
    ("can we get it down under 15 seconds", _total(15)),
    # every kind of story is vertical
    ("my story only allows 15s so make it fit", _ops(
        {"kind": "aspect", "aspect": "9:16", "platform": "Instagram Stories"},
        {"kind": "total_length", "seconds": 15})),
    ("the whole slideshow should run about 35 secs", _total(35)),
]  # fmt: skip

PACE: list[tuple[str, dict[str, Any]]] = [
    ("speed it up a tad", _speed(0.8)),
    ("slow the whole thing down", _speed(1.25)),
    ("way faster pls", _speed(0.67)),
    ("pace is too slow", _speed(0.8)),
    ("can it go faster, its kinda dragging", _speed(0.8)),
    ("a lot slower", _speed(1.5)),
    ("the pacing is too quick for my grandma to follow", _speed(1.25)),
    ("make the pacing snappier", _speed(0.8)),
]  # fmt: skip

TRANSITION_KIND: list[tuple[str, dict[str, Any]]] = [
    ("use fade to black between the pics", _tr(name="fadeblack")),
    ("switch the transitions to slides", _tr(name="slideleft")),
    ("i want wipes instead of crossfades", _tr(name="wiperight")),
    ("zoom transitions pls", _tr(name="zoom")),
    ("just hard cuts", _tr(name="none")),
    ("no transitions at all, straight cuts", _tr(name="none")),
    ("get rid of the fades between photos", _tr(name="none")),
    ("random transitions", _tr(name="random")),
    ("circle transition between every pic", _tr(name="circle")),
    ("can you do a fade to white between them", _tr(name="fadewhite")),
    ("slide from the right between photos", _tr(name="slideleft")),  # moving left
    ("the crossfades look cheesy, just cut from one to the next", _tr(name="none")),
    ("mix up the transitions", _tr(name="random")),
]  # fmt: skip

TRANSITION_LENGTH: list[tuple[str, dict[str, Any]]] = [
    ("longer crossfades", _tr(factor=1.25)),
    ("transitions half a second", _tr(ms=500)),
    ("make the transitions 1 sec", _tr(ms=1000)),
    ("quicker transitions", _tr(factor=0.8)),
    ("the crossfades drag, make them shorter", _tr(factor=0.8)),
    ("make the transitions smoother", _tr(factor=1.25)),
    ("transition time 0.3 s", _tr(ms=300)),
    ("transitions twice as long", _tr(factor=2)),
    ("make the fades between photos longer", _tr(factor=1.25)),
    ("each transition should take like 2 seconds", _tr(ms=2000)),
    ("way shorter transitions", _tr(factor=0.67)),
    ("crossfade 1.5 seconds", _tr(name="crossfade", ms=1500)),
]  # fmt: skip

BETWEEN_TWO: list[tuple[str, dict[str, Any]]] = [
    ("fade to black between the dog and the forest", _tr(name="fadeblack", index=4)),
    ("hard cut between photo 2 and 3", _tr(name="none", index=3)),
    ("zoom transition into the last photo", _tr(name="zoom", index=5)),
    ("slide between the beach and city pics", _tr(name="slideleft", index=2)),
    ("longer fade going into the garden pic", _tr(factor=1.25, index=5)),
    ("no transition between pic 4 and 5", _tr(name="none", index=5)),
]  # fmt: skip

# found while fixing: the kinds of phrasing the failures above stood for
VARIANTS: list[tuple[str, dict[str, Any]]] = [
    # "how long" after a verb or a step is the length changed, not a question
    ("double how long the photos stay", _spp(factor=2)),
    ("increase how long each photo shows", _spp(factor=1.25)),
    ("set how long each pic shows to 4 secs", _spp(4)),
    ("halve how long the dog pic stays", _spp(factor=0.5, index=3)),
    ("more or less how long is it", LENGTH),
    ("can you tell me how long each photo is?", LENGTH),
    # "take" after what it is said of is how long it lasts, not "take ... off"
    ("each transition should take like 2 seconds", _tr(ms=2000)),
    ("make the transitions take 1 second", _tr(ms=1000)),
    ("double how long the transitions take", _tr(factor=2)),
    ("the crossfades should only take half a second", _tr(name="crossfade", ms=500)),
    ("each pic should only take 2 secs", _spp(2)),
    ("it should take 20 seconds", _total(20)),
    ("take 2 seconds off the dog pic", _spp(1, index=3)),
    # "the city one to 2 seconds": "one" is the photo, no range of lengths
    ("trim the city one to 2 seconds", _spp(2, index=2)),
    ("shorten the city one to 2 seconds", _spp(2, index=2)),
    ("the forest one to 5 secs", _spp(5, index=4)),
    # praise of the photo the request is about
    ("i like the dog pic, make it longer", _spp(factor=1.25, index=3)),
    ("i love the dog pic so make it longer", _spp(factor=1.25, index=3)),
    ("i really like the forest photo, can it stay longer", _spp(factor=1.25, index=4)),
    ("i like the beach one, put it first", _ops({"kind": "move", "index": 1, "to": "start"})),
    # the transition into one photo, or between two named with "and the"
    ("crossfade into photo 3", _tr(name="crossfade", index=3)),
    ("use a zoom transition going into the dog pic", _tr(name="zoom", index=3)),
    ("longer transition into photo 5", _tr(factor=1.25, index=5)),
    ("zoom transition between photo 4 and 5", _tr(name="zoom", index=5)),
    ("fade to black into the forest pic", _tr(name="fadeblack", index=4)),
    ("fade to black between the city pic and the dog", _tr(name="fadeblack", index=3)),
    ("the dog photo should fade to black", _tr(name="fadeblack", index=4)),
    # "drag" said of what plays: too slow
    ("the photos drag", _speed(0.8)),
    ("the transitions drag a bit", _tr(factor=0.8)),
    ("drag photo 2 to the start", _ops({"kind": "move", "index": 2, "to": "start"})),
    # a snappier pace is faster
    ("the pace could be a lot snappier", _speed(0.67)),
    ("make the pacing snappier and the transitions smoother", _ops(
        {"kind": "speed", "factor": 0.8}, {"kind": "transition", "factor": 1.25})),
    # the way said with a bare length picks the video's or each photo's, when only one fits
    ("shorter, like 12 seconds", _total(12)),
    ("make it longer, like 8 seconds", _spp(8)),
    ("make it shorter, 2 secs", ASK),
    # photos said to go "so fast" are too fast
    ("the photos go so fast", _speed(1.25)),
    ("the pics move super fast, i cant read the caption", _speed(1.25)),
    # a limit said of where it goes
    ("the limit is 15 seconds", _total(15)),
    ("the limit is 30 seconds", LENGTH),
    ("the site only accepts 10 second videos", _total(10)),
]  # fmt: skip

# a second round, written after the first fixes
SECOND_ROUND: list[tuple[str, dict[str, Any]]] = [
    ("pls make every foto 3 secs", _spp(3)),
    ("each photo should be shown during 4 seconds", _spp(4)),
    ("i want that the photos stay 5 second", _spp(5)),
    ("photos duration 2.5", _spp(2.5)),
    ("can we do 3 seconds per pic instead", _spp(3)),
    ("the pics are on screen forever lol can u shorten them", _spp(factor=0.8)),
    ("slightly longer per photo", _spp(factor=1.25)),
    ("give the forest pic a couple more seconds", _spp(5, index=4)),
    ("last pic 5s", _spp(5, index=5)),
    ("make the 1st one shorter its boring", _spp(factor=0.8, index=1)),
    ("photo 2 needs to be up longer so ppl can read the caption", _spp(factor=1.25, index=2)),
    ("the clip is fine but the photos should be faster", _spp(factor=0.8)),
    ("video needs to be 30 sec max for the ad", LENGTH),
    ("can you make the video 20 sec long please", _total(20)),
    ("trim it to 15", _total(15)),
    ("make the total 1 minute", _total(60)),
    ("i want the whole video to be longer, like 40 sec", _total(40)),
    ("reduce the length to 12 seconds", _total(12)),
    ("shave 4 seconds off the video", _total(15.25)),
    ("the whole vid is too long, cut it in half", _spp(factor=0.5)),
    ("quicker pace pls", _speed(0.8)),
    ("its too fast for my mom", _speed(1.25)),
    ("slow it down a little bit", _speed(1.25)),
    ("can u speed up the slideshow a lot", _speed(0.67)),
    ("use crossfades", _tr(name="crossfade")),
    ("swap the fades for slides", _tr(name="slideleft")),
    ("transitions: fade to black", _tr(name="fadeblack")),
    ("change transition to wipe", _tr(name="wiperight")),
    ("remove all transitions", _tr(name="none")),
    ("no fades between pics pls", _tr(name="none")),
    ("make the transitions a little longer", _tr(factor=1.25)),
    ("transitions should be quicker", _tr(factor=0.8)),
    ("set transition duration to 0.5s", _tr(ms=500)),
    ("crossfades of 1 second", _tr(name="crossfade", ms=1000)),
    ("fades between photos 2 secs", _tr(ms=2000)),
    ("make the transitions faster", _tr(factor=0.8)),
    ("the transitions are too slow", _tr(factor=0.8)),
    ("i dont want transitions", _tr(name="none")),
    ("slide transition between 1 and 2", _tr(name="slideleft", index=2)),
    ("cut straight from the city pic to the dog", _tr(name="none", index=3)),
    ("put a fade to black after the forest photo", _tr(name="fadeblack", index=5)),
    ("shorter transition between photo 3 and 4", _tr(factor=0.8, index=4)),
    ("make each photo 3 seconds and the transitions 1 second", _ops(
        {"kind": "seconds_per_photo", "seconds": 3}, {"kind": "transition", "ms": 1000})),
    ("4 sec per photo and slide transitions", _ops(
        {"kind": "seconds_per_photo", "seconds": 4}, {"kind": "transition", "name": "slideleft"})),
    ("video 30 seconds, fade to black transitions", _ops(
        {"kind": "total_length", "seconds": 30}, {"kind": "transition", "name": "fadeblack"})),
    # variants of the second round's fixes
    ("the title needs to be shorter", {}),
    ("the dog pic has to be on screen longer so my kids can see him", _spp(factor=1.25, index=3)),
    ("increase the length to 40 secs", _total(40)),
    ("bring the length down to 12 seconds", _total(12)),
    ("get it down to 12 seconds", _total(12)),
    ("bring it down to 12 seconds", _total(12)),
    ("bring it down to 40 percent", _ops({"kind": "music_volume", "percent": 40})),
    ("put a slide transition after photo 2", _tr(name="slideleft", index=3)),
    ("fade to black before the garden pic", _tr(name="fadeblack", index=5)),
]  # fmt: skip

# a third round, mostly transitions
THIRD_ROUND: list[Any] = [  # pairs, and one pytest.param
    ("can the transitions be like half a sec", _tr(ms=500)),
    ("i want the fades to be slower", _tr(factor=1.25)),
    ("transitions too abrupt, smooth them out", _tr(factor=1.25)),
    ("the transitions feel super long", _tr(factor=0.8)),
    ("use a dissolve between the photos", _tr(name="crossfade")),
    ("fade thru black between each pic", _tr(name="fadeblack")),
    ("no transition, just cut", _tr(name="none")),
    ("can we try the zoom transition", _tr(name="zoom")),
    ("push transitions from the left", _tr(name="pushright")),
    ("wipe down between photos", _tr(name="wipedown")),
    ("make every transition 1.5s", _tr(ms=1500)),
    ("double the transition time", _tr(factor=2)),
    ("the dog photo should stay 6 seconds", _spp(6, index=3)),
    ("shorten every photo by half a second", _spp(2.5)),
    ("1 more sec on each photo", _spp(4)),
    ("each pic should be on for 3-4 seconds", ASK),
    ("i need the video to be exactly 45 secs for the reel", _ops(
        {"kind": "total_length", "seconds": 45},
        {"kind": "aspect", "aspect": "9:16", "platform": "Reels"})),
    ("make it about a minute long", _total(60)),
    ("can you stretch the video to 40 seconds", _total(40)),
    ("crossfade transitions between all photos, 1 second each", _tr(name="crossfade", ms=1000)),
    ("make the transition before the clip a fade to black", _tr(name="fadeblack", index=6)),
    ("the transition into the party clip should be a hard cut", _tr(name="none", index=6)),
    ("tighten up the pacing", _speed(0.8)),
    ("more relaxed pace", _ops(
        {"kind": "speed", "factor": 1.25}, {"kind": "music", "source": "calm"})),
    # variants of the third round's fixes
    ("slide transitions, 1 second each", _tr(name="slideleft", ms=1000)),
    ("fade to black transitions, half a second each", _tr(name="fadeblack", ms=500)),
    ("smooth out the transitions", _tr(factor=1.25)),
    ("the photos seem really short", _spp(factor=1.25)),
    ("the video is really long", _spp(factor=0.8)),
    pytest.param("hold on the last photo a bit longer at the end", _spp(factor=1.25, index=5),
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'at the end' is read as a place to move the last photo to (after the "
                     "clip); telling a time reference from a place needs more than one phrase"))),
]  # fmt: skip

SPP4 = [{"kind": "seconds_per_photo", "seconds": 4}]
FOLLOW_UPS: list[tuple[list[dict[str, Any]], str, dict[str, Any]]] = [
    (SPP4, "no, shorter than that", _spp(factor=0.8)),
    (SPP4, "make that 5 instead", _spp(5)),
    (SPP4, "too long now, go back to 3", _spp(3)),
    (SPP4, "hmm a little longer still", _spp(factor=1.25)),
    ([{"kind": "transition", "name": "fadeblack"}], "actually make it a crossfade again",
     _tr(name="crossfade")),
    ([{"kind": "transition", "ms": 500}], "even shorter", _tr(factor=0.8)),
    ([{"kind": "transition", "ms": 500}], "no make them 1 second", _tr(ms=1000)),
    ([{"kind": "speed", "factor": 0.8}], "faster still", _speed(0.8)),
    ([{"kind": "total_length", "seconds": 60}], "no make it 45", _total(45)),
    ([{"kind": "total_length", "seconds": 60}], "hmm 30 instead", _total(30)),
    ([{"kind": "seconds_per_photo", "seconds": 5, "index": 3}], "and the beach one too",
     _spp(5, index=1)),
    ([{"kind": "seconds_per_photo", "seconds": 5, "index": 3}], "also the forest one",
     _spp(5, index=4)),
    ([{"kind": "transition", "name": "fadeblack", "index": 3}], "and the garden one too",
     _tr(name="fadeblack", index=5)),
    ([{"kind": "seconds_per_photo", "seconds": 5, "index": 3}], "wait make it 4",
     _spp(4, index=3)),
    ([{"kind": "seconds_per_photo", "seconds": 2}], "hmm too fast now", _spp(factor=1.25)),
    ([{"kind": "seconds_per_photo", "seconds": 2}], "3 then", _spp(3)),
    ([{"kind": "transition", "name": "slideleft"}], "from the other side", _tr(name="slideright")),
    ([{"kind": "transition", "name": "slideleft"}], "nah go back to crossfade",
     _tr(name="crossfade")),
    ([{"kind": "transition", "ms": 1000}], "shorter", _tr(factor=0.8)),
    ([{"kind": "transition", "ms": 1000}], "half that", _tr(ms=500)),
    ([{"kind": "speed", "factor": 1.25}], "even slower", _speed(1.25)),
    (SPP4, "perfect, now the transitions shorter", _tr(factor=0.8)),
    # a multiple corrected: that many times what it was, the same photo
    ([{"kind": "seconds_per_photo", "factor": 2, "index": 3}], "no 3 times as long",
     _spp(9, index=3)),
    ([{"kind": "seconds_per_photo", "factor": 2, "index": 3}], "actually 3x", _spp(9, index=3)),
    ([{"kind": "transition", "factor": 2}], "no, 3 times as long", _tr(ms=2250)),
]  # fmt: skip

ASKED: list[tuple[str, dict[str, Any]]] = [
    ("make it 5", ASK),
    ("10", ASK),
    ("how long is each photo rn?", LENGTH),
    ("how long is the video now", LENGTH),
    ("keep it under a min pls", LENGTH),
]  # fmt: skip

NOT_UNDERSTOOD = [
    "the timing feels off",
    "the pacing is weird idk",
    "hmm the transitions",
]  # fmt: skip


@pytest.mark.parametrize(("text", "expect"), EVERY_PHOTO)
def test_seconds_for_every_photo_said_casually(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), ONE_PHOTO)
def test_one_photo_named_by_number_or_subject_gets_its_time(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), TOTAL)
def test_the_whole_length_said_as_a_target_a_limit_or_a_change(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), PACE)
def test_pace_words_change_the_speed_by_one_step(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), TRANSITION_KIND)
def test_the_kind_of_transition_or_none_at_all(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), TRANSITION_LENGTH)
def test_the_length_of_the_transitions_exact_or_by_a_step(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), BETWEEN_TWO)
def test_the_transition_between_two_photos_only(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), VARIANTS)
def test_variants_of_the_phrasings_fixed(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), SECOND_ROUND)
def test_a_second_round_of_times_and_transitions(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), THIRD_ROUND)
def test_a_third_round_mostly_transitions(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("after", "text", "expect"), FOLLOW_UPS)
def test_a_follow_up_changes_what_the_last_turn_set(
    after: list[dict[str, Any]], text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect, after)


@pytest.mark.parametrize(("text", "expect"), ASKED)
def test_an_unclear_number_asks_and_a_kept_limit_is_answered(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize("text", NOT_UNDERSTOOD)
def test_a_remark_naming_no_change_changes_nothing(text: str) -> None:
    _check(text, {})


# --- Sound (round 21): the music's track or mood, its volume, its fades, the video's fades,
# the clips' own sound and the video's length fitted to the song. PARAPHRASES restate training
# lines of the corpus as another person would type them; OWN are written afresh.

SONG = "Summer Breeze.mp3"


def _music(source: str) -> dict[str, Any]:
    return _ops({"kind": "music", "source": source})


def _vol(percent: float | None = None, factor: float | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {"kind": "music_volume"}
    op |= {"percent": percent} if percent is not None else {"factor": factor}
    return _ops(op)


def _mfade(fade_in: int | None = None, fade_out: int | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {"kind": "music_fade"}
    op |= {"fade_in_ms": fade_in} if fade_in is not None else {}
    op |= {"fade_out_ms": fade_out} if fade_out is not None else {}
    return _ops(op)


def _vfade(fade_in: int | None = None, fade_out: int | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {"kind": "video_fade"}
    op |= {"fade_in_ms": fade_in} if fade_in is not None else {}
    op |= {"fade_out_ms": fade_out} if fade_out is not None else {}
    return _ops(op)


MUTE = _ops({"kind": "mute_clips", "on": True})
UNMUTE = _ops({"kind": "mute_clips", "on": False})
TO_SONG = _ops({"kind": "length_to_song"})
MUTED = [{"kind": "mute_clips", "on": True}]


def _was(**fields: Any) -> list[dict[str, Any]]:
    return [fields]


SOUND_PARAPHRASES: list[tuple[list[dict[str, Any]], str, dict[str, Any]]] = [
    # the track or its mood
    ([], "could the whole thing feel a bit calmer",
     _ops({"kind": "speed", "factor": 1.25}, {"kind": "music", "source": "calm"})),
    ([], "give it more life, livelier!",
     _ops({"kind": "speed", "factor": 0.8}, {"kind": "music", "source": "upbeat"})),
    ([], "throw some chill music on it", _music("lofi")),
    ([], "the music should be more epic", _music("cinematic")),
    ([], "can u use summer breeze for the song", _music(SONG)),
    ([], "i want happy music", _music("upbeat")),
    ([], "some guitar music would be nice", _music("acoustic")),
    ([], "use something happier, the piano's boring", _music("upbeat")),
    ([], "change the music to the guitar one", _music("acoustic")),
    ([], "go with the lofi track instead", _music("lofi")),
    ([], "need party music for this!!", _music("upbeat")),
    ([], "summer breeze at 60 percent pls",
     _ops({"kind": "music", "source": SONG}, {"kind": "music_volume", "percent": 60})),
    (_was(kind="music", source="cinematic"), "nah the upbeat one pls", _music("upbeat")),
    ([], "replace the piano with the song i sent", _music(SONG)),
    ([], "something more upbeat pls, the piano is putting me to sleep", _music("upbeat")),
    ([], "guitar music instead maybe?", _music("acoustic")),
    ([], "music like in an epic movie pls", _music("cinematic")),
    ([], "maybe try lofi for the music", _music("lofi")),
    ([], "use the song i uploaded as the music", _music(SONG)),
    ([], "i think dramatic music fits better", _music("cinematic")),
    ([], "dont like this song, put summer breeze instead", _music(SONG)),
    ([], "can the song be something more upbeat", _music("upbeat")),
    (_was(kind="music", source="cinematic"), "bit too dramatic, go chill instead",
     _music("lofi")),
    ([], "play something happier", _music("upbeat")),
    ([], "this song is kinda depressing, can we try a happier one", _music("upbeat")),
    ([], "country music instead pls", _music("acoustic")),
    ([], "its our wedding video so something romantic for the music", _music("calm")),
    ([], "would be nice to have some chillhop in the background", _music("lofi")),
    ([], "go with the guitar one", _music("acoustic")),
    (_was(kind="music", source="upbeat"), "back to the piano pls", _music("calm")),
    (_was(kind="music", source="cinematic"), "hmm actually the upbeat one is better",
     _music("upbeat")),
    ([], "instead of the piano i'd like my summer breeze song", _music(SONG)),
    ([], "the music should be more cheerful", _music("upbeat")),
    ([], "go for lofi, the piano is too sleepy", _music("lofi")),
    # the volume
    ([], "bring the music down a little", _vol(factor=0.8)),
    ([], "i cant hear the voices in the party clip because of the music", _vol(factor=0.8)),
    ([], "music volume should be 30%", _vol(30)),
    ([], "way quieter music pls", _vol(factor=0.67)),
    ([], "cut the music volume in half", _vol(factor=0.5)),
    (_was(kind="music_volume", percent=40), "bit louder on the music", _vol(factor=1.25)),
    (_was(kind="music_volume", percent=50), "put the music back to full volume", _vol(100)),
    ([], "way too loud, the background music", _vol(factor=0.67)),
    ([], "drop the music to 70", _vol(70)),
    ([], "i want the music barely there, like 10%", _vol(10)),
    (_was(kind="music_volume", percent=40), "make the music twice as loud", _vol(factor=2)),
    (_was(kind="music_volume", percent=30), "still too quiet, louder", _vol(factor=1.25)),
    ([], "can the music go down a little", _vol(factor=0.8)),
    (_was(kind="music_volume", percent=40), "louder pls, i can barely hear the song",
     _vol(factor=1.25)),
    (_was(kind="music_volume", percent=30), "music needs to be a lot louder", _vol(factor=1.5)),
    ([], "pls make the song a little softer", _vol(factor=0.8)),
    (_was(kind="music_volume", factor=0.8), "quieter still", _vol(factor=0.8)),
    ([], "music volume at 70", _vol(70)),
    ([], "lol the bgm is really loud", _vol(factor=0.8)),
    ([], "bump the music up a bit, its too quiet", _vol(factor=1.25)),
    ([], "set music volume at 80 percent", _vol(80)),
    ([], "bgm down a lot pls", _vol(factor=0.67)),
    ([], "same song, just quieter", _vol(factor=0.8)),
    ([], "can u turn the song down, its a bit loud", _vol(factor=0.8)),
    ([], "dont change the song, just lower the volume", _vol(factor=0.8)),
    ([], "the music is kinda loud tbh", _vol(factor=0.8)),
    (_was(kind="music_volume", percent=50), "crank the music up", _vol(factor=1.25)),
    ([], "bgm down to like 30%", _vol(30)),
    ([], "music down a notch pls", _vol(factor=0.8)),
    ([], "its not the transitions, the music is too loud", _vol(factor=0.8)),
    # the music's fades
    ([], "music should fade in over 2 secs", _mfade(fade_in=2000)),
    ([], "dont fade the music at the end", _mfade(fade_out=0)),
    ([], "fade the music out over 3 secs, it ends too abruptly", _mfade(fade_out=3000)),
    ([], "song fade in and fade out 1 sec each", _mfade(1000, 1000)),
    ([], "the song just stops abruptly at the end", _mfade(fade_out=2500)),
    ([], "the music should fade out really slowly at the end", _mfade(fade_out=2500)),
    ([], "no fade on the music, just stop it", _mfade(fade_out=0)),
    ([], "slowly fade in the music at the beginning", _mfade(fade_in=1250)),
    ([], "slower music fade out at the end", _mfade(fade_out=2500)),
    ([], "make the music's fade out longer, it fades too fast", _mfade(fade_out=2500)),
    ([], "song fades in 2 sec and out 4 sec", _mfade(2000, 4000)),
    (_was(kind="music_fade", fade_out_ms=2000), "3 secs instead", _mfade(fade_out=3000)),
    # the clips' own sound
    ([], "silence the sound on the party clip", MUTE),
    ([], "dont want the audio from the clip itself", MUTE),
    ([], "just music, no sound from the party video", MUTE),
    (MUTED, "put the clip's sound back", UNMUTE),
    (MUTED, "can the clip have its sound again", UNMUTE),
    ([], "get rid of the audio on the party video", MUTE),
    ([], "get rid of the people talking in the clip", MUTE),
    ([], "i'll do a voiceover so no music and mute the clip",
     _ops({"kind": "remove_music"}, {"kind": "mute_clips", "on": True})),
    ([], "no audio at all pls, totally silent",
     _ops({"kind": "remove_music"}, {"kind": "mute_clips", "on": True})),
    (MUTED, "actually keep the clips sound", UNMUTE),
    # the video's fades
    ([], "3 second fade to black at the end", _vfade(fade_out=3000)),
    ([], "i dont want the video fading to black at the end", _vfade(fade_out=0)),
    ([], "1.5 sec fade from black at the start and to black at the end", _vfade(1500, 1500)),
    ([], "the video should open with a fade from black, 1 sec", _vfade(fade_in=1000)),
    ([], "take away the fade out at the end of the video", _vfade(fade_out=0)),
    ([], "slow fade to black to end it, 3 secs", _vfade(fade_out=3000)),
    ([], "the fade to black at the end should only be half a second", _vfade(fade_out=500)),
    ([], "the video itself shouldnt fade in or out", _vfade(0, 0)),
    ([], "fade the picture out longer, the end is too abrupt", _vfade(fade_out=1250)),
    ([], "make the fade to black at the end quicker, its too long", _vfade(fade_out=800)),
    ([], "at the very end dip to black", _vfade(fade_out=1000)),
    ([], "fade up from black at the beginning", _vfade(fade_in=1000)),
    (_was(kind="video_fade", fade_out_ms=1000), "and at the beginning too", _vfade(fade_in=1000)),
    ([], "slower fade out at the end", _vfade(fade_out=1250)),
    # the video's length fitted to the song
    ([], "video as long as the song pls", TO_SONG),
    ([], "can it end exactly when the song ends", TO_SONG),
    ([], "make the pics cover the whole song", TO_SONG),
    ([], "fit it to the music", TO_SONG),
    ([], "same length as the music pls", TO_SONG),
    ([], "the photos end before the music, match them up", TO_SONG),
    ([], "exactly as long as the track pls", TO_SONG),
    ([], "match the video length to the song", TO_SONG),
    ([], "the slideshow should run for the whole track", TO_SONG),
    ([], "make the video long enough for the whole song, it gets cut off", TO_SONG),
    ([], "stretch the slideshow to fit the song", TO_SONG),
    ([], "keep the photos going till the song stops", TO_SONG),
]  # fmt: skip

SOUND_OWN: list[tuple[list[dict[str, Any]], str, dict[str, Any]]] = [
    ([], "ugh the music is sooo loud 😵", _vol(factor=0.8)),
    ([], "can u pls lower the volume of the song a tiny bit", _vol(factor=0.8)),
    ([], "music at 25 pct", _vol(25)),
    ([], "set bgm volume to 45", _vol(45)),
    ([], "the music should be at like half", _vol(50)),
    ([], "make the background track a little quieter so the voices come through",
     _vol(factor=0.8)),
    (_was(kind="music_volume", percent=50), "music volume up to 90%", _vol(90)),
    ([], "lower the soundtrack", _vol(factor=0.8)),
    (_was(kind="music_volume", percent=50), "soundtrack a bit louder pls", _vol(factor=1.25)),
    ([], "volume down a bit", _vol(factor=0.8)),
    ([], "less loud music pls", _vol(factor=0.8)),
    ([], "music not so loud", _vol(factor=0.8)),
    ([], "the music could be a bit lower", _vol(factor=0.8)),
    ([], "reduce the music volume by half", _vol(factor=0.5)),
    (_was(kind="music_volume", percent=50), "music volume to max", _vol(100)),
    (_was(kind="music_volume", percent=40), "bring the music back up to full", _vol(100)),
    ([], "i prefer something more chill for the music", _music("calm")),  # calmer (enE)
    ([], "can you find a more upbeat song", _music("upbeat")),
    ([], "use summer breeze pls its our song ❤️", _music(SONG)),
    ([], "change the music to the acoustic one", _music("acoustic")),
    ([], "replace the background music with something cinematic", _music("cinematic")),
    ([], "this music is too sad, something happy pls", _music("upbeat")),
    ([], "the music doesnt fit, can we try lofi", _music("lofi")),
    ([], "lofi would fit better i think", _music("lofi")),
    ([], "use my own music", _music(SONG)),
    ([], "make the video length match the song", TO_SONG),
    ([], "sync the length of the slideshow with the song", TO_SONG),
    ([], "can the photos fill the whole song", TO_SONG),
    ([], "mute the clip audio pls", MUTE),
    ([], "the party clip is too loud, mute its sound", MUTE),
    (MUTED, "unmute the clip", UNMUTE),
    ([], "fade the music out at the end over 6 sec", _mfade(fade_out=6000)),
    ([], "music fade in 1 sec at the start", _mfade(fade_in=1000)),
    ([], "fade out to black over 2.5 seconds", _vfade(fade_out=2500)),
    ([], "quick fade from black at the beginning, half a sec", _vfade(fade_in=500)),
    ([], "the music is fine i guess", {}),
    ([], "what about the sound", {}),
    ([], "the music is perfect, leave it", {}),
]  # fmt: skip


@pytest.mark.parametrize(("after", "text", "expect"), SOUND_PARAPHRASES)
def test_sound_requests_restated_by_another_person(
    after: list[dict[str, Any]], text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect, after)


@pytest.mark.parametrize(("after", "text", "expect"), SOUND_OWN)
def test_sound_requests_typed_casually(
    after: list[dict[str, Any]], text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect, after)


# written after the fixes, to check each covers the kind of phrasing and not one sentence
SOUND_VARIANTS: list[tuple[list[dict[str, Any]], str, dict[str, Any]]] = [
    ([], "align the duration of the video with my song", TO_SONG),
    ([], "fit the video's length to the track", TO_SONG),
    ([], "make the photos and the song the same length", TO_SONG),
    ([], "the music is way longer than the slideshow, line them up", TO_SONG),
    ([], "the song is longer than the video, can u make it match", TO_SONG),
    ([], "the music is cut off at the end, make the video longer to fit it", TO_SONG),
    ([], "stretch it so the song plays till the end", TO_SONG),
    ([], "make it as long as the music, it is cut off at the end rn", TO_SONG),
    ([], "cut the volume in half", _vol(factor=0.5)),
    (_was(kind="music_volume", percent=40), "bring the volume back up to full", _vol(100)),
    ([], "a bit quieter, the song", _vol(factor=0.8)),
    (_was(kind="music_volume", percent=40), "revert the volume to 80", _vol(80)),
    ([], "music at 40, way too loud atm", _vol(40)),
    ([], "put the bgm at 20 percent, the music is too loud", _vol(20)),
    ([], "music fade in 2s, it starts too abruptly", _mfade(fade_in=2000)),
    ([], "use something acoustic, the piano is too sleepy", _music("acoustic")),
    ([], "lofi pls, the piano is boring", _music("lofi")),
    ([], "the piano puts me to sleep, something livelier", _music("upbeat")),
    ([], "instead of the piano use something upbeat", _music("upbeat")),
    ([], "that song is too slow, something more upbeat", _music("upbeat")),
    ([], "it's not the music, the photos are too fast", _speed(1.25)),
    ([], "the clip is noisy, mute its audio", MUTE),
    ([], "make the music more chill", _music("calm")),
    ([], "it needs more life",
     _ops({"kind": "speed", "factor": 0.8}, {"kind": "music", "source": "upbeat"})),
    ([], "swap it for lofi", _music("lofi")),
    ([], "swap it to something upbeat", _music("upbeat")),
    ([], "the music is too loud during the party clip", _vol(factor=0.8)),
    ([], "music is way too loud while the video plays", _vol(factor=0.67)),
    ([], "the music is too faint", _vol(factor=1.25)),
    (MUTED, "i want the clip sound again", UNMUTE),
    ([], "cut the volume by 25 percent", _vol(factor=0.75)),
    ([], "the music's level is too high", _vol(factor=0.8)),
    ([], "music level too low", _vol(factor=1.25)),
    (_was(kind="music_volume", factor=0.67), "too quiet now, bring it back up a bit",
     _vol(factor=1.25)),
    (_was(kind="music_volume", factor=0.67), "turn it back up a little", _vol(factor=1.25)),
    (_was(kind="music_volume", factor=0.67), "that's too quiet, go back up to 80", _vol(80)),
    (_was(kind="music_volume", percent=20), "put it back to 50", _vol(50)),
    (_was(kind="music_volume", percent=20), "change it back to 60 percent", _vol(60)),
    (_was(kind="music_volume", percent=20), "revert to 50", _vol(50)),
    (_was(kind="music_volume", percent=40), "put the music back to normal volume", _vol(100)),
    ([], "reset the music volume to default", _vol(100)),
    ([], "something that sounds like a film soundtrack", _music("cinematic")),
    ([], "play something that sounds happy", _music("upbeat")),
    ([], "2 second fade in at the start and fade out at the end", _vfade(2000, 2000)),
    ([], "a 3s fade in from black and a fade to black at the end", _vfade(3000, 3000)),
    ([], "it's a birthday so the music should be upbeat", _music("upbeat")),
    ([], "its for a wedding so the music should be romantic", _music("calm")),
    ([], "its a memorial video so the music should be calm", _music("calm")),
    ([], "this is for my dad's funeral, something calm and respectful", _music("calm")),
    (_was(kind="music", source="upbeat"), "hmm not quite, something a bit calmer",
     _music("calm")),
    (_was(kind="aspect", aspect="9:16"), "not quite, make it square",
     _ops({"kind": "aspect", "aspect": "1:1"})),
    (_was(kind="music_volume", percent=20), "no, put it back to where it was",
     _ops({"kind": "undo"})),
    ([], "dont cut off the music", TO_SONG),
    ([], "the music shouldnt get cut off", TO_SONG),
    ([], "timing should match the song", TO_SONG),
    ([], "length to song", TO_SONG),
    (_was(kind="music_volume", percent=20), "go back 2 steps", _ops({"kind": "undo", "steps": 2})),
]  # fmt: skip

# still asked or not understood after the fixes: no edit is guessed
SOUND_KEPT_OPEN = [
    "music quieter when the clip plays",  # a level at one moment: not made
    "can the music get louder when the dog appears",
    "the title is cut off",
]  # fmt: skip


@pytest.mark.parametrize(("after", "text", "expect"), SOUND_VARIANTS)
def test_sound_variants_of_the_phrasings_fixed(
    after: list[dict[str, Any]], text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect, after)


@pytest.mark.parametrize("text", SOUND_KEPT_OPEN)
def test_a_sound_wish_the_editor_cannot_make_changes_nothing(text: str) -> None:
    _check(text, {})
