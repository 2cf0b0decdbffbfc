"""Chinese as people type it: a run of photos ("第2到第4张"), a percentage said as a step
("音乐降低20%") or as the level to reach ("降低到20%"), a new video ("做个好看的视频") and the
one being edited ("整个视频")."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, probe

RUNS: list[tuple[str, list[dict[str, Any]]]] = [
    ("第1到3张短一点", [
        {"kind": "seconds_per_photo", "factor": 0.8, "index": k} for k in (1, 2, 3)]),
    ("删掉第2到第4张", [{"kind": "remove", "index": k} for k in (4, 3, 2)]),
    ("第二到第四张删掉", [{"kind": "remove", "index": k} for k in (4, 3, 2)]),
    ("第2至4张每张2秒", [
        {"kind": "seconds_per_photo", "seconds": 2, "index": k} for k in (2, 3, 4)]),
    ("2到4张长一点", [
        {"kind": "seconds_per_photo", "factor": 1.25, "index": k} for k in (2, 3, 4)]),
]  # fmt: skip

PERCENT: list[tuple[str, list[dict[str, Any]]]] = [
    ("音乐降低20%", [{"kind": "music_volume", "factor": 0.8}]),
    ("音量减少20%", [{"kind": "music_volume", "factor": 0.8}]),
    ("音乐提高20%", [{"kind": "music_volume", "factor": 1.2}]),
    ("音乐小声20%", [{"kind": "music_volume", "factor": 0.8}]),
    ("音乐降低到20%", [{"kind": "music_volume", "percent": 20}]),
    ("音量调到20%", [{"kind": "music_volume", "percent": 20}]),
    ("音乐调成20%", [{"kind": "music_volume", "percent": 20}]),
]


@pytest.mark.parametrize(("text", "ops"), RUNS)
def test_a_run_of_photos_is_every_photo_in_it(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["把第1张放到第3张", "第一张移到第三个"])
def test_one_photo_to_a_place_is_still_a_move(text: str) -> None:
    assert_does(text, [{"kind": "move", "index": 1, "to": 3}])


@pytest.mark.parametrize(("text", "ops"), PERCENT)
def test_a_percentage_after_a_step_is_that_much_and_after_to_is_the_level(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", ["我有一些旅行的照片，帮我做个好看的视频", "做个旅行视频"])
def test_a_video_with_the_measure_word_is_a_new_one_made(text: str) -> None:
    assert [edit.kind for edit in probe(text).edits] == ["slideshow"]


def test_the_whole_video_is_the_one_being_edited() -> None:
    assert_does("整个视频改成20秒", [{"kind": "total_length", "seconds": 20}])


def test_instagram_then_reels_is_reels_once() -> None:
    assert_does("我要发ins的reels", [{"kind": "aspect", "aspect": "9:16", "platform": "Reels"}])


def test_the_other_photos_after_one_named_get_the_other_length() -> None:
    assert_does(
        "第一张5秒，其他的2秒",
        [
            {"kind": "seconds_per_photo", "seconds": 2},
            {"kind": "seconds_per_photo", "seconds": 5, "index": 1},
        ],
    )


@pytest.mark.parametrize("text", ["第一张放久点，其余的快一点", "第一张放久点，其他照片快一点"])
def test_the_others_quicker_leaves_the_first_longer(text: str) -> None:
    ops = [{"kind": "seconds_per_photo", "factor": 1.25, "index": 1}]
    ops += [{"kind": "seconds_per_photo", "factor": 0.8, "index": n} for n in (2, 3, 4, 5)]
    assert_does(text, ops)
