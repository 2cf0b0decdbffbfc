"""The job board in Redis: which renders wait, which run (and until when), and how they ended.

Celery carries *tickets* (one per submitted render, see tasks.py); the board decides which job
a ticket runs, in one Lua script so two workers never take the same job:

- a job whose worker stopped renewing its lease (killed, frozen, unplugged) is taken over
  first, under the same job key;
- otherwise the first waiting job in fair order whose account runs fewer than
  ``per_account`` renders. The order is the job's place in its own account's queue, then
  submission order: one account's tenth render comes after every other account's first.

Keys (``<prefix>`` is the queue name plus ``:``)::

    <prefix>job:<key>          hash: account, payload, status, progress, worker, owner, ...
    <prefix>waiting            zset: key -> fair rank
    <prefix>running            zset: key -> lease deadline (ms)
    <prefix>running:<account>  zset: key -> lease deadline (ms)
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any, cast

import redis

FINISHED = ("completed", "failed")
KEEP_FINISHED_S = 7 * 86400  # the service copies results within seconds; this is a margin

_CLAIM = """
local p = ARGV[1]
local now = tonumber(ARGV[2])
local deadline = now + tonumber(ARGV[3])
local limit = tonumber(redis.call('HGET', p .. 'limits', 'per_account') or ARGV[4])
local take = redis.call('ZRANGEBYSCORE', p .. 'running', '-inf', now, 'LIMIT', 0, 1)[1]
local waiting = 0
if not take then
  local keys = redis.call('ZRANGE', p .. 'waiting', 0, -1)
  waiting = #keys
  for _, key in ipairs(keys) do
    local account = redis.call('HGET', p .. 'job:' .. key, 'account')
    if not account then
      redis.call('ZREM', p .. 'waiting', key)
    elseif redis.call('ZCARD', p .. 'running:' .. account) < limit then
      take = key
      break
    end
  end
end
if not take then
  return {'', waiting}
end
local job = p .. 'job:' .. take
local account = redis.call('HGET', job, 'account')
redis.call('ZREM', p .. 'waiting', take)
redis.call('ZADD', p .. 'running', deadline, take)
redis.call('ZADD', p .. 'running:' .. account, deadline, take)
redis.call('HSET', job, 'status', 'processing', 'owner', ARGV[5], 'worker', ARGV[6],
           'progress', '0')
redis.call('HINCRBY', job, 'attempts', 1)
return {take, waiting}
"""

_RENEW = """
local p = ARGV[1]
local job = p .. 'job:' .. ARGV[2]
if redis.call('HGET', job, 'owner') ~= ARGV[3] then return 0 end
if redis.call('HGET', job, 'status') ~= 'processing' then return 0 end
local account = redis.call('HGET', job, 'account')
redis.call('ZADD', p .. 'running', 'XX', ARGV[4], ARGV[2])
redis.call('ZADD', p .. 'running:' .. account, 'XX', ARGV[4], ARGV[2])
if ARGV[5] ~= '' then redis.call('HSET', job, 'progress', ARGV[5]) end
return 1
"""

_FINISH = """
local p = ARGV[1]
local job = p .. 'job:' .. ARGV[2]
local status = redis.call('HGET', job, 'status')
if not status or status == 'completed' or status == 'failed' then return 0 end
local account = redis.call('HGET', job, 'account')
redis.call('HSET', job, 'status', ARGV[3], 'result', ARGV[4], 'error', ARGV[5],
           'worker', ARGV[6], 'finished', ARGV[7])
if ARGV[3] == 'completed' then redis.call('HSET', job, 'progress', '1') end
redis.call('ZREM', p .. 'running', ARGV[2])
redis.call('ZREM', p .. 'running:' .. account, ARGV[2])
redis.call('ZREM', p .. 'waiting', ARGV[2])
redis.call('EXPIRE', job, tonumber(ARGV[8]))
return 1
"""


@dataclass(frozen=True)
class BoardJob:
    """What the board knows of one job."""

    key: str
    status: str  # pending, processing, completed, failed
    progress: float
    worker: str | None
    attempts: int
    result: dict[str, Any] | None
    error: str | None

    @property
    def finished(self) -> bool:
        return self.status in FINISHED


def _now_ms() -> int:
    return int(time.time() * 1000)


class Board:
    """The board of one queue on one Redis server (thread-safe: redis-py pools connections)."""

    def __init__(self, url: str, queue_name: str) -> None:
        self.redis = redis.Redis.from_url(url, decode_responses=True)
        self.prefix = queue_name + ":"
        self._claim = self.redis.register_script(_CLAIM)
        self._renew = self.redis.register_script(_RENEW)
        self._finish = self.redis.register_script(_FINISH)

    def close(self) -> None:
        self.redis.close()

    def _job(self, key: str) -> str:
        return f"{self.prefix}job:{key}"

    # -- the service ---------------------------------------------------------------------
    def post(self, key: str, account: str, payload: dict[str, Any], rank: int) -> None:
        """Put a job up for the workers (again: a job already on the board is left as it is).

        ``rank`` is the job's place in its account's own queue (1: its next render).
        """
        job = self._job(key)
        if self.redis.hget(job, "status") is not None:
            return
        seq = int(self.redis.incr(f"{self.prefix}seq"))
        pipe = self.redis.pipeline(transaction=True)
        pipe.hset(
            job,
            mapping={
                "account": account,
                "payload": json.dumps(payload),
                "status": "pending",
                "progress": "0",
            },
        )
        # rank first, then arrival: 2**32 arrivals fit between two ranks exactly in a double
        pipe.zadd(f"{self.prefix}waiting", {key: rank * 2.0**32 + seq})
        pipe.execute()

    def get(self, key: str) -> BoardJob | None:
        """The job's state, or None when the board has no such job."""
        return self.get_many([key])[0]

    def get_many(self, keys: list[str]) -> list[BoardJob | None]:
        """The state of several jobs, in one round trip."""
        pipe = self.redis.pipeline(transaction=False)
        for key in keys:
            pipe.hgetall(self._job(key))
        found: list[BoardJob | None] = []
        for key, raw in zip(keys, pipe.execute(), strict=True):
            data = cast(dict[str, str], raw)
            if not data or "status" not in data:
                found.append(None)
                continue
            found.append(
                BoardJob(
                    key=key,
                    status=data["status"],
                    progress=float(data.get("progress") or 0),
                    worker=data.get("worker") or None,
                    attempts=int(data.get("attempts") or 0),
                    result=json.loads(data["result"]) if data.get("result") else None,
                    error=data.get("error") or None,
                )
            )
        return found

    def set_limit(self, per_account: int) -> None:
        """The service's per-account limit, which every worker's claim obeys."""
        self.redis.hset(f"{self.prefix}limits", "per_account", str(per_account))

    # -- the workers ---------------------------------------------------------------------
    def claim(self, owner: str, worker: str, lease_s: float, per_account: int) -> tuple[str, int]:
        """Take the next job: ``(key, waiting)``; key is "" when none may start now.

        ``per_account`` applies until the service has set its own (``set_limit``).
        """
        key, waiting = self._claim(
            args=[self.prefix, _now_ms(), int(lease_s * 1000), per_account, owner, worker]
        )
        return str(key), int(waiting)

    def payload(self, key: str) -> dict[str, Any]:
        """What to render for ``key``."""
        raw = self.redis.hget(self._job(key), "payload")
        return cast(dict[str, Any], json.loads(str(raw))) if raw else {}

    def renew(self, key: str, owner: str, lease_s: float, progress: float | None = None) -> bool:
        """Extend ``owner``'s lease on ``key`` (and note progress); False if it is not theirs."""
        deadline = _now_ms() + int(lease_s * 1000)
        shown = "" if progress is None else f"{progress:.4f}"
        return bool(self._renew(args=[self.prefix, key, owner, deadline, shown]))

    def finish(
        self,
        key: str,
        worker: str,
        *,
        result: dict[str, Any] | None = None,
        error: str | None = None,
    ) -> bool:
        """Record how the job ended; False when it had already ended (the first word stands)."""
        status = "failed" if error is not None else "completed"
        return bool(
            self._finish(
                args=[
                    self.prefix,
                    key,
                    status,
                    json.dumps(result) if result is not None else "",
                    error or "",
                    worker,
                    time.time(),
                    KEEP_FINISHED_S,
                ]
            )
        )

    def orphan(self) -> str | None:
        """A running job whose lease ran out, if any."""
        found = self.redis.zrangebyscore(f"{self.prefix}running", "-inf", _now_ms(), 0, 1)
        return str(found[0]) if found else None

    def first_to_notice(self, key: str, lease_s: float) -> bool:
        """Whether this caller is the first (in a lease) to report ``key`` as orphaned."""
        return bool(
            self.redis.set(f"{self.prefix}noticed:{key}", "1", nx=True, px=int(lease_s * 1000))
        )
