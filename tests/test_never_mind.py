""" "Never mind" / "算了": right after a change it asks whether to take the change back (a yes
does it); "leave it" / "还是留着" keeps what is there, except right after a removal, where
keeping it brings the photo back; said to a question asked back, it closes the question and
nothing changes. Also the chat's other loose ends: a beat-cut video with no music yet gets
music first, "第三张那个酒的照片" is photo 3, "转场是什么样的" is answered."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mcp import Client

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.instruct.interpret import read
from photo_video_maker.instruct.reading import Reading
from photo_video_maker.mcp_server import build_server
from photo_video_maker.model.edit_types import CutToBeat, RemoveMusic, SetMusic, Undo
from photo_video_maker.model.edits import apply_edits

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, assert_does, fixture, probe


def _after(first: str, then: str) -> Reading:
    before = probe(first).edits
    draft, _ = apply_edits(fixture(), before, MEDIA, DATES)
    return read(then, draft, MEDIA, before)


@pytest.mark.parametrize("text", ["never mind", "算了吧", "forget it", "nvm"])
def test_never_mind_right_after_a_change_offers_to_take_it_back(text: str) -> None:
    reading = _after("make it vertical", text)
    assert not reading.edits
    assert [o.edits for o in reading.clarify] == [[Undo()]]


@pytest.mark.parametrize("text", ["leave it", "算了还是留着", "it's fine"])
def test_leave_it_after_a_change_keeps_it(text: str) -> None:
    reading = _after("make it vertical", text)
    assert not reading.edits and not reading.clarify and reading.question == "ok"


@pytest.mark.parametrize("text", ["算了还是留着", "leave it"])
def test_keeping_it_right_after_a_removal_brings_the_photo_back(text: str) -> None:
    assert _after("remove the third photo", text).edits == [Undo()]


@pytest.mark.parametrize("text", ["never mind", "算了"])
def test_never_mind_with_nothing_just_changed_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert not reading.edits and not reading.clarify and reading.question == "ok"


def test_a_beat_cut_with_no_music_yet_adds_upbeat_music_first() -> None:
    draft, _ = apply_edits(fixture(), [RemoveMusic()], MEDIA, DATES)
    assert read("做个卡点视频", draft, MEDIA).edits == [SetMusic(source="upbeat"), CutToBeat()]
    assert read("cut to the beat with calm music", draft, MEDIA).edits == [
        SetMusic(source="calm"),
        CutToBeat(),
    ]


def test_a_beat_cut_keeps_the_music_there_is() -> None:
    assert probe("cut it to the beat").edits == [CutToBeat()]


@pytest.mark.parametrize(
    "text", ["第三张那个酒的照片不太好看，去掉吧", "第三张那张照片删掉", "第三张酒的照片去掉"]
)
def test_that_one_right_after_a_photo_number_is_that_photo(text: str) -> None:
    assert_does(text, [{"kind": "remove", "index": 3}])


def test_moving_the_second_this_photo_moves_photo_2() -> None:
    assert_does("把第二张这个照片放最后", [{"kind": "move", "index": 2, "to": "end"}])


@pytest.mark.parametrize("text", ["转场是什么样的", "滤镜是什么样的"])
def test_what_the_transitions_are_like_is_answered(text: str) -> None:
    assert probe(text).question == "style"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_never_mind_said_to_a_question_closes_it(three_photos: LocalBackend) -> None:
    async with Client(build_server(three_photos), raise_exceptions=True) as client:
        asked = await client.call_tool("edit", {"instruction": "这张不要"})
        assert asked.structured_content["action"] == "clarify"
        before = (await client.call_tool("state", {})).structured_content["draft"]
        done = await client.call_tool("edit", {"instruction": "算了"})
        assert done.structured_content["action"] == "answer"
        assert "什么都没改" in done.structured_content["summary"]
        after = (await client.call_tool("state", {})).structured_content["draft"]
        assert after == before
        await client.call_tool("edit", {"instruction": "1"})  # the question is closed
        assert (await client.call_tool("state", {})).structured_content["draft"] == before
