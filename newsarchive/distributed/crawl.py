"""One crawl in Redis: its keys, its settings, its queue and its leases.

scrapy-redis pops a request off the shared queue and forgets it: a worker killed
with SIGKILL loses every request it had popped. Here popping and leasing are one
step (a Lua script, atomic in Redis): the request moves from the queue to an
in-flight entry with a deadline (Redis's own clock, so the workers' clocks do not
matter) and an owner. The owner renews its leases while it lives and acknowledges
each one once the page's WARC and JSON records are on disk; a lease that lapses
(its worker died or hangs) goes back to the queue, so a page may be fetched twice
but never lost. Links found on a page are queued (with their dupefilter fingerprint)
before the page can be acknowledged, in one script too, at once: a page written to its
worker's part before its links are in Redis would, fetched again by that worker after a
kill, be a known unchanged article whose links are not looked at again.

Keys, all under ``newsarchive:CRAWL:``: ``requests`` (the queue, a list),
``dupefilter`` (scrapy-redis's fingerprints), ``seen`` (URLs ever queued),
``seeds``, ``config`` (the settings every worker takes), ``leases`` / ``expiry`` /
``owners`` (in flight), ``done`` (URLs acknowledged) and ``workers`` (each worker's
last published figures).

Requests are stored pickled, as scrapy-redis stores them: the Redis server must be
one only the crawl's operators can write to.
"""

from __future__ import annotations

import json
import pickle
import re
import time
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import redis
from scrapy import Request
from scrapy_redis.dupefilter import RFPDupeFilter

from newsarchive.store.frontier import FRONTIER_KEY, Entry

#: Scrapy settings a crawl's seeder stores and every worker takes, so all crawl the same
#: way; so do all ``NEWSARCHIVE_*`` settings but the worker's own (:data:`LOCAL`), and
#: every setting given with ``-s`` to the seeder
TRAVELLING = (
    "ROBOTSTXT_OBEY", "USER_AGENT", "DOWNLOAD_DELAY", "CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN",
    "AUTOTHROTTLE_ENABLED", "AUTOTHROTTLE_TARGET_CONCURRENCY", "DOWNLOAD_TIMEOUT", "DOWNLOAD_MAXSIZE",
    "RETRY_TIMES", "URLLENGTH_LIMIT",
)
LOCAL = frozenset({"NEWSARCHIVE_OUTPUT", "NEWSARCHIVE_PROGRESS", "NEWSARCHIVE_PROGRESS_INTERVAL",
                   "NEWSARCHIVE_WARC_PREFIX", "NEWSARCHIVE_DURABLE", "NEWSARCHIVE_EXTRACT_PROCESSES"})


def travelling_settings(settings: Any, given: Iterable[str] = ()) -> dict[str, Any]:
    """The settings of a crawl that its workers take (see :data:`TRAVELLING`)."""
    names = {*TRAVELLING, *given}
    names.update(name for name in settings if name.startswith("NEWSARCHIVE_") and name not in LOCAL)
    return {name: settings.get(name) for name in sorted(names - LOCAL)}


#: requests a worker takes from the queue in one round trip (a round trip to Redis blocks the
#: reactor's thread, for milliseconds when every core is busy: 16 at a time make sixteen times
#: fewer; those not handed out yet are leased too, and go back on a stop)
POP_BATCH = 16
CRAWL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")

_NOW = "local t = redis.call('TIME') local now = tonumber(t[1]) + tonumber(t[2]) / 1000000 "
ADD = """
local added = {}
for i = 1, #ARGV, 3 do
  if redis.call('SADD', KEYS[1], ARGV[i]) == 1 then
    redis.call('SADD', KEYS[2], ARGV[i + 1])
    redis.call('LPUSH', KEYS[3], ARGV[i + 2])
    table.insert(added, ARGV[i])
  end
end
return added"""
POP = _NOW + """
local popped = {}
for n = 1, tonumber(ARGV[3]) do
  local data = redis.call('RPOP', KEYS[1])
  if not data then break end
  local i = string.find(data, '\\n', 1, true)
  if i and i > 1 then
    local key = string.sub(data, 1, i - 1)
    redis.call('HSET', KEYS[2], key, data)
    redis.call('ZADD', KEYS[3], now + tonumber(ARGV[1]), key)
    redis.call('HSET', KEYS[4], key, ARGV[2])
  end
  table.insert(popped, data)
end
return popped"""
ACK = """
for _, key in ipairs(ARGV) do
  redis.call('HDEL', KEYS[1], key)
  redis.call('ZREM', KEYS[2], key)
  redis.call('HDEL', KEYS[3], key)
  redis.call('SADD', KEYS[4], key)
end
return #ARGV"""
RENEW = _NOW + """
local lost = {}
for i = 3, #ARGV do
  if redis.call('HGET', KEYS[2], ARGV[i]) == ARGV[2] then
    redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[1]), ARGV[i])
  else
    table.insert(lost, ARGV[i])
  end
end
return lost"""
_GIVE_BACK = """
local function give_back(key)
  local data = redis.call('HGET', KEYS[2], key)
  if data then redis.call('RPUSH', KEYS[4], data) end
  redis.call('HDEL', KEYS[2], key)
  redis.call('ZREM', KEYS[1], key)
  redis.call('HDEL', KEYS[3], key)
end
"""
REAP = _NOW + _GIVE_BACK + """
local lapsed = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[1]))
for _, key in ipairs(lapsed) do give_back(key) end
return #lapsed"""
RELEASE = _GIVE_BACK + """
local n = 0
for i = 2, #ARGV do
  if redis.call('HGET', KEYS[3], ARGV[i]) == ARGV[1] then
    give_back(ARGV[i])
    n = n + 1
  end
end
return n"""

RECLAIM = _GIVE_BACK + """
local owners = redis.call('HGETALL', KEYS[3])
local n = 0
for i = 1, #owners, 2 do
  if owners[i + 1] == ARGV[1] then
    give_back(owners[i])
    n = n + 1
  end
end
return n"""


class RedisUnavailable(Exception):
    """Redis cannot be reached or used (one line for the user)."""


def connect(url: str) -> redis.Redis:
    """A client of the Redis at ``url`` (``redis://HOST:PORT/DB``), checked with a PING."""
    try:
        server = redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=10,
                                      retry_on_timeout=True)
        server.ping()
    except ValueError as exc:
        raise RedisUnavailable(f"not a Redis URL: {url!r} ({exc})") from None
    except redis.RedisError as exc:
        raise RedisUnavailable(f"cannot reach Redis at {url}: {exc}") from None
    return server


def check_crawl_id(crawl_id: str, option: str = "--crawl-id") -> str:
    """A crawl id or worker name, as it may appear in Redis keys and file names."""
    if not CRAWL_ID.fullmatch(crawl_id or ""):
        raise ValueError(f"{option} wants letters, digits, '.', '_' or '-' (at most 64), got {crawl_id!r}")
    return crawl_id


@dataclass(frozen=True)
class Keys:
    queue: str
    dupefilter: str
    seen: str
    seeds: str
    config: str
    leases: str
    expiry: str
    owners: str
    done: str
    workers: str
    prefix: str

    @classmethod
    def of(cls, crawl_id: str) -> Keys:
        prefix = f"newsarchive:{crawl_id}:"
        names = [f for f in cls.__dataclass_fields__ if f != "prefix"]
        return cls(**{n: prefix + ("requests" if n == "queue" else n) for n in names}, prefix=prefix)


def encode_entry(entry: Entry) -> bytes:
    """A frontier entry in queued form: its URL, a newline, the entry as JSON.

    The worker that pops it makes the request of it as the spider makes any request
    of an entry (so the spider alone decides callbacks and meta of each kind).
    """
    return entry.url.encode() + b"\n" + json.dumps([entry.url, entry.depth, entry.kind, entry.given]).encode()


def encode_request(request: Request, spider: Any) -> bytes:
    """A request Scrapy schedules again (a redirect, a retry) in queued form: its frontier
    key, a newline, its pickled dict (as scrapy-redis stores requests)."""
    key = str(request.meta.get(FRONTIER_KEY) or "")
    return key.encode() + b"\n" + pickle.dumps(request.to_dict(spider=spider), protocol=pickle.HIGHEST_PROTOCOL)


def decode(data: bytes) -> Entry | dict[str, Any]:
    """The entry, or the request dict, of a queued request."""
    blob = data.partition(b"\n")[2]
    if blob.startswith(b"["):
        return Entry(*json.loads(blob))
    return pickle.loads(blob)


class RedisCrawl:
    """A crawl's keys in one Redis, as seen by one worker (or by the seeder, ``worker=None``)."""

    def __init__(self, server: redis.Redis, crawl_id: str, worker: str | None = None,
                 lease_seconds: float = 60.0) -> None:
        self.server = server
        self.crawl_id = crawl_id
        self.keys = Keys.of(crawl_id)
        self.worker = worker
        self.lease_seconds = lease_seconds
        #: the leases this worker holds (popped, not acknowledged)
        self.held: set[str] = set()
        self._popped: deque[bytes] = deque()
        self._fingerprints = RFPDupeFilter(server, self.keys.dupefilter)
        scripts = {"add": ADD, "pop": POP, "ack": ACK, "renew": RENEW, "reap": REAP, "release": RELEASE,
                   "reclaim": RECLAIM}
        self._scripts = {name: server.register_script(code) for name, code in scripts.items()}

    # -- the crawl's settings ---------------------------------------------------------
    def exists(self) -> bool:
        return bool(self.server.exists(self.keys.config))

    def save_config(self, settings: Mapping[str, Any]) -> None:
        self.server.set(self.keys.config, json.dumps(dict(settings), default=str))

    def config(self) -> dict[str, Any] | None:
        raw = self.server.get(self.keys.config)
        return None if raw is None else json.loads(raw)

    # -- the queue ------------------------------------------------------------------------
    def add(self, entries: Iterable[Entry]) -> list[Entry]:
        """Queue the entries never queued in this crawl (seen set and dupefilter at once)."""
        entries = list(entries)
        if not entries:
            return []
        args: list[Any] = []
        for entry in entries:
            args += [entry.url, self._fingerprints.request_fingerprint(Request(entry.url)), encode_entry(entry)]
        added = {u.decode() for u in self._scripts["add"](keys=[self.keys.seen, self.keys.dupefilter,
                                                                self.keys.queue], args=args)}
        given = [json.dumps([e.url, e.depth, e.kind, e.given]) for e in entries if e.given and e.url in added]
        if given:
            self.server.rpush(self.keys.seeds, *given)
        return [e for e in entries if e.url in added]

    def push(self, data: bytes) -> None:
        self.server.lpush(self.keys.queue, data)

    def pop(self) -> bytes | None:
        """The next queued request, leased to this worker; None when the queue is empty.

        Requests are taken :data:`POP_BATCH` at a time (one round trip to Redis), each
        leased at once; the ones not handed out yet go back with the others on :meth:`release`.
        """
        if not self._popped:
            batch = self._scripts["pop"](keys=[self.keys.queue, self.keys.leases, self.keys.expiry,
                                               self.keys.owners],
                                         args=[self.lease_seconds, self.worker or "?", POP_BATCH])
            for data in batch:
                key = data.partition(b"\n")[0].decode()
                if key:
                    self.held.add(key)
            self._popped.extend(batch)
        return self._popped.popleft() if self._popped else None

    def popped(self) -> int:
        """Requests taken from the queue and not handed out yet."""
        return len(self._popped)

    def seeds(self) -> list[Entry]:
        return [Entry(*json.loads(raw)) for raw in self.server.lrange(self.keys.seeds, 0, -1)]

    # -- leases -----------------------------------------------------------------------------
    def ack(self, keys: Iterable[str]) -> None:
        """The pages are on disk: their leases end, they count as done."""
        keys = list(keys)
        if keys:
            self._scripts["ack"](keys=[self.keys.leases, self.keys.expiry, self.keys.owners, self.keys.done],
                                 args=keys)
            self.held.difference_update(keys)

    def renew(self) -> None:
        """Push the deadlines of this worker's leases on; forget the ones it lost."""
        if self.held:
            lost = self._scripts["renew"](keys=[self.keys.expiry, self.keys.owners],
                                          args=[self.lease_seconds, self.worker or "?", *self.held])
            self.held.difference_update(k.decode() for k in lost)

    def reap(self, limit: int = 1000) -> int:
        """Give the lapsed leases (of any worker) back to the queue; how many."""
        return int(self._scripts["reap"](keys=[self.keys.expiry, self.keys.leases, self.keys.owners,
                                               self.keys.queue], args=[limit]))

    def release(self) -> int:
        """Give this worker's leases back to the queue at once (it is stopping); how many."""
        self._popped.clear()
        held, self.held = list(self.held), set()
        if not held:
            return 0
        return int(self._scripts["release"](keys=[self.keys.expiry, self.keys.leases, self.keys.owners,
                                                  self.keys.queue], args=[self.worker or "?", *held]))

    def reclaim(self) -> int:
        """Give back to the queue at once the leases still held under this worker's name by an
        earlier process of it (killed before it could give them back); how many.

        Only a worker that holds its part's lock calls this, so no live process has this name
        (a name is one worker: see ``worker --name``). Without it they would wait to lapse.
        """
        return int(self._scripts["reclaim"](keys=[self.keys.expiry, self.keys.leases, self.keys.owners,
                                                  self.keys.queue], args=[self.worker or "?"]))

    # -- figures ------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        pipe = self.server.pipeline(transaction=False)
        pipe.llen(self.keys.queue).zcard(self.keys.expiry).scard(self.keys.done).scard(self.keys.seen)
        queued, in_flight, done, seen = pipe.execute()
        return {"queued": queued, "in_flight": in_flight, "done": done, "seen": seen}

    def finished(self) -> bool:
        """Nothing queued and no lease outstanding (or the crawl was cleared)."""
        counts = self.counts()
        return not counts["queued"] and not counts["in_flight"]

    def publish(self, figures: Mapping[str, Any]) -> None:
        if self.worker:
            self.server.hset(self.keys.workers, self.worker, json.dumps({**figures, "updated": time.time()}))

    def workers(self) -> dict[str, dict[str, Any]]:
        return {k.decode(): json.loads(v) for k, v in sorted(self.server.hgetall(self.keys.workers).items())}

    def clear(self) -> int:
        """Remove every key of the crawl; how many."""
        names = list(self.server.scan_iter(match=self.keys.prefix.replace("[", "\\[") + "*", count=1000))
        return int(self.server.delete(*names)) if names else 0
