"""Misreadings found by playing chats, each fixed for its class: a second clause that pulls
against the first is asked about, "HD" is 1080p, a text's own last words are kept, a photo
named by a word no photo has is asked about, and a change that changes nothing says so."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import MEDIA, assert_does, fixture, probe

from photo_video_maker.backends.clarify_question import which_question
from photo_video_maker.model.edit_types import SetAspect, SetResolution
from photo_video_maker.model.edits import apply_edits


@pytest.mark.parametrize(
    "text",
    ["the video should be 30 seconds, and faster", "整个视频改成40秒，再快一点"],
)
def test_a_longer_video_said_with_faster_asks_which_and_changes_nothing(text: str) -> None:
    reading = probe(text)  # it lasts 19.25 s: 30 s makes every photo longer, not faster
    assert reading.edits == [] and len(reading.clarify) == 2, reading
    kinds = {edit.kind for option in reading.clarify for edit in option.edits}
    assert kinds == {"total_length", "speed"}


def test_a_shorter_video_said_with_faster_is_the_length_alone() -> None:
    assert_does("make the whole video 12 seconds, and faster", [
        {"kind": "total_length", "seconds": 12}
    ])  # fmt: skip


@pytest.mark.parametrize("text", ["make it hd", "hd please", "要hd画质"])
def test_hd_is_1080p(text: str) -> None:
    assert_does(text, [{"kind": "resolution", "resolution": "1080p"}])


@pytest.mark.parametrize("text", ["hd ready is enough", "hd 720p please"])
def test_hd_ready_and_hd_720_are_720p(text: str) -> None:
    assert_does(text, [{"kind": "resolution", "resolution": "720p"}])


def test_the_typed_resolution_hd_is_1080p_too() -> None:
    assert SetResolution.model_validate({"resolution": "HD"}).resolution == "1080p"
    assert SetResolution.model_validate({"resolution": "HD ready"}).resolution == "720p"


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("title: lights on", {"kind": "title", "text": "lights on"}),
        ("call the video hold on", {"kind": "title", "text": "hold on"}),
        ("caption photo 2 lights on", {"kind": "caption", "index": 2, "text": "lights on"}),
        ("第二张的字幕改成 lights on", {"kind": "caption", "index": 2, "text": "lights on"}),
    ],
)
def test_a_text_that_ends_the_sentence_keeps_its_last_particle(text: str, op: dict) -> None:
    assert_does(text, [op])


def test_a_particle_before_a_photo_is_still_where_the_text_goes() -> None:
    assert_does("write hello on photo 1", [{"kind": "caption", "index": 1, "text": "hello"}])


@pytest.mark.parametrize(
    ("text", "kind"),
    [("开头改成 生日快乐", "title"), ("把结尾改成 谢谢大家", "closing")],
)
def test_the_opening_changed_to_spaced_words_is_its_text(text: str, kind: str) -> None:
    said = text.split(" ", 1)[1]
    assert_does(text, [{"kind": kind, "text": said}])


def test_the_start_changed_to_a_mood_alone_is_no_text() -> None:
    reading = probe("开头改成 欢快一点")
    assert not any(edit.kind == "title" for edit in reading.edits), reading


@pytest.mark.parametrize(
    "text",
    [
        "move the cat pic to the end",
        "delete the pic of the car",
        "把猫的那张放到最后",
        "the cat pic is chopped, fit the whole photo",  # was: every photo fitted, "cat" unread
    ],
)
def test_a_photo_no_photo_is_called_asks_which_photo_and_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert reading.edits == [] and len(reading.clarify) == 5, reading  # the 5 photos, no clip
    indexes = [option.edits[0].index for option in reading.clarify]  # type: ignore[union-attr]
    assert indexes == [1, 2, 3, 4, 5]
    question = which_question(reading.clarify, reading.lang)
    assert question.startswith("你指的是哪张照片" if reading.lang == "zh" else "Which photo")


def test_a_photo_no_photo_is_called_beside_a_change_of_something_else_is_not_asked_about() -> None:
    reading = probe("add calm music, the cat pic is cute lol")
    assert reading.clarify == [] and [edit.kind for edit in reading.edits] == ["music"]


def test_a_photo_named_by_its_own_name_is_not_asked_about() -> None:
    assert_does("move the dog pic to the end", [{"kind": "move", "index": 3, "to": "end"}])


@pytest.mark.parametrize(
    ("text", "en", "zh"),
    [
        ("转场能不能换个炫一点的", "Which transition", "想用哪种转场"),
        ("make it vertical or square, not sure which", "Which shape", "想要哪种画面比例"),
        ("i need it exactly 12 seconds long for my story", "Which timing", "你指的是哪种时长"),
        ("the video should be 30 seconds, and faster", "These two pull", "这两个要求方向相反"),
    ],
)
def test_the_question_asked_back_fits_its_options(text: str, en: str, zh: str) -> None:
    reading = probe(text)
    assert len(reading.clarify) > 1, reading
    assert which_question(reading.clarify, "en").startswith(en)
    assert which_question(reading.clarify, "zh").startswith(zh)


def test_options_of_several_kinds_ask_a_plain_which() -> None:
    reading = probe("make the second one bigger")  # the photo's fit, or its caption
    assert which_question(reading.clarify, "en") == "Which of these do you want? Say its number."


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "Aspect ratio is already 16:9"), ("zh", "画面比例已经是 16:9")],
)
def test_a_change_to_what_it_already_is_says_so(lang: str, said: str) -> None:
    _, changes = apply_edits(fixture(), [SetAspect(aspect="16:9")], MEDIA, lang=lang)  # type: ignore[arg-type]
    assert changes[0].startswith(said), changes


def test_a_change_that_changes_something_still_says_now() -> None:
    _, changes = apply_edits(fixture(), [SetAspect(aspect="9:16")], MEDIA)
    assert changes[0].startswith("Aspect ratio is now 9:16"), changes
