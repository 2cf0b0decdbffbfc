"""Render workers on Celery + a real redis-server, each a real process on loopback (the API,
the workers, Redis): renders spread over workers, a killed worker's render completes on the
other, one account's queue does not hold back another's first render, and fifty kills at
random moments lose no render and no credit."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from cluster import Client, Cluster, api_client, photos, redis_server_path, wait_for
from crash_loop import crash_loop

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        redis_server_path() is None,
        reason="redis-server is not installed (Debian: apt-get install redis-server; "
        ".ci/run installs it)",
    ),
]
FAST = {"PVM_RENDER_LEASE_S": "1", "PVM_QUEUE_VISIBILITY_S": "8"}


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    running = Cluster(tmp_path / "home", env=dict(FAST))
    try:
        yield running
    finally:
        running.close()


def finished(person: Client, rid: str) -> bool:
    return person.status(rid)["status"] in ("completed", "failed")


def test_renders_of_two_accounts_spread_over_two_workers_and_a_killed_workers_job_completes(
    cluster: Cluster,
) -> None:
    cluster.start_redis()
    url = cluster.start_api()
    workers = {name: cluster.start_worker(name) for name in ("w1", "w2")}
    with api_client(url) as http:
        people = [Client(http, f"spread-{i}") for i in range(2)]
        for person in people:
            person.upload(photos(cluster.home / "photos"))
            person.say("each photo 1 second")
        ids = [(person, f"render_{n}") for n in range(4) for person in people]
        for person, rid in ids:
            r = person.render(rid)
            assert r.status_code == 200 and r.json()["code"] == 0, r.text
        for person, rid in ids:
            wait_for(lambda p=person, r=rid: finished(p, r), 90, rid, every=0.1)
        done = [person.status(rid) for person, rid in ids]
        assert all(d["status"] == "completed" and d["progress"] == 100 for d in done), done
        assert {d["worker"] for d in done} == {"w1", "w2"}

        # a longer render, killed part-way: the other worker renders it again, same id
        slow = people[0]
        slow.say("each photo 4 seconds")
        assert slow.render("render_slow").status_code == 200
        seen: list[dict[str, object]] = []

        def part_way() -> bool:
            status = slow.status("render_slow")
            seen[:] = [status]
            return status["status"] == "processing" and 0 < int(status["progress"]) < 90

        wait_for(part_way, 60, "the slow render to be part-way", every=0.02)
        victim = str(seen[0]["worker"])  # the status names the worker rendering it
        workers[victim].kill()
        wait_for(lambda: finished(slow, "render_slow"), 90, "the slow render", every=0.1)
        after = slow.status("render_slow")
        assert after["status"] == "completed", after
        assert after["worker"] == ({"w1", "w2"} - {victim}).pop()
        video = http.get(str(after["output"]["url"]), headers=slow.headers)
        assert video.status_code == 200 and len(video.content) == after["output"]["size"]


@pytest.mark.parametrize("queue", [False, True], ids=["embedded", "redis"])
def test_one_accounts_ten_renders_do_not_hold_back_another_accounts_first(
    cluster: Cluster, queue: bool
) -> None:
    if queue:
        cluster.start_redis()
    url = cluster.start_api(queue=queue, PVM_API_WORKERS="1")
    if queue:
        cluster.start_worker("only")  # one worker: the order is all the queue decides
    with api_client(url) as http:
        busy, other = Client(http, "busy"), Client(http, "other")
        for person in (busy, other):
            person.upload(photos(cluster.home / "photos"))
            person.say("each photo 1 second")
        for n in range(10):
            assert busy.render(f"render_{n}").status_code == 200
        assert other.render("render_first").status_code == 200
        wait_for(lambda: finished(other, "render_first"), 120, "the other account's render")
        assert other.status("render_first")["status"] == "completed"
    db = sqlite3.connect(cluster.home / "pvm.sqlite3")
    try:
        done = db.execute(
            "SELECT COUNT(*) FROM api_renders r JOIN api_tokens t ON t.account_id = r.account_id "
            "WHERE t.client_id = 'busy' AND r.status = 'completed'"
        ).fetchone()[0]
    finally:
        db.close()
    # at most the one that was rendering and the one next in line; never all ten
    assert done <= 2, f"{done} of the busy account's renders went first"


def test_fifty_worker_kills_at_random_moments_lose_no_render_and_no_credit(
    tmp_path: Path,
) -> None:
    report = crash_loop(tmp_path / "home", kills=50, seed=7)
    assert report.kills >= 50
    assert report.violations == []
    assert report.renders > 0
