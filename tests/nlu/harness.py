"""The corpus of what people say and what it must do: a fixture draft, the corpus files, and
the one judgement of whether a reading is right (docs/nlu-corpus.md describes the format).

A reading's edits are right when they leave the fixture in the same state as the expected ones
(ids and seeds aside): "photos a bit longer" may be written as a speed change or as a factor on
every photo's time, and both are right.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from photo_video_maker.errors import PVMError
from photo_video_maker.instruct.interpret import read
from photo_video_maker.instruct.reading import Reading
from photo_video_maker.model.draft import Draft
from photo_video_maker.model.edit_types import Edit, SetCaption, SetMusic, SetTitle, Undo
from photo_video_maker.model.edits import apply_edits
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow

HERE = Path(__file__).parent
CORPORA = {"en": HERE / "corpus_en.jsonl", "zh": HERE / "corpus_zh.jsonl"}
HARD = HERE / "hard.jsonl"
EDITS = TypeAdapter(list[Edit])

PHOTO_NAMES = ["beach.jpg", "city.jpg", "dog.jpg", "forest.jpg", "garden.jpg"]
PHOTOS = [
    MediaRef(id=f"m{i}", name=name, kind="image", width=4000, height=3000)
    for i, name in enumerate(PHOTO_NAMES, 1)
]
CLIP = MediaRef(id="clip1", name="party.mp4", kind="video", duration_ms=8000, has_audio=True)
SONG = MediaRef(id="song1", name="Summer Breeze.mp3", kind="audio", duration_ms=120_000)
MEDIA = {ref.id: ref for ref in [*PHOTOS, CLIP, SONG]}
# capture times (Unix seconds): city is the oldest, beach the newest, the clip has none
DATES = {"m1": 1_720_000_500.0, "m2": 1_720_000_100.0, "m3": 1_720_000_300.0}
DATES |= {"m4": 1_720_000_200.0, "m5": 1_720_000_400.0}


def fixture() -> Draft:
    """Five photos and a clip, calm built-in music, the title "Our trip", a caption on photo 2."""
    draft = build_slideshow([*PHOTOS, CLIP], SlideshowOptions())
    setup: list[Edit] = [
        SetMusic(source="calm"),
        SetTitle(text="Our trip"),
        SetCaption(index=2, text="City lights"),
    ]
    draft, _ = apply_edits(draft, setup, MEDIA, DATES)
    return draft


@dataclass(frozen=True)
class Line:
    """One corpus line: what a person says and what must come of it."""

    id: str
    lang: str
    text: str
    expect: dict[str, Any]
    after: list[Edit]  # the previous turn's edits (applied first; "that" refers to them)

    @property
    def heldout(self) -> bool:
        """One line in five, by a hash of its words: nobody chooses which."""
        return hashlib.sha256(self.text.encode()).digest()[0] % 5 == 0


def load(path: Path) -> Iterator[Line]:
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("//"):
            continue
        data = json.loads(raw)
        yield Line(
            id=f"{path.stem}:{number}",
            lang=data.get("lang") or ("zh" if "zh" in path.stem else "en"),
            text=data["text"],
            expect=data["expect"],
            after=EDITS.validate_python(data.get("after", [])),
        )


def start(line: Line) -> Draft:
    """The fixture with the previous turn applied."""
    draft = fixture()
    if line.after:
        draft, _ = apply_edits(draft, line.after, MEDIA, DATES)
    return draft


def probe(text: str) -> Reading:
    """A sentence of a probe test read against the fixture, with no previous turn."""
    return read(text, fixture(), MEDIA)


def assert_does(text: str, ops: list[dict[str, Any]]) -> None:
    """The sentence is read at once (nothing asked, answered or left over) and its edits leave
    the fixture as ``ops`` do."""
    reading = probe(text)
    assert not reading.clarify and not reading.question and not reading.leftover, (text, reading)
    draft = fixture()
    assert outcome(draft, reading.edits) == outcome(draft, EDITS.validate_python(ops)), (
        text,
        reading.edits,
    )


def outcome(draft: Draft, edits: list[Edit]) -> Any:
    """What the edits leave behind, comparable across equivalent edits (no ids, no seeds)."""
    try:
        new, _ = apply_edits(draft, edits, MEDIA, DATES)
    except PVMError as exc:
        return ("error", type(exc).__name__)
    video = new.video_track()
    srcs = {seg.id: seg.m.src for seg in video.sg} if video is not None else {}
    return _strip(new.to_json(), srcs)


def _strip(value: Any, srcs: dict[str, Any]) -> Any:
    """Ids out; a caption's anchor becomes the media of the photo it belongs to."""
    if isinstance(value, dict):
        return {
            k: srcs.get(v, v) if k == "anchor" else _strip(v, srcs)
            for k, v in value.items()
            if k != "id"
        }
    if isinstance(value, list):
        return [_strip(v, srcs) for v in value]
    return value


def kind_of(expect: dict[str, Any]) -> str:
    """clarify, answer, route, edit or none: the kind of outcome a line expects."""
    for kind in ("clarify", "answer", "route"):
        if kind in expect:
            return kind
    return "edit" if expect.get("ops") else "none"


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
    return EDITS.validate_python(ops)
