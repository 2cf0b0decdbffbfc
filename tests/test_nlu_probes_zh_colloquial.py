"""Chinese as people type it in a chat (beside tests/test_nlu_probes_zh*.py): particles
(吧/一下/呗/啦/嘛), 帮我/给我/能不能, no punctuation, English words inside ("BGM", "1080P",
"vlog"), each family read alike and judged exactly as corpus lines are (tests/nlu/,
bench/nlu.py); and the reply the person reads is in Chinese."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edits import apply_edits
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "nlu"))
from harness import DATES, MEDIA, Line, fixture, judge, start  # noqa: E402


def _ops(*ops: dict[str, Any]) -> dict[str, Any]:
    return {"ops": list(ops)}


def _motion(**fields: Any) -> dict[str, Any]:
    return _ops({"kind": "motion", "on": fields.pop("on", True), **fields})


def _fps(rate: int) -> dict[str, Any]:
    return _ops({"kind": "fps", "fps": rate})


def _caption(index: int, text: str) -> dict[str, Any]:
    return _ops({"kind": "caption", "index": index, "text": text})


def _trans(name: str | None = None, **fields: Any) -> dict[str, Any]:
    return _ops({"kind": "transition", **({"name": name} if name else {}), **fields})


def _swap(i: int, j: int) -> dict[str, Any]:
    return _ops({"kind": "swap", "i": i, "j": j})


def _res(resolution: str) -> dict[str, Any]:
    return _ops({"kind": "resolution", "resolution": resolution})


def _look(look: str) -> dict[str, Any]:
    return _ops({"kind": "look", "look": look})


STILL = _motion(on=False)
LESS_MOTION = _motion(factor=0.8)
MORE_MOTION = _motion(factor=1.25)
SHORTER_TRANSITIONS = _trans(factor=0.8)
NO_TRANSITIONS = _trans("none")
UNDO = _ops({"kind": "undo"})
HELP = {"answer": "help"}
COUNT = {"answer": "count"}
UPLOAD = {"route": "upload"}
MUTE = _ops({"kind": "mute_clips", "on": True})
SLIDESHOW = _ops({"kind": "slideshow", "with_music": False, "with_transitions": True})
DATE_CAPTIONS = _ops({"kind": "date_captions", "place": False})
TO_SONG = _ops({"kind": "length_to_song"})

PROBES: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "no_transitions_said_with_a_plain_cut": [
        ("不要转场直接切", NO_TRANSITIONS),
        ("直接切换就行不要转场", NO_TRANSITIONS),
        ("别用转场 直接切就行", NO_TRANSITIONS),
        ("不用转场了直接切换", NO_TRANSITIONS),
        ("硬切就行", NO_TRANSITIONS),
        ("照片之间不要过渡", NO_TRANSITIONS),
        ("转场别用黑场了", {"clarify": True}),  # not that one: which then?
    ],
    "transitions_that_drag_are_shortened_alone": [
        ("转场拖太久了", SHORTER_TRANSITIONS),
        ("转场拖得太久了", SHORTER_TRANSITIONS),
        ("转场别拖那么长", SHORTER_TRANSITIONS),
        ("转场太拖了 快一点", SHORTER_TRANSITIONS),
        ("转场快一点", SHORTER_TRANSITIONS),
        ("转场干脆一点", SHORTER_TRANSITIONS),
        ("转场慢一点", _trans(factor=1.25)),
        ("换成淡入淡出", _trans("crossfade")),
        ("转场设成0.5秒", _trans(ms=500)),
    ],
    "as_long_as_the_song_whatever_the_song_is_called": [
        ("视频时长跟BGM一致", TO_SONG),
        ("视频长度和背景音乐一致", TO_SONG),
        ("时长跟歌曲一样", TO_SONG),
        ("按照bgm的长度来", TO_SONG),
        ("让视频长度等于音乐长度", TO_SONG),
        ("音乐放完视频就结束", TO_SONG),
        ("歌放完视频就结束", TO_SONG),
        ("视频和音乐同样长", TO_SONG),
        ("视频长度跟着音乐走", TO_SONG),
        ("时长和音乐对上", TO_SONG),
        ("配合音乐的时长", TO_SONG),
    ],
    "a_look_named_outright_wins_over_its_feeling": [
        ("调成黑白的吧，有年代感一点", _look("bw")),
        ("加个黑白滤镜有怀旧感", _look("bw")),
        ("黑白的 要有老电影的感觉", _look("bw")),
        ("弄成黑白 复古一点", _look("bw")),
        ("变成黑白的 有种怀旧的感觉", _look("bw")),
        ("复古滤镜", _look("sepia")),
        ("黑白还是复古呢", {"clarify": True}),
    ],
    "words_around_an_unquoted_text_are_not_the_text": [
        ("第五张照片的字幕是 花园", _caption(5, "花园")),
        ("第三张字幕是小狗", _caption(3, "小狗")),
        ("第三张的字幕就写 旺财吧", _caption(3, "旺财")),
        ("第三张的字幕写 汪星人就行", _caption(3, "汪星人")),
        ("第一张加字 蓝天白云呗", _caption(1, "蓝天白云")),
        ("第1张写上 出发啦", _caption(1, "出发啦")),
        ("标题是 我们的夏天", _ops({"kind": "title", "text": "我们的夏天"})),
        ("标题就叫 快乐假期吧", _ops({"kind": "title", "text": "快乐假期"})),
        ("结尾加上 谢谢大家吧", _ops({"kind": "closing", "text": "谢谢大家"})),
        ("第三张字幕写“我家狗狗”", _caption(3, "我家狗狗")),
    ],
    "a_frame_rate_said_per_second_or_with_its_feel": [
        ("帧率改成60", _fps(60)),
        ("60帧", _fps(60)),
        ("弄成24帧电影感", _fps(24)),
        ("每秒30帧", _fps(30)),
        ("一秒60帧", _fps(60)),
        ("改成24帧 更有电影的感觉", _fps(24)),
        ("帧率调成24 有电影感", _fps(24)),
        ("能不能60帧", _fps(60)),
        ("30帧/秒", _fps(30)),
        ("要流畅 改60帧", _fps(60)),
    ],
    "the_camera_move_said_colloquially": [
        ("镜头动得太厉害了", LESS_MOTION),
        ("别晃了", STILL),
        ("缩放慢一点", LESS_MOTION),
        ("不要推拉效果", STILL),
        ("动感强一点", MORE_MOTION),
        ("镜头晃得我眼花", STILL),
        ("画面别一直放大缩小", STILL),
        ("晃得厉害", LESS_MOTION),
        ("照片老是在动 烦死了", STILL),
        ("画面晃来晃去的不舒服", STILL),
        ("镜头推得太快了", LESS_MOTION),
        ("缩放幅度调大", MORE_MOTION),
        ("运镜幅度小点", LESS_MOTION),
        ("画面稳一点", LESS_MOTION),
        ("不要那么晃", LESS_MOTION),
        ("别放大了", STILL),
        ("把运镜关了", STILL),
    ],
    "two_photos_traded": [
        ("第一张和第三张换一下", _swap(1, 3)),
        ("把二三对调", _swap(2, 3)),
        ("一和五互换", _swap(1, 5)),
        ("前两张换一下", _swap(1, 2)),
        ("把狗和森林那两张换一下", _swap(3, 4)),
        ("第一张跟最后一张换一下", _swap(1, 5)),
    ],
    "the_last_change_taken_back": [
        ("撤回", UNDO),
        ("刚才那个不要了", UNDO),
        ("还原一下", UNDO),
        ("刚才那个效果不要", UNDO),
        ("算了 撤销吧", UNDO),
        ("回退一步", UNDO),
    ],
    "what_can_be_asked_and_how_many": [
        ("你会做什么", HELP),
        ("都能改些啥", HELP),
        ("能举几个例子吗", HELP),
        ("我能说啥", HELP),
        ("你都会些啥", HELP),
        ("几张了", COUNT),
        ("有几段视频", COUNT),
        ("现在几张照片了", COUNT),
    ],
    "more_photos_to_come": [
        ("再给你发几张", UPLOAD),
        ("我再发你几张", UPLOAD),
        ("我还有照片", UPLOAD),
        ("还有几张没传", UPLOAD),
    ],
    "a_video_made_never_a_clip_cut": [
        ("自动帮我剪一个视频", SLIDESHOW),
        ("帮我做个vlog", SLIDESHOW),
        ("一键成片", SLIDESHOW),
        ("帮我把照片串成视频", SLIDESHOW),
    ],
    "the_date_marked_on_each_photo": [
        ("照片下面加上拍摄日期", DATE_CAPTIONS),
        ("把拍摄时间标在照片上", DATE_CAPTIONS),
        ("照片上标日期", DATE_CAPTIONS),
    ],
    "the_clip_s_own_sound_and_the_frame": [
        ("视频原声关掉", MUTE),
        ("把视频里的声音去掉", MUTE),
        ("原声不要了", MUTE),
        ("分辨率调到720", _res("720p")),
        ("画质要1080P的", _res("1080p")),
        ("文件别超过20M", _ops({"kind": "size_limit", "mb": 20})),
    ],
    "sound_alike_typos_of_a_pinyin_keyboard": [
        ("祯率改成60", _fps(60)),
        ("桢率调到30", _fps(30)),
        ("撤消上一步", UNDO),
        ("彻回", UNDO),
        ("分辨律改成1080", _res("1080p")),
        ("音亮小一点", _ops({"kind": "music_volume", "factor": 0.8})),
        ("淡如淡出", _trans("crossfade")),
        ("树屏", _ops({"kind": "aspect", "aspect": "9:16"})),
    ],
    "the_most_or_least_of_the_frame_never_the_volume": [
        ("清晰度开到最大", _res("2160p")),
        ("分辨率改到最高", _res("2160p")),
        ("画质弄到最低", _res("480p")),
        ("帧率直接拉满", _fps(60)),
        ("音量开到最大", _ops({"kind": "music_volume", "percent": 100})),
    ],
    "a_change_just_made_taken_off": [
        ("刚刚那个取消掉", UNDO),
        ("刚才的不算", UNDO),
        ("不要刚刚的效果", UNDO),
        ("有啥可以说的", HELP),
        ("一共多少个", COUNT),
        ("结尾黑屏淡出长一点", _ops({"kind": "video_fade", "fade_out_ms": 1250})),
    ],
    "requests_typed_with_no_comma_between": [
        ("音乐小声点照片慢一点", _ops({"kind": "music_volume", "factor": 0.8},
                                    {"kind": "speed", "factor": 1.25})),
        ("不要转场每张一秒半", _ops({"kind": "transition", "name": "none"},
                                   {"kind": "seconds_per_photo", "seconds": 1.5})),
        ("不要音乐每张两秒", _ops({"kind": "remove_music"},
                                 {"kind": "seconds_per_photo", "seconds": 2})),
        ("去掉转场音乐小一点", _ops({"kind": "transition", "name": "none"},
                                   {"kind": "music_volume", "factor": 0.8})),
        ("不要缩放照片慢一点", _ops({"kind": "motion", "on": False},
                                   {"kind": "speed", "factor": 1.25})),
        ("帧率60分辨率4k", _ops({"kind": "fps", "fps": 60},
                                {"kind": "resolution", "resolution": "2160p"})),
    ],
}  # fmt: skip

CASES = [(family, text, expect) for family, items in PROBES.items() for text, expect in items]


@pytest.mark.parametrize(("family", "text", "expect"), CASES, ids=[f"{f}-{t}" for f, t, _ in CASES])
def test_chat_chinese_of_a_family_is_read_alike(
    family: str, text: str, expect: dict[str, Any]
) -> None:
    line = Line(id=f"probe:{family}", lang="zh", text=text, expect=expect, after=[])
    reading = read(text, start(line), MEDIA)
    assert judge(line, reading) is None, (text, reading)


# what the person reads back: Chinese words (file names, song titles in brackets aside)
LATIN = re.compile(r"[A-Za-z]{4,}")
NAMES = re.compile(r"[\w-]+\.(jpg|mp4|mp3)|（[^）]*）|“[^”]*”")
# (undo and the edits that read the media files are told by the backend, not by ``apply_edits``)
TOLD_ELSEWHERE = ("undo", "length_to_song", "date_captions")
REPLIED = [
    text
    for _, text, expect in CASES
    if "ops" in expect and not any(op["kind"] in TOLD_ELSEWHERE for op in expect["ops"])
] + ["删掉它", "加个字幕 海边"]


@pytest.mark.parametrize("text", REPLIED)
def test_the_reply_to_chat_chinese_is_in_chinese(text: str) -> None:
    reading = read(text, fixture(), MEDIA)
    assert reading.lang == "zh"
    _, changes = apply_edits(fixture(), reading.edits, MEDIA, DATES, "zh")
    said = [*changes, *(option.label for option in reading.clarify)]
    assert said, text
    assert not [line for line in said if LATIN.search(NAMES.sub("", line))], said


def _named_draft() -> tuple[Any, dict[str, MediaRef]]:
    names = ["01_Beach_sunset.jpg", "02_city-skyline.jpg", "03_Wine_by_Jakkub_Mede.jpg"]
    names += ["IMG_coffee_morning.jpg", "花园.jpg"]
    photos = [
        MediaRef(id=f"m{n}", name=name, kind="image", width=4000, height=3000)
        for n, name in enumerate(names, 1)
    ]
    return build_slideshow(photos, SlideshowOptions()), {ref.id: ref for ref in photos}


NAMED = [
    ("把红酒那张放到最后", {"kind": "move", "index": 3, "to": "end"}),
    ("葡萄酒的照片放第一", {"kind": "move", "index": 3, "to": "start"}),
    ("删掉咖啡那张", {"kind": "remove", "name": "IMG_coffee_morning.jpg"}),
    ("日落那张多放一会", {"kind": "seconds_per_photo", "factor": 1.25, "index": 1}),
    ("花园那张删了", {"kind": "remove", "name": "花园.jpg"}),
    ("红酒那张加字幕 干杯", {"kind": "caption", "index": 3, "text": "干杯"}),
]


@pytest.mark.parametrize(("text", "op"), NAMED)
def test_a_photo_is_named_in_chinese_by_the_english_words_of_its_file_name(
    text: str, op: dict[str, Any]
) -> None:
    draft, media = _named_draft()
    reading = read(text, draft, media)
    assert [edit.model_dump(exclude_none=True) for edit in reading.edits] == [op], reading


def test_a_caption_with_no_photo_asks_which_and_moves_no_other_caption() -> None:
    """ "加个字幕写着海边，放顶部": 海边 is the text (not the beach photo); which photo?"""
    reading = read("加个字幕写着海边，放顶部", fixture(), MEDIA)
    assert not reading.edits
    assert reading.clarify
    first = reading.clarify[0]
    assert first.label.startswith("第 1 张")
    assert [edit.model_dump(exclude_none=True) for edit in first.edits] == [
        {"kind": "caption", "index": 1, "text": "海边"}
    ]
