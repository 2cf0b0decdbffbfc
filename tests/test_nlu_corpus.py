"""The corpus of what people say (tests/nlu/, docs/nlu-corpus.md): every training line is read as
it expects; held-out lines, which no template was tuned on, never fall below the accuracy last
measured in each language (the 95 % goal is tracked by bench/nlu.py, not asserted here until it
is reached); nonsense and ambiguous sentences change nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from photo_video_maker.instruct.interpret import read

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "nlu"))
from harness import CORPORA, HARD, MEDIA, Line, judge, load, start  # noqa: E402

LINES = [line for path in CORPORA.values() if path.exists() for line in load(path)]
TRAIN = [line for line in LINES if not line.heldout]
HARD_LINES = list(load(HARD)) if HARD.exists() else []
# The held-out accuracy measured when the interpreter last changed (bench/nlu.py), rounded down:
# a change that reads fewer unseen sentences right fails here. Raise it as the reading improves.
FLOOR = {"en": 0.93, "zh": 0.925}  # en: 680/727, zh: 563/605 (2026-12-08, same lines as before)
# Training lines not read yet, by what they need (see the report of issue #15):
OPEN = {
    # an explanation left unread: a long story around one request ("I want it to feel soft")
    "corpus_en:1849",
    # a correction naming a pair we do not know ("not the music fade, the video one"): asked
    # nothing, read nothing
    "corpus_en:3616",
    # a complaint before its request ("the transitions are too slow and the photos too. speed
    # it all up")
    "corpus_en:2098",
    # "turn it sideways, like a normal youtube video": sideways (rotate?) beside a shape
    "corpus_en:2623",
    # "widescreen please, like a movie": "like a movie" (21:9) after a widescreen (16:9)
    "corpus_en:2723",
    # a photo corrected after its complaint ("..., pic 3 i mean") is left unread
    "corpus_en:2753",
    # "12 seconds long" of "it" asked (short) when a platform follows
    "corpus_en:2793",
    # "放慢到原来的两倍时长": a pace said as a multiple of the length it has now
    "corpus_zh:2377",
    # a judgement of the photo that was first, said as why ("the beach one is a boring opener")
    "corpus_en:3412",
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
    right, total = _held_out_score(lang)
    assert total, f"no held-out {lang} lines"
    # Only counts reach the test's frame (a failure shows its locals), so that the lines are
    # never shown and no template is tuned on them.
    assert right / total >= FLOOR[lang], f"held-out {lang}: {right}/{total}"


def _held_out_score(lang: str) -> tuple[int, int]:
    heldout = [line for line in LINES if line.heldout and line.lang == lang]
    right = sum(
        judge(line, read(line.text, start(line), MEDIA, line.after)) is None for line in heldout
    )
    return right, len(heldout)


def test_nonsense_and_ambiguous_sentences_change_nothing() -> None:
    assert len(HARD_LINES) >= 50
    changed = []
    for line in HARD_LINES:
        reading = read(line.text, start(line), MEDIA, line.after)
        asks = bool(reading.clarify or reading.question)
        if not asks and (reading.edits or reading.route):
            changed.append((line.id, line.text, reading.edits, reading.route))
    assert changed == []
