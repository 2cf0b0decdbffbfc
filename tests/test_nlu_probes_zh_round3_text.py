"""Chinese phrasings about texts, order and looks, typed as people type in chat (third round):
a caption's photo said after its words ("加字幕：海边，放在第一张"), two photos said as two digits
run together ("二三两张", "第二三张"), a spaced text that ends before the next request ("开头写上
我们的旅行，再按时间排"), the text noun said before a space ("写个字幕 城市夜景"), "the end" at
the end, particles set apart by a space, the date shown on each photo, the middle of an even
number asked about, pinyin typos, and follow-ups: a text rewritten with "改成 …", a swap put
right with two other photos, "换回去", "不要了" after a filter."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import (
    Edit,
    Move,
    Remove,
    SetCaption,
    SetClosing,
    SetLook,
    SetTextStyle,
    SetTitle,
    Swap,
    Undo,
)
from photo_video_maker.model.edits import apply_edits

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, MEDIA, assert_does, fixture, probe

CAPTIONS: list[tuple[str, list[dict[str, Any]]]] = [
    ("加字幕：海边，放在第一张", [{"kind": "caption", "index": 1, "text": "海边"}]),
    ("字幕：海边，第一张", [{"kind": "caption", "index": 1, "text": "海边"}]),
    ("字幕写海边，第一张的", [{"kind": "caption", "index": 1, "text": "海边"}]),
    ("字幕：海边，加到第三张", [{"kind": "caption", "index": 3, "text": "海边"}]),
    ("加个字幕，写海边，第一张", [{"kind": "caption", "index": 1, "text": "海边"}]),
    ("加字幕“海边”，第一张", [{"kind": "caption", "index": 1, "text": "海边"}]),
    ("加字幕：海边，放在狗那张", [{"kind": "caption", "index": 3, "text": "海边"}]),
    ("加字幕：海边，放在第一张上面",
     [{"kind": "caption", "index": 1, "text": "海边", "pos": "top"}]),
    ("第二张加一行说明：城市夜景", [{"kind": "caption", "index": 2, "text": "城市夜景"}]),
    ("第二张加一行说明 城市夜景", [{"kind": "caption", "index": 2, "text": "城市夜景"}]),
    ("第二张写一行 城市夜景", [{"kind": "caption", "index": 2, "text": "城市夜景"}]),
    ("第二张写个字幕 城市夜景", [{"kind": "caption", "index": 2, "text": "城市夜景"}]),
    ("第二张写一句话 城市夜景", [{"kind": "caption", "index": 2, "text": "城市夜景"}]),
    ("第三涨配字 小狗", [{"kind": "caption", "index": 3, "text": "小狗"}]),
    ("第三张配字 小狗 呀", [{"kind": "caption", "index": 3, "text": "小狗"}]),
    ("caption第三张：dog day", [{"kind": "caption", "index": 3, "text": "dog day"}]),
    # already understood: kept so
    ("第三张配个字：海边日落", [{"kind": "caption", "index": 3, "text": "海边日落"}]),
    ("给狗那张加个字幕：我家旺财", [{"kind": "caption", "index": 3, "text": "我家旺财"}]),
    ("第5张配字：花园", [{"kind": "caption", "index": 5, "text": "花园"}]),
    ("最后一张加个说明 好开心", [{"kind": "caption", "index": 5, "text": "好开心"}]),
    ("第三张的字幕改成 乖狗狗", [{"kind": "caption", "index": 3, "text": "乖狗狗"}]),
    ("帮我在第二张上面写一句 晚安城市",
     [{"kind": "caption", "index": 2, "text": "晚安城市", "pos": "top"}]),
    ("第三张写个 汪汪汪 吧", [{"kind": "caption", "index": 3, "text": "汪汪汪"}]),
    ("第3张加个caption 海边", [{"kind": "caption", "index": 3, "text": "海边"}]),
    ("第一张配字 beach day", [{"kind": "caption", "index": 1, "text": "beach day"}]),
    ("给第一张加字幕，内容是海边", [{"kind": "caption", "index": 1, "text": "海边"}]),
    ("第一张的字改成 阳光", [{"kind": "caption", "index": 1, "text": "阳光"}]),
    ("第二张字幕改成 欢快", [{"kind": "caption", "index": 2, "text": "欢快"}]),
    ("把“City lights”改成“上海夜景”", [{"kind": "caption", "index": 2, "text": "上海夜景"}]),
    ("把City lights改成上海夜景", [{"kind": "caption", "index": 2, "text": "上海夜景"}]),
    ("把字幕City lights改成上海夜景", [{"kind": "caption", "index": 2, "text": "上海夜景"}]),
    ("把Our trip改成 我们的旅行", [{"kind": "title", "text": "我们的旅行"}]),
    ("第三张配字 小狗，再把它放最前面", [
        {"kind": "caption", "index": 3, "text": "小狗"},
        {"kind": "move", "index": 3, "to": "start"}]),
    ("第三张配字 小狗 再把它放最前面", [
        {"kind": "caption", "index": 3, "text": "小狗"},
        {"kind": "move", "index": 3, "to": "start"}]),
    ("第三张配字：小狗，然后把它放最后", [
        {"kind": "caption", "index": 3, "text": "小狗"},
        {"kind": "move", "index": 3, "to": "end"}]),
]  # fmt: skip

TITLES_AND_ENDINGS: list[tuple[str, list[dict[str, Any]]]] = [
    ("结尾加上 the end", [{"kind": "closing", "text": "the end"}]),
    ("片尾加个 the end", [{"kind": "closing", "text": "the end"}]),
    ("结尾加上 The End", [{"kind": "closing", "text": "The End"}]),
    ("结尾就写个 END", [{"kind": "closing", "text": "END"}]),
    ("把结尾改成 谢谢大家", [{"kind": "closing", "text": "谢谢大家"}]),
    ("结尾改成黑屏", [{"kind": "video_fade", "fade_out_ms": 1000}]),
    ("结尾改成 黑屏", [{"kind": "video_fade", "fade_out_ms": 1000}]),
    ("开头加个标题叫 旅行日记", [{"kind": "title", "text": "旅行日记"}]),
    ("结尾写上 谢谢观看 啦", [{"kind": "closing", "text": "谢谢观看"}]),
    ("开头加一句 出发啦", [{"kind": "title", "text": "出发啦"}]),
    ("开头写一行字 我们的旅行", [{"kind": "title", "text": "我们的旅行"}]),
    ("开头写上 我们的旅行，再按时间排", [
        {"kind": "title", "text": "我们的旅行"}, {"kind": "sort", "by": "date"}]),
    ("开头写上 我们的旅行，再慢一点", [
        {"kind": "title", "text": "我们的旅行"}, {"kind": "speed", "factor": 1.25}]),
    ("结尾写 谢谢观看，然后打乱顺序", [
        {"kind": "closing", "text": "谢谢观看"}, {"kind": "shuffle"}]),
    ("开头写上 关注我们，了解更多", [{"kind": "title", "text": "关注我们，了解更多"}]),
    ("开头写上 我们的旅行 然后按时间排", [
        {"kind": "title", "text": "我们的旅行"}, {"kind": "sort", "by": "date"}]),
    ("开头写上 旅行日记 再加个复古滤镜", [
        {"kind": "title", "text": "旅行日记"}, {"kind": "look", "look": "sepia"}]),
    ("第二张配字 城市 第三张配字 小狗", [
        {"kind": "caption", "index": 2, "text": "城市"},
        {"kind": "caption", "index": 3, "text": "小狗"}]),
    ("标题改成 最后的夏天", [{"kind": "title", "text": "最后的夏天"}]),
    ("标题叫 一起再出发", [{"kind": "title", "text": "一起再出发"}]),
    ("开头写上 欢迎来到 第一届运动会", [{"kind": "title", "text": "欢迎来到 第一届运动会"}]),
    ("片尾写 下期见 记得关注", [{"kind": "closing", "text": "下期见 记得关注"}]),
    ("视频开头写：2025 夏天", [{"kind": "title", "text": "2025 夏天"}]),
    ("第一张配字 Beach Day 🏖", [{"kind": "caption", "index": 1, "text": "Beach Day 🏖"}]),
    ("标提改成 暑假", [{"kind": "title", "text": "暑假"}]),
    ("标题改成 阳光", [{"kind": "title", "text": "阳光"}]),
    ("标题往上挪一点", [{"kind": "text_style", "target": "title", "pos": "top"}]),
    ("标题往下挪一点", [{"kind": "text_style", "target": "title", "pos": "bottom"}]),
    ("标题字体红色", [{"kind": "text_style", "target": "title", "color": "red"}]),
    ("字体大一点", [{"kind": "text_style", "target": "all", "size": 1.25}]),
    ("字体小一点", [{"kind": "text_style", "target": "all", "size": 0.8}]),
    # already understood: kept so
    ("开头写上 我们的旅行", [{"kind": "title", "text": "我们的旅行"}]),
    ("片尾写 谢谢观看", [{"kind": "closing", "text": "谢谢观看"}]),
    ("片头写：毕业旅行", [{"kind": "title", "text": "毕业旅行"}]),
    ("把标题改为“云南七日游”", [{"kind": "title", "text": "云南七日游"}]),
    ("结尾来一句 完结撒花", [{"kind": "closing", "text": "完结撒花"}]),
    ("结尾加上 see you", [{"kind": "closing", "text": "see you"}]),
    ("加个title：我们的夏天", [{"kind": "title", "text": "我们的夏天"}]),
    ("标题改成 夏天 然后竖屏", [
        {"kind": "title", "text": "夏天"}, {"kind": "aspect", "aspect": "9:16"}]),
]  # fmt: skip

REMOVED_TEXTS: list[tuple[str, list[dict[str, Any]]]] = [
    ("把开头的标题去掉", [{"kind": "remove_text", "which": "title"}]),
    ("开头的标题不要了", [{"kind": "remove_text", "which": "title"}]),
    ("开头标题删掉", [{"kind": "remove_text", "which": "title"}]),
    ("标题不要了", [{"kind": "remove_text", "which": "title"}]),
    ("字幕全删", [{"kind": "remove_text", "which": "captions"}]),
    ("把字都去掉吧", [{"kind": "remove_text", "which": "all"}]),
    ("结尾的字不要了", [{"kind": "remove_text", "which": "closing"}]),
    ("片尾不要字了", [{"kind": "remove_text", "which": "closing"}]),
    ("片尾的文字去掉", [{"kind": "remove_text", "which": "closing"}]),
    ("开头的字删掉", [{"kind": "remove_text", "which": "title"}]),
    ("开头不要字", [{"kind": "remove_text", "which": "title"}]),
]

DATES_SHOWN: list[tuple[str, list[dict[str, Any]]]] = [
    ("每张显示拍摄时间", [{"kind": "date_captions"}]),
    ("每张显示拍摄日期", [{"kind": "date_captions"}]),
    ("每张照片上都显示拍照时间", [{"kind": "date_captions"}]),
    ("每张照片加上拍摄日期", [{"kind": "date_captions"}]),
    ("把拍摄日期加上去", [{"kind": "date_captions"}]),
    # the order, not a caption
    ("每张按拍摄时间排", [{"kind": "sort", "by": "date"}]),
    ("每张照片按照拍摄日期", [{"kind": "sort", "by": "date"}]),
    ("按时见排序", [{"kind": "sort", "by": "date"}]),
    ("按拍设时间排", [{"kind": "sort", "by": "date"}]),
    ("照片按拍的时间排", [{"kind": "sort", "by": "date"}]),
    ("从新到旧", [{"kind": "sort", "by": "date", "reverse": True}]),
    ("按文件名排序", [{"kind": "sort", "by": "name"}]),
    ("按照文件名字排一下", [{"kind": "sort", "by": "name"}]),
    ("老照片放前面", [{"kind": "sort", "by": "date"}]),
    ("老的放前面", [{"kind": "sort", "by": "date"}]),
    ("按照拍照的先后", [{"kind": "sort", "by": "date"}]),
    ("把第五张插到第二张后面", [{"kind": "move", "index": 5, "to": 3}]),
    ("第五张插在最前面", [{"kind": "move", "index": 5, "to": "start"}]),
    ("新照片放前面", [{"kind": "sort", "by": "date", "reverse": True}]),
]

ORDER: list[tuple[str, list[dict[str, Any]]]] = [
    ("二三两张换一下", [{"kind": "swap", "i": 2, "j": 3}]),
    ("把二三两张换一下", [{"kind": "swap", "i": 2, "j": 3}]),
    ("第二三张换一下", [{"kind": "swap", "i": 2, "j": 3}]),
    ("把二三两张删掉", [{"kind": "remove", "index": 3}, {"kind": "remove", "index": 2}]),
    ("第二三张删了", [{"kind": "remove", "index": 3}, {"kind": "remove", "index": 2}]),
    ("二和三对掉", [{"kind": "swap", "i": 2, "j": 3}]),
    ("把狗那涨放最前面", [{"kind": "move", "index": 3, "to": "start"}]),
    ("把第一张拖到最后", [{"kind": "move", "index": 1, "to": "end"}]),
    ("1 2 换一下", [{"kind": "swap", "i": 1, "j": 2}]),
    ("3 5 对调", [{"kind": "swap", "i": 3, "j": 5}]),
    ("swap 2 4", [{"kind": "swap", "i": 2, "j": 4}]),
    ("时长拉到25秒", [{"kind": "total_length", "seconds": 25}]),
    # already understood: kept so
    ("二三换一下，再把标题删了", [
        {"kind": "swap", "i": 2, "j": 3}, {"kind": "remove_text", "which": "title"}]),
    ("狗和海边那两张换个位置", [{"kind": "swap", "i": 3, "j": 1}]),
    ("城市那张跟花园那张调个位置", [{"kind": "swap", "i": 2, "j": 5}]),
    ("第五张往前挪一个", [{"kind": "move", "index": 5, "to": 4}]),
    ("把海边那张挪到第三个", [{"kind": "move", "index": 1, "to": 3}]),
    ("第2张移到第4张后面", [{"kind": "move", "index": 2, "to": 4}]),
]  # fmt: skip

LOOKS_AND_QUESTIONS: list[tuple[str, list[dict[str, Any]]]] = [
    ("来个复故滤镜", [{"kind": "look", "look": "sepia"}]),
    ("弄成黑百的", [{"kind": "look", "look": "bw"}]),
    ("暖色掉", [{"kind": "look", "look": "warm"}]),
    ("加个复古滤镜呗", [{"kind": "look", "look": "sepia"}]),
    ("饱和度高一点", [{"kind": "look", "look": "vivid"}]),
    ("原色就好", [{"kind": "look", "look": "none"}]),
    ("变成老照片那种感觉", [{"kind": "look", "look": "sepia"}]),
    ("复古色", [{"kind": "look", "look": "sepia"}]),
    ("第三张配字 小狗，然后改成黑白", [
        {"kind": "caption", "index": 3, "text": "小狗"}, {"kind": "look", "look": "bw"}]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), CAPTIONS)
def test_a_caption_takes_the_photo_said_before_or_after_its_words(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), TITLES_AND_ENDINGS)
def test_a_spaced_text_ends_before_the_next_request_and_keeps_the_persons_words(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), REMOVED_TEXTS)
def test_the_title_at_the_start_is_the_title_removed(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), DATES_SHOWN)
def test_the_date_shown_on_each_photo_is_a_caption_the_date_to_go_by_an_order(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), ORDER)
def test_two_digits_run_together_before_a_count_or_in_an_ordinal_are_two_photos(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), LOOKS_AND_QUESTIONS)
def test_pinyin_typos_of_looks_are_read_as_the_look_meant(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["第二十三张删了", "两三秒", "出发啦"])
def test_a_real_23rd_photo_or_about_two_or_three_seconds_is_no_pair(text: str) -> None:
    assert not any(getattr(e, "kind", "") == "swap" for e in probe(text).edits)


@pytest.mark.parametrize(
    ("text", "question"),
    [("能帮我干点啥", "help"), ("有什么能改的", "help"), ("你能帮我做什么", "help"),
     ("你都能干啥", "help"),
     ("还能改什么", "help"), ("现在一共几张图", "count"), ("总共几张啊", "count"),
     ("视频里有多少张图片", "count")],
)  # fmt: skip
def test_what_it_can_do_and_how_many_photos_are_answered(text: str, question: str) -> None:
    reading = probe(text)
    assert reading.question == question and not reading.edits


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [("中间那张去掉", [Remove(index=3)], [Remove(index=4)]),
     ("remove the middle photo", [Remove(index=3)], [Remove(index=4)]),
     ("中间那张配字 海边", [SetCaption(index=3, text="海边")], [SetCaption(index=4, text="海边")])],
)  # fmt: skip
def test_the_middle_of_an_even_number_asks_which_of_the_two(
    text: str, first: list[Edit], second: list[Edit]
) -> None:
    reading = probe(text)
    assert not reading.edits
    assert [option.edits for option in reading.clarify] == [first, second]


@pytest.mark.parametrize("text", ["阿巴阿巴", "哈哈哈哈", "随便", "嗯嗯", "今天天气不错", "我饿了"])
def test_chat_that_asks_nothing_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert not reading.edits and not reading.clarify


def _after(first: str, then: str) -> list[Edit]:
    """The edits of ``then`` said right after ``first`` was done."""
    before = probe(first).edits
    draft, _ = apply_edits(fixture(), before, MEDIA, DATES)
    return read(then, draft, MEDIA, before).edits


FOLLOW_UPS: list[tuple[str, str, list[Edit]]] = [
    ("第三张配字 小狗", "改成 旺财", [SetCaption(index=3, text="旺财")]),
    ("第三张配字 小狗", "改成旺财吧", [SetCaption(index=3, text="旺财")]),
    ("第三张配字 小狗", "改成：旺财", [SetCaption(index=3, text="旺财")]),
    ("结尾加上 谢谢观看", "改成 下次见", [SetClosing(text="下次见")]),
    ("标题改成 暑假", "改成 寒假", [SetTitle(text="寒假")]),
    ("标题改成 暑假", "字再大点", [SetTextStyle(target="title", size=1.25)]),
    ("标题改成 暑假", "改成黄色", [SetTextStyle(target="title", color="yellow")]),
    ("第三张配字 小狗", "改成黄色", [SetTextStyle(target="captions", color="yellow")]),
    ("第三张配字 小狗", "不对，是第二张", [Undo(), SetCaption(index=2, text="小狗")]),
    ("第三张挪到最后", "不对，是第二张", [Undo(), Move(index=2, to="end")]),
    ("把狗那张放最前面", "不对，是第二张", [Undo(), Move(index=2, to="start")]),
    ("二三换一下", "换回来", [Undo()]),
    ("二三换一下", "换回去", [Undo()]),
    ("二三换一下", "算了换回去", [Undo()]),
    ("二三换一下", "还是换回去吧", [Undo()]),
    ("第二张和第三张换一下", "不对，是第二张和第四张", [Undo(), Swap(i=2, j=4)]),
    ("第二张和第三张换一下", "不是，一和二", [Undo(), Swap(i=1, j=2)]),
    ("swap 2 and 3", "no, 2 and 4", [Undo(), Swap(i=2, j=4)]),
    ("改成黑白", "算了不要了", [SetLook(look="none")]),
    ("改成黑白", "不要了", [SetLook(look="none")]),
    ("改成黑白", "还是复古吧", [SetLook(look="sepia")]),
    ("第三张配字 小狗", "写错了，应该是 小猫", [SetCaption(index=3, text="小猫")]),
    ("标题改成 暑假", "错了 应该是 小暑", [SetTitle(text="小暑")]),
    ("第三张配字 小狗", "删掉", [Undo()]),
    ("第三张配字 小狗", "算了不要了", [Undo()]),
    ("add a caption to photo 3 saying Max", "remove it", [Undo()]),
    ("第三张配字 小狗", "删掉第一张", [Remove(index=1)]),
    ("标题改成 暑假", "字体红色", [SetTextStyle(target="title", color="red")]),
]  # fmt: skip


@pytest.mark.parametrize(("first", "then", "edits"), FOLLOW_UPS)
def test_a_follow_up_rewrites_the_text_puts_the_order_right_or_takes_it_back(
    first: str, then: str, edits: list[Edit]
) -> None:
    assert _after(first, then) == edits


def test_a_text_changed_to_another_photo_is_no_words_of_it() -> None:
    edits = _after("第三张配字 小狗", "改成第二张")
    assert not any(isinstance(e, SetCaption) and e.text == "第二张" for e in edits)


def test_a_spaced_closing_text_then_export_ends_before_the_export() -> None:
    reading = probe("结尾写 谢谢观看 再导出")
    assert reading.edits == [SetClosing(text="谢谢观看")] and reading.route == "export"


def test_a_photo_moved_first_then_last_in_one_sentence_is_still_asked_about() -> None:
    reading = probe("第二张放最前面又放最后面")
    assert not reading.edits and reading.clarify


def test_music_said_in_a_mood_is_still_the_music_not_a_text() -> None:
    assert_does("音乐改成欢快", [{"kind": "music", "source": "upbeat"}])


def test_back_with_words_after_is_no_undo() -> None:
    assert Undo() not in probe("换回去原来的音乐").edits
