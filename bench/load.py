"""Load on the self-hosted API: clients doing what people do, with the render queue on and off.

    .venv/bin/python bench/load.py [--clients 20] [--seconds 180] [--mode both|on|off]

Each client repeats: a token (a new client id each time), a session, an upload of two small
photos, five edits over /run_sse, the state and the credits. The API runs as its own process
(bench/cluster.py), with ``PVM_QUEUE_URL`` set to a redis-server and two workers running
("queue on") or without ("queue off"). Prints requests per second, p50/p95 per endpoint and
the number of errors (anything but a success answer) for each mode.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from functools import partial
from pathlib import Path

import httpx

from cluster import Client, Cluster, api_client, photos

EDITS = ("sepia", "each photo 2 seconds", "add a title Summer", "black and white", "undo")


class Tally:
    """Latencies per endpoint and errors, from many threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.seconds: defaultdict[str, list[float]] = defaultdict(list)
        self.errors: defaultdict[str, int] = defaultdict(int)

    def timed(self, name: str, call: Callable[[], object]) -> object:
        started = time.perf_counter()
        try:
            result = call()
        except (AssertionError, httpx.HTTPError) as exc:
            with self.lock:
                self.errors[f"{name}: {type(exc).__name__}"] += 1
            return None
        with self.lock:
            self.seconds[name].append(time.perf_counter() - started)
        return result


def one_client(http: httpx.Client, files: list[Path], tally: Tally, until: float) -> None:
    while time.monotonic() < until:
        person = tally.timed("token+session", partial(Client, http, f"load-{uuid.uuid4()}"))
        if not isinstance(person, Client):
            continue
        state = f"/api/state/nemo_agent/me/{person.session}/latest"
        tally.timed("upload", partial(person.upload, files))
        for text in EDITS:
            tally.timed("run_sse", partial(person.say, text))
        tally.timed("state", partial(_ok, person, state))
        tally.timed("credits", partial(_ok, person, "/api/credits/balance/simple"))


def _ok(person: Client, path: str) -> None:
    r = person.http.get(path, headers=person.headers)
    assert r.status_code == 200 and r.json()["code"] == 0, r.text


def run(mode: str, clients: int, seconds: float) -> str:
    with tempfile.TemporaryDirectory(prefix=f"pvm-load-{mode}-") as folder:
        home = Path(folder)
        cluster = Cluster(home)
        try:
            queue = mode == "on"
            if queue:
                cluster.start_redis()
            url = cluster.start_api(queue=queue, PVM_API_GRANT="1000000")
            if queue:
                for name in ("w1", "w2"):
                    cluster.start_worker(name)
            files = photos(home / "photos")
            tally = Tally()
            until = time.monotonic() + seconds
            started = time.monotonic()
            with api_client(url) as http:
                http.timeout = httpx.Timeout(120)
                threads = [
                    threading.Thread(target=one_client, args=(http, files, tally, until))
                    for _ in range(clients)
                ]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
            took = time.monotonic() - started
        finally:
            cluster.close()
    return report(mode, tally, took, clients)


def report(mode: str, tally: Tally, took: float, clients: int) -> str:
    # token+session is two requests; everything else one
    requests = sum(len(v) * (2 if k == "token+session" else 1) for k, v in tally.seconds.items())
    lines = [
        f"queue {mode}: {clients} clients, {took:.0f} s, {requests / took:.1f} requests/s, "
        f"errors: {sum(tally.errors.values())}"
    ]
    for name, values in sorted(tally.seconds.items()):
        cut = statistics.quantiles(values, n=20) if len(values) > 1 else values * 19
        lines.append(
            f"  {name:14} n={len(values):5}  p50 {statistics.median(values) * 1000:7.0f} ms"
            f"  p95 {cut[18] * 1000:7.0f} ms"
        )
    lines += [f"  error {name}: {n}" for name, n in sorted(tally.errors.items())]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--mode", choices=["both", "on", "off"], default="both")
    args = parser.parse_args()
    modes = ["off", "on"] if args.mode == "both" else [args.mode]
    for mode in modes:
        print(run(mode, args.clients, args.seconds), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
