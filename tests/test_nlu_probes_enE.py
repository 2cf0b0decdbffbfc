"""English as typed about which song plays ("something more chill", "use my uploaded song", "go
back to the piano one"), the shape of the video and the platform it is for ("its for reels",
"landscape pls", "make it fit instagram"), its resolution and frame rate ("full hd", "smoother
60", "make it 720 so its smaller"), the sound of the video clip ("i dont want to hear the party
noise") and swapping or dropping items ("switch the 2nd and 4th", "lose the last one", "get rid
of the blurry dog pic"). Typed the way people chat: lowercase, typos, "pls", a remark before or
a reason after the request, follow-ups to the previous turn, and a few that must be asked about
or change nothing. Also the sentences other testers found read wrongly: a title cut short at
"of", a text's time on screen read as its words, a volume raised "to 80" asked about, "finally"
opening a last request, "cut off" read as a place or a removal, a remark after a request.
Judged as corpus lines are (tests/nlu/harness.py) against the fixture: 5 photos of 3 s and the
clip party.mp4, calm piano music, the uploaded song Summer Breeze.mp3 unused, 16:9 1080p at 30
fps."""

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
VERTICAL = [{"kind": "aspect", "aspect": "9:16"}]


def _ops(*ops: dict[str, Any]) -> dict[str, Any]:
    return {"ops": list(ops)}


def _music(source: str) -> dict[str, Any]:
    return _ops({"kind": "music", "source": source})


def _aspect(aspect: str) -> dict[str, Any]:
    return _ops({"kind": "aspect", "aspect": aspect})


def _res(resolution: str) -> dict[str, Any]:
    return _ops({"kind": "resolution", "resolution": resolution})


def _fps(fps: int) -> dict[str, Any]:
    return _ops({"kind": "fps", "fps": fps})


def _mute(on: bool = True) -> dict[str, Any]:
    return _ops({"kind": "mute_clips", "on": on})


def _swap(i: int, j: int) -> dict[str, Any]:
    return _ops({"kind": "swap", "i": i, "j": j})


def _remove(what: int | str) -> dict[str, Any]:
    key = "index" if isinstance(what, int) else "name"
    return _ops({"kind": "remove", key: what})


def _check(text: str, expect: dict[str, Any], after: list[dict[str, Any]] | None = None) -> None:
    line = Line(id="probe", lang="en", text=text, expect=expect,
                after=EDITS.validate_python(after or []))  # fmt: skip
    reading = read(text, start(line), MEDIA, line.after)
    assert judge(line, reading) is None, (text, judge(line, reading), reading)


def _changes_nothing(text: str, after: list[dict[str, Any]] | None = None) -> None:
    line = Line(id="probe", lang="en", text=text, expect={},
                after=EDITS.validate_python(after or []))  # fmt: skip
    reading = read(text, start(line), MEDIA, line.after)
    assert reading.edits == [], (text, reading)


MUSIC: list[tuple[str, dict[str, Any]]] = [
    # "more chill" is calmer: the calm track (docs/nlu-corpus.md), already playing here
    ("can we get something more chill for the music", _music("calm")),
    ("use my uploaded song", _music("song1")),
    ("use the song i uploaded instead of the piano", _music("song1")),
    ("put my own song on it, summer breeze", _music("song1")),
    ("can u use summer breeze as the music", _music("song1")),
    ("i want the song i uploaded not the built in one", _music("song1")),
    ("replace the background music with my song", _music("song1")),
    ("swap the music for something upbeat", _music("upbeat")),
    ("go with the lofi one", _music("lofi")),
    ("lofi beats pls 🎧", _music("lofi")),
    ("can the music be more cinematic, like a movie trailer", _music("cinematic")),
    ("acoustic guitar music would be nice", _music("acoustic")),
    ("change the song to something happier", _music("upbeat")),
    ("music: acoustic", _music("acoustic")),
    ("the music doesnt fit, use something more epic", _music("cinematic")),
]  # fmt: skip

MUSIC_AFTER: list[tuple[list[dict[str, Any]], str, dict[str, Any]]] = [
    ([{"kind": "music", "source": "upbeat"}], "nah go back to the piano one", _music("calm")),
    ([{"kind": "music", "source": "upbeat"}], "actually i liked the piano one better",
     _music("calm")),
    pytest.param([{"kind": "music", "source": "upbeat"}], "hmm too much, something more chill",
                 _music("calm"), marks=pytest.mark.xfail(strict=True, reason=(
                     "'too much' borrows 'something' (the music) across the comma and turns "
                     "the new song down as well"))),
]  # fmt: skip

ASPECT: list[tuple[str, dict[str, Any]]] = [
    ("its for reels", _aspect("9:16")),
    ("make it for insta reels pls", _aspect("9:16")),
    ("gonna post it on tiktok so make it fit", _aspect("9:16")),
    ("make it fit instagram", _aspect("1:1")),
    ("i want to post it on instagram as a normal post", _aspect("1:1")),
    ("square for insta", _aspect("1:1")),
    ("make it 4:5 for the insta feed", _aspect("4:5")),
    ("need it for youtube shorts", _aspect("9:16")),
    ("for whatsapp status", _aspect("9:16")),
    ("make it fit my phone screen", _aspect("9:16")),
    ("portrait mode plz", _aspect("9:16")),
    ("can it be tall instead of wide", _aspect("9:16")),
    ("for linkedin", _aspect("1:1")),
    ("make it vertical for linkedin", _aspect("9:16")),  # the shape named wins
    ("xiaohongshu format pls", _aspect("3:4")),
]  # fmt: skip

ASPECT_AFTER: list[tuple[str, dict[str, Any]]] = [
    ("landscape pls", _aspect("16:9")),
    pytest.param("put it back to horizontal", _aspect("16:9"), marks=pytest.mark.xfail(
        strict=True, reason="read as an undo of the turn to vertical: the same draft, but the "
        "judge counts an undo apart from the shape named")),
    ("this is going on youtube actually", _aspect("16:9")),
    ("make it widescreen again", _aspect("16:9")),
]  # fmt: skip

RESOLUTION_FPS: list[tuple[str, dict[str, Any]]] = [
    ("make it 720 so its smaller", _res("720p")),
    ("smoother 60", _fps(60)),
    ("can it be 60fps its choppy", _fps(60)),
    ("make it look smoother, 60 frames", _fps(60)),
    ("4k pls", _res("2160p")),
    ("lower the quality to 480 so it uploads faster", _res("480p")),
    ("720p is fine", _res("720p")),
    ("24 fps like a film", _fps(24)),
    ("can u drop it to 24 frames", _fps(24)),
    ("bump it up to 1440p", _res("1440p")),
]  # fmt: skip

RESOLUTION_FPS_AFTER: list[tuple[list[dict[str, Any]], str, dict[str, Any]]] = [
    ([{"kind": "resolution", "resolution": "720p"}], "full hd", _res("1080p")),
    ([{"kind": "resolution", "resolution": "720p"}], "nah full hd pls", _res("1080p")),
    ([{"kind": "fps", "fps": 60}], "make it 30fps again", _fps(30)),
]  # fmt: skip

CLIP_SOUND: list[tuple[str, dict[str, Any]]] = [
    ("turn off the sound from the video clip", _mute()),
    ("i dont want to hear the party noise", _mute()),
    ("mute the clip pls", _mute()),
    pytest.param("the party video is too noisy, just music", _mute(), marks=pytest.mark.xfail(
        strict=True, reason="asked: mute the clip or turn the music down; 'just music' (only the "
        "music heard) does not yet settle it")),
    ("can u remove the audio from the party.mp4", _mute()),
    ("only the music, no sound from the videos", _mute()),
    ("silence the clip audio", _mute()),
    ("the clip's sound is annoying", _mute()),
]  # fmt: skip

CLIP_SOUND_AFTER: list[tuple[str, dict[str, Any]]] = [
    ("actually keep the sound of the clip", _mute(False)),
    ("i want to hear the people talking in the party clip", _mute(False)),
]  # fmt: skip

SWAP_REMOVE: list[tuple[str, dict[str, Any]]] = [
    ("switch the 2nd and 4th", _swap(2, 4)),
    ("lose the last one", _remove(-1)),
    ("get rid of the blurry dog pic", _remove("dog.jpg")),
    ("swap the beach and the city ones", _swap(1, 2)),
    ("can u switch pic 1 with pic 3", _swap(1, 3)),
    ("trade places of the forest and garden photos", _swap(4, 5)),
    ("the 3rd and 5th should be switched", _swap(3, 5)),
    ("flip the first two", _swap(1, 2)),
    ("delete the forest one its ugly", _remove("forest.jpg")),
    ("take out the party video", _remove(6)),
    ("drop number 2", _remove(2)),
    ("ditch the last photo", _remove(5)),
    ("i dont need the beach pic, remove pls", _remove("beach.jpg")),
    ("no dog pic pls", _remove("dog.jpg")),
    ("get rid of the second and third",
     _ops({"kind": "remove", "index": 3}, {"kind": "remove", "index": 2})),
    ("cut the city one out", _remove("city.jpg")),
]  # fmt: skip

ASKED: list[str] = [
    "use a different song",
]

CHANGES_NOTHING: list[str] = [
    "swap them",
    "remove it",
    "i dont like this song",
]

KNOWN: list[tuple[str, dict[str, Any]]] = [
    ("title: The End of the Video", _ops({"kind": "title", "text": "The End of the Video"})),
    ("raise the volume to 80", _ops({"kind": "music_volume", "percent": 80})),
    ("finally, make it vertical", _aspect("9:16")),
    ("make it vertical, the photos look good", _aspect("9:16")),
    ("the dog photo gets cut off", _ops({"kind": "fit", "fit": "contain", "index": 3})),
]  # fmt: skip

# further phrasings of the same kinds, written after each fix
VARIANTS: list[tuple[str, dict[str, Any]]] = [
    ("closing: The End of Our Trip", _ops({"kind": "closing", "text": "The End of Our Trip"})),
    ("title: The Start of Summer", _ops({"kind": "title", "text": "The Start of Summer"})),
    ("turn the volume up to 80", _ops({"kind": "music_volume", "percent": 80})),
    ("lower the volume to 40", _ops({"kind": "music_volume", "percent": 40})),
    ("bring the sound down to 50", _ops({"kind": "music_volume", "percent": 50})),
    ("lastly, remove the dog pic", _remove("dog.jpg")),
    ("ok finally, add upbeat music", _music("upbeat")),
    ("photo 3 is cut off", _ops({"kind": "fit", "fit": "contain", "index": 3})),
    ("the beach pic is cut off", _ops({"kind": "fit", "fit": "contain", "index": 1})),
    ("add upbeat music, the pics look amazing btw", _music("upbeat")),
    ("the transitions look good, just make it square", _aspect("1:1")),
    ("smoother 60fps pls", _fps(60)),
    ("make it smoother, 60fps", _fps(60)),
    ("can it be smoother like 60", _fps(60)),
    ("use my song not the piano one", _music("song1")),
    ("i want my own song not the default one", _music("song1")),
    ("use lofi not the default music", _music("lofi")),
    ("use the upbeat song not the piano", _music("upbeat")),
]  # fmt: skip

KNOWN_NOTHING: list[str] = [
    "keep the title on screen as long as possible",
    "can the closing text stay as long as u can",
    "the bottom of the title is cut off",
    "the party clip gets cut off",
    "smoother 2",
    "the title should stay as long as it can",
    "the top of the caption is cut off",
]


@pytest.mark.parametrize(("text", "expect"), MUSIC)
def test_a_song_or_kind_of_music_asked_for_is_used(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("after", "text", "expect"), MUSIC_AFTER)
def test_after_a_music_change_another_song_named_replaces_it(
    after: list[dict[str, Any]], text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect, after)


@pytest.mark.parametrize(("text", "expect"), ASPECT)
def test_a_shape_or_a_platform_sets_the_aspect(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), ASPECT_AFTER)
def test_after_going_vertical_a_wide_shape_said_casually_goes_back(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect, VERTICAL)


@pytest.mark.parametrize(("text", "expect"), RESOLUTION_FPS)
def test_a_resolution_or_frame_rate_said_casually_is_set(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("after", "text", "expect"), RESOLUTION_FPS_AFTER)
def test_after_a_format_change_another_resolution_or_rate_replaces_it(
    after: list[dict[str, Any]], text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect, after)


@pytest.mark.parametrize(("text", "expect"), CLIP_SOUND)
def test_not_wanting_the_clip_sound_mutes_the_clips(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), CLIP_SOUND_AFTER)
def test_after_muting_wanting_the_clip_sound_brings_it_back(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect, [{"kind": "mute_clips", "on": True}])


@pytest.mark.parametrize(("text", "expect"), SWAP_REMOVE)
def test_photos_named_any_way_are_swapped_or_removed(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize("text", ASKED)
def test_a_request_with_several_honest_answers_is_asked(text: str) -> None:
    _check(text, ASK)


@pytest.mark.parametrize("text", CHANGES_NOTHING)
def test_a_request_with_nothing_to_act_on_changes_nothing(text: str) -> None:
    _changes_nothing(text)


@pytest.mark.parametrize(("text", "expect"), KNOWN)
def test_sentences_once_misread_are_read_whole(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize("text", KNOWN_NOTHING)
def test_a_text_time_on_screen_a_cut_off_text_or_clip_or_a_bare_step_changes_nothing(
    text: str,
) -> None:
    _changes_nothing(text)


@pytest.mark.parametrize(("text", "expect"), VARIANTS)
def test_other_phrasings_of_the_fixed_kinds_are_read_too(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)
