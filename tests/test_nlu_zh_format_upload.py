"""Chinese format, size, slideshow and upload requests as people type them (issue #15, nlu17zhA):
sizes asked in MB of a Chinese speaker sending on WeChat, complaints of the old value beside the
new one, praise that asks for nothing, reasons of a full phone, slideshows with their music and
transitions said after them, and where to upload."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, probe


@pytest.mark.parametrize("text", ["压小一点发微信", "文件小一点 要发朋友圈", "视频太大了 压缩下"])
def test_a_smaller_file_for_wechat_asks_how_small_in_mb_in_chinese(text: str) -> None:
    reading = probe(text)
    labels = [option.label for option in reading.clarify]
    assert not reading.edits and labels and all("MB" in label for label in labels)
    assert not any(app in label for label in labels for app in ("WhatsApp", "Discord"))
    sizes = {edit.mb or 25 for option in reading.clarify for edit in option.edits}  # type: ignore[attr-defined]
    assert sizes == {10, 25, 50}


def test_an_english_request_still_names_the_apps() -> None:
    labels = [option.label for option in probe("compress it").clarify]
    assert any("WhatsApp" in label for label in labels)


@pytest.mark.parametrize(
    ("text", "rate"),
    [("换到30帧 60太大了", 30), ("60帧太大了 还是24吧", 24), ("帧率换成25 30太卡了", 25)],
)
def test_the_rate_complained_of_is_only_the_reason(text: str, rate: int) -> None:
    assert_does(text, [{"kind": "fps", "fps": rate}])


@pytest.mark.parametrize(
    "text", ["这个幻灯片做得真好", "上次做的幻灯片我爸很喜欢", "画质真不错 👍", "太棒了 我很满意"]
)
def test_praise_alone_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert not reading.edits and not reading.clarify


@pytest.mark.parametrize("text", ["挺好的 把第二张删了", "晃得厉害", "这首歌我不太喜欢"])
def test_praise_beside_a_request_or_a_complaint_is_read_as_usual(text: str) -> None:
    assert probe(text).question != "thanks"


@pytest.mark.parametrize(
    ("text", "res"),
    [("分辨率设成480 手机内存不够", "480p"), ("720 p吧 太占内存了", "720p"),
     ("画面有点糊 换成4k", "2160p"), ("分辨率降一降 480p", "480p")],
)  # fmt: skip
def test_why_beside_a_resolution_only_says_why(text: str, res: str) -> None:
    assert_does(text, [{"kind": "resolution", "resolution": res}])


def test_whether_it_would_be_big_changes_nothing() -> None:
    reading = probe("1080p会不会很大")
    assert not reading.edits


@pytest.mark.parametrize(
    ("text", "music"),
    [("做个幻灯片 加点音乐 要转场", True), ("把照片做成幻灯片 带转场", False),
     ("整个幻灯片出来", False)],
)  # fmt: skip
def test_music_and_transitions_after_the_slideshow_are_its_own(text: str, music: bool) -> None:
    assert_does(text, [{"kind": "slideshow", "with_music": music, "with_transitions": True}])


@pytest.mark.parametrize("text", ["哪里可以上传", "照片咋传给你", "上传在哪里"])
def test_where_or_how_to_send_the_photos_is_the_upload(text: str) -> None:
    assert probe(text).route == "upload"


def test_what_can_be_adjusted_is_help() -> None:
    assert probe("可以调哪些").question == "help"


@pytest.mark.parametrize("text", ["朋友圈发不了 太大了", "要发微信群 压小点吧", "压缩下发qq"])
def test_too_big_where_only_the_sending_is_said_asks_the_file_size(text: str) -> None:
    reading = probe(text)
    assert not reading.edits
    assert {edit.kind for option in reading.clarify for edit in option.edits} == {"size_limit"}


@pytest.mark.parametrize(
    "text", ["我手机只支持720p", "我爸手机是竖屏看的", "720和1080看着差不多", "我表姐也想做个相册"]
)
def test_a_device_a_comparison_or_someone_elses_plan_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert not reading.edits and not reading.route


def test_the_value_of_the_own_device_beside_an_export_is_only_why() -> None:
    reading = probe("我家电视是4k 导出1080p的")
    assert reading.route == "export" and reading.export.get("resolution") == "1080p"


@pytest.mark.parametrize("text", ["我还有视频没导进来", "怎么给你传图片", "从相册导入"])
def test_photos_imported_or_sent_to_the_assistant_are_the_upload(text: str) -> None:
    assert probe(text).route == "upload"


@pytest.mark.parametrize(("text", "fps"), [("24p", 24), ("改成60p", 60)])
def test_a_rate_named_as_cameras_do_is_the_frame_rate(text: str, fps: int) -> None:
    assert_does(text, [{"kind": "fps", "fps": fps}])


@pytest.mark.parametrize("text", ["我姐说横屏看着别扭", "我堂妹也打算做个相册", "传图真麻烦"])
def test_a_shape_disliked_a_relatives_plan_or_a_complaint_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert not reading.edits and not reading.route


@pytest.mark.parametrize(
    ("text", "res"), [("选最高的分辨率", "2160p"), ("1080吧 4k我手机带不动", "1080p")]
)
def test_the_most_said_first_or_an_old_size_blamed_is_read_right(text: str, res: str) -> None:
    assert_does(text, [{"kind": "resolution", "resolution": res}])


@pytest.mark.parametrize(
    "text", ["上回那个60帧的挺顺", "4k的太大 我删掉了", "你做的相册我发给我妈了"]
)
def test_what_was_done_or_an_earlier_version_told_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert not reading.edits and not reading.route and not reading.clarify


def test_an_opinion_of_a_shape_told_changes_nothing() -> None:
    reading = probe("我哥觉得横屏好看")
    assert not reading.edits and not reading.clarify
