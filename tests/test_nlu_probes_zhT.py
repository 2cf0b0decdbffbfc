"""Chinese as typed in a chat about the draft as a whole: questions about it (多长, 几张, 什么歌,
刚才改了啥, 能干嘛, 视频去哪了), asking for the file (导出, 再出一份, 存相册, gif 的), the order of
the photos (按拍摄时间排, 新的在前, 两张对调, 挪到开头, 删掉), making a slideshow from the photos,
and the output's resolution, frame rate and file size (720p, 2k, 60帧, 压到 25 兆以内).

The first tables are paraphrases of training lines, typed the way another person would; the
later ones are fresh sentences, follow-ups of a previous turn, and requests that must be asked
back (which photo? 60 what?) or that change nothing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import EDITS, MEDIA, Line, judge, start

from photo_video_maker.instruct.interpret import read

Ops = list[dict[str, Any]]
Case = tuple[str, dict[str, Any], Ops]


def _ops(*ops: dict[str, Any]) -> dict[str, Any]:
    return {"ops": list(ops)}


def _ans(kind: str) -> dict[str, Any]:
    return {"answer": kind}


ASK: dict[str, Any] = {"clarify": True}
EXPORT: dict[str, Any] = {"route": "export"}
NO_MUSIC: Ops = [{"kind": "remove_music"}]
BY_DATE = {"kind": "sort", "by": "date", "reverse": False}
NEWEST_FIRST = {"kind": "sort", "by": "date", "reverse": True}
BY_NAME = {"kind": "sort", "by": "name", "reverse": False}


def _swap(i: int, j: int) -> dict[str, Any]:
    return {"kind": "swap", "i": i, "j": j}


def _move(index: int, to: int | str) -> dict[str, Any]:
    return {"kind": "move", "index": index, "to": to}


def _res(value: str) -> dict[str, Any]:
    return {"kind": "resolution", "resolution": value}


def _fps(value: int) -> dict[str, Any]:
    return {"kind": "fps", "fps": value}


def _reads(text: str, expect: dict[str, Any], after: Ops) -> None:
    line = Line("probe", "zh", text, expect, EDITS.validate_python(after))
    reading = read(text, start(line), MEDIA, line.after)
    assert judge(line, reading) is None, (text, judge(line, reading), reading)


def _changes_nothing(text: str) -> None:
    line = Line("probe", "zh", text, {}, [])
    reading = read(text, start(line), MEDIA, [])
    assert reading.edits == [], (text, reading)


# --- paraphrases of training lines ---------------------------------------------------------

QUESTIONS_RETOLD: list[Case] = [
    ("这个视频现在总共多长时间啊", _ans("length"), []),
    ("整个片子加起来几秒", _ans("length"), []),
    ("会不会超过一分钟", _ans("length"), []),
    ("从开始放到结束要多久", _ans("length"), []),
    ("里面放了几张图", _ans("count"), []),
    ("删完还有几张", _ans("count"), [{"kind": "remove", "index": 3}]),
    ("图片加视频总共有几个", _ans("count"), []),
    ("背景放的是啥音乐", _ans("music"), []),
    ("配乐音量现在是多少", _ans("music"), []),
    ("这首bgm叫啥", _ans("music"), []),
    ("你刚改了哪儿", _ans("last_change"), [{"kind": "transition", "name": "random"}]),
    ("上一步你改了啥呀", _ans("last_change"), []),
    ("最后一次改动是啥", _ans("last_change"), []),
    ("你都会些啥", _ans("help"), []),
    ("这个咋用啊", _ans("help"), []),
    ("都有啥功能呀", _ans("help"), []),
    ("我不太会弄 教我一下呗", _ans("help"), []),
    ("导出的文件去哪了", _ans("output"), []),
    ("视频弄好了没有啊", _ans("output"), []),
    ("生成好的视频去哪里下载", _ans("output"), []),
]  # fmt: skip

ASKED_BACK_RETOLD: list[Case] = [
    ("把这个删了", ASK, []),
    ("这两张换个位置", ASK, []),
    ("挪到最后面去", ASK, []),
    ("设成60", ASK, []),
    ("弄成30", ASK, []),
    ("文件弄小点", ASK, []),
    ("把中间的那张删掉", ASK, []),
    ("狗那张换个位置", ASK, []),
    ("第一张改成狗狗那张", ASK, []),
]  # fmt: skip

EXPORT_RETOLD: list[Case] = [
    ("那导出呗", EXPORT, []),
    ("再出一份吧", EXPORT, []),
    ("这一版也给我一份", EXPORT, []),
    ("我要gif格式的", {"route": "export", "format": "gif"}, []),
    ("出一个4k的", {"route": "export", "resolution": "2160p"}, []),
    ("用60帧出片", {"route": "export", "fps": 60}, []),
    ("行了 就这样出片", EXPORT, []),
    ("刚才下载失败了 再导一遍", EXPORT, []),
    ("再导一份给我老公", EXPORT, []),
    ("保存到手机相册吧", EXPORT, []),
    ("先改成竖屏再导出", {"ops": [{"kind": "aspect", "aspect": "9:16"}], "route": "export"}, []),
    ("音乐不要了，然后导出", {"ops": NO_MUSIC, "route": "export"}, []),
    ("保存成mov的", {"route": "export", "format": "mov"}, []),
    ("1080p 60帧导出来", {"route": "export", "resolution": "1080p", "fps": 60}, []),
]  # fmt: skip

ORDER_RETOLD: list[Case] = [
    ("照片按拍摄的时间顺序排好", _ops(BY_DATE), []),
    ("从旧到新排一下", _ops(BY_DATE), []),
    ("新拍的排前面", _ops(NEWEST_FIRST), []),
    ("名字倒着排", _ops({"kind": "sort", "by": "name", "reverse": True}), []),
    ("照文件名字排序吧", _ops(BY_NAME), [{"kind": "reverse"}]),
    ("日期排序，最近的放最前面", _ops(NEWEST_FIRST), []),
    ("按拍照的先后顺序", _ops(BY_DATE), []),
    ("把第1张跟第2张换个位置", _ops(_swap(1, 2)), []),
    ("狗狗和森林的照片互换一下", _ops(_swap(3, 4)), []),
    ("四五两张顺序反了 调过来", _ops(_swap(4, 5)), []),
    ("第一个和最后一个对调", _ops(_swap(1, -1)), []),
    ("3跟4互换", _ops(_swap(3, 4)), []),
    ("海边的和狗的调个位置", _ops(_swap(1, 3)), []),
    ("花园和海滩顺序弄反了", _ops(_swap(1, 5)), []),
    ("第5张放到最开始", _ops(_move(5, "start")), []),
    ("把那段视频放到开头", _ops(_move(6, "start")), []),
    ("把第二张挪到第4个位置", _ops(_move(2, 4)), []),
    ("城市的照片挪到结尾", _ops(_move(2, "end")), []),
    ("狗那张往前移一个", _ops(_move(3, 2)), []),
    ("最后用狗狗那张收尾", _ops(_move(3, "end")), []),
    ("开头放森林那张", _ops(_move(4, "start")), []),
    ("把花园那张挪到海滩后面", _ops(_move(5, 2)), []),
    ("第5张拍糊了 删了吧", _ops({"kind": "remove", "index": 5}), []),
    ("不要森林那张了", _ops({"kind": "remove", "name": "forest"}), []),
    ("把party那段删掉", _ops({"kind": "remove", "index": 6}), []),
    ("2和5都删了", _ops({"kind": "remove", "index": 5}, {"kind": "remove", "index": 2}), []),
    ("第四张也一起删掉", _ops({"kind": "remove", "index": 4}), [{"kind": "remove", "index": 5}]),
    ("一三五张都删掉", _ops({"kind": "remove", "index": 5}, {"kind": "remove", "index": 3},
                           {"kind": "remove", "index": 1}), []),
]  # fmt: skip

SLIDESHOW_RETOLD: list[Case] = [
    ("弄个有背景音乐的幻灯片",
     _ops({"kind": "slideshow", "with_music": True, "with_transitions": True}), NO_MUSIC),
    ("把这几张图做成视频吧", _ops({"kind": "slideshow"}), []),
    ("直接帮我自动生成个视频", _ops({"kind": "slideshow"}), []),
    ("弄成幻灯片 配点欢快的歌", _ops({"kind": "slideshow", "with_music": True,
                                     "with_transitions": True, "mood": "upbeat"}), NO_MUSIC),
]  # fmt: skip

FORMAT_RETOLD: list[Case] = [
    ("分辨率设成720p吧", _ops(_res("720p")), []),
    ("改480p 让文件小点", _ops(_res("480p")), []),
    ("2k够了", _ops(_res("1440p")), []),
    ("还是改回1080吧", _ops(_res("1080p")), [_res("2160p")]),
    ("网太慢了传不上去，降成720", _ops(_res("720p")), []),
    ("要4k超清的", _ops(_res("2160p")), []),
    ("改成全高清1080", _ops(_res("1080p")), [_res("720p")]),
    ("清晰度调到最高", _ops(_res("2160p")), []),
    ("来个60帧", _ops(_fps(60)), []),
    ("一秒30帧就行", _ops(_fps(30)), [_fps(60)]),
    ("帧率设为二十五", _ops(_fps(25)), []),
    ("想要胶片的感觉 用24帧", _ops(_fps(24)), []),
    ("帧率开到最高", _ops(_fps(60)), []),
    ("想要画面更顺滑一点", _ops(_fps(60)), []),
    ("压小点 要能用whatsapp发", _ops({"kind": "size_limit", "target": "whatsapp"}), []),
    ("文件最多50m", _ops({"kind": "size_limit", "mb": 50}), []),
    ("大小不用限制了", _ops({"kind": "size_limit", "off": True}),
     [{"kind": "size_limit", "target": "email"}]),
    ("得在10兆以下", _ops({"kind": "size_limit", "mb": 10}), []),
    ("要能发到discord上", _ops({"kind": "size_limit", "target": "discord"}), []),
    ("我要用邮件发 帮我压缩下", _ops({"kind": "size_limit", "target": "email"}), []),
]  # fmt: skip

# --- fresh sentences -----------------------------------------------------------------------

FRESH: list[Case] = [
    ("诶 这个视频现在到底多长啊", _ans("length"), []),
    ("一共有多少个素材", _ans("count"), []),
    ("照片有几张来着", _ans("count"), []),
    ("bgm是啥歌", _ans("music"), []),
    ("刚才那一下你改了个啥", _ans("last_change"), [{"kind": "speed", "factor": 0.8}]),
    ("你好 请问这个能干嘛", _ans("help"), []),
    ("视频导出来放哪儿了", _ans("output"), []),
    ("ok 没问题了 导出来吧", EXPORT, []),
    ("给我来一份gif的 发群里", {"route": "export", "format": "gif"}, []),
    ("帮我按时间排一下呗 从最早的开始", _ops(BY_DATE), []),
    ("照片顺序乱了 按拍摄日期重新排下", _ops(BY_DATE), []),
    ("把最新拍的放最前头", _ops(NEWEST_FIRST), []),
    ("按照片名字a到z排", _ops(BY_NAME), [{"kind": "reverse"}]),
    ("第1张和第3张位置对调一下哈", _ops(_swap(1, 3)), []),
    ("狗狗和城市那两张换换", _ops(_swap(2, 3)), []),
    ("把视频挪到第一个吧 想先放视频", _ops(_move(6, "start")), []),
    ("第四张放最后面去吧", _ops(_move(4, "end")), []),
    ("狗那张往后挪一位", _ops(_move(3, 4)), []),
    ("第二张删了吧 有路人", _ops({"kind": "remove", "index": 2}), []),
    ("那个派对的视频删掉 太吵", _ops({"kind": "remove", "index": 6}), []),
    ("海滩和花园都不要", _ops({"kind": "remove", "index": 5}, {"kind": "remove", "index": 1}), []),
    ("帮我做个幻灯片啦", _ops({"kind": "slideshow"}), []),
    ("分辨率改成720 手机看够了", _ops(_res("720p")), []),
    ("要4K 超清那种", _ops(_res("2160p")), []),
    ("帧率调成24吧 更像电影", _ops(_fps(24)), []),
    ("fps改成60 丝滑一点", _ops(_fps(60)), []),
    ("压到25兆以内 要发邮件", _ops({"kind": "size_limit", "mb": 25}), []),
    ("文件大小别超过15mb哈", _ops({"kind": "size_limit", "mb": 15}), []),
    ("按时间排 然后每张三秒", _ops(BY_DATE, {"kind": "seconds_per_photo", "seconds": 3}), []),
    ("第五张删了 再导出", {"ops": [{"kind": "remove", "index": 5}], "route": "export"}, []),
    ("现在多少帧的", _ans("format"), []),
    ("把那张挪到前面", ASK, []),
    ("删掉一张", ASK, []),
    ("改成24", ASK, []),
]  # fmt: skip

FOLLOW_UPS: list[Case] = [
    ("不对 是2和3", _ops({"kind": "undo"}, _swap(2, 3)), [_swap(1, 2)]),
    ("太大了 还是1080吧", _ops(_res("1080p")), [_res("2160p")]),
    ("还是30帧吧", _ops(_fps(30)), [_fps(60)]),
    ("那再把第一张也删了", _ops({"kind": "remove", "index": 1}), [{"kind": "remove", "index": 5}]),
    ("嗯 然后导出吧", EXPORT, [{"kind": "aspect", "aspect": "9:16"}]),
]  # fmt: skip

# written after the fixes, to check each covers its kind of phrasing and not one sentence
VARIANTS: list[Case] = [
    ("视频会不会超过30秒啊", _ans("length"), []),
    ("整个视频几分钟", _ans("length"), []),
    ("一共几分钟", _ans("length"), []),
    ("删了以后还剩几张", _ans("count"), [{"kind": "remove", "index": 2}]),
    ("还有多少张了", _ans("count"), []),
    ("你刚才改哪儿了", _ans("last_change"), []),
    ("你刚才干了啥", _ans("last_change"), [{"kind": "speed", "factor": 0.8}]),
    ("我要的视频在哪", _ans("output"), []),
    ("再出一版吧", EXPORT, []),
    ("给我发一份", EXPORT, []),
    ("嗯嗯 可以 导吧", EXPORT, []),
    ("导出来给我看看", EXPORT, []),
    ("最近拍的放最前面", _ops(NEWEST_FIRST), []),
    ("早拍的排前头", _ops(BY_DATE), []),
    ("最早的放最后面", _ops(NEWEST_FIRST), []),
    ("文件名反着排", _ops({"kind": "sort", "by": "name", "reverse": True}), []),
    ("照片乱了 帮我按时间排", _ops(BY_DATE), []),
    ("照片全乱了 按拍摄时间排一下", _ops(BY_DATE), []),
    ("四五两张反了 换过来", _ops(_swap(4, 5)), []),
    ("一二张换换", _ops(_swap(1, 2)), []),
    ("二四张对调一下", _ops(_swap(2, 4)), []),
    ("第一张和视频换一下", _ops(_swap(1, 6)), []),
    ("把视频和第二张换一下", _ops(_swap(6, 2)), []),
    ("第二张和视频都删掉", _ops({"kind": "remove", "index": 6}, {"kind": "remove", "index": 2}),
     []),
    ("删掉二四五张", _ops({"kind": "remove", "index": 5}, {"kind": "remove", "index": 4},
                         {"kind": "remove", "index": 2}), []),
    ("第一三五张删掉", _ops({"kind": "remove", "index": 5}, {"kind": "remove", "index": 3},
                           {"kind": "remove", "index": 1}), []),
    ("第三张挪到前面", _ops(_move(3, "start")), []),
    ("把城市那张挪到后面", _ops(_move(2, "end")), []),
    ("狗狗那张放前面吧", _ops(_move(3, "start")), []),
    ("最后放狗狗那张", _ops(_move(3, "end")), []),
    ("结尾用狗狗那张", _ops(_move(3, "end")), []),
    ("帧率改成24 像电影一样", _ops(_fps(24)), []),
    ("三四张删掉", ASK, []),
    ("生成个带bgm的相册", _ops({"kind": "slideshow", "with_music": True,
                               "with_transitions": True}), NO_MUSIC),
    ("生成一个有转场的幻灯片", _ops({"kind": "slideshow", "with_music": False,
                                   "with_transitions": True}), [{"kind": "transition",
                                                                 "name": "none"}]),
]  # fmt: skip

# a second round of fresh sentences (the ones that failed before are fixed above or here)
SECOND_ROUND: list[Case] = [
    ("照片乱了 按时间排吧", _ops(BY_DATE), []),
    ("分辨率调成1080p 现在太糊了", _ops(_res("1080p")), [_res("720p")]),
    ("改成60帧 现在太卡了", _ops(_fps(60)), []),
    ("60帧吧 运动的视频", _ops(_fps(60)), []),
    ("1080p 我电脑屏幕小", _ops(_res("1080p")), [_res("720p")]),
    ("你刚刚弄了啥", _ans("last_change"), [{"kind": "look", "look": "bw"}]),
    ("可以导了", EXPORT, []),
    ("视频有几分钟长", _ans("length"), []),
    ("生成一个带音乐的幻灯片", _ops({"kind": "slideshow", "with_music": True,
                                   "with_transitions": True}), NO_MUSIC),
    ("把2、3调个个", _ops(_swap(2, 3)), []),
    ("城市那张跟森林那张换一下顺序嘛", _ops(_swap(2, 4)), []),
    ("按时间倒着排", _ops(NEWEST_FIRST), []),
    ("最新拍的排第一个", _ops(NEWEST_FIRST), []),
    ("压到15m 邮件发", _ops({"kind": "size_limit", "mb": 15}), []),
    ("帧率60 分辨率1080", _ops(_fps(60), _res("1080p")), [_res("720p")]),
    ("排个序", ASK, []),
    ("重新排一下", ASK, []),
    ("帮我排一下", ASK, []),
    ("排一下吧 按名字", _ops(BY_NAME), [{"kind": "reverse"}]),
    ("重新排一下 时间顺序", _ops(BY_DATE), []),
    ("做个幻灯片吧 配点音乐", _ops({"kind": "slideshow", "with_music": True,
                                   "with_transitions": True}), NO_MUSIC),
]  # fmt: skip

# not yet read: a photo called "this one" moved with no place said is not asked about
NOT_YET: list[Case] = [
    ("把这张挪一下", ASK, []),
    ("它往后挪", ASK, []),
]  # fmt: skip

# not yet: "which is better raised?" is read as the frame rate raised (the resolution side
# of 还是 reads as a question of its own, so the "or" finds no second edit to offer)
CHOICE_NOT_EDIT: list[str] = ["帧率还是分辨率高一点好"]

CHANGES_NOTHING: list[str] = ["顺序有点怪", "这排序不太行啊", "分辨率是啥意思"]

PARAPHRASES = [*QUESTIONS_RETOLD, *ASKED_BACK_RETOLD, *EXPORT_RETOLD, *ORDER_RETOLD,
               *SLIDESHOW_RETOLD, *FORMAT_RETOLD]  # fmt: skip
OWN = [*FRESH, *FOLLOW_UPS, *VARIANTS, *SECOND_ROUND]


@pytest.mark.parametrize(("text", "expect", "after"), PARAPHRASES)
def test_a_training_request_said_another_way_is_read_alike(
    text: str, expect: dict[str, Any], after: Ops
) -> None:
    _reads(text, expect, after)


@pytest.mark.parametrize(("text", "expect", "after"), OWN)
def test_a_fresh_request_about_the_whole_draft_is_read(
    text: str, expect: dict[str, Any], after: Ops
) -> None:
    _reads(text, expect, after)


@pytest.mark.xfail(
    strict=True,
    reason="'这张'/'它' with no photo before it and no place said: neither which photo nor "
    "where is known, and no builder asks both at once yet (move_which asks only for the end)",
)
@pytest.mark.parametrize(("text", "expect", "after"), NOT_YET)
def test_a_photo_moved_with_nothing_named_is_asked_about(
    text: str, expect: dict[str, Any], after: Ops
) -> None:
    _reads(text, expect, after)


@pytest.mark.parametrize("text", CHANGES_NOTHING)
def test_a_remark_or_a_word_asked_about_changes_nothing(text: str) -> None:
    _changes_nothing(text)


@pytest.mark.xfail(strict=True, reason="one side of 还是 asks back, so the other is done")
@pytest.mark.parametrize("text", CHOICE_NOT_EDIT)
def test_a_choice_between_two_settings_changes_neither(text: str) -> None:
    _changes_nothing(text)
