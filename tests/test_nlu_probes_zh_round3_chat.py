"""Chinese said over a long chat (third round), found by playing a grandmother, a student
making a vlog, a couple making a wedding video, a parent, a shop owner, someone who types
with typos, someone who mixes English in and someone who changes their mind: the photo wanted
back after a removal ("恢复第四张" removed another one), "第四张不要删" (removed it), a caption
"也加" on the next photo, a closing text after "加个结尾 ", a length after a music fade (it
was the fade's), the kind of video being made ("婚礼视频"), whether the photos came through;
and the replies a person reads (colours, what to add first)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.instruct.interpret import read
from photo_video_maker.mcp_server import build_server
from photo_video_maker.model.edit_types import (
    Edit,
    Remove,
    SetCaption,
    SetSecondsPerPhoto,
    SetTextStyle,
    SetTotalLength,
    Swap,
    Undo,
)
from photo_video_maker.model.edits import apply_edits

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, assert_does, fixture, probe

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _after(first: str, then: str) -> list[Edit]:
    """The edits of ``then`` said right after ``first`` was done."""
    before = probe(first).edits
    draft, _ = apply_edits(fixture(), before, MEDIA, DATES)
    return read(then, draft, MEDIA, before).edits


BROUGHT_BACK: list[tuple[str, str]] = [
    ("删掉第二张", "刚才那个不删了"),
    ("删掉第二张", "还是不删了"),
    ("删掉第二张", "别删了"),
    ("删掉第二张", "第二张还是要的"),
    ("删掉第二张", "恢复第二张"),
    ("删掉第二张", "刚才那张我还要"),
    ("删掉第四张", "不对 恢复第四张"),
    ("删掉第二张", "don't delete it"),
    ("不要转场", "还是要转场"),
    ("不要转场", "转场还是要的"),
    ("不要音乐", "还是要音乐"),
    ("照片别动", "还是要动"),
]


@pytest.mark.parametrize(("first", "then"), BROUGHT_BACK)
def test_what_was_just_taken_off_wanted_after_all_comes_back(first: str, then: str) -> None:
    assert _after(first, then) == [Undo()]


@pytest.mark.parametrize(
    ("first", "then"),
    [("删掉第五张", "不对 恢复第四张"), ("删掉第二张", "第四张不要删"), ("删掉第二张", "要")],
)
def test_a_photo_asked_back_is_never_removed(first: str, then: str) -> None:
    assert not any(isinstance(e, Remove) for e in _after(first, then))


@pytest.mark.parametrize(
    "text", ["第四张不要删", "第四张别删", "第四张不删", "别删第四张", "不要删音乐"]
)
def test_a_photo_not_to_be_removed_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert reading.edits == [] and reading.question == "ok"


def test_a_photo_removed_after_a_removal_is_still_one_more() -> None:
    assert _after("删掉第二张", "第四张也删了") == [Remove(index=4)]
    assert _after("删掉第二张", "还有第四张") == [Remove(index=4)]


CAPTIONS_TOO: list[tuple[str, list[Edit]]] = [
    ("第二张也加 第二天", [SetCaption(index=2, text="第二天")]),
    ("第2张也来一个 day two", [SetCaption(index=2, text="day two")]),
    ("第四张也加一个 求婚那天", [SetCaption(index=4, text="求婚那天")]),
    ("第二张也要 第二天", [SetCaption(index=2, text="第二天")]),
    ("第二张加 第二天吧", [SetCaption(index=2, text="第二天")]),
    ("第二张也是 第二天", [SetCaption(index=2, text="第二天")]),
]


@pytest.mark.parametrize(
    ("first", "then", "edits"),
    [
        ("第一张4秒", "第二张也是", [SetSecondsPerPhoto(index=2, seconds=4)]),
        ("第一张4秒", "第二张也是吧", [SetSecondsPerPhoto(index=2, seconds=4)]),
        ("字幕换成黄色", "标题也是", [SetTextStyle(target="title", color="yellow")]),
        ("删掉第二张", "第四张也是", [Remove(index=4)]),
    ],
)
def test_also_so_on_another_is_the_same_change_there(
    first: str, then: str, edits: list[Edit]
) -> None:
    assert _after(first, then) == edits


@pytest.mark.parametrize(("then", "edits"), CAPTIONS_TOO)
def test_a_caption_also_on_another_photo_has_the_words_said_after(
    then: str, edits: list[Edit]
) -> None:
    assert _after("第一张加字幕 第一天", then) == edits


def test_a_caption_also_on_another_photo_after_the_captions_were_restyled() -> None:
    assert _after("字幕大一点", "第二张也加一个 许愿") == [SetCaption(index=2, text="许愿")]
    assert _after("标题大一点", "第二张也加一个 许愿") == []


def test_a_bare_place_asks_with_the_place_named() -> None:
    assert [o.label for o in probe("还是放下面吧").clarify] == ["文字放到底部"]
    assert [o.label for o in probe("put it at the bottom").clarify] == ["The text, there"]


@pytest.mark.parametrize(
    "then", ["第二张也放上面", "第二张也要", "第二张也3秒", "第二张也加 大一点"]
)
def test_a_place_a_length_or_nothing_after_also_is_no_caption_text(then: str) -> None:
    assert not any(isinstance(e, SetCaption) for e in _after("第一张加字幕 第一天", then))


CLOSINGS: list[tuple[str, list[dict[str, Any]]]] = [
    ("加个结尾 扫码关注我们", [{"kind": "closing", "text": "扫码关注我们"}]),
    ("加个片尾 谢谢观看", [{"kind": "closing", "text": "谢谢观看"}]),
    ("加个结尾 下次再见", [{"kind": "closing", "text": "下次再见"}]),
    ("字幕加一个 第一天 在第一张", [{"kind": "caption", "index": 1, "text": "第一天"}]),
    ("标题加一个 我们的家 放在上面", [{"kind": "title", "text": "我们的家", "pos": "top"}]),
]


@pytest.mark.parametrize(("text", "ops"), CLOSINGS)
def test_an_ending_asked_for_then_words_is_the_closing_text(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["加个结尾 淡出", "加个结尾 黑屏", "加个结尾 慢慢变黑"])
def test_an_ending_asked_for_then_a_fade_is_no_closing_text(text: str) -> None:
    assert [e.kind for e in probe(text).edits] == ["video_fade"]


@pytest.mark.parametrize(
    "then", ["其他的都2秒", "其他都2秒", "别的都2秒", "剩下的都2秒", "其余的2秒"]
)
def test_the_others_after_one_photo_was_set_are_every_photo_but_that_one(then: str) -> None:
    assert _after("第一张5秒", then) == [
        SetSecondsPerPhoto(index=k, seconds=2) for k in (2, 3, 4, 5)
    ]


def test_the_others_not_understood_never_change_the_photo_just_set() -> None:
    assert _after("第一张5秒", "其他的短一点") == []


def test_another_song_after_a_photo_was_set_is_still_asked_about() -> None:
    before = probe("第一张5秒").edits
    draft, _ = apply_edits(fixture(), before, MEDIA, DATES)
    assert read("别的音乐", draft, MEDIA, before).clarify


@pytest.mark.parametrize(
    "then", ["不对 是第二张和第四张", "不对 交换第二张和第四张", "不对，是二和四", "no, 2 and 4"]
)
def test_a_swap_said_wrong_is_taken_back_and_the_two_said_swapped(then: str) -> None:
    assert _after("把第二张和第五张换一下", then) == [Undo(), Swap(i=2, j=4)]


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("加个音乐 温柔一点", [{"kind": "music", "source": "calm"}]),
        ("加个音乐温柔一点", [{"kind": "music", "source": "calm"}]),
        ("加个音乐 欢快一点", [{"kind": "music", "source": "upbeat"}]),
    ],
)
def test_a_mood_said_right_after_the_music_asked_for_is_the_songs_only(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("标题写大点 老人家眼神不好", [{"kind": "text_style", "target": "title", "size": 1.25}]),
        ("字幕写小点 别挡脸", [{"kind": "text_style", "target": "captions", "size": 0.8}]),
        ("标题写 大大的世界", [{"kind": "title", "text": "大大的世界"}]),
        ("结尾写小雨制作", [{"kind": "closing", "text": "小雨制作"}]),
    ],
)
def test_text_written_bigger_is_a_size_not_the_words_after_it(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("第3张加caption beach day", [{"kind": "caption", "index": 3, "text": "beach day"}]),
        ("加个title Summer Trip", [{"kind": "title", "text": "Summer Trip"}]),
    ],
)
def test_an_english_text_noun_in_a_chinese_request_takes_the_words_after_it(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["好 就这样吧", "好的就这样"])
def test_ok_leave_it_like_this_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert reading.edits == [] and reading.question == "ok"


@pytest.mark.parametrize("then", ["总共做成30秒", "一共30秒"])
def test_a_length_said_after_a_music_fade_is_the_whole_video(then: str) -> None:
    assert _after("音乐最后慢慢淡出", then) == [SetTotalLength(seconds=30)]


@pytest.mark.parametrize(
    "text",
    [
        "我们要做一个婚礼视频",
        "给我女儿做个一岁成长视频",
        "帮我做个产品视频 我开网店的",
        "帮我剪个vlog",
    ],
)
def test_the_kind_of_video_being_made_makes_the_slideshow(text: str) -> None:
    assert [e.kind for e in probe(text).edits] == ["slideshow"]


@pytest.mark.parametrize("text", ["照片都传好了吗", "照片传上去了吗", "传好了没"])
def test_whether_the_photos_came_through_is_how_many_there_are(text: str) -> None:
    reading = probe(text)
    assert reading.question == "count" and not reading.clarify and not reading.edits


@pytest.fixture
def backend(three_photos: LocalBackend) -> LocalBackend:
    return three_photos


async def test_a_colour_reads_as_what_the_text_now_is(backend: LocalBackend) -> None:
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("edit", {"instruction": "加标题 我们结婚啦"})
        done = (await client.call_tool("edit", {"instruction": "标题改成粉色"})).structured_content
        en = (
            await client.call_tool("edit", {"instruction": "make the title red"})
        ).structured_content
    assert done["changes"] == ["标题现在是粉色"]
    assert en["changes"] == ["The title is now red"]


async def test_styling_captions_there_are_none_of_says_how_to_add_one(
    backend: LocalBackend,
) -> None:
    async with Client(build_server(backend), raise_exceptions=True) as client:
        told = await client.call_tool("edit", {"instruction": "字幕改成粉色"})
    said = " ".join(getattr(part, "text", "") for part in told.content)
    assert told.is_error
    assert "第一张加字幕" in said and "加标题" not in said


async def test_the_order_reversed_reads_with_a_space_before_the_count(
    backend: LocalBackend,
) -> None:
    async with Client(build_server(backend), raise_exceptions=True) as client:
        done = (await client.call_tool("edit", {"instruction": "反过来"})).structured_content
    assert done["changes"] == ["已倒转 3 张照片的顺序"]


async def test_a_song_with_a_latin_name_is_set_off_by_a_space(backend: LocalBackend) -> None:
    async with Client(build_server(backend), raise_exceptions=True) as client:
        added = (
            await client.call_tool("edit", {"instruction": "bgm换成lofi的"})
        ).structured_content
        en = (
            await client.call_tool("edit", {"instruction": "use upbeat music"})
        ).structured_content
    assert added["changes"][0].startswith("已加上 Lo-fi")
    assert en["changes"][0].startswith("Music is now upbeat music (Upbeat pop)")
