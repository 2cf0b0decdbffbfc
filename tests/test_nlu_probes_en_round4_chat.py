"""Whole English chats played as real people (an elderly person, a teenager, a wedding planner,
a cafe owner, a teacher, someone who changes their mind) turned up: a thanks or a greeting
alone was "not understood"; "use a soft, romantic song" also slowed the photos; "add our
website at the end: www..." ended the video with "our website" too; "actually no, upbeat"
after calm music removed the music; "and the same at the end" after a title, "do that to all
of them" after one text's colour and "how many second is the video?" were not understood; "is
it vertical now?" was answered with a ratio only."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.instruct.answered import picked
from photo_video_maker.instruct.interpret import read
from photo_video_maker.instruct.reading import Reading
from photo_video_maker.mcp_server import build_server
from photo_video_maker.model.edit_types import (
    Edit,
    Remove,
    RemoveText,
    SetClosing,
    SetMusic,
    SetSecondsPerPhoto,
    SetTextStyle,
    SetTitle,
    SetTransition,
    Speed,
    Undo,
)
from photo_video_maker.model.edits import apply_edits

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, assert_does, fixture, probe

from support import gradient, save_photo

READ: list[tuple[str, list[dict[str, Any]]]] = [
    ("Please use a soft, romantic song", [{"kind": "music", "source": "calm"}]),
    ("a calm, relaxing track please", [{"kind": "music", "source": "calm"}]),
    ("pls use a slow, gentle song", [{"kind": "music", "source": "calm"}]),
    ("a fast, upbeat track", [{"kind": "music", "source": "upbeat"}]),
    ("make it slow, add calm music", [{"kind": "speed", "factor": 1.25},
                                      {"kind": "music", "source": "calm"}]),
    ("make the title less big", [{"kind": "text_style", "target": "title", "size": 0.8}]),
    ("add our website at the end: www.bestcafe.com",
     [{"kind": "closing", "text": "www.bestcafe.com"}]),
    ("put our slogan at the start: Fresh every day",
     [{"kind": "title", "text": "Fresh every day"}]),
    ("add my name at the end: Love, Grandma", [{"kind": "closing", "text": "Love, Grandma"}]),
    ("Good morning. I would be most grateful if you could make a lovely video from my "
     "photographs for my grandchildren.", [{"kind": "slideshow"}]),
    ("Good evening, please add calm music", [{"kind": "music", "source": "calm"}]),
    ("add the title Good Morning", [{"kind": "title", "text": "Good Morning"}]),
    ("yo make a vid with these pics", [{"kind": "slideshow"}]),
    ("Hello, I'm planning a wedding and want a slideshow for the reception",
     [{"kind": "slideshow"}]),
    ("a slideshow for the wedding", [{"kind": "slideshow"}]),
    ("make a promo video", [{"kind": "slideshow"}]),
    ("I want to make a promo video for my cafe", [{"kind": "slideshow"}]),
    ("make a video for our shop, vertical",
     [{"kind": "slideshow"}, {"kind": "aspect", "aspect": "9:16"}]),
    ("thanks, make it faster", [{"kind": "speed", "factor": 0.8}]),
    ("please no the zoom, the photos they move too much", [{"kind": "motion", "on": False}]),
    ("no zoom, less movement", [{"kind": "motion", "on": False}]),
    ("and the music please more low", [{"kind": "music_volume", "factor": 0.8}]),
    ("I want photo 1 at final", [{"kind": "move", "index": 1, "to": "end"}]),
    ("Please make it widescreen for the projector", [{"kind": "aspect", "aspect": "16:9"}]),
    ("Hi! I'm a teacher, I need a slideshow of our class trip for parents evening",
     [{"kind": "slideshow"}]),
    ("I'm a teacher, make it faster", [{"kind": "speed", "factor": 0.8}]),
    ("add the title Class Trip", [{"kind": "title", "text": "Class Trip"}]),
    ("Could you please make it suitable for a telephone screen?",
     [{"kind": "aspect", "aspect": "9:16", "platform": "phones"}]),
    ("add the title Classical", [{"kind": "title", "text": "Classical"}]),
    ("can u make the 2nd pic longer like 6 secs",
     [{"kind": "seconds_per_photo", "index": 2, "seconds": 6.0}]),
    ("make photo 2 longer about 6 seconds",
     [{"kind": "seconds_per_photo", "index": 2, "seconds": 6.0}]),
    ("make the music louder like 80%", [{"kind": "music_volume", "percent": 80.0}]),
    ("make it longer like 40 seconds", [{"kind": "total_length", "seconds": 40.0}]),
    ("make the 2nd pic 2 seconds longer",
     [{"kind": "seconds_per_photo", "index": 2, "seconds": 5.0}]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), READ)
def test_what_people_said_in_the_chats_does_what_they_meant(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(
    "text",
    ["thanks!", "Thank you so much, you have been very helpful.", "ok", "perfect 👍",
     "lol ok cool", "good", "谢谢", "太好了"],
)  # fmt: skip
def test_a_thanks_alone_is_acknowledged(text: str) -> None:
    assert probe(text).question == "thanks"


@pytest.mark.parametrize("text", ["hello", "hi there", "good morning", "你好"])
def test_a_greeting_alone_is_answered_with_what_can_be_said(text: str) -> None:
    assert probe(text).question == "help"


@pytest.mark.parametrize("text", ["yes", "is it done?", "again"])
def test_a_yes_or_a_question_is_no_thanks(text: str) -> None:
    assert probe(text).question != "thanks"


@pytest.mark.parametrize("text", ["how many second is the video?", "how many secs is it rn"])
def test_how_many_seconds_said_loosely_asks_the_length(text: str) -> None:
    assert probe(text).question == "length"


def _after(first: str, then: str) -> Reading:
    """What ``then`` reads right after ``first`` was done."""
    before = probe(first).edits
    draft, _ = apply_edits(fixture(), before, MEDIA, DATES)
    return read(then, draft, MEDIA, before)


FOLLOW_UPS: list[tuple[str, str, list[Edit]]] = [
    ("add calm music", "actually no, upbeat", [SetMusic(source="upbeat")]),
    ("add calm music", "wait no, something upbeat", [SetMusic(source="upbeat")]),
    ("make each photo 4 seconds", "actually no, 3", [SetSecondsPerPhoto(seconds=3)]),
    ("add the title Hi", "and the same at the end", [SetClosing(text="Hi")]),
    ("add the title Hi", "the title also at the end please", [SetClosing(text="Hi")]),
    ("end with Bye", "the same at the start", [SetTitle(text="Bye")]),
    ("make the title red", "do that to all of them", [SetTextStyle(color="red")]),
    ("make the title bigger", "do that to all of them", [SetTextStyle(size=1.25)]),
    ("make the first photo last longer", "and the second one too",
     [SetSecondsPerPhoto(index=2, factor=1.25)]),
    ("make the first photo last longer", "the 3rd one too",
     [SetSecondsPerPhoto(index=3, factor=1.25)]),
    ("make it faster", "no like way faster", [Speed(factor=0.67)]),
    ("make the transitions longer", "not so long", [SetTransition(factor=0.8)]),
    ("make the transitions longer", "not that long", [SetTransition(factor=0.8)]),
    ("make it faster", "not that fast", [Speed(factor=1.25)]),
    ("make it slower", "hmm not so slow", [Speed(factor=0.8)]),
    ("make the third photo longer", "no not that one, the fourth",
     [Undo(), SetSecondsPerPhoto(index=4, factor=1.25)]),
    ("make the third photo longer", "no, the fourth",
     [Undo(), SetSecondsPerPhoto(index=4, factor=1.25)]),
    ("remove photo 2", "no, the third", [Undo(), Remove(index=3)]),
    ("make the photos 5 seconds each", "hmm too long, go back", [Undo()]),
    ("add calm music", "too loud, undo", [Undo()]),
    ("make the photos 5 seconds each", "make them 4 seconds, undo",
     [Undo(), SetSecondsPerPhoto(seconds=4)]),
    ("remove the captions", "and the title", [RemoveText(which="title")]),
    ("remove the title", "the captions too", [RemoveText(which="captions")]),
    ("make the title red", "and the captions", [SetTextStyle(target="captions", color="red")]),
    ("make it slower", "no much slower", [Speed(factor=1.5)]),
]  # fmt: skip


@pytest.mark.parametrize(("first", "then", "edits"), FOLLOW_UPS)
def test_a_chat_follow_up_keeps_what_was_just_done(
    first: str, then: str, edits: list[Edit]
) -> None:
    assert _after(first, then).edits == edits


def test_actually_no_music_still_removes_it() -> None:
    assert [e.kind for e in _after("add calm music", "actually no music").edits] == ["remove_music"]


pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def _said(backend: LocalBackend, *turns: str) -> dict[str, Any]:
    async with Client(build_server(backend), raise_exceptions=True) as client:
        data: dict[str, Any] = {}
        for turn in turns:
            data = (await client.call_tool("edit", {"instruction": turn})).structured_content
    return data


async def test_a_thanks_gets_a_friendly_answer_and_changes_nothing(
    three_photos: LocalBackend,
) -> None:
    before = three_photos.state(None).draft
    data = await _said(three_photos, "thanks!")
    assert data["action"] == "answer"
    assert data["summary"].startswith("Glad to help!")
    assert three_photos.state(None).draft == before


async def test_is_it_vertical_is_answered_in_words(three_photos: LocalBackend) -> None:
    data = await _said(three_photos, "is it vertical now?")
    assert data["summary"].startswith("It is horizontal (16:9)")
    data = await _said(three_photos, "make it vertical", "is it vertical now?")
    assert data["summary"].startswith("It is vertical (9:16)")
    data = await _said(three_photos, "竖屏吗")
    assert "横屏" in data["summary"] or "竖屏" in data["summary"]


async def test_a_described_closing_text_ends_the_video_once(three_photos: LocalBackend) -> None:
    data = await _said(three_photos, "add our website at the end: www.bestcafe.com")
    assert data["changes"] == [
        'The video now ends with "www.bestcafe.com" on a card after the last photo '
        "(it is now 10.5 s long)"
    ]


async def test_changed_transitions_say_the_length_they_kept(three_photos: LocalBackend) -> None:
    data = await _said(three_photos, "change all transitions to slide")
    assert data["changes"] == ["Transitions are now slide left (0.75 s)"]


async def test_a_word_of_a_file_name_before_photo_names_it_though_it_is_a_reason(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    for i, name in enumerate(("sunset", "06_friends_by_Aitzol", "mountains")):
        save_photo(folder / f"{name}.jpg", gradient(320, 240, seed=i))
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    backend.upload([str(folder)], [], [], None)
    data = await _said(backend, "put the friends photo at the end")
    assert data["changes"] == ["Moved photo 1 (06_friends_by_Aitzol.jpg) to the end"]
    data = await _said(backend, "make it slower for my friends")  # who it is for, still
    assert data["changes"][0].startswith("Made it slower")


@pytest.mark.parametrize("text", ["no the caption, not the title", "no the music, not the photos"])
def test_no_the_thing_corrects_and_removes_nothing(text: str) -> None:
    assert not probe(text).edits


def test_a_reply_to_which_one_may_say_what_was_not_meant() -> None:
    options = ["Photo 1 (show it whole)", "The caption on photo 1"]
    assert picked("no the caption, not the title", options) == 1
    assert picked("not the photo", options) is None


async def test_removing_texts_that_are_not_there_reads_as_english(
    three_photos: LocalBackend,
) -> None:
    data = await _said(three_photos, "remove the captions")
    assert data["changes"] == ["There were no captions to remove"]
    data = await _said(three_photos, "remove the title")
    assert data["changes"] == ["There was no title to remove"]


async def test_a_complaint_then_go_back_takes_the_change_back(three_photos: LocalBackend) -> None:
    data = await _said(three_photos, "make the photos 5 seconds each", "hmm too long, go back")
    assert data["changes"][0].startswith("Undid the last change (it was: photos now last 5 s")


@pytest.mark.parametrize("text", ["whats the order now", "what's the order of the photos"])
def test_asking_the_order_shows_the_timeline(text: str) -> None:
    assert probe(text).route == "state"


def test_a_song_called_mid_is_changed_for_another() -> None:
    reading = _after("add calm music", "ngl the song is mid, change it")
    assert reading.clarify and all(o.edits[0].kind == "music" for o in reading.clarify)


async def test_asking_about_the_title_says_where_it_was_placed(three_photos: LocalBackend) -> None:
    data = await _said(three_photos, 'add the title "Paris"', "move it to the bottom")
    data = await _said(three_photos, "is the title at the bottom now?")
    assert data["summary"] == 'Title: "Paris", at the bottom'
