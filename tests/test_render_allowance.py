"""The daily allowance of render seconds holds when requests arrive at the same moment: the
check and the new job share one write transaction on the real SQLite file."""

from __future__ import annotations

import dataclasses
import threading
import time
from pathlib import Path

from photo_video_maker.config import Settings
from photo_video_maker.errors import RenderQuotaUsed
from photo_video_maker.http_api.ledger import Ledger
from photo_video_maker.http_api.render_request import check_allowance
from photo_video_maker.http_api.render_rows import RenderRows
from photo_video_maker.store.db import Database


def _rows(home: Path) -> RenderRows:
    db = Database(home / "service.db")  # its own connection, as a second server would have
    with db.write() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO api_accounts (id, kind, client_id, created) "
            "VALUES ('acct', 'person', NULL, 0)"
        )
    return RenderRows(db, Ledger(db), home)


def test_two_renders_at_once_cannot_both_pass_an_allowance_with_room_for_one(
    tmp_path: Path,
) -> None:
    settings = dataclasses.replace(Settings(home=tmp_path), render_seconds_per_day=12)
    inside = threading.Event()
    outcome: dict[str, object] = {}

    def submit(render_id: str, slow: bool) -> None:
        def check(used: float, until: float) -> None:
            check_allowance(settings, used, until, 8.0)
            if slow:  # the first request is still between its check and its insert
                inside.set()
                time.sleep(0.5)

        try:
            outcome[render_id] = _rows(tmp_path).insert(
                "acct", render_id, "sess", {}, hold=None, seconds=8.0, check=check
            )
        except RenderQuotaUsed as exc:
            outcome[render_id] = exc

    first = threading.Thread(target=submit, args=("render_a", True))
    first.start()
    assert inside.wait(10)
    second = threading.Thread(target=submit, args=("render_b", False))
    second.start()
    first.join(10)
    second.join(10)
    assert outcome["render_a"] is True
    refused = outcome["render_b"]
    assert isinstance(refused, RenderQuotaUsed) and "8 s used" in str(refused)
    assert _rows(tmp_path).seconds_today("acct")[0] == 8.0


def test_the_same_render_id_again_is_the_job_it_names_not_a_second_charge(tmp_path: Path) -> None:
    settings = dataclasses.replace(Settings(home=tmp_path), render_seconds_per_day=12)
    rows = _rows(tmp_path)

    def check(used: float, until: float) -> None:
        check_allowance(settings, used, until, 8.0)

    assert rows.insert("acct", "render_a", "sess", {}, hold=None, seconds=8.0, check=check)
    # a retried request: no refusal although 8 + 8 s would pass 12 s, and nothing added
    assert not rows.insert("acct", "render_a", "sess", {}, hold=None, seconds=8.0, check=check)
    assert rows.seconds_today("acct")[0] == 8.0
