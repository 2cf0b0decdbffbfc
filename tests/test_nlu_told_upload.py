"""What the person says they did ("i uploaded some pics from our trip") is told, not asked."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import assert_does, probe


def test_photos_said_to_be_uploaded_before_a_request_leave_no_words_unread() -> None:
    assert_does(
        "hey so i uploaded some pics from our trip, can you make a video out of them",
        [{"kind": "slideshow", "with_transitions": True}],
    )


def test_photos_uploaded_from_a_party_do_not_choose_party_music_or_a_pace() -> None:
    reading = probe("uploaded 5 photos from the party, now add music")
    assert not reading.edits and not reading.leftover
    assert [o.edits[0].kind for o in reading.clarify] == ["music"] * len(reading.clarify)
