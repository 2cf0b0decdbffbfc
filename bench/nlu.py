"""Accuracy of the interpreter on the corpus of what people say (tests/nlu/, docs/nlu-corpus.md).

    .venv/bin/python bench/nlu.py                  # held-out accuracy by intent and language
    .venv/bin/python bench/nlu.py --split train --failures    # what to work on
    .venv/bin/python bench/nlu.py --check          # every line parses and its edits apply

Held-out lines (one in five, chosen by a hash of the words) are never shown one by one unless
``--show-heldout`` is given: nobody tunes a template on them.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "nlu"))

from harness import CORPORA, HARD, MEDIA, Line, kind_of, load, outcome, start

from photo_video_maker.instruct.interpret import read
from photo_video_maker.instruct.reading import Reading
from photo_video_maker.model.edit_types import Undo


def intent(expect: dict[str, Any]) -> str:
    """The row a line counts under: its kind, and for edits the first edit's kind."""
    kind = kind_of(expect)
    if kind == "edit":
        return "edit:" + str(expect["ops"][0]["kind"])
    if kind == "answer":
        return "answer:" + str(expect["answer"])
    if kind == "route":
        return "route:" + str(expect["route"])
    return kind


def judge(line: Line, reading: Reading) -> str | None:
    """None when the reading does what the line expects, else what went wrong."""
    expect = line.expect
    kind = kind_of(expect)
    if reading.clarify:
        got = "clarify"
    elif reading.question:
        got = "answer"
    elif reading.route:
        got = "route"
    else:
        got = "edit" if reading.edits else "none"
    if got != kind:
        return f"expected {kind}, got {got}"
    if kind == "answer" and reading.question != expect["answer"]:
        return f"answered {reading.question} instead of {expect['answer']}"
    if kind == "route":
        if reading.route != expect["route"]:
            return f"routed to {reading.route} instead of {expect['route']}"
        for key in ("format", "resolution", "fps"):
            if expect.get(key) != reading.export.get(key):
                return f"export {key}: {reading.export.get(key)} instead of {expect.get(key)}"
    if kind == "none" and expect.get("none") and reading.topic != expect["none"]:
        return f"topic {reading.topic} instead of {expect['none']}"
    if kind in ("edit", "route") and expect.get("ops") is not None:
        draft = start(line)
        wanted = [e for e in _edits(expect["ops"]) if not isinstance(e, Undo)]
        got_edits = [e for e in reading.edits if not isinstance(e, Undo)]
        if any(isinstance(e, Undo) for e in reading.edits) != any(
            op.get("kind") == "undo" for op in expect["ops"]
        ):
            return "undo expected" if "undo" in str(expect) else "undid instead"
        if outcome(draft, got_edits) != outcome(draft, wanted):
            return "different result: " + ", ".join(repr(e) for e in reading.edits)
    if kind == "edit" and reading.leftover:
        return f"left words unplaced: {reading.leftover}"
    return None


def _edits(ops: list[dict[str, Any]]) -> list[Any]:
    from harness import EDITS

    return EDITS.validate_python(ops)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("heldout", "train", "all"), default="heldout")
    parser.add_argument("--failures", action="store_true", help="list the lines read wrongly")
    parser.add_argument("--show-heldout", action="store_true")
    parser.add_argument("--check", action="store_true", help="validate the corpus files")
    parser.add_argument("--lang", choices=("en", "zh"))
    parser.add_argument("files", nargs="*", type=Path, help="corpus files (default: tests/nlu)")
    args = parser.parse_args()
    paths = args.files or [path for path in (*CORPORA.values(), HARD) if path.exists()]
    lines = [line for path in paths for line in load(path)]
    if args.check:
        return _check(lines)
    hard = [line for line in lines if line.id.startswith(HARD.stem + ":")]
    lines = [line for line in lines if line not in hard]
    rows: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    wrong: list[tuple[Line, str]] = []
    for line in lines:
        if args.lang and line.lang != args.lang:
            continue
        if args.split != "all" and line.heldout != (args.split == "heldout"):
            continue
        reading = read(line.text, start(line), MEDIA, line.after)
        problem = judge(line, reading)
        for key in ((line.lang, intent(line.expect)), (line.lang, "ALL")):
            rows[key][0] += problem is None
            rows[key][1] += 1
        if problem is not None:
            wrong.append((line, problem))
    for (lang, name), (right, total) in sorted(rows.items()):
        print(f"{lang}  {name:32s} {right:4d}/{total:<4d} {100 * right / total:5.1f} %")
    show = args.failures and (args.split == "train" or args.show_heldout)
    for line, problem in wrong if show else []:
        print(f"{line.id}  {line.text!r}: {problem}")
    if hard:
        _hard(hard, show=args.failures)
    return 0


def _hard(lines: list[Line], show: bool) -> None:
    """Nonsense and ambiguous sentences: none may change the draft (a silent wrong edit)."""
    silent = []
    kinds: dict[str, int] = defaultdict(int)
    for line in lines:
        reading = read(line.text, start(line), MEDIA, line.after)
        if reading.clarify:
            kinds["asked"] += 1
        elif reading.question:
            kinds["answered"] += 1
        elif reading.route:
            kinds["routed"] += 1
        elif reading.edits:
            silent.append(line)
        else:
            kinds["not understood"] += 1
    said = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    print(f"hard set: {len(lines)} sentences, {len(silent)} silent wrong edits ({said})")
    for line in silent if show else []:
        print(f"  {line.id}  {line.text!r}")


def _check(lines: list[Line]) -> int:
    bad = 0
    for line in lines:
        try:
            kind_of(line.expect)
            if line.expect.get("ops"):
                outcome(start(line), [e for e in _edits(line.expect["ops"]) if e.kind != "undo"])
        except Exception as exc:
            bad += 1
            print(f"{line.id}: {exc}")
    heldout = sum(line.heldout for line in lines)
    print(f"{len(lines)} lines, {heldout} held out, {bad} broken")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
