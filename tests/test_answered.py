"""The person's answer to "which did you mean?": which option it picks (pure), and the whole
turn over the in-memory MCP client (asked, answered, done; anything else closes the
question)."""

from __future__ import annotations

import pytest
from mcp import Client

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.instruct.answered import picked
from photo_video_maker.mcp_server import build_server

pytestmark = pytest.mark.anyio
TRANSITIONS = ["Crossfade", "Fade to black", "Slide", "Zoom", "Circle", "A mix", "Straight cuts"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.parametrize(
    ("answer", "index"),
    [
        ("2", 1),
        ("#3", 2),
        ("option 3", 2),
        ("the second one", 1),
        ("the 2nd", 1),
        ("第二个", 1),
        ("选第三个", 2),
        ("slide", 2),
        ("fade to black please", 1),
        ("the slide one", 2),
    ],
)
def test_a_number_or_the_words_of_an_option_pick_it(answer: str, index: int) -> None:
    assert picked(answer, TRANSITIONS) == index


@pytest.mark.parametrize("answer", ["9", "yes", "make it 2 seconds", "something else"])
def test_an_answer_that_fits_no_single_option_picks_none(answer: str) -> None:
    assert picked(answer, TRANSITIONS) is None


@pytest.mark.parametrize("answer", ["yes", "ok", "好的", "the text"])
def test_yes_picks_the_only_option_offered(answer: str) -> None:
    assert picked(answer, ["The text, in that colour"]) == 0


@pytest.mark.parametrize(
    "answer", ["whatever", "you choose", "I don't care", "up to you", "随便", "你定吧"]
)
def test_leaving_the_choice_to_us_picks_the_first_option(answer: str) -> None:
    assert picked(answer, TRANSITIONS) == 0


@pytest.fixture
def backend(three_photos: LocalBackend) -> LocalBackend:
    return three_photos


def _transition(backend: LocalBackend) -> str:
    video = next(t for t in backend.state(None).draft.to_json()["t"] if t["tt"] == 0)
    return str(video["sg"][1]["m"]["transition"]["type"])


async def test_a_question_offers_each_option_with_its_operations_and_the_answer_does_it(
    backend: LocalBackend,
) -> None:
    async with Client(build_server(backend), raise_exceptions=True) as client:
        asked = await client.call_tool("edit", {"instruction": "change the transition"})
        data = asked.structured_content
        assert data["action"] == "clarify"
        slide = next(c for c in data["choices"] if c["label"] == "Slide")
        (operation,) = slide["operations"]
        assert (operation["kind"], operation["name"]) == ("transition", "slideleft")
        done = (await client.call_tool("edit", {"instruction": "3"})).structured_content
    assert done["action"] == "edit" and done["changes"]
    assert _transition(backend) == "slideleft"


async def test_a_chinese_answer_picks_from_a_chinese_question(backend: LocalBackend) -> None:
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("edit", {"instruction": "换个转场"})
        done = (await client.call_tool("edit", {"instruction": "第二个"})).structured_content
    assert done["language"] == "zh" and _transition(backend) == "fadeblack"


async def test_a_new_request_after_a_question_closes_it(backend: LocalBackend) -> None:
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("edit", {"instruction": "change the transition"})
        await client.call_tool("edit", {"instruction": "make it black and white"})
        late = (await client.call_tool("edit", {"instruction": "2"})).structured_content
    assert _transition(backend) == "crossfade"
    assert late["action"] != "edit" or not late["changes"]
