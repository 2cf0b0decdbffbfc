"""Words that mean other than they seem: a length said as a limit ("under 20 seconds",
"20秒以内"), a lead-in that is no question ("好了，导出", "ok im done, export it"), "the slideshow"
named as what a request is about, "做成一个视频" said of the photos. Read the way a person means
them, judged as corpus lines are (tests/nlu/, bench/nlu.py). The fixture video is 19.25 s long."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edit_types import Remove, SetLook, Undo

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "nlu"))
from harness import MEDIA, Line, judge, start  # noqa: E402

LENGTH = {"answer": "length"}
OUTPUT = {"answer": "output"}


def _total(seconds: float) -> dict[str, Any]:
    return {"ops": [{"kind": "total_length", "seconds": seconds}]}


SPP_4_BUT_1 = {
    "ops": [{"kind": "seconds_per_photo", "seconds": 4, "index": n} for n in range(2, 6)]
}

CASES: list[tuple[str, dict[str, Any]]] = [
    # already within the limit: nothing changes, the answer says how long it is
    ("hmm thats a bit long, can we get it under 20 seconds", LENGTH),
    ("keep it under a minute", LENGTH),
    ("make the video less than 20 seconds", LENGTH),
    ("有点长了，控制在20秒以内吧", LENGTH),
    ("别超过30秒", LENGTH),
    # longer than the limit: it becomes the limit
    ("can we get it under 10 seconds", _total(10)),
    ("make the video 15 seconds or less", _total(15)),
    ("控制在10秒以内", _total(10)),
    ("视频最多12秒", _total(12)),
    # a size limit keeps its own words
    ("make it under 10 mb", {"ops": [{"kind": "size_limit", "mb": 10}]}),
    # "好了" / "done" leading a request is "alright", not "is it done?"
    ("好了，导出1080p", {"route": "export", "resolution": "1080p"}),
    ("好了，导出吧", {"route": "export"}),
    ("ok im done, export it", {"route": "export"}),
    ("ready, export it now", {"route": "export"}),
    # asked as a question, they still ask
    ("好了吗", OUTPUT),
    ("视频好了没", OUTPUT),
    ("is my video ready", OUTPUT),
    ("finished yet?", OUTPUT),
    # "the slideshow" as the subject makes no slideshow again (transitions and motion back)
    ("the slideshow drags, speed it up", {"ops": [{"kind": "speed", "factor": 0.8}]}),
    ("幻灯片太慢了", {"ops": [{"kind": "speed", "factor": 0.8}]}),
    # "so it comes second" says where the photo goes, not why
    ("move the forest pic so it comes second", {"ops": [{"kind": "move", "index": 4, "to": 2}]}),
    ("move the dog so that it comes last", {"ops": [{"kind": "move", "index": 3, "to": "end"}]}),
    # "做成一个视频" makes the video ("一个视频" alone would be the clip); "放大的动作" is the
    # zoom, so "小一点" is less of it, not a smaller picture
    (
        "把这些照片做成一个视频，配点轻松的音乐",
        {"ops": [{"kind": "slideshow"}, {"kind": "music", "source": "calm"}]},
    ),
    ("照片放大的动作小一点，看着头晕", {"ops": [{"kind": "motion", "factor": 0.8}]}),
    # "compress it" with nowhere to send it asks which limit; with a size or a place it is that
    ("compress it", {"clarify": True}),
    ("压缩一下", {"clarify": True}),
    ("compress it to 10 mb", {"ops": [{"kind": "size_limit", "mb": 10}]}),
    ("compress it for whatsapp", {"ops": [{"kind": "size_limit", "target": "whatsapp"}]}),
    # every photo but the ones named, the exception said before or after, with or without a comma
    ("give each photo 4 seconds except the first", SPP_4_BUT_1),
    ("each photo 4 seconds, except the first", SPP_4_BUT_1),
    ("除了第一张，其他每张4秒", SPP_4_BUT_1),
    ("每张4秒，除了第一张", SPP_4_BUT_1),
    # 'should read "new" not "old"': the old words name which text is rewritten
    (
        'the caption should read "Downtown" not "City lights"',
        {"ops": [{"kind": "caption", "index": 2, "text": "Downtown"}]},
    ),
    ("标题应该是“我们的旅行”不是“Our trip”", {"ops": [{"kind": "title", "text": "我们的旅行"}]}),
    # Facebook's feed takes 4:5, its stories and reels the full screen
    ("format it for facebook", {"ops": [{"kind": "aspect", "aspect": "4:5"}]}),
    ("make it for my facebook story", {"ops": [{"kind": "aspect", "aspect": "9:16"}]}),
]


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_words_that_mean_other_than_they_seem_are_read_as_meant(
    text: str, expect: dict[str, Any]
) -> None:
    lang = "en" if text.isascii() else "zh"
    line = Line(id="probe:limits", lang=lang, text=text, expect=expect, after=[])
    reading = read(text, start(line), MEDIA)
    assert judge(line, reading) is None, (text, reading)


@pytest.mark.parametrize(
    "text",
    ["bring back the photo i deleted", "put back the photo you removed", "把刚删的那张加回来"],
)
def test_bringing_back_the_photo_just_removed_undoes_the_removal(text: str) -> None:
    before = [Remove(index=2)]
    line = Line(id="probe:restore", lang="en", text=text, expect={}, after=before)
    assert read(text, start(line), MEDIA, before).edits == [Undo()]


def test_bringing_back_an_older_removal_says_how_and_changes_nothing() -> None:
    before = [SetLook(look="bw")]
    text = "bring back the photo i deleted"
    line = Line(id="probe:restore", lang="en", text=text, expect={}, after=before)
    reading = read(text, start(line), MEDIA, before)
    assert not reading.edits and any("upload" in s for s in reading.suggestions)
