"""Still more Chinese phrasings of our own (beside tests/test_nlu_probes_zh.py): plain requests
as people type them, each family read alike and judged exactly as corpus lines are
(tests/nlu/, bench/nlu.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.instruct.interpret import read

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "nlu"))
from harness import MEDIA, Line, start  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_nlu_more", HERE.parent / "bench" / "nlu.py")
assert _spec is not None and _spec.loader is not None
_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_bench)


def _ops(*ops: dict[str, Any]) -> dict[str, Any]:
    return {"ops": list(ops)}


ASK = {"clarify": True}
MOVING = _ops({"kind": "motion", "on": True})
STILL = _ops({"kind": "motion", "on": False})
LESS_MOTION = _ops({"kind": "motion", "on": True, "factor": 0.8})
UPLOAD = {"route": "upload"}
COUNT = {"answer": "count"}
DATES = _ops({"kind": "date_captions", "place": False})
TO_SONG = _ops({"kind": "length_to_song"})


def _fps(rate: int) -> dict[str, Any]:
    return _ops({"kind": "fps", "fps": rate})


def _trans(name: str) -> dict[str, Any]:
    return _ops({"kind": "transition", "name": name})


PROBES: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "a_frame_rate_one_step_up_or_down": [
        ("帧率改高点", _fps(60)),
        ("帧数调高", _fps(60)),
        ("帧率提到最高", _fps(60)),
        ("帧率最低", _fps(24)),
        ("帧率改低点", ASK),  # 24 or 25?
        ("帧率降低一点", ASK),
        ("帧率低一些", ASK),
    ],
    "a_place_said_after_a_new_caption_is_that_caption_s": [
        ("第五张加字幕“周日截止”，放顶部",
         _ops({"kind": "caption", "index": 5, "text": "周日截止", "pos": "top"})),
        ("第四张加红色字幕“森林”，放顶部",
         _ops({"kind": "caption", "index": 4, "text": "森林", "color": "red", "pos": "top"})),
        ("给字幕换个颜色，红色", _ops({"kind": "text_style", "target": "captions",
                                    "color": "red"})),
    ],
    "photos_that_look_too_still_should_move": [
        ("照片都是静止的，动一下", MOVING),
        ("照片动一下", MOVING),
        ("画面太静了", MOVING),
        ("照片太静态了", MOVING),
        ("晃得我头晕", STILL),
        ("照片放大的太多了", LESS_MOTION),
        ("缩放得太厉害了", LESS_MOTION),
    ],
    "photos_still_to_add": [
        ("我要加照片", UPLOAD),
        ("加点照片", UPLOAD),
        ("还想再加些照片", UPLOAD),
    ],
    "the_count_asked_with_duoshao": [
        ("一共多少张", COUNT),
        ("照片数量", COUNT),
        ("总共有多少张照片", COUNT),
    ],
    "dates_shown_on_the_photos": [
        ("照片上显示拍摄日期", DATES),
        ("把日期标出来", DATES),
        ("照片下面显示日期", DATES),
    ],
    "as_long_as_the_song_said_with_align": [
        ("视频时长对齐音乐", TO_SONG),
        ("配合歌曲长度", TO_SONG),
        ("音乐多长视频多长", TO_SONG),
    ],
    "a_file_size_said_with_less_than": [
        ("文件小于50兆", _ops({"kind": "size_limit", "mb": 50})),
        ("大小控制在16M以内", _ops({"kind": "size_limit", "mb": 16})),
    ],
    "a_transition_named_by_how_it_looks": [
        ("转场用渐隐", _trans("crossfade")),
        ("中间黑一下", _trans("fadeblack")),
        ("转场多样一点", _trans("random")),
        ("转场随便来", _trans("random")),
    ],
}  # fmt: skip

CASES = [(family, text, expect) for family, items in PROBES.items() for text, expect in items]


@pytest.mark.parametrize(("family", "text", "expect"), CASES, ids=[f"{f}-{t}" for f, t, _ in CASES])
def test_more_chinese_phrasings_of_a_family_are_read_alike(
    family: str, text: str, expect: dict[str, Any]
) -> None:
    line = Line(id=f"probe:{family}", lang="zh", text=text, expect=expect, after=[])
    reading = read(text, start(line), MEDIA)
    assert _bench.judge(line, reading) is None, (text, reading)


def test_a_frame_rate_step_down_asks_in_chinese_words() -> None:
    """ "帧率改低点" offers the rates below 30 in plain Chinese, changing nothing yet."""
    line = Line(id="probe", lang="zh", text="帧率改低点", expect=ASK, after=[])
    reading = read(line.text, start(line), MEDIA)
    assert not reading.edits
    assert [option.label for option in reading.clarify] == ["每秒 24 帧", "每秒 25 帧"]
