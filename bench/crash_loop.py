"""Kill render workers at random moments, then check that nothing was lost or paid twice.

    .venv/bin/python bench/crash_loop.py [--kills 50] [--seed 1]

A real cluster on loopback (bench/cluster.py): redis-server, the API with renders costing one
credit, two workers. Two accounts keep a few small renders queued (2 photos of 1 s, 480p, about a
second of work each); the loop kills a worker with SIGKILL at a random moment (right after
it took a job, part-way through a render at a random progress, right after a render ended, or
while idle or starting) and starts it again, ``--kills`` times. Then it waits for every
render to finish and checks:

- every render the API acknowledged exists once and completed, its video whole at its path;
- no file at a final path in the exports folder is torn (each decodes to the end);
- for every account ``available + frozen + spent == granted``, ``frozen == 0``, and spent is
  exactly one credit per completed render; no hold is left open.

Prints the number of kills, renders and violations (0 expected); exit 1 on any violation.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import av

from cluster import Client, Cluster, api_client, photos, wait_for

ENV = {
    "PVM_RENDER_LEASE_S": "1",  # a dead worker's job is taken over within about a second
    "PVM_QUEUE_VISIBILITY_S": "8",  # its ticket comes back after this (a backstop here)
    "PVM_RENDER_SECONDS_PER_DAY": "0",  # the loop renders more than a day's allowance
}
QUEUED = 4  # renders kept waiting or running at all times


@dataclass
class Report:
    kills: int = 0
    renders: int = 0
    seconds: float = 0.0
    takeovers: int = 0  # renders finished by another worker than the one killed on them
    violations: list[str] = field(default_factory=list)


def _whole(path: Path) -> bool:
    """Whether the video decodes to its last frame."""
    try:
        with av.open(str(path)) as container:
            frames = sum(1 for _ in container.decode(video=0))
        return frames > 0
    except (av.error.FFmpegError, OSError, IndexError):
        return False


class _Loop:
    """The state of one crash loop: the cluster, its two workers and the renders asked for."""

    def __init__(self, cluster: Cluster, people: list[Client], seed: int, say: bool) -> None:
        self.cluster, self.people, self.say = cluster, people, say
        self.rng = random.Random(seed)
        # a restarted worker gets a new name (w1, w1.2, ...), so a render the dead one left
        # behind is not mistaken for the new one's work
        self.workers = {slot: cluster.start_worker(slot, wait=False) for slot in ("w1", "w2")}
        self.generation = dict.fromkeys(self.workers, 1)
        for proc in self.workers.values():
            cluster.wait_ready(proc)
        self.acknowledged: list[tuple[Client, str]] = []
        self.finished: set[str] = set()
        self.killed_on: dict[str, str] = {}
        self.kills = 0

    def top_up(self) -> None:
        while len(self.acknowledged) - len(self.finished) < QUEUED:
            person = self.people[len(self.acknowledged) % 2]
            rid = f"render_{len(self.acknowledged)}"
            r = person.render(rid)
            if r.status_code == 200 and r.json()["code"] == 0:
                self.acknowledged.append((person, rid))

    def current(self) -> dict[str, str]:
        """Live worker names -> their slot."""
        return {proc.name: slot for slot, proc in self.workers.items()}

    def running(self) -> tuple[str, str, int] | None:
        """(render id, worker, progress) of a render in progress, if any."""
        for person, rid in self.acknowledged:
            if rid in self.finished:
                continue
            status = person.status(rid)
            if status["status"] in ("completed", "failed"):
                self.finished.add(rid)
            elif status["status"] == "processing" and status["worker"] in self.current():
                return rid, str(status["worker"]), int(status["progress"])
        return None

    def victim(self, moment: str, target: float, before: int) -> str | None:
        """The slot to kill now at ``moment``, or None when the moment has not come."""
        if moment == "finished":  # right after a render ended: kill the worker that made it
            self.running()
            if len(self.finished) == before:
                return None
            person, last = next(
                (p, r) for p, r in reversed(self.acknowledged) if r in self.finished
            )
            slot = self.current().get(str(person.status(last)["worker"]))
            return slot or self.rng.choice(list(self.workers))
        if moment == "idle":  # whatever it is doing, starting included
            live = [slot for slot, proc in self.workers.items() if proc.alive()]
            return self.rng.choice(live) if live else None
        found = self.running()
        if found is None or found[2] < target:
            return None
        self.killed_on[found[0]] = found[1]
        return self.current()[found[1]]

    def kill_once(self) -> None:
        self.top_up()
        moment = self.rng.choice(("claimed", "rendering", "rendering", "finished", "idle"))
        target = self.rng.uniform(0, 90) if moment == "rendering" else 0.0
        before = len(self.finished)
        chosen: list[str] = []

        def due() -> bool:
            self.top_up()  # renders may all finish while waiting: keep some to kill
            slot = self.victim(moment, target, before)
            chosen[:] = [slot] if slot else []
            return slot is not None and self.workers[slot].alive()

        wait_for(due, 60, f"a moment to kill ({moment})", every=0.03)
        slot = chosen[0]
        name = self.workers[slot].name
        self.workers[slot].kill()
        self.kills += 1
        if self.say:
            print(f"kill {self.kills}: {name} ({moment} {target:.0f}%)", flush=True)
        self.generation[slot] += 1
        self.workers[slot] = self.cluster.start_worker(
            f"{slot}.{self.generation[slot]}", wait=False
        )

    def recover(self) -> None:
        for proc in self.workers.values():
            self.cluster.wait_ready(proc)

        def all_done() -> bool:
            self.running()
            return len(self.finished) == len(self.acknowledged)

        wait_for(all_done, 180, "every acknowledged render to finish", every=0.1)


def crash_loop(home: Path, kills: int = 50, seed: int = 1, say: bool = False) -> Report:
    """Run the loop in ``home`` (a fresh folder); the report."""
    report = Report()
    started = time.monotonic()
    cluster = Cluster(home, env=dict(ENV))
    try:
        cluster.start_redis()
        url = cluster.start_api(PVM_API_RENDER_COST="1", PVM_API_EDIT_COST="0")
        with api_client(url) as http:
            people = [Client(http, f"crash-{i}") for i in range(2)]
            for person in people:
                person.upload(photos(home / "photos"))
                person.say("each photo 1 second")  # a 2 s video: about a second of work
            loop = _Loop(cluster, people, seed, say)
            while loop.kills < kills:
                loop.kill_once()
            loop.recover()
            report.kills, report.renders = loop.kills, len(loop.acknowledged)
            for person, rid in loop.acknowledged:
                status = person.status(rid)
                if status["status"] != "completed":
                    report.violations.append(f"{rid} ended {status['status']}: {status['error']}")
                elif rid in loop.killed_on and status["worker"] != loop.killed_on[rid]:
                    report.takeovers += 1
        report.violations += _check_store(home, {rid for _, rid in loop.acknowledged})
    finally:
        cluster.close()
    report.seconds = time.monotonic() - started
    return report


def _check_store(home: Path, acknowledged: set[str]) -> list[str]:
    bad: list[str] = []
    db = sqlite3.connect(home / "pvm.sqlite3")
    db.row_factory = sqlite3.Row
    try:
        rows = db.execute("SELECT id, key, status, result FROM api_renders").fetchall()
        ids = [row["id"] for row in rows]
        if sorted(ids) != sorted(acknowledged):
            bad.append(f"{len(ids)} render rows for {len(acknowledged)} acknowledged renders")
        completed: dict[str, int] = {}
        for row in db.execute(
            "SELECT account_id, COUNT(*) AS n FROM api_renders WHERE status = 'completed' "
            "GROUP BY account_id"
        ):
            completed[row["account_id"]] = int(row["n"])
        for row in db.execute("SELECT * FROM api_credits"):
            got = (row["granted"], row["available"], row["frozen"], row["spent"])
            if row["available"] + row["frozen"] + row["spent"] != row["granted"]:
                bad.append(f"credits of {row['account_id']} do not add up: {got}")
            if row["frozen"] != 0:
                bad.append(f"{row['frozen']} credits still frozen for {row['account_id']}")
            if row["spent"] != completed.get(row["account_id"], 0):
                bad.append(f"{row['account_id']} spent {row['spent']} for "
                           f"{completed.get(row['account_id'], 0)} renders")  # fmt: skip
        open_holds = db.execute("SELECT COUNT(*) FROM api_holds WHERE status = 'open'")
        if (left := open_holds.fetchone()[0]) != 0:
            bad.append(f"{left} credit holds left open")
    finally:
        db.close()
    finals = [p for p in (home / "exports" / "http").glob("*") if not p.name.startswith(".")]
    for path in finals:
        if not _whole(path):
            bad.append(f"torn file at a final path: {path.name}")
    keys = {row["key"] for row in rows if row["status"] == "completed"}
    present = {p.stem for p in finals}
    for key in sorted(keys - present):
        bad.append(f"the video of job {key} is missing")
    return bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pvm-crash-") as folder:
        report = crash_loop(Path(folder), args.kills, args.seed, say=True)
    print(
        f"kills: {report.kills}  renders: {report.renders}  taken over by the other worker: "
        f"{report.takeovers}  violations: {len(report.violations)}  ({report.seconds:.0f} s)"
    )
    for line in report.violations:
        print("  violation:", line)
    return 1 if report.violations else 0


if __name__ == "__main__":
    sys.exit(main())
