"""The corpus of what people say (tests/nlu/, docs/nlu-corpus.md): every training line is read as
it expects; held-out lines, which no template was tuned on, never fall below the accuracy last
measured in each language (the 95 % goal is tracked by bench/nlu.py, not asserted here until it
is reached); nonsense and ambiguous sentences change nothing."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from photo_video_maker.instruct.interpret import read

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "nlu"))
from harness import CORPORA, HARD, MEDIA, Line, load, start  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_nlu", HERE.parent / "bench" / "nlu.py")
assert _spec is not None and _spec.loader is not None
_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_bench)
judge = _bench.judge

LINES = [line for path in CORPORA.values() if path.exists() for line in load(path)]
TRAIN = [line for line in LINES if not line.heldout]
HARD_LINES = list(load(HARD)) if HARD.exists() else []
# The held-out accuracy measured when the interpreter last changed (bench/nlu.py), rounded down:
# a change that reads fewer unseen sentences right fails here. Raise it as the reading improves.
FLOOR = {"en": 0.84, "zh": 0.84}
# Training lines not read yet, by what they need (see the report of issue #15):
OPEN = {
    # a hex colour ("title colour #ff8800")
    "corpus_en:937",
    # an explanation read as a request, or left unread: "feels rushed at the start", "fit in a 30
    # second ad slot", "i need it exactly 45s for the ad slot", "cant hear the people talking in
    # the clip over the music", long stories around one request
    "corpus_en:1184", "corpus_en:763", "corpus_en:1252", "corpus_en:1452", "corpus_en:1512",
    "corpus_en:1514", "corpus_en:1517", "corpus_en:1522",
    # a typo inside a phrase ("black and whte"), non-native order ("too much fast")
    "corpus_en:1179", "corpus_en:1535",
    # ask back: "put the title at the end" (closing text or bottom?)
    "corpus_en:1141",
    # a text's current words named inside the request ("把标题Our trip改成...", "change City
    # lights to ..."), or a text that is not quoted and holds other words ("Welcome Baby Leo in
    # pink as the title", "'Grandpa's garden'", "Step 1: unbox", "title Lisbon 2023 and ...",
    # "片尾加个 关注我们，了解更多", "加个标题 小区运动会")
    "corpus_en:1360", "corpus_en:1350", "corpus_en:1354", "corpus_en:1364",
    "corpus_en:1504",
    # "second" as a place, not a length ("put photo three second"); a length said after a
    # transition is its length ("fade to black, 1.5 seconds each")
    "corpus_en:1303", "corpus_en:1409",
    # fades: "fade out 2 seconds" after a video fade in, "fade out for 4" after the song's, "no
    # fading" between photos, "just stop" at the end
    "corpus_en:1438", "corpus_en:1458", "corpus_en:1631", "corpus_en:1457",
    # corrections and references: "not square, vertical", "silence please, no song", "weed them
    # out"
    "corpus_en:1473", "corpus_en:1462", "corpus_en:1493",
    # Chinese: a place said after a new caption ("第五张加红色字幕“周日截止”，放顶部"), a background
    # colour for the fit ("不要模糊背景，黑色就行"), two subjects in one complaint
    # ("转场太慢了照片也慢，全部加快")
    "corpus_zh:1542", "corpus_zh:1570", "corpus_zh:1670",
}  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(line, marks=pytest.mark.xfail(strict=True)) if line.id in OPEN else line
        for line in TRAIN
    ],
    ids=[line.id for line in TRAIN],
)
def test_every_training_line_is_read_as_it_expects(line: Line) -> None:
    reading = read(line.text, start(line), MEDIA, line.after)
    assert judge(line, reading) is None, (line.text, reading)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_held_out_lines_are_read_right_at_least_as_often_as_last_measured(lang: str) -> None:
    heldout = [line for line in LINES if line.heldout and line.lang == lang]
    assert heldout, f"no held-out {lang} lines"
    right = sum(
        judge(line, read(line.text, start(line), MEDIA, line.after)) is None for line in heldout
    )
    # The lines themselves are not shown, so that no template is tuned on them.
    assert right / len(heldout) >= FLOOR[lang], f"held-out {lang}: {right}/{len(heldout)}"


def test_nonsense_and_ambiguous_sentences_change_nothing() -> None:
    assert len(HARD_LINES) >= 50
    changed = []
    for line in HARD_LINES:
        reading = read(line.text, start(line), MEDIA, line.after)
        asks = bool(reading.clarify or reading.question)
        if not asks and (reading.edits or reading.route):
            changed.append((line.id, line.text, reading.edits, reading.route))
    assert changed == []
