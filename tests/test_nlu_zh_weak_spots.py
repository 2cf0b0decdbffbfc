"""Chinese said in a chat about transitions, titles and the export: a cooler transition is
asked about among the lively ones, a title given in another language keeps only its words (and
a language alone writes no title), the export's settings are a thing changed (nothing is
exported), a vlog generated is made, a request let go at the end ("还是算了") changes nothing,
and a value complained about after another ("改成1080p吧 4k太大了") is the one replaced."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "nlu"))

from harness import assert_does, probe


def test_a_cooler_transition_is_asked_among_the_lively_ones() -> None:
    reading = probe("来点炫酷的转场")
    names = {e.name for o in reading.clarify for e in o.edits}
    assert names == {"slideleft", "zoom", "circle", "random"} and not reading.edits


def test_a_title_in_japanese_keeps_only_its_words() -> None:
    assert_does("标题写英文的 Tokyo Trip", [{"kind": "title", "text": "Tokyo Trip"}])
    assert_does("第二张字幕改成日文 さくら", [{"kind": "caption", "index": 2, "text": "さくら"}])


def test_a_language_alone_writes_no_title() -> None:
    reading = probe("字幕换成英文的")
    assert not reading.edits and not reading.understood


def test_the_export_settings_are_changed_not_exported() -> None:
    reading = probe("导出参数改成720p")
    assert reading.route is None
    assert_does("导出参数改成720p", [{"kind": "resolution", "resolution": "720p"}])


def test_a_vlog_generated_is_made_not_exported() -> None:
    reading = probe("给我生成一个vlog吧")
    assert reading.route is None and [e.kind for e in reading.edits] == ["slideshow"]


def test_a_request_let_go_at_the_end_changes_nothing() -> None:
    assert not probe("改成1080p 算了吧").edits
    assert [e.kind for e in probe("第二张删掉算了").edits] == ["remove"]


def test_too_big_after_a_resolution_is_the_files_reason() -> None:
    assert_does("改成720p 太大了", [{"kind": "resolution", "resolution": "720p"}])
