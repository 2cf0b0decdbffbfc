"""Chinese as it is typed in WeChat by people of every age (口语): several requests in one message
with spaces or nothing between them ("竖屏 每张两秒 加个欢快的音乐 标题写毕业快乐"), a request with
a reason or a feeling before or after it ("太快了看不清 慢一点", "发给我妈看的 字大一点"), homophone
typos and English words mixed in ("竖平", "音月", "bgm小声点", "改成vertical"), relative changes
("再快一点点", "音乐再小点"), shape, resolution, frame rate and file size said by where the video
goes ("发抖音", "60帧", "文件别超过20M"), undo and corrections after a change ("不对 是第三张",
"还是刚才那样好"), questions about the draft, and the sentences that must be asked back or left
alone."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import EDITS, MEDIA, Line, judge, start

from photo_video_maker.instruct.interpret import read

Op = dict[str, Any]
Case = tuple[str, dict[str, Any]]
AfterCase = tuple[list[Op], str, dict[str, Any]]


def _ops(*ops: Op) -> dict[str, Any]:
    return {"ops": list(ops)}


V916: Op = {"kind": "aspect", "aspect": "9:16"}
UPBEAT: Op = {"kind": "music", "source": "upbeat"}
SLOWER: Op = {"kind": "speed", "factor": 1.25}
FASTER: Op = {"kind": "speed", "factor": 0.8}
QUIETER: Op = {"kind": "music_volume", "factor": 0.8}
BIGGER_TEXT: Op = {"kind": "text_style", "target": "all", "size": 1.25}
UNDO: Op = {"kind": "undo"}


def _check(text: str, expect: dict[str, Any], after: list[Op] | None = None) -> None:
    line = Line("probe", "zh", text, expect, EDITS.validate_python(after or []))
    reading = read(text, start(line), MEDIA, line.after)
    assert judge(line, reading) is None, (text, judge(line, reading), reading)


SEVERAL_IN_ONE: list[Case] = [
    ("竖屏 每张两秒 加个欢快的音乐 标题写毕业快乐", _ops(
        V916, {"kind": "seconds_per_photo", "seconds": 2}, UPBEAT,
        {"kind": "title", "text": "毕业快乐"})),
    ("帮我改成竖屏每张3秒就行", _ops(V916, {"kind": "seconds_per_photo", "seconds": 3})),
    ("弄成方的 音乐换成安静点的", _ops(
        {"kind": "aspect", "aspect": "1:1"}, {"kind": "music", "source": "calm"})),
    ("黑白的 然后每张照片4秒", _ops(
        {"kind": "look", "look": "bw"}, {"kind": "seconds_per_photo", "seconds": 4})),
    ("去掉音乐 标题也不要了", _ops(
        {"kind": "remove_music"}, {"kind": "remove_text", "which": "title"})),
    ("第一张和第二张换一下 最后一张删掉", _ops(
        {"kind": "swap", "i": 1, "j": 2}, {"kind": "remove", "index": 5})),
    ("音乐小声点 字大一点", _ops(QUIETER, BIGGER_TEXT)),
    ("竖屏加欢快音乐", _ops(V916, UPBEAT)),
    ("每张2秒竖屏", _ops({"kind": "seconds_per_photo", "seconds": 2}, V916)),
    ("暖色调 慢一点 结尾加个谢谢观看", _ops(
        {"kind": "look", "look": "warm"}, SLOWER, {"kind": "closing", "text": "谢谢观看"})),
    ("不要转场 也不要动", _ops(
        {"kind": "transition", "name": "none"}, {"kind": "motion", "on": False})),
    ("结尾加上我们毕业啦", _ops({"kind": "closing", "text": "我们毕业啦"})),
    ("开头加上生日快乐", _ops({"kind": "title", "text": "生日快乐"})),
    ("每张2s 转场0.5s", _ops(
        {"kind": "seconds_per_photo", "seconds": 2}, {"kind": "transition", "ms": 500})),
    ("每张3s 加个欢快的音乐", _ops({"kind": "seconds_per_photo", "seconds": 3}, UPBEAT)),
    ("音量50% 转场1秒", _ops(
        {"kind": "music_volume", "percent": 50}, {"kind": "transition", "ms": 1000})),
    ("方的吧 音乐换成summer breeze那首", _ops(
        {"kind": "aspect", "aspect": "1:1"}, {"kind": "music", "source": "song1"})),
]  # fmt: skip

WITH_A_REASON: list[Case] = [
    ("太快了看不清 慢一点", _ops(SLOWER)),
    ("发给我妈看的 字大一点", _ops(BIGGER_TEXT)),
    ("音乐太吵了", _ops(QUIETER)),
    ("我爸眼神不好 每张放久一点", _ops({"kind": "seconds_per_photo", "factor": 1.25})),
    ("太拖沓了 快一点吧", _ops(FASTER)),
    ("有点闷 换个欢快点的音乐", _ops(UPBEAT)),
    ("背景音乐声音太大了 都听不清视频里说话", _ops(QUIETER)),
    ("字太小了 老人看不见", _ops(BIGGER_TEXT)),
    ("这张狗的照片拍糊了 删了吧", _ops({"kind": "remove", "name": "dog.jpg"})),
    ("要给领导看的 转场都去掉吧", _ops({"kind": "transition", "name": "none"})),
    ("毕业用的 标题改成毕业快乐", _ops({"kind": "title", "text": "毕业快乐"})),
    ("看着头晕 照片别动了", _ops({"kind": "motion", "on": False})),
    ("慢一点吧 太快了眼睛跟不上", _ops(SLOWER)),
    ("孩子们要跟着唱 音乐大声点", _ops({"kind": "music_volume", "factor": 1.25})),
    ("太闷了 来点欢快的音乐", _ops(UPBEAT)),
    ("bgm太响了 听不清人说话", _ops(QUIETER)),
    ("大家要一起唱 音乐大点声", _ops({"kind": "music_volume", "factor": 1.25})),
    ("音乐别停那么突然", _ops({"kind": "music_fade", "fade_out_ms": 2500})),
    ("bgm最后断的太突然", _ops({"kind": "music_fade", "fade_out_ms": 2500})),
    ("那个 字能不能再大点 我妈老花眼", _ops(BIGGER_TEXT)),
    ("弄个横版的 要投到电视上看", _ops({"kind": "aspect", "aspect": "16:9"})),
    ("20秒就够了 太长没人看", _ops({"kind": "total_length", "seconds": 20})),
    ("照片平均分配 总长20秒", _ops({"kind": "total_length", "seconds": 20})),
]  # fmt: skip

TYPOS_AND_ENGLISH: list[Case] = [
    ("竖平", _ops(V916)),
    ("改成竖平吧", _ops(V916)),
    ("音月小声点", _ops(QUIETER)),
    ("bgm小声点", _ops(QUIETER)),
    ("bgm换成欢快的", _ops(UPBEAT)),
    ("改成vertical", _ops(V916)),
    ("title改成毕业快乐", _ops({"kind": "title", "text": "毕业快乐"})),
    ("把bgm去掉", _ops({"kind": "remove_music"})),
    ("每张3s", _ops({"kind": "seconds_per_photo", "seconds": 3})),
    ("music大声一点", _ops({"kind": "music_volume", "factor": 1.25})),
    ("每张照骗3秒", _ops({"kind": "seconds_per_photo", "seconds": 3})),
    ("在快一点", _ops(FASTER)),
    ("音乐笑一点", _ops(QUIETER)),
    ("加个黑白filter", _ops({"kind": "look", "look": "bw"})),
    ("弄成square的", _ops({"kind": "aspect", "aspect": "1:1"})),
    ("BGM音量调到50", _ops({"kind": "music_volume", "percent": 50})),
    ("加个ending 谢谢观看", _ops({"kind": "closing", "text": "谢谢观看"})),
    ("加个ending 我们下次见", _ops({"kind": "closing", "text": "我们下次见"})),
    ("加个ending 淡出", _ops({"kind": "video_fade", "fade_out_ms": 1000})),
    ("bgm笑声点", _ops(QUIETER)),
    ("第三张pass掉", _ops({"kind": "remove", "index": 3})),
    ("狗那张pass吧", _ops({"kind": "remove", "name": "dog.jpg"})),
    ("最后一张skip掉", _ops({"kind": "remove", "index": 5})),
    ("音量调笑一点", _ops(QUIETER)),
]  # fmt: skip

RELATIVE: list[Case] = [
    ("再快一点点", _ops(FASTER)),
    ("音乐再小点", _ops(QUIETER)),
    ("再慢一丢丢", _ops(SLOWER)),
    ("音乐大声很多", _ops({"kind": "music_volume", "factor": 1.5})),
    ("每张长一倍", _ops({"kind": "seconds_per_photo", "factor": 2})),
    ("字再大点", _ops(BIGGER_TEXT)),
    ("转场再慢一点", _ops({"kind": "transition", "factor": 1.25})),
    ("动得少一点", _ops({"kind": "motion", "factor": 0.8})),
    ("第三张多放一会儿", _ops({"kind": "seconds_per_photo", "index": 3, "factor": 1.25})),
    ("标题小一点点", _ops({"kind": "text_style", "target": "title", "size": 0.8})),
    ("稍微快那么一点", _ops(FASTER)),
    ("音乐稍微小一丢丢", _ops(QUIETER)),
    ("第二张长一倍", _ops({"kind": "seconds_per_photo", "index": 2, "factor": 2})),
    ("时间长一倍", _ops({"kind": "seconds_per_photo", "factor": 2})),
]  # fmt: skip

FRAME_AND_FILE: list[Case] = [
    ("要发抖音", _ops(V916)),
    ("发视频号的", _ops(V916)),
    ("发朋友圈 竖屏的", _ops(V916)),
    ("要4k的", _ops({"kind": "resolution", "resolution": "2160p"})),
    ("60帧", _ops({"kind": "fps", "fps": 60})),
    ("改成60帧的 更流畅", _ops({"kind": "fps", "fps": 60})),
    ("帧率调到24", _ops({"kind": "fps", "fps": 24})),
    ("文件别超过20M", _ops({"kind": "size_limit", "mb": 20})),
    ("分辨率720p就行", _ops({"kind": "resolution", "resolution": "720p"})),
    ("弄成小红书的比例", _ops({"kind": "aspect", "aspect": "3:4"})),
    ("发快手", _ops(V916)),
    ("要发微信 文件别超过25M", _ops({"kind": "size_limit", "mb": 25})),
    ("改成720的 小一点好发", _ops({"kind": "resolution", "resolution": "720p"})),
    ("导出1080p 60帧的", {"route": "export", "resolution": "1080p", "fps": 60}),
    ("可以了 导出吧", {"route": "export"}),
]  # fmt: skip

AFTER_A_CHANGE: list[AfterCase] = [
    ([{"kind": "remove", "index": 2}], "不对 是第三张", _ops(UNDO, {"kind": "remove", "index": 3})),
    ([V916], "还是刚才那样好", _ops(UNDO)),
    ([{"kind": "look", "look": "bw"}], "撤回", _ops(UNDO)),
    ([{"kind": "look", "look": "bw"}], "算了 还是原来的吧", _ops(UNDO)),
    ([{"kind": "seconds_per_photo", "seconds": 2}], "不是2秒 是3秒",
     _ops({"kind": "seconds_per_photo", "seconds": 3})),
    ([UPBEAT], "不要这个 换回原来的", _ops(UNDO)),
    ([{"kind": "swap", "i": 1, "j": 2}], "换错了 是第一张和第三张",
     _ops(UNDO, {"kind": "swap", "i": 1, "j": 3})),
    ([FASTER], "还是太慢", _ops(FASTER)),
    ([FASTER], "再快一点", _ops(FASTER)),
    ([QUIETER], "还是有点吵", _ops(QUIETER)),
    ([V916], "改回横平", _ops({"kind": "aspect", "aspect": "16:9"})),
    ([{"kind": "title", "text": "毕业快楽"}], "撤销上一步", _ops(UNDO)),
    ([V916, UPBEAT], "撤回两步", _ops({"kind": "undo", "steps": 2})),
    ([BIGGER_TEXT], "太大了 小一点", _ops({"kind": "text_style", "target": "all", "size": 0.8})),
    ([{"kind": "look", "look": "warm"}], "不要暖色了 还是正常的吧",
     _ops({"kind": "look", "look": "none"})),
    ([V916], "感觉还是刚刚那样好看", _ops(UNDO)),
    ([{"kind": "look", "look": "bw"}], "嗯 还是原来那样吧", _ops(UNDO)),
    ([{"kind": "music", "source": "upbeat"}], "不要这个了 改回来吧", _ops(UNDO)),
    ([V916], "不是竖屏 是方的", _ops({"kind": "aspect", "aspect": "1:1"})),
    ([{"kind": "music_volume", "percent": 50}], "不是50% 是30%",
     _ops({"kind": "music_volume", "percent": 30})),
    ([{"kind": "fps", "fps": 24}], "不是24帧 是25帧", _ops({"kind": "fps", "fps": 25})),
    ([{"kind": "remove", "index": 3}], "删错了 是第四张",
     _ops(UNDO, {"kind": "remove", "index": 4})),
    ([{"kind": "move", "index": 3, "to": "end"}], "挪错了 是第二张",
     _ops(UNDO, {"kind": "move", "index": 2, "to": "end"})),
    ([{"kind": "title", "text": "毕业快了"}], "打错字了 是毕业快乐",
     _ops({"kind": "title", "text": "毕业快乐"})),
    ([{"kind": "title", "text": "毕业快了"}], "写错了 是毕业快乐",
     _ops({"kind": "title", "text": "毕业快乐"})),
    ([{"kind": "caption", "index": 2, "text": "豆豆"}], "错了，是逗逗",
     _ops({"kind": "caption", "index": 2, "text": "逗逗"})),
    ([{"kind": "remove", "index": 3}], "删错了", {"none": None}),
]  # fmt: skip

QUESTIONS: list[Case] = [
    ("现在是什么比例", {"answer": "format"}),
    ("背景音乐叫什么", {"answer": "music"}),
    ("一共几张", {"answer": "count"}),
    ("视频导出到哪了", {"answer": "output"}),
    ("现在多长了", {"answer": "length"}),
    ("标题写的啥", {"answer": "texts"}),
    ("你都能干啥", {"answer": "help"}),
    ("刚才改了啥", {"answer": "last_change"}),
    ("是多少帧的", {"answer": "format"}),
    ("音乐多大声", {"answer": "music"}),
    ("转场是什么效果", {"answer": "style"}),
    ("导出好了没", {"answer": "output"}),
    ("这个bgm是啥歌", {"answer": "music"}),
    ("总共多少秒啊", {"answer": "length"}),
    ("现在是竖屏还是横屏", {"answer": "format"}),
    ("刚刚是把啥删了", {"answer": "last_change"}),
    ("你删了哪张", {"answer": "last_change"}),
]  # fmt: skip

ASKED_OR_LEFT: list[Case] = [
    ("结尾加个二维码", {"none": None}),
    ("开头加个欢快一点的", {"none": None}),
    ("有点闷", {"none": "general"}),
    ("第二张大一点", {"clarify": True}),
    ("文件小一点 要发微信", {"clarify": True}),
    ("改一下", {"none": "general"}),
    ("不好看", {"none": "general"}),
    ("嗯嗯", {"none": None}),
    ("哈哈哈哈 好看", {"none": None}),
    ("稍微亮一点 不行就算了", {"none": "look"}),
    ("给我看看现在啥样", {"route": "state"}),
]  # fmt: skip


# "一共" marks the length as the whole video's, though "每张" was said in the clause before
TOTAL_AFTER_EACH: list[Case] = [
    ("每张照片时间平均一下 一共20秒", _ops({"kind": "total_length", "seconds": 20})),
    ("每张平均分 一共30秒", _ops({"kind": "total_length", "seconds": 30})),
    ("每张2秒 总时长30秒", _ops(
        {"kind": "seconds_per_photo", "seconds": 2}, {"kind": "total_length", "seconds": 30})),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expect"), TOTAL_AFTER_EACH)
def test_a_total_said_after_each_photo_is_the_whole_video(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), SEVERAL_IN_ONE)
def test_several_requests_in_one_message_are_each_done(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), WITH_A_REASON)
def test_a_reason_or_feeling_around_a_request_does_not_hide_it(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), TYPOS_AND_ENGLISH)
def test_homophone_typos_and_english_words_are_read_as_meant(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), RELATIVE)
def test_relative_changes_take_one_step(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), FRAME_AND_FILE)
def test_shape_resolution_rate_and_size_said_by_where_it_goes(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("after", "text", "expect"), AFTER_A_CHANGE)
def test_undo_corrections_and_follow_ups_refer_to_the_last_change(
    after: list[Op], text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect, after)


@pytest.mark.parametrize(("text", "expect"), QUESTIONS)
def test_questions_about_the_draft_are_answered(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), ASKED_OR_LEFT)
def test_vague_or_ambiguous_messages_are_asked_or_left_alone(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)
