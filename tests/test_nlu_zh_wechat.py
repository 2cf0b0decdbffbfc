"""Chinese typed in a chat (instruct/zh_wechat.py, zh_how_to.py, made_video.py): the effect
named by how it feels, "一键", dates under the photos, the way a photo goes before where it goes,
photos still to come with their count, and questions that name one thing."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "nlu"))
from harness import assert_does, probe  # noqa: E402

MORE_MOTION = [{"kind": "motion", "on": True, "factor": 1.25}]
LESS_MOTION = [{"kind": "motion", "on": True, "factor": 0.8}]


def test_the_camera_move_named_by_how_it_feels_is_the_motion() -> None:
    assert_does("运镜的感觉强一点", MORE_MOTION)
    assert_does("镜头感弱一点吧", LESS_MOTION)


def test_in_one_tap_before_a_video_to_make_adds_nothing() -> None:
    assert_does("一键给我做个视频", [{"kind": "slideshow"}])


def test_all_the_photos_made_into_a_kind_of_video_make_the_slideshow() -> None:
    assert_does("把这些照片做成旅行纪念视频", [{"kind": "slideshow"}])


def test_the_date_placed_under_the_photos_is_the_date_captions() -> None:
    assert_does("照片下方加上日期", [{"kind": "date_captions", "place": False}])


def test_the_way_then_the_place_moves_the_photo_to_the_place() -> None:
    assert_does("第二张往前移到最前面", [{"kind": "move", "index": 2, "to": "start"}])


def test_a_step_with_no_place_still_moves_one_place() -> None:
    assert_does("第二张往后挪一位", [{"kind": "move", "index": 2, "to": 3}])


def test_photos_still_to_come_with_their_count_are_an_upload() -> None:
    assert probe("再给你发3张").route == "upload"
    assert probe("等下再补两张照片").route == "upload"


def test_smoother_to_watch_of_the_frame_rate_is_60() -> None:
    assert_does("换成60帧 看起来更顺", [{"kind": "fps", "fps": 60}])


def test_a_mix_of_transitions_is_asked_only_of_transitions() -> None:
    assert_does("过渡来点花样", [{"kind": "transition", "name": "random"}])
    loose = probe("随便来点吧")
    assert not loose.edits and not loose.understood


def test_how_to_do_one_thing_answers_with_that_things_suggestions() -> None:
    reading = probe("转场咋弄好看")
    assert not reading.edits and reading.topic == "transition"
    assert probe("我不知道怎么弄").question == "help"


def test_the_camera_move_at_the_most_is_the_largest_zoom_never_the_volume() -> None:
    assert_does("缩放拉满", [{"kind": "motion", "on": True, "zoom": 1.5}])
    assert_does("音量拉满", [{"kind": "music_volume", "percent": 100}])


def test_a_rate_that_stutters_then_a_bare_number_is_the_rate_wanted() -> None:
    assert_does("60帧太卡了，改回24", [{"kind": "fps", "fps": 24}])
    assert not probe("60帧好卡").edits  # the complaint alone asks for nothing yet


def test_a_fade_a_step_longer_asks_which_with_each_fade_a_step_from_its_own_length() -> None:
    options = probe("淡入再长点").clarify
    assert options and {len(option.edits) for option in options} == {1}
    assert [option.edits[0].fade_in_ms for option in options] == [1000, 1000]
    longer = [option.edits[0].fade_out_ms for option in probe("淡出再长一点").clarify]
    assert longer == [1250, 2500]  # the video's 1 s and the music's 2 s, each 1.25 times
