"""Chinese ways of speaking of the picture, its motion and the sound (issue #15, nlu17zhB):
画面 is the picture (its fade, its motion, its brightness), one fade said of the music and the
picture fades both, the clips' sound kept with "别静音", and praise, "how was it done" and a
thing named only as the place of another change nothing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, probe


def _fades(music_ms: int, video_ms: int) -> list[dict[str, Any]]:
    return [
        {"kind": "music_fade", "fade_out_ms": music_ms},
        {"kind": "video_fade", "fade_out_ms": video_ms},
    ]


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("结尾音乐和画面一起淡出 3秒", _fades(3000, 3000)),
        ("画面和音乐都在结尾淡出 1.5秒", _fades(1500, 1500)),
        ("最后音乐跟画面同时淡出，4秒吧", _fades(4000, 4000)),
        ("音乐和画面一起淡出", _fades(2000, 1000)),
    ],
)
def test_one_fade_said_of_the_music_and_the_picture_fades_both_as_long(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(
    "text", ["别一直晃来晃去 眼睛都花了", "画面别晃", "不要老是动来动去", "画面别一直推来推去"]
)
def test_swaying_said_however_often_keeps_the_photos_still(text: str) -> None:
    assert_does(text, [{"kind": "motion", "on": False}])


def test_dont_overdo_it_after_a_smaller_zoom_is_one_step_less() -> None:
    assert_does("zoom 小一点 别那么夸张", [{"kind": "motion", "on": True, "factor": 0.8}])


@pytest.mark.parametrize("text", ["原声还是留着吧 别静音", "别静音", "不要静音了", "原声别关"])
def test_dont_mute_keeps_the_clips_own_sound(text: str) -> None:
    assert_does(text, [{"kind": "mute_clips", "on": False}])


def test_still_after_all_before_a_verb_is_no_choice() -> None:
    assert_does("第三张还是删了吧", [{"kind": "remove", "index": 3}])


def test_a_choice_between_two_things_still_asks() -> None:
    assert probe("做成视频还是相册好呢").clarify


def test_a_dark_picture_is_about_the_look_and_changes_nothing() -> None:
    reading = probe("画面太暗")
    assert not reading.edits and reading.topic == "look"


@pytest.mark.parametrize(
    "text", ["转场那里的音乐挺好听", "音乐挺好听的", "淡出那一下好有感觉", "标题写得不错"]
)
def test_praise_changes_nothing_and_is_thanked(text: str) -> None:
    reading = probe(text)
    assert not reading.edits and not reading.clarify, reading
    assert reading.question == "thanks"


def test_asking_how_an_effect_was_done_changes_nothing() -> None:
    reading = probe("画面晃来晃去的效果是怎么做的啊")
    assert not reading.edits and not reading.clarify, reading
    assert reading.topic == "motion"


def test_how_it_is_written_is_a_style_not_its_words() -> None:
    assert_does("标题写得大一点", [{"kind": "text_style", "target": "title", "size": 1.25}])


def test_a_question_about_the_music_fade_is_about_the_style() -> None:
    assert probe("音乐结尾有淡出吗").question == "style"


def test_a_fade_said_as_the_time_of_another_request_is_not_asked_for() -> None:
    assert_does("音乐淡出的时候转场也慢一点", [{"kind": "transition", "factor": 1.25}])


def test_a_reason_about_the_music_beside_a_transition_request_changes_only_it() -> None:
    assert_does("转场太快了 跟音乐对不上", [{"kind": "transition", "factor": 1.25}])


def test_not_the_same_every_time_is_a_mix_of_transitions() -> None:
    assert_does("转场不要每次都一样", [{"kind": "transition", "name": "random"}])


@pytest.mark.parametrize("text", ["换成轻音乐", "来首抒情歌"])
def test_a_mood_that_names_music_changes_the_music_not_the_pace(text: str) -> None:
    assert_does(text, [{"kind": "music", "source": "calm"}])


def test_clip_sound_off_then_light_music_never_removes_the_music() -> None:
    assert_does(
        "关掉原声 换成轻音乐",
        [{"kind": "mute_clips", "on": True}, {"kind": "music", "source": "calm"}],
    )


@pytest.mark.parametrize("text", ["视频里说话的声音保留", "把视频的声音也加进来"])
def test_the_voices_in_the_clip_kept_or_put_in_unmute_it(text: str) -> None:
    assert_does(text, [{"kind": "mute_clips", "on": False}])


@pytest.mark.parametrize(
    "text", ["标题不要our trip了 换成 成都三日游", "标题不要了 换成 成都三日游"]
)
def test_a_title_turned_down_and_replaced_at_once_is_changed_not_removed(text: str) -> None:
    assert_does(text, [{"kind": "title", "text": "成都三日游"}])


def test_a_date_written_under_the_photos_is_the_date_captions() -> None:
    assert_does("照片下面写上日期", [{"kind": "date_captions", "place": False}])


def test_a_happy_text_is_no_music() -> None:
    assert_does("开头改成 生日快乐", [{"kind": "title", "text": "生日快乐"}])


def test_a_choice_read_across_after_all_puts_the_motion_back() -> None:
    reading = probe("照片还是动起来好看 把动效加回来")
    assert not reading.clarify and [e.kind for e in reading.edits] == ["motion"]


def test_near_the_end_of_the_music_is_the_music_fade_out() -> None:
    assert_does("音乐快结束的时候慢慢小声一点", [{"kind": "music_fade", "fade_out_ms": 2000}])


@pytest.mark.parametrize("text", ["顺序是按日期排的吗", "现在是按名字排的吗", "标题那几个字好可爱"])
def test_asked_how_it_is_or_praised_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert not reading.edits and not reading.clarify


@pytest.mark.parametrize("text", ["zoom in zoom out的效果不要", "照片拉近拉远的不要"])
def test_zooming_in_and_out_said_in_english_or_chinese_is_the_motion(text: str) -> None:
    assert_does(text, [{"kind": "motion", "on": False}])


def test_the_photos_zoom_set_to_a_number() -> None:
    assert_does("照片的动效调成1.3", [{"kind": "motion", "on": True, "zoom": 1.3}])


@pytest.mark.parametrize("text", ["把party的声音去掉 太吵", "party的声音关掉", "party的原声去掉"])
def test_the_sound_of_the_clip_named_by_its_file_is_the_clip_sound(text: str) -> None:
    assert_does(text, [{"kind": "mute_clips", "on": True}])


def test_the_clip_named_by_its_file_too_loud_asks_never_a_party_mood() -> None:
    reading = probe("party太吵了")
    assert reading.clarify and not reading.edits
