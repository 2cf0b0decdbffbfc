"""The Chinese video made and shaped (issue #15, nlu18zhB): a small album made ("小影集"), a
vlog put out, help beyond the video, a phone named only as where it is watched, "能…不"
questions, a choice between two values asked, frame sizes, names given with a space."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does as _does
from harness import probe as _read

SLIDESHOW: list[dict[str, Any]] = [{"kind": "slideshow"}]


@pytest.mark.parametrize(
    "text",
    ["帮我把这堆照片弄成个小影集呗", "做个小相册", "能直接出一个vlog不 照片都在上面了"],
)
def test_a_small_album_or_a_vlog_put_out_is_the_slideshow_made(text: str) -> None:
    _does(text, SLIDESHOW)


def test_a_video_with_music_made_from_the_photos_is_not_the_clip() -> None:
    _does(
        "帮我把照片做成一个有音乐的小视频，谢谢啦",
        [{"kind": "slideshow", "with_music": True}],
    )


@pytest.mark.parametrize("text", ["你除了做视频还能干嘛", "除了剪视频你还会啥"])
def test_what_it_can_do_beyond_the_video_is_help_asked_and_makes_nothing(text: str) -> None:
    reading = _read(text)
    assert reading.question == "help"
    assert not reading.edits


def test_a_phone_it_is_watched_on_after_a_resolution_adds_no_vertical_frame() -> None:
    _does("清晰度调成720就够了 手机上看", [{"kind": "resolution", "resolution": "720p"}])


def test_a_phone_that_cannot_open_a_4k_file_changes_nothing() -> None:
    reading = _read("4k的我手机打不开")
    assert not reading.edits


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("可以换首欢快的歌不", [{"kind": "music", "source": "upbeat"}]),
        ("你能把字调大点不？", [{"kind": "text_style", "target": "all", "size": 1.25}]),
    ],
)
def test_a_request_asked_with_can_or_not_is_the_request(text: str, ops: list) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    "text", ["按时间排还是按名字排你看着办", "做成黑白的还是暖色的", "按时间还是按名字排"]
)
def test_two_values_with_haishi_between_them_are_asked_never_the_first_taken(text: str) -> None:
    reading = _read(text)
    assert reading.clarify
    assert not reading.edits


@pytest.mark.parametrize("text", ["分辨率1920乘1080", "改成1280*720的", "1280x720的就行"])
def test_a_frame_size_followed_by_chinese_words_is_its_resolution(text: str) -> None:
    edits = _read(text).edits
    assert [e.kind for e in edits][-1] == "resolution"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("标题就叫 我们的2026 吧", "我们的2026"),
        ("取个名叫 小森林", "小森林"),
        ("给视频起个名 叫 夏日", "夏日"),
        ("开头那里写 生日快乐老妈", "生日快乐老妈"),
        ("标题叫 慢慢长大", "慢慢长大"),
        ("标题：花园派对", "花园派对"),
    ],
)
def test_a_name_given_after_a_lead_in_is_the_title_without_the_particle(
    text: str, title: str
) -> None:
    _does(text, [{"kind": "title", "text": title}])


def test_the_first_and_the_last_photo_swapped_are_photos_not_the_clip() -> None:
    _does("第一张和最后一张照片互换下", [{"kind": "swap", "i": 1, "j": 5}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("按时间排吧 转场那些都挺好的", [{"kind": "sort", "by": "date", "reverse": False}]),
        ("第二张跟第三张换一下 字幕别跟着动", [{"kind": "swap", "i": 2, "j": 3}]),
        ("帮我把照片做成视频 标题先不用加", SLIDESHOW),
        ("音乐先不换 节奏快点", [{"kind": "speed", "factor": 0.8}]),
        ("按文件名a到z排", [{"kind": "sort", "by": "name", "reverse": False}]),
    ],
)
def test_what_else_is_said_as_fine_or_kept_adds_no_edit(text: str, ops: list) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    "text", ["上传按钮在哪", "照片不够 我再补点", "照片咋加", "图片要怎么加啊"]
)
def test_more_photos_to_come_is_the_upload(text: str) -> None:
    assert _read(text).route == "upload"


@pytest.mark.parametrize(
    ("text", "i", "j"),
    [
        ("把海边的挪到花园那儿 花园的挪到海边那儿", 1, 5),
        ("把海边那张放到花园的位置，花园那张放到海边的位置", 1, 5),
        ("狗放到森林那 森林放到狗那", 3, 4),
    ],
)
def test_each_photo_put_where_the_other_was_is_one_swap(text: str, i: int, j: int) -> None:
    _does(text, [{"kind": "swap", "i": i, "j": j}])


def test_a_sharper_picture_said_as_clearer_asks_how_sharp() -> None:
    reading = _read("弄清楚一点")
    assert reading.clarify
    assert not reading.edits


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("要不快一点吧", [{"kind": "speed", "factor": 0.8}]),
        ("要不换成4k吧", [{"kind": "resolution", "resolution": "2160p"}]),
        ("要不按时间排一下", [{"kind": "sort", "by": "date", "reverse": False}]),
        ("干脆就做成幻灯片得了", SLIDESHOW),
        ("感觉慢点会好些", [{"kind": "speed", "factor": 1.25}]),
        ("速度再快亿点点", [{"kind": "speed", "factor": 0.8}]),
    ],
)
def test_a_request_put_as_a_suggestion_is_the_request(text: str, ops: list) -> None:
    _does(text, ops)


def test_how_to_add_something_named_to_the_photos_is_no_upload() -> None:
    assert _read("图片怎么加滤镜").route is None
