"""What a person says beside a request: a bare dislike that is only the reason ("too gloomy,
undo that", "太暗了 撤销"), a length limit the video already keeps said with another request
("under 30 secs with upbeat music"), and ways of asking for the last change back ("i preferred
it before", "bring back the colors"). Judged as corpus lines are (tests/nlu/, bench/nlu.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import EDITS, MEDIA, Line, judge, start

from photo_video_maker.instruct.interpret import read

UNDO = {"ops": [{"kind": "undo"}]}
BW = [{"kind": "look", "look": "bw"}]
UPBEAT = {"ops": [{"kind": "music", "source": "upbeat"}]}


def _judged(text: str, expect: dict[str, Any], after: list[dict[str, Any]]) -> str | None:
    lang = "en" if text.isascii() else "zh"
    last = EDITS.validate_python(after)
    line = Line(id="probe:beside", lang=lang, text=text, expect=expect, after=last)
    return judge(line, read(text, start(line), MEDIA, last))


@pytest.mark.parametrize(
    ("text", "expect", "after"),
    [
        ("too gloomy, undo that", UNDO, BW),
        ("so weird, go back", UNDO, BW),
        ("looks bad lol, undo", UNDO, BW),
        ("it is awful, undo please", UNDO, BW),
        ("revert the last change pls, it looked weird", UNDO, BW),
        ("太暗了 撤销", UNDO, BW),
        ("不好看 还原", UNDO, BW),
        ("丑死了 撤销", UNDO, BW),
        ("this is ugly, make it black and white", {"ops": BW}, []),
        ("too dark, make it warmer", {"ops": [{"kind": "look", "look": "warm"}]}, []),
        ("ugly. remove photo 3", {"ops": [{"kind": "remove", "index": 3}]}, []),
    ],
)
def test_a_bare_dislike_beside_a_request_is_its_reason(
    text: str, expect: dict[str, Any], after: list[dict[str, Any]]
) -> None:
    assert _judged(text, expect, after) is None


@pytest.mark.parametrize("text", ["too gloomy", "太暗了", "looks bad"])
def test_a_dislike_alone_still_asks_nothing_and_is_not_understood(text: str) -> None:
    reading = read(text, start(Line("probe", "en", text, {}, [])), MEDIA)
    assert not reading.edits and reading.leftover


def test_a_disliked_thing_named_beside_a_request_is_still_reported() -> None:
    """ "the music is ugly" names what it dislikes: it asks for other music (here: which)."""
    text = "the music is ugly, make it black and white"
    reading = read(text, start(Line("probe", "en", text, {}, [])), MEDIA)
    assert reading.clarify or reading.leftover


@pytest.mark.parametrize(
    "text",
    [
        "eh i preferred it before",
        "i preferred how it was",
        "forget that last one",
        "eh, undo",
    ],
)
def test_wanting_it_as_it_was_undoes_the_last_change(text: str) -> None:
    assert _judged(text, UNDO, BW) is None


def test_bringing_back_the_colors_after_black_and_white_takes_the_look_off() -> None:
    assert _judged("bring back the colors", {"ops": [{"kind": "look", "look": "none"}]}, BW) is None


@pytest.mark.parametrize(
    "text",
    [
        "i want it under 30 secs with upbeat music",
        "keep it under 30 seconds and add upbeat music",
        "控制在30秒以内 配个欢快的音乐",
        "30秒以内 加欢快的音乐",
    ],
)
def test_a_limit_already_kept_does_not_swallow_the_request_beside_it(text: str) -> None:
    """The fixture video is 19.25 s: the limit changes nothing, the music is still asked for."""
    assert _judged(text, UPBEAT, []) is None


@pytest.mark.parametrize("text", ["i want it under 30 secs", "控制在30秒以内"])
def test_a_limit_already_kept_alone_is_answered_with_the_length(text: str) -> None:
    assert _judged(text, {"answer": "length"}, []) is None


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("make the words at the start smaller, they cover the face", 0.8),
        ("make the title smaller, it covers the face", 0.8),
        ("bigger title, it is hard to read", 1.25),
    ],
)
def test_a_text_restyled_then_a_remark_keeps_its_words(text: str, size: float) -> None:
    """The remark after the comma is why, never the title's new words."""
    op = {"kind": "text_style", "target": "title", "size": size}
    assert _judged(text, {"ops": [op]}, []) is None


@pytest.mark.parametrize(
    ("text", "op"),
    [
        (
            "add a bigger title, summer in italy",
            {"kind": "title", "text": "summer in italy", "size": 1.25},
        ),
        (
            "title in yellow, summer in italy",
            {"kind": "title", "text": "summer in italy", "color": "yellow"},
        ),
        ("add a title, summer in italy", {"kind": "title", "text": "summer in italy"}),
    ],
)
def test_a_text_asked_for_then_its_words_after_a_comma_is_still_written(
    text: str, op: dict[str, Any]
) -> None:
    assert _judged(text, {"ops": [op]}, []) is None


def test_a_text_that_blends_in_is_a_reason_not_a_crossfade() -> None:
    op = {"kind": "text_style", "target": "title", "color": "yellow"}
    assert _judged("make the title yellow, it blends in", {"ops": [op]}, []) is None


@pytest.mark.parametrize(
    "text", ["needs to fit in a whatsapp message", "small enough for the family whatsapp group"]
)
def test_a_whatsapp_message_is_whatsapps_file_limit(text: str) -> None:
    assert _judged(text, {"ops": [{"kind": "size_limit", "target": "whatsapp"}]}, []) is None


@pytest.mark.parametrize(
    "text", ["make the cuts land on the beat of the song", "the cuts should hit the beat"]
)
def test_cuts_landing_on_the_beat_cut_to_the_beat(text: str) -> None:
    assert _judged(text, {"ops": [{"kind": "cut_to_beat"}]}, []) is None


@pytest.mark.parametrize(
    ("text", "look"),
    [
        ("use a black and white look, it feels nostalgic", "bw"),
        ("make it warm, it looks cosy", "warm"),
    ],
)
def test_how_an_asked_look_feels_is_no_second_look(text: str, look: str) -> None:
    assert _judged(text, {"ops": [{"kind": "look", "look": look}]}, []) is None


def test_and_one_on_another_photo_is_a_second_caption_not_one_second() -> None:
    text = "add a caption on photo 1 saying Day 1, and one on photo 2 saying Day 2"
    ops = [
        {"kind": "caption", "index": 1, "text": "Day 1"},
        {"kind": "caption", "index": 2, "text": "Day 2"},
    ]
    assert _judged(text, {"ops": ops}, []) is None


@pytest.mark.parametrize("text", ["标题改成白色 海滩太亮了看不清", "标题改成白色 背景太亮了"])
def test_a_colour_then_why_in_chinese_writes_no_title(text: str) -> None:
    """The title keeps its words ("Our trip"); only its colour changes."""
    reading = read(text, start(Line("probe", "zh", text, {}, [])), MEDIA)
    assert [e.model_dump(exclude_none=True) for e in reading.edits] == [
        {"kind": "text_style", "target": "title", "color": "white"}
    ]


@pytest.mark.parametrize(
    ("text", "op"),
    [
        (
            "make it square, i post on instagram and facebook",
            {"kind": "aspect", "aspect": "1:1", "platform": "an Instagram post"},
        ),
        (
            "make it vertical, i post on tiktok and youtube",
            {"kind": "aspect", "aspect": "9:16", "platform": "TikTok"},
        ),
    ],
)
def test_a_shape_said_is_kept_when_several_places_are_listed(text: str, op: dict[str, Any]) -> None:
    assert _judged(text, {"ops": [op]}, []) is None


def test_how_many_photos_there_are_is_told_not_asked() -> None:
    text = "make each photo 3 seconds, there are 20 of them on my phone"
    assert _judged(text, {"ops": [{"kind": "seconds_per_photo", "seconds": 3}]}, []) is None


@pytest.mark.parametrize(
    "text", ["remove 2 of them", "remove a couple of them", "keep only 3 of them"]
)
def test_a_number_of_them_is_never_the_photo_of_that_number(text: str) -> None:
    """Which two (or three) is not said: nothing is removed."""
    reading = read(text, start(Line("probe", "en", text, {}, [])), MEDIA)
    assert not reading.edits


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("第1张放到3和4中间", {"kind": "move", "index": 1, "to": 3}),
        ("第1张放到3和4之间", {"kind": "move", "index": 1, "to": 3}),
        ("狗那张放到1和2中间", {"kind": "move", "index": 3, "to": 2}),
    ],
)
def test_put_between_two_neighbours_in_chinese_moves_the_photo(
    text: str, op: dict[str, Any]
) -> None:
    assert _judged(text, {"ops": [op]}, []) is None


def test_put_between_two_photos_apart_in_chinese_moves_nothing() -> None:
    text = "第1张放到2和4中间"
    assert not read(text, start(Line("probe", "zh", text, {}, [])), MEDIA).edits


def test_a_photo_said_to_last_a_bare_number_lasts_that_many_seconds() -> None:
    text = "make photo 3 last 4 seconds and photo 4 last 6"
    ops = [
        {"kind": "seconds_per_photo", "seconds": 4, "index": 3},
        {"kind": "seconds_per_photo", "seconds": 6, "index": 4},
    ]
    assert _judged(text, {"ops": ops}, []) is None


@pytest.mark.parametrize(
    "text",
    [
        "the music should start right away",
        "music right from the start",
        "音乐一开始就放",
        "音乐从头就放",
        "the music starts too late, start it right away",
    ],
)
def test_music_from_the_very_start_comes_in_with_the_first_frame(text: str) -> None:
    assert _judged(text, {"ops": [{"kind": "music_start", "seconds": 0}]}, []) is None


def test_export_right_away_still_exports() -> None:
    assert _judged("export right away", {"route": "export"}, []) is None


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("i was wondering if you could remove the dog pic", {"kind": "remove", "index": 3}),
        ("any chance you can add a title that says Hello", {"kind": "title", "text": "Hello"}),
        ("by any chance can you make it vertical", {"kind": "aspect", "aspect": "9:16"}),
    ],
)
def test_a_request_wondered_about_politely_is_still_a_request(
    text: str, op: dict[str, Any]
) -> None:
    assert _judged(text, {"ops": [op]}, []) is None


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("我想问下能不能把狗那张删了", {"kind": "remove", "index": 3}),
        ("有没有可能加个标题 写 你好", {"kind": "title", "text": "你好"}),
        ("我觉得方的更好看", {"kind": "aspect", "aspect": "1:1"}),
        ("我更喜欢没有音乐的", {"kind": "remove_music"}),
    ],
)
def test_a_chinese_request_asked_softly_or_as_a_preference_is_done(
    text: str, op: dict[str, Any]
) -> None:
    assert _judged(text, {"ops": [op]}, []) is None


def test_chinese_praise_of_the_change_asks_nothing() -> None:
    text = "这个幻灯片做得真好"
    assert read(text, start(Line("probe", "zh", text, {}, [])), MEDIA).question == "thanks"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("what's playing in the background", "music"),
        ("whats that song", "music"),
        ("放的什么歌", "music"),
        ("这首歌叫什么", "music"),
        ("what did u just do", "last_change"),
    ],
)
def test_questions_asked_in_other_words_are_answered(text: str, answer: str) -> None:
    assert _judged(text, {"answer": answer}, []) is None


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("海边那张我最喜欢 多放一会", {"kind": "seconds_per_photo", "factor": 1.25, "index": 1}),
        ("我最喜欢海边那张 多放一会", {"kind": "seconds_per_photo", "factor": 1.25, "index": 1}),
        ("狗那张我最爱 放第一个", {"kind": "move", "index": 3, "to": "start"}),
    ],
)
def test_a_favourite_photo_named_is_the_one_the_request_is_about(
    text: str, op: dict[str, Any]
) -> None:
    """Before, "多放一会" made every photo longer and "我最" was left unread."""
    assert _judged(text, {"ops": [op]}, []) is None


@pytest.mark.parametrize(
    "text", ["reverse the direction of the wipes", "flip the wipe direction", "擦除换个方向"]
)
def test_the_direction_of_named_transitions_flips_and_the_order_stays(text: str) -> None:
    """The wipes go right by default: the other way is left, and the photos keep their order."""
    assert _judged(text, {"ops": [{"kind": "transition", "name": "wipeleft"}]}, []) is None


def test_the_direction_flips_from_the_way_the_transitions_go_now() -> None:
    after = [{"kind": "transition", "name": "wipeleft"}, {"kind": "title", "text": "x"}]
    expect = {"ops": [{"kind": "transition", "name": "wiperight"}]}
    assert _judged("reverse the direction of the wipes", expect, after) is None


@pytest.mark.parametrize(
    ("text", "pos", "target"),
    [
        ("slide the title to the top", "top", "title"),
        ("push the caption down", "bottom", "captions"),
    ],
)
def test_a_text_slid_somewhere_moves_with_no_transition(text: str, pos: str, target: str) -> None:
    op = {"kind": "text_style", "target": target, "pos": pos}
    assert _judged(text, {"ops": [op]}, []) is None


@pytest.mark.parametrize("text", ["its not the transitions", "it's not the music"])
def test_ruling_a_thing_out_alone_changes_nothing(text: str) -> None:
    assert not read(text, start(Line("probe", "en", text, {}, [])), MEDIA).edits


@pytest.mark.parametrize(
    ("text", "factor"), [("a bit more up", 1.25), ("up a bit", 1.25), ("a little more", 0.8)]
)
def test_after_the_music_went_down_the_way_said_wins(text: str, factor: float) -> None:
    """ "a little more" is one more step down; "up" said turns it the other way."""
    after = [{"kind": "music_volume", "factor": 0.8}]
    expect = {"ops": [{"kind": "music_volume", "factor": factor}]}
    assert _judged(text, expect, after) is None


@pytest.mark.parametrize(("text", "ms"), [("叠化转场 每个1秒", 1000), ("转场用黑场 每个2秒", 2000)])
def test_each_after_the_transitions_is_each_transition(text: str, ms: int) -> None:
    reading = read(text, start(Line("probe", "zh", text, {}, [])), MEDIA)
    assert [type(e).__name__ for e in reading.edits] == ["SetTransition"]
    assert reading.edits[0].model_dump()["ms"] == ms


def test_the_music_too_after_a_fade_fades_the_music_as_well() -> None:
    ops = [{"kind": "video_fade", "fade_out_ms": 1000}, {"kind": "music_fade", "fade_out_ms": 2000}]
    assert _judged("结尾淡出 音乐也是", {"ops": ops}, []) is None


def test_a_bare_push_after_the_cameras_move_adds_no_push_transition() -> None:
    text = "镜头推近一点 慢慢推"
    reading = read(text, start(Line("probe", "zh", text, {}, [])), MEDIA)
    assert [type(e).__name__ for e in reading.edits] == ["SetMotion"]


@pytest.mark.parametrize(
    "text", ["use a circle reveal between the pics", "iris wipe between photos"]
)
def test_a_circle_reveal_is_the_circle_transition(text: str) -> None:
    assert _judged(text, {"ops": [{"kind": "transition", "name": "circle"}]}, []) is None
