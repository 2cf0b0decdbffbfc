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
FLOOR = {"en": 0.84, "zh": 0.82}
# Training lines not read yet, by what they need (see the report of issue #15):
OPEN = {
    # a text with commas or hex colours: "sign it ... with Love, Mum & Dad", "#ff8800"
    "corpus_en:907", "corpus_en:937",
    # an explanation read as a second request: "it's too loud and messy", "feels rushed at the
    # start", "fit in a 30 second ad slot"
    "corpus_en:849", "corpus_en:1184", "corpus_en:763",
    # a typo inside a phrase ("black and whte")
    "corpus_en:1179",
    # ask back: "put the title at the end" / "标题放到最后" (closing text or bottom?), "换一下"
    "corpus_en:1141", "corpus_zh:826", "corpus_zh:823",
    # the title's current words named inside the request ("把标题Our trip改成...")
    "corpus_zh:154",
    # the topic of a refusal: "把我最喜欢的放前面" (order), "把天空调蓝一点" (look)
    "corpus_zh:833", "corpus_zh:843",
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
